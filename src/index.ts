// The library's public API: decode an article, find its reader comments, classify their stance,
// run over files and exports, and write the reports. Everything here is pure except analyzeFile,
// analyzeInputs, runAnalysis (they read files) and ReportStream (it writes them).
export type {
  AnalysisRun, Article, ArticleAnalysis, ArticleStatus, ClassifiedComment, CommentBatch, CommentLayout, CommentStance, GroupComments,
  GroupInfo, InputFormat, NoStance, ReaderComment, Stance, StanceCounts, StanceResult,
} from './types.js';
export { STANCES } from './types.js';
export { parseArticle } from './input/article.js';
export type { InputFile } from './input/discover.js';
export type { ExportFieldOptions } from './input/export-columns.js';
export type { ExportOptions } from './input/exports.js';
export type { ExtractedReactions } from './extract/index.js';
export { extractComments, extractReactions } from './extract/index.js';
export type { ArticleComment, ClassifyOptions, CommentSource, Framing, StanceContext, StanceModel } from './classify/index.js';
export { classifyArticleStances, classifyStance, getDefaultModel, loadModel, readFraming } from './classify/index.js';
export { trainModel } from './classify/train.js';
export { analyzeArticle } from './pipeline/article.js';
export type { AnalyzeOptions, RunResult, RunSink } from './pipeline/run.js';
export { analyzeFile, analyzeInputs, runAnalysis } from './pipeline/run.js';
export type { ArticleSummary } from './report/aggregate.js';
export type { ReportOptions, SummaryContext } from './report/index.js';
export { REPORT_FILES, ReportStream } from './report/index.js';
