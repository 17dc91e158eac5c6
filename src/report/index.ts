export const REPORT_FILES = ['comments.csv', 'articles.csv', 'summary.md'] as const;
export type { SummaryContext } from './markdown.js';
export { ReportStream } from './stream.js';
export type { ReportOptions } from './stream.js';
