// The command line's parser: each command's options and help, wired to its file in this folder.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { defaultJobs, PARALLEL_FROM_BYTES } from '../pipeline/run.js';
import { SUPPORTED } from '../input/discover.js';
import { EXIT } from './exit.js';
import { UsageError, FIELD_OPTIONS, MODEL_OPTION, EXCEL_OPTION, JSON_OPTION, XLSX_OPTION, QUIET_OPTION, STDIN_INPUT } from './shared.js';
import type { AnalyzeArgs } from './analyze-command.js';
import { runAnalyze } from './analyze-command.js';
import type { EvalArgs } from './eval-command.js';
import { runEval } from './eval-command.js';
import type { TrainArgs } from './train-command.js';
import { runTrain } from './train-command.js';
import type { MergeArgs } from './merge-command.js';
import { runMerge } from './merge-command.js';
import type { ClassifyArgs } from './classify-command.js';
import { runClassify } from './classify-command.js';

function packageVersion(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return (JSON.parse(readFileSync(path.join(here, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const parser = yargs(argv.map((a) => (a === '-' ? STDIN_INPUT : a)))
    .scriptName('reaction-analyzer')
    .usage('$0 [command] [options]\n\nFinds the reader comments quoted in news articles and classifies each as skeptical, supportive or neutral.')
    .command<AnalyzeArgs>(
      ['analyze [inputs..]', '$0 [inputs..]'],
      'Analyze articles (files or folders) and write reports',
      (y) =>
        y
          .positional('inputs', { describe: `article files, comment exports or folders (${SUPPORTED})`, type: 'string', array: true, default: ['data/articles'] })
          .option('out', { alias: 'o', describe: 'folder for the reports', type: 'string', default: 'reports', requiresArg: true })
          .option('quiet', QUIET_OPTION)
          .option('model', MODEL_OPTION)
          .options(FIELD_OPTIONS)
          .option('keep-duplicates', { describe: 'keep comments whose text came before in the same group (left out and counted by default)', type: 'boolean', default: false })
          .option('jobs', { alias: 'j', describe: 'threads that classify; the output is the same for any number', type: 'number', defaultDescription: `the number of cores (${defaultJobs()}), or 1 for inputs under ${PARALLEL_FROM_BYTES / 1024 / 1024} MB`, requiresArg: true })
          .option('excel', EXCEL_OPTION)
          .option('json', JSON_OPTION)
          .option('xlsx', XLSX_OPTION)
          .option('max-file-size', { describe: 'skip articles and JSON-array exports larger than this many MB (JSONL and CSV exports stream, at any size)', type: 'number', default: 50, requiresArg: true })
          .check((a) => {
            if (a.jobs !== undefined && !(Number.isInteger(a.jobs) && (a.jobs as number) >= 1)) return '--jobs must be a whole number of at least 1';
            if (!(Number.isFinite(a.maxFileSize) && (a.maxFileSize as number) > 0)) return '--max-file-size must be a number of MB above 0';
            if (typeof a.out !== 'string' || a.out.trim() === '') return '--out needs a folder';
            return true;
          })
          .example('$0', 'analyze data/articles, write reports/')
          .example('$0 analyze export.jsonl --text-field body', 'analyze an exported comment thread')
          .example('$0 analyze news/ --out out/', 'analyze every article under news/')
          .example('$0 analyze story.html other.md -q', 'analyze two files quietly') as never,
      async (args) => {
        exitCode = await runAnalyze(args as unknown as AnalyzeArgs);
      },
    )
    .command<EvalArgs>(
      'eval',
      'Measure extraction and stance against a gold file',
      (y) =>
        y
          .option('gold', { describe: 'gold file (JSON, the format of ../shared/eval/dev/gold.json)', type: 'string' })
          .option('labels', { describe: 'labelled comments (JSONL, JSON or CSV with text and label): measure stance alone', type: 'string' })
          .option('model', MODEL_OPTION)
          .option('where', { describe: 'with --labels: only rows whose field has this value', type: 'string', requiresArg: true })
          .conflicts('gold', 'labels')
          .option('articles', { describe: "folder holding the gold file's articles", type: 'string', defaultDescription: 'articles/ beside the gold file' })
          .option('json', { describe: 'print the figures as one JSON object', type: 'boolean', default: false })
          .example('$0 eval --gold ../shared/eval/dev/gold.json', 'score the dev set')
          .example('$0 eval --gold ../shared/seeds/gold.json --articles data/articles --json', 'score the seeds, as JSON')
          .example('$0 eval --labels replies.jsonl', 'measure stance on labelled comments')
          .example('$0 eval --labels ../shared/datasets/rumoureval2019/dev.jsonl --where platform=twitter', 'only the Twitter replies') as never,
      async (args) => {
        exitCode = await runEval(args as unknown as EvalArgs);
      },
    )
    .command<MergeArgs>(
      'merge <runs..>',
      'Merge the --json outputs of runs over disjoint inputs into the reports one run over all of them writes',
      (y) =>
        y
          .positional('runs', { describe: 'report folders of runs made with --json, in the order their inputs would be given', type: 'string', array: true })
          .option('out', { alias: 'o', describe: 'folder for the merged reports', type: 'string', demandOption: true, requiresArg: true })
          .option('quiet', QUIET_OPTION)
          .option('excel', EXCEL_OPTION)
          .option('json', JSON_OPTION)
          .option('xlsx', XLSX_OPTION)
          .example('$0 merge shard-1/ shard-2/ --out all/', 'the reports of analyze part-1 part-2, from two runs') as never,
      async (args) => {
        exitCode = await runMerge(args as unknown as MergeArgs);
      },
    )
    .command<ClassifyArgs>(
      'classify',
      'Classify JSON lines from stdin: one JSON line out per line in, in order, with stance, confidence, probabilities, cues and language added',
      (y) =>
        y
          .option('model', MODEL_OPTION)
          .options(FIELD_OPTIONS)
          .example('$0 classify < comments.jsonl > classified.jsonl', 'classify an export as a stream')
          .example("rdd.pipe('reaction-analyzer classify')", 'as a Spark mapper') as never,
      async (args) => {
        exitCode = await runClassify(args as unknown as ClassifyArgs);
      },
    )
    .command<TrainArgs>(
      'train',
      'Train a stance model from labelled comments',
      (y) =>
        y
          .option('data', { describe: 'labelled files: JSONL, JSON or CSV with text and label (skeptical|supportive|neutral), or gold files', type: 'string', array: true, demandOption: true })
          .option('out', { alias: 'o', describe: 'model file to write', type: 'string', demandOption: true })
          .option('context-examples', { describe: 'context examples kept as numbers (scripts/context-examples.ts), also taught to the context stage', type: 'string' })
          .option('quiet', QUIET_OPTION)
          .example('$0 train --data replies.jsonl more.csv --out my-model.json', 'train a model')
          .example('$0 analyze news/ --model my-model.json', 'then use it') as never,
      async (args) => {
        exitCode = await runTrain(args as unknown as TrainArgs);
      },
    )
    .strict()
    .version(packageVersion())
    .help()
    .alias('h', 'help')
    .alias('V', 'version')
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error) => {
      // yargs' own complaints (a missing value, a failed check) are usage errors; a handler's error stays what it is.
      if (error instanceof Error && error.name !== 'YError') throw error;
      throw new UsageError(message ?? String(error));
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`reaction-analyzer: ${error.message}\nRun 'reaction-analyzer --help' for usage.\n`);
    return EXIT.usage;
  }
  return exitCode;
}

// npm runs a bin through a symlink (node_modules/.bin/reaction-analyzer), so compare real paths.
