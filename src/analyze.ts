import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StanceModel } from './classify/index.js';
import { getDefaultModel } from './classify/index.js';
import { InputError, parseArticle } from './input/article.js';
import { decodeBytes } from './input/decode.js';
import type { InputFile } from './input/discover.js';
import { discoverInputs, inputFormat } from './input/discover.js';
import type { ExportOptions } from './input/exports.js';
import { parseExport } from './input/exports.js';
import { analyzeArticle, analyzeExport, failedAnalysis } from './pipeline.js';
import type { AnalysisRun, ArticleAnalysis } from './types.js';

export interface AnalyzeOptions {
  inputs: string[];
  /** Folders never read as input (the output folder). */
  exclude?: string[];
  /** Called once per input file with a problem, for the CLI to report. */
  onProblem?: (file: string, reason: string) => void;
  /** The stance model; the shipped one when not given. */
  model?: StanceModel;
  /** Where comment exports keep the text and id. */
  exportOptions?: ExportOptions;
  /** Files larger than this many bytes are skipped with a message. */
  maxFileSize?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

/**
 * Reads one file and analyzes it: an article gives one analysis, an export one per group. A file
 * that cannot be read, decoded or parsed becomes an error entry.
 */
export async function analyzeFile(
  file: InputFile,
  model?: StanceModel,
  exportOptions?: ExportOptions,
  maxFileSize = DEFAULT_MAX_FILE_SIZE,
): Promise<ArticleAnalysis[]> {
  try {
    const { size } = await stat(file.path);
    if (size > maxFileSize) {
      return [failedAnalysis(file.sourceFile, `skipped: ${formatBytes(size)} is over the ${formatBytes(maxFileSize)} limit (--max-file-size)`)];
    }
    const bytes = await readFile(file.path);
    if (typeof file.format === 'object') {
      return analyzeExport(file.sourceFile, parseExport(file.format.export, decodeBytes(bytes).text, exportOptions), model);
    }
    return [analyzeArticle(parseArticle(file.sourceFile, bytes, file.format), model)];
  } catch (error) {
    if (error instanceof InputError) return [failedAnalysis(file.sourceFile, error.message)];
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return [failedAnalysis(file.sourceFile, code === 'ENOENT' ? 'no such file' : `cannot read: ${code}`)];
    throw error;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : `${bytes} bytes`;
}

/** An InputFile for a path named relative to a folder (as gold files name their articles). */
export function inputFileIn(folder: string, relative: string): InputFile {
  return { path: path.join(folder, relative), sourceFile: relative, format: inputFormat(relative) ?? 'text' };
}

/** Reads every input file, one at a time, and analyzes it. File I/O lives here and in the CLI only. */
export async function analyzeInputs(options: AnalyzeOptions): Promise<AnalysisRun & { failures: number }> {
  const model = options.model ?? getDefaultModel();
  const discovery = await discoverInputs(options.inputs, options.exclude);
  const articles: ArticleAnalysis[] = [];
  for (const problem of discovery.problems) articles.push(failedAnalysis(problem.input, problem.reason));
  for (const file of discovery.files) articles.push(...(await analyzeFile(file, model, options.exportOptions, options.maxFileSize)));
  const failed = articles.filter((a) => a.status === 'error');
  for (const a of failed) options.onProblem?.(a.sourceFile, a.detail);
  for (const a of articles) if (a.status !== 'error' && /row\(s\) skipped/.test(a.detail)) options.onProblem?.(a.sourceFile, a.detail);
  return { inputs: options.inputs, articles, skippedFiles: discovery.skipped, model: model.name, failures: failed.length };
}
