// The library's public API: decode an article, find its reader comments, classify their stance,
// and render the reports. Everything here is pure except analyzeInputs and writeReports.
export type {
  AnalysisRun, Article, ArticleAnalysis, ArticleStatus, ClassifiedComment, CommentLayout, GroupComments, GroupInfo, InputFormat,
  ReaderComment, Stance,
  StanceCounts, StanceResult,
} from './types.js';
export { STANCES } from './types.js';
export { parseArticle } from './input/article.js';
export { extractComments } from './extract/index.js';
export type { ClassifyOptions, CommentSource, StanceModel } from './classify/index.js';
export { classifyStance, getDefaultModel, loadModel } from './classify/index.js';
export { trainModel } from './classify/train.js';
export { analyzeArticle } from './pipeline.js';
export type { AnalyzeOptions, RunSink } from './analyze.js';
export { analyzeInputs, runAnalysis } from './analyze.js';
export { analyzeFile } from './analyze-file.js';
export type { ReportOptions, SummaryContext } from './report/index.js';
export { renderReports, ReportStream } from './report/index.js';
