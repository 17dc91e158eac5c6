import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pipeline } from 'node:stream/promises';
import type { InputFile } from '../input/discover.js';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { defaultJobs, PARALLEL_FROM_BYTES, runAnalysis } from '../pipeline/run.js';
import { measuredAccuracy } from '../classify/metrics-file.js';
import { progressBar } from './progress.js';
import type { StanceModel } from '../classify/index.js';
import { classifyStance, getDefaultModel, loadModel } from '../classify/index.js';
import type { LabelledComment, RowFilter } from '../classify/labelled.js';
import { serializeModel } from '../classify/model.js';
import { LabelledFileError, readFramedGold, readLabelledFile } from '../pipeline/labelled-files.js';
import { ARTICLE_SOURCE_WEIGHT } from '../classify/train.js';
import { trainTwoStageModel } from '../pipeline/stance-training.js';
import { evaluate, evaluateStance } from '../eval/evaluate.js';
import { formatEvaluation, formatStanceEvaluation } from '../eval/format.js';
import { writeAtomic } from '../report/write.js';
import { GoldFormatError, parseGold } from '../eval/gold.js';
import { SUPPORTED } from '../input/discover.js';
import type { ExportFieldOptions } from '../input/export-columns.js';
import { DEFAULT_FIELDS } from '../input/export-columns.js';
import type { ArticleAnalysis } from '../types.js';
import { ReportStream } from '../report/index.js';

import { EXIT } from './exit.js';

