import Papa from 'papaparse';
import { stanceCounts } from '../pipeline.js';
import type { ArticleAnalysis } from '../types.js';
import { fixed, share } from './format.js';
import { neutralizeFormula, stripControl } from './sanitize.js';

export const COMMENT_COLUMNS = [
  'source_file', 'article_title', 'article_date', 'comment_id', 'comment_index', 'attribution', 'comment', 'stance',
  'confidence', 'sentiment', 'cues',
] as const;

export const ARTICLE_COLUMNS = [
  'source_file', 'article_title', 'article_date', 'comments', 'skeptical', 'supportive', 'neutral', 'skeptical_share',
  'supportive_share', 'net_stance', 'mean_sentiment', 'status',
] as const;

/** A number already formatted for the report; only text cells are defused. */
class Numeric {
  constructor(readonly text: string) {}
}
type Cell = string | Numeric;
const num = (value: number | string): Numeric => new Numeric(String(value));

/** Every text cell passes through here: control characters out, formulas defused. */
function cell(value: Cell): string {
  return value instanceof Numeric ? value.text : neutralizeFormula(stripControl(value));
}

function toCsv(columns: readonly string[], rows: Cell[][]): string {
  // Beside papaparse's own quoting rules, quote cells holding a tab, so that readers which guess
  // the delimiter are not led to take the tab for one.
  const quotes = (value: unknown): boolean => typeof value === 'string' && value.includes('\t');
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => r.map(cell)) }, { newline: '\r\n', quotes })}\r\n`;
}

export function commentRows(article: ArticleAnalysis): Cell[][] {
  return article.comments.map((c) => [
    article.sourceFile, article.title, article.date, c.id, num(c.index), c.attribution, c.text, c.stance.stance,
    num(fixed(c.stance.confidence)), num(c.stance.sentiment), c.stance.cues.join('; '),
  ]);
}

export function commentsCsv(articles: readonly ArticleAnalysis[]): string {
  return toCsv(COMMENT_COLUMNS, articles.flatMap(commentRows));
}

export function articleRow(article: ArticleAnalysis): Cell[] {
  const n = article.comments.length;
  const counts = stanceCounts(article.comments);
  const meanSentiment = n > 0 ? article.comments.reduce((a, c) => a + c.stance.sentiment, 0) / n : 0;
  // The status names what happened first ("ok", "no-comments", "error"), then any detail.
  const status = article.detail ? `${article.status}: ${article.detail}` : article.status;
  return [
    article.sourceFile, article.title, article.date, num(n), num(counts.skeptical), num(counts.supportive), num(counts.neutral),
    num(share(counts.skeptical, n)), num(share(counts.supportive, n)), num(n > 0 ? fixed((counts.supportive - counts.skeptical) / n) : ''),
    num(n > 0 ? fixed(meanSentiment) : ''), status,
  ];
}

export function articlesCsv(articles: readonly ArticleAnalysis[]): string {
  return toCsv(ARTICLE_COLUMNS, articles.map(articleRow));
}
