import path from 'node:path';
import type { AnalysisRun } from '../types.js';
import { articlesCsv, commentsCsv } from './csv.js';
import { summaryMarkdown } from './markdown.js';
import { writeAtomic } from './write.js';

export const REPORT_FILES = ['comments.csv', 'articles.csv', 'summary.md'] as const;

/** The reports' contents, by file name. Pure. */
export function renderReports(run: AnalysisRun): Record<(typeof REPORT_FILES)[number], string> {
  return {
    'comments.csv': commentsCsv(run.articles),
    'articles.csv': articlesCsv(run.articles),
    'summary.md': summaryMarkdown(run),
  };
}

export async function writeReports(run: AnalysisRun, outDir: string): Promise<string[]> {
  const rendered = renderReports(run);
  const written: string[] = [];
  for (const name of REPORT_FILES) {
    const target = path.join(outDir, name);
    await writeAtomic(target, rendered[name]);
    written.push(target);
  }
  return written;
}
