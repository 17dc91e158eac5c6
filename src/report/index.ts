import path from 'node:path';
import type { AnalysisRun } from '../types.js';
import { articlesCsv, commentsCsv } from './csv.js';
import { summaryMarkdown } from './markdown.js';
import { writeAllAtomic } from './write.js';

export const REPORT_FILES = ['comments.csv', 'articles.csv', 'summary.md'] as const;

/** The reports' contents, by file name. Pure. */
export function renderReports(run: AnalysisRun): Record<(typeof REPORT_FILES)[number], string> {
  return {
    'comments.csv': commentsCsv(run.articles),
    'articles.csv': articlesCsv(run.articles),
    'summary.md': summaryMarkdown(run),
  };
}

/** Writes the three reports as one set: an interrupted or failed write leaves the previous set. */
export async function writeReports(run: AnalysisRun, outDir: string): Promise<string[]> {
  const rendered = renderReports(run);
  const files = REPORT_FILES.map((name) => ({ target: path.join(outDir, name), content: rendered[name] }));
  await writeAllAtomic(files);
  return files.map((f) => f.target);
}