function packageVersion(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return (JSON.parse(readFileSync(path.join(here, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

class UsageError extends Error {}

interface AnalyzeArgs extends ExportFieldOptions {
  inputs: string[];
  out: string;
  quiet: boolean;
  model?: string;
  keepDuplicates: boolean;
  maxFileSize: number;
  jobs?: number;
  excel: boolean;
  json: boolean;
  xlsx: boolean;
}

/** The model a command asked for, or the shipped one; an unusable file is a usage error. */
function modelFrom(file: string | undefined): StanceModel {
  if (!file) return getDefaultModel();
  try {
    return loadModel(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`${file}: cannot use as a stance model: ${reason}`);
  }
}

/** Reads labelled comment files; problems with single rows are reported and those rows skipped. */
function readLabelled(files: string[], filter?: RowFilter): LabelledComment[][] {
  const warn = (problem: string): void => {
    process.stderr.write(`reaction-analyzer: ${problem}\n`);
  };
  return files.map((file) => {
    try {
      return readLabelledFile(file, warn, filter);
    } catch (error) {
      if (error instanceof LabelledFileError) throw new UsageError(error.message);
      throw error;
    }
  });
}

const COMMANDS = ['analyze', 'classify', 'eval', 'merge', 'train'];

/** Whether two words are at most one letter apart (one added, dropped or changed) or are two swapped letters. */
function nearly(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string): boolean => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return rest(a, b) || swapped;
}

/** A first input that is no file and is nearly a command ("analyse") is a mistyped command, not a file to look for. */
function mistypedCommand(inputs: readonly string[]): string | undefined {
  const first = inputs[0];
  if (first === undefined || existsSync(first) || /[./\\]/.test(first)) return undefined;
  return COMMANDS.find((c) => nearly(first.toLowerCase(), c));
}

/**
 * An export on stdin (`analyze -`), kept in a temporary file for the run to stream like any other:
 * JSON lines when it starts with "{", a JSON array with "[", CSV otherwise.
 */
async function stdinExport(): Promise<{ file: InputFile; remove: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reaction-analyzer-stdin-'));
  const spooled = path.join(dir, 'stdin');
  await pipeline(process.stdin, createWriteStream(spooled));
  const fd = openSync(spooled, 'r');
  const bytes = Buffer.alloc(64);
  const read = readSync(fd, bytes, 0, 64, 0);
  closeSync(fd);
  const head = bytes.subarray(0, read).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  const format = head.startsWith('{') ? 'jsonl' : head.startsWith('[') ? 'json' : 'csv';
  return { file: { path: spooled, sourceFile: 'stdin', format: { export: format } }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function runAnalyze(args: AnalyzeArgs): Promise<number> {
  const meant = mistypedCommand(args.inputs);
  if (meant) throw new UsageError(`unknown command '${args.inputs[0]}' (did you mean '${meant}'?)`);
  if (!args.inputs.includes(STDIN_INPUT)) return analyzeInputsTo(args);
  const stdin = await stdinExport();
  try {
    return await analyzeInputsTo({ ...args, inputs: args.inputs.filter((i) => i !== STDIN_INPUT) }, [stdin.file]);
  } finally {
    stdin.remove();
  }
}

async function analyzeInputsTo(args: AnalyzeArgs, files: InputFile[] = []): Promise<number> {
  const named = [...args.inputs, ...files.map((f) => f.sourceFile)];
  const log = (line: string): void => {
    if (!args.quiet) process.stderr.write(`${line}\n`);
  };
  const model = modelFrom(args.model);
  let reports: ReportStream;
  try {
    reports = await ReportStream.open(args.out, { excel: args.excel, json: args.json, xlsx: args.xlsx });
  } catch (error) {
    throw new UsageError(`cannot write reports to ${args.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const progress = progressBar(!args.quiet);
  let lastWarning = '';
  let result;
  try {
    result = await runAnalysis(
      {
        model,
        modelFile: args.model,
        jobs: args.jobs ?? 'auto',
        exportOptions: {
          textField: args.textField, idField: args.idField, authorField: args.authorField, dateField: args.dateField, groupField: args.groupField,
          contextField: args.contextField, keepDuplicates: args.keepDuplicates,
        },
        maxFileSize: args.maxFileSize * 1024 * 1024,
        inputs: args.inputs,
        files,
        exclude: [args.out],
      },
      {
        start: (files) => progress.start(files),
        note: (sourceFile, message) => {
          if (!args.quiet) progress.log(`reaction-analyzer: ${sourceFile}: ${message}`);
        },
        comments: async (batch) => {
          progress.comments(batch.size);
          await reports.comments(batch);
        },
        end: (summary) => {
          progress.file(summary.sourceFile);
          // An export's groups share its detail: the file is named once.
          const warning = `reaction-analyzer: ${summary.sourceFile}: ${summary.detail}`;
          if ((summary.status === 'error' || /row\(s\) (?:skipped|left out)/.test(summary.detail)) && warning !== lastWarning) progress.log(warning);
          lastWarning = warning;
          return reports.end(summary);
        },
      },
    );
  } catch (error) {
    await reports.abort();
    throw error;
  } finally {
    progress.stop();
  }
  // Files that were read but all failed still get reports (naming why) and exit 1, below.
  if (result.analyzed === 0 && result.failures === result.inputProblems) {
    await reports.abort();
    process.stderr.write(`reaction-analyzer: nothing to analyze in ${named.join(', ')} (looked for ${SUPPORTED})\n`);
    return EXIT.usage;
  }
  let written: string[];
  try {
    written = await reports.finish({ inputs: named, model: model.name, skippedFiles: result.skippedFiles, accuracy: measuredAccuracy(args.model) });
  } catch (error) {
    await reports.abort();
    throw new UsageError(`cannot write reports to ${args.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)} (the previous reports, if any, are unchanged)`);
  }
  const total = reports.aggregate.total;
  const none = reports.aggregate.withoutCommentsCount;
  log(
    `Analyzed ${result.analyzed} article(s) or comment group(s): ${reports.aggregate.comments} reader comment(s) — ${total.skeptical} skeptical, ` +
      `${total.supportive} supportive, ${total.neutral} neutral; ${none} without reader comments` +
      `${result.skippedFiles > 0 ? `; ${result.skippedFiles} other file(s) skipped` : ''}.`,
  );
  log(`Wrote ${written.join(', ')}`);
  return result.failures > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

interface EvalArgs {
  gold?: string;
  labels?: string;
  articles?: string;
  json: boolean;
  model?: string;
  where?: string;
}

function rowFilter(where: string | undefined): RowFilter | undefined {
  if (where === undefined) return undefined;
  const match = /^([^=]+)=(.*)$/.exec(where);
  if (!match) throw new UsageError(`--where takes field=value, not "${where}"`);
  return { field: match[1] ?? '', value: match[2] ?? '' };
}

function runLabelsEval(file: string, model: StanceModel, json: boolean, filter?: RowFilter): number {
  const [comments = []] = readLabelled([file], filter);
  const results = comments.map((c) => classifyStance(c.text, { model, source: c.source }));
  const report = evaluateStance(comments.map((c) => c.label), results);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatStanceEvaluation(report));
  return EXIT.ok;
}

async function runEval(args: EvalArgs): Promise<number> {
  const model = modelFrom(args.model);
  if (args.labels) return runLabelsEval(args.labels, model, args.json, rowFilter(args.where));
  if (!args.gold) throw new UsageError('eval needs --gold <gold.json> or --labels <file>');
  let gold;
  try {
    gold = parseGold(JSON.parse(readFileSync(args.gold, 'utf8')));
  } catch (error) {
    const reason = error instanceof GoldFormatError || error instanceof SyntaxError ? error.message : (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`${args.gold}: cannot use as a gold file: ${reason}`);
  }
  const folder = args.articles ?? path.join(path.dirname(args.gold), 'articles');
  const { analyzeFile } = await import('../pipeline/run.js');
  const { inputFileIn } = await import('../pipeline/article-file.js');
  const analyses = new Map<string, ArticleAnalysis>();
  for (const entry of gold) {
    const [analysis] = await analyzeFile(inputFileIn(folder, entry.file), model);
    if (analysis) analyses.set(entry.file, analysis);
  }
  const report = evaluate(gold, analyses);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvaluation(report));
  const failed = report.articles.filter((a) => a.error);
  for (const a of failed) process.stderr.write(`reaction-analyzer: ${path.join(folder, a.file)}: ${a.error}\n`);
  return failed.length > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

interface TrainArgs {
  data: string[];
  out: string;
  quiet: boolean;
}

interface MergeArgs {
  runs: string[];
  out: string;
  quiet: boolean;
  excel: boolean;
  json: boolean;
  xlsx: boolean;
}

async function runMerge(args: MergeArgs): Promise<number> {
  const { MergeError, mergeRuns } = await import('../pipeline/merge.js');
  try {
    const { written, failures } = await mergeRuns(args.runs, args.out, { excel: args.excel, json: args.json, xlsx: args.xlsx });
    if (!args.quiet) process.stderr.write(`Merged ${args.runs.length} run(s); wrote ${written.join(', ')}\n`);
    return failures > 0 ? EXIT.someInputsFailed : EXIT.ok;
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
  }
}

interface ClassifyArgs extends ExportFieldOptions {
  model?: string;
}

/** Writes a line to stdout, waiting when the reader is behind: memory stays flat on any input. */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function runClassify(args: ClassifyArgs): Promise<number> {
  const model = modelFrom(args.model);
  const { classifyLine, COLUMN_SAMPLE_LINES, linesColumns, sampleRows } = await import('../pipeline/classify-lines.js');
  const { noTextColumnError } = await import('../input/exports.js');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  // The first lines are held until the fields are found from them, then written like the rest.
  let held: string[] | undefined = [];
  let columns: ReturnType<typeof linesColumns> = {};
  const release = async (first: string[]): Promise<void> => {
    columns = linesColumns(first, args);
    if (!columns.text) throw new UsageError(`stdin: ${noTextColumnError(args, sampleRows(first)[0]).message}`);
    for (const line of first) await writeLine(classifyLine(line, columns, model));
  };
  for await (const line of lines) {
    if (!held) await writeLine(classifyLine(line, columns, model));
    else if (held.push(line) >= COLUMN_SAMPLE_LINES) {
      await release(held);
      held = undefined;
    }
  }
  if (held && held.length > 0) await release(held);
  return EXIT.ok;
}

async function runTrain(args: TrainArgs): Promise<number> {
  const files = readLabelled(args.data);
  // Gold files whose articles lie beside them also train the context stage, with their framing.
  const framed = args.data.map((file) => readFramedGold(file));
  const others = files.filter((_, i) => framed[i] === undefined);
  const model = trainTwoStageModel(others, framed.flatMap((f) => f ?? []), {
    name: path.basename(args.out).replace(/\.json$/i, ''),
    trainedOn: args.data.map((file, i) => ({
      source: file,
      examples: files[i]?.length ?? 0,
      weight: files[i]?.[0]?.source === 'article' ? ARTICLE_SOURCE_WEIGHT : 1,
    })),
  });
  await writeAtomic(args.out, serializeModel(model));
  if (!args.quiet) {
    const total = model.trainedOn.reduce((a, t) => a + t.examples, 0);
    const stage = model.context ? `, and the context stage on ${framed.flat().length} comments quoted in articles` : '';
    process.stderr.write(`Trained on ${total} comments${stage}; wrote ${args.out} (${Object.keys(model.weights).length} features)\n`);
  }
  return EXIT.ok;
}

// Options more than one command takes.
/** Where an export keeps each field: the options `analyze` and `classify` share. */
const FIELD_OPTIONS = {
  'text-field': { describe: `field or column of an export that holds the comment, a dotted path into nested JSON (data.body) (default: the first of ${DEFAULT_FIELDS.text.join(', ')})`, type: 'string', requiresArg: true },
  'id-field': { describe: `field or column of an export that holds the comment's id (default: the first of ${DEFAULT_FIELDS.id.join(', ')} whose values differ from row to row)`, type: 'string', requiresArg: true },
  'author-field': { describe: `field or column of an export that holds its author (default: the first of ${DEFAULT_FIELDS.author.join(', ')})`, type: 'string', requiresArg: true },
  'date-field': { describe: `field or column of an export that holds its date: ISO 8601, common date formats, epoch seconds or milliseconds (default: the first of ${DEFAULT_FIELDS.date.join(', ')})`, type: 'string', requiresArg: true },
  'group-field': { describe: `field or column of an export that holds the article, video or post it answers: rows are grouped by it (default: the first of ${DEFAULT_FIELDS.group.join(', ')} whose values rows share)`, type: 'string', requiresArg: true },
  'context-field': { describe: `field or column of an export that holds the post, claim or target it answers (default: the first of ${DEFAULT_FIELDS.context.join(', ')})`, type: 'string', requiresArg: true },
} as const;

const MODEL_OPTION = { alias: 'm', describe: 'stance model file made by `train`', type: 'string', defaultDescription: 'the shipped model' } as const;
const EXCEL_OPTION = { describe: 'start the CSV files with a UTF-8 byte-order mark, so Excel shows accents and emoji right', type: 'boolean', default: false } as const;
const JSON_OPTION = { describe: 'also write comments.jsonl and summary.json (what merge reads)', type: 'boolean', default: false } as const;
const XLSX_OPTION = { describe: 'also write comments.xlsx and articles.xlsx, with ids and text as text, numbers as numbers and dates as dates', type: 'boolean', default: false } as const;
const QUIET_OPTION = { alias: 'q', describe: 'print nothing but errors', type: 'boolean', default: false } as const;

/** What `-` (stdin) is called while yargs parses: it drops a bare `-` from positionals. */
const STDIN_INPUT = '\u0000stdin';

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
