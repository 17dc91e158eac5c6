import type { AnalysisRun } from '../types.js';
import { RunAggregate } from './aggregate.js';
import { articlesCsvFromSummaries, commentsCsv } from './csv.js';
import type { SummaryContext } from './markdown.js';
import { summaryMarkdown } from './markdown.js';

export const REPORT_FILES = ['comments.csv', 'articles.csv', 'summary.md'] as const;
export type { SummaryContext } from './markdown.js';
export { ReportStream } from './stream.js';
export type { ReportOptions } from './stream.js';

/** The reports' contents for a run held in memory, by file name. Pure; the same bytes ReportStream writes. */
export function renderReports(run: AnalysisRun, context: Partial<SummaryContext> = {}): Record<(typeof REPORT_FILES)[number], string> {
  const aggregate = new RunAggregate({ keepAll: true });
  for (const a of run.articles) aggregate.add(a);
  return {
    'comments.csv': commentsCsv(run.articles),
    'articles.csv': articlesCsvFromSummaries(aggregate.articles),
    'summary.md': summaryMarkdown(aggregate, { inputs: run.inputs, model: run.model, skippedFiles: run.skippedFiles, ...context }),
  };
}
