import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { StanceModel } from './classify/index.js';
import { getDefaultModel } from './classify/index.js';
import { articleFormat, InputError, parseArticle } from './input/article.js';
import type { InputFile } from './input/discover.js';
import { discoverInputs } from './input/discover.js';
import { analyzeArticle, failedAnalysis } from './pipeline.js';
import type { AnalysisRun, ArticleAnalysis } from './types.js';

export interface AnalyzeOptions {
  inputs: string[];
  /** Folders never read as input (the output folder). */
  exclude?: string[];
  /** Called once per input file with a problem, for the CLI to report. */
  onProblem?: (file: string, reason: string) => void;
  /** The stance model; the shipped one when not given. */
  model?: StanceModel;
}

/** Reads one file and analyzes it; a file that cannot be read or decoded becomes an error entry. */
export async function analyzeFile(file: InputFile, model?: StanceModel): Promise<ArticleAnalysis> {
  try {
    return analyzeArticle(parseArticle(file.sourceFile, await readFile(file.path), file.format), model);
  } catch (error) {
    if (error instanceof InputError) return failedAnalysis(file.sourceFile, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return failedAnalysis(file.sourceFile, code === 'ENOENT' ? 'no such file' : `cannot read: ${code}`);
    throw error;
  }
}

/** An InputFile for a path named relative to a folder (as gold files name their articles). */
export function inputFileIn(folder: string, relative: string): InputFile {
  return { path: path.join(folder, relative), sourceFile: relative, format: articleFormat(relative) ?? 'text' };
}

/** Reads every input file, one at a time, and analyzes it. File I/O lives here and in the CLI only. */
export async function analyzeInputs(options: AnalyzeOptions): Promise<AnalysisRun & { failures: number }> {
  const model = options.model ?? getDefaultModel();
  const discovery = await discoverInputs(options.inputs, options.exclude);
  const articles: ArticleAnalysis[] = [];
  for (const problem of discovery.problems) articles.push(failedAnalysis(problem.input, problem.reason));
  for (const file of discovery.files) articles.push(await analyzeFile(file, model));
  const failed = articles.filter((a) => a.status === 'error');
  for (const a of failed) options.onProblem?.(a.sourceFile, a.detail);
  return { inputs: options.inputs, articles, skippedFiles: discovery.skipped, model: model.name, failures: failed.length };
}
