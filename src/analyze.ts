import { readFile } from 'node:fs/promises';
import { InputError, parseArticle } from './input/article.js';
import { discoverInputs } from './input/discover.js';
import { analyzeArticle, failedAnalysis } from './pipeline.js';
import type { AnalysisRun, ArticleAnalysis } from './types.js';

export const MODEL_NAME = 'cue-lexicon';

export interface AnalyzeOptions {
  inputs: string[];
  /** Folders never read as input (the output folder). */
  exclude?: string[];
  /** Called once per input file with a problem, for the CLI to report. */
  onProblem?: (file: string, reason: string) => void;
}

/** Reads every input file, one at a time, and analyzes it. File I/O lives here and in the CLI only. */
export async function analyzeInputs(options: AnalyzeOptions): Promise<AnalysisRun & { failures: number }> {
  const discovery = await discoverInputs(options.inputs, options.exclude);
  const articles: ArticleAnalysis[] = [];
  let failures = 0;
  const fail = (file: string, reason: string): void => {
    failures++;
    options.onProblem?.(file, reason);
    articles.push(failedAnalysis(file, reason));
  };
  for (const problem of discovery.problems) fail(problem.input, problem.reason);
  for (const file of discovery.files) {
    try {
      const bytes = await readFile(file.path);
      articles.push(analyzeArticle(parseArticle(file.sourceFile, bytes, file.format)));
    } catch (error) {
      if (error instanceof InputError) fail(file.sourceFile, error.message);
      else if ((error as NodeJS.ErrnoException).code) fail(file.sourceFile, `cannot read: ${(error as NodeJS.ErrnoException).code}`);
      else throw error;
    }
  }
  return { inputs: options.inputs, articles, skippedFiles: discovery.skipped, model: MODEL_NAME, failures };
}
