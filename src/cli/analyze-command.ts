// `reaction-analyzer analyze`: files, folders or an export on stdin, to reports.
import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pipeline } from 'node:stream/promises';
import type { InputFile } from '../input/discover.js';
import path from 'node:path';
import { runAnalysis } from '../pipeline/run.js';
import { measuredAccuracy } from '../classify/metrics-file.js';
import { progressBar } from './progress.js';
import { SUPPORTED } from '../input/discover.js';
import type { ExportFieldOptions } from '../input/export-columns.js';
import { ReportStream } from '../report/index.js';
import { EXIT } from './exit.js';
import { UsageError, modelFrom, STDIN_INPUT } from './shared.js';

export interface AnalyzeArgs extends ExportFieldOptions {
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

export const COMMANDS = ['analyze', 'classify', 'eval', 'merge', 'train'];

/** Whether two words are at most one letter apart (one added, dropped or changed) or are two swapped letters. */
export function nearly(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string): boolean => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return rest(a, b) || swapped;
}

/** A first input that is no file and is nearly a command ("analyse") is a mistyped command, not a file to look for. */
export function mistypedCommand(inputs: readonly string[]): string | undefined {
  const first = inputs[0];
  if (first === undefined || existsSync(first) || /[./\\]/.test(first)) return undefined;
  return COMMANDS.find((c) => nearly(first.toLowerCase(), c));
}

/**
 * An export on stdin (`analyze -`), kept in a temporary file for the run to stream like any other:
 * JSON lines when it starts with "{", a JSON array with "[", CSV otherwise.
 */
export async function stdinExport(): Promise<{ file: InputFile; remove: () => void }> {
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

export async function runAnalyze(args: AnalyzeArgs): Promise<number> {
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

export async function analyzeInputsTo(args: AnalyzeArgs, files: InputFile[] = []): Promise<number> {
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
