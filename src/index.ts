// The library's public API: decode an article, find its reader comments, classify their stance,
// and render the reports. Everything here is pure except analyzeInputs and writeReports.
export type {
  AnalysisRun, Article, ArticleAnalysis, ArticleStatus, ClassifiedComment, CommentLayout, GroupComments, GroupInfo, InputFormat,
  ReaderComment, Stance,
  StanceCounts, StanceResult,
} from './types.js';
export { STANCES } from './types.js';
export { parseArticle } from './input/article.js';
export type { ExtractedReactions } from './extract/index.js';
export { extractComments, extractReactions } from './extract/index.js';
export type { ArticleComment, ClassifyOptions, CommentSource, Framing, StanceContext, StanceModel } from './classify/index.js';
export { classifyArticleStances, classifyStance, getDefaultModel, loadModel, readFraming } from './classify/index.js';
export { trainModel } from './classify/train.js';
export { analyzeArticle } from './pipeline/article.js';
export type { AnalyzeOptions, RunSink } from './pipeline/run.js';
export { analyzeFile, analyzeInputs, runAnalysis } from './pipeline/run.js';
export type { ReportOptions, SummaryContext } from './report/index.js';
export { renderReports, ReportStream } from './report/index.js';
