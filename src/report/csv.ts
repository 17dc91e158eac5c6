import Papa from 'papaparse';
import type { ArticleAnalysis, GroupComments } from '../types.js';
import type { ArticleSummary } from './aggregate.js';
import { summarize } from './aggregate.js';
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

const NEWLINE = '\r\n';
/** What --excel puts first, so that Excel reads the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

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

// Beside papaparse's own quoting rules, quote cells holding a tab, so that readers which guess
// the delimiter are not led to take the tab for one.
const quotes = (value: unknown): boolean => typeof value === 'string' && value.includes('\t');

/** CSV lines for the rows, each ended by CRLF ('' for no rows). */
function lines(rows: Cell[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows.map((r) => r.map(cell)), { newline: NEWLINE, quotes })}${NEWLINE}`;
}

function header(columns: readonly string[]): string {
  return lines([[...columns]]);
}

function commentRows({ group, comments }: GroupComments, rows: Cell[][]): void {
  // The ISO date is meant to be read as a date.
  const date = num(group.date);
  for (const c of comments) {
    rows.push([
      group.sourceFile, group.title, date, c.id, num(c.index), c.attribution, c.text, c.stance.stance,
      num(fixed(c.stance.confidence)), num(c.stance.sentiment), c.stance.cues.join('; '),
    ]);
  }
}

/** comments.csv's header line. */
export function commentsCsvHeader(): string {
  return header(COMMENT_COLUMNS);
}

/**
 * Lines of comments.csv for a batch of groups, for writing as results arrive: one papaparse
 * call per batch, since an export's rows often alternate between groups.
 */
export function commentsCsvChunk(batch: readonly GroupComments[]): string {
  const rows: Cell[][] = [];
  for (const g of batch) commentRows(g, rows);
  return lines(rows);
}

export function commentsCsv(articles: readonly ArticleAnalysis[]): string {
  return commentsCsvHeader() + commentsCsvChunk(articles.map((a) => ({ group: a, comments: a.comments })));
}

export function articleRow(a: ArticleSummary): Cell[] {
  const n = a.comments;
  // The status names what happened first ("ok", "no-comments", "error"), then any detail.
  const status = a.detail ? `${a.status}: ${a.detail}` : a.status;
  return [
    a.sourceFile, a.title, num(a.date), num(n), num(a.counts.skeptical), num(a.counts.supportive), num(a.counts.neutral),
    num(share(a.counts.skeptical, n)), num(share(a.counts.supportive, n)), num(n > 0 ? fixed((a.counts.supportive - a.counts.skeptical) / n) : ''),
    num(n > 0 ? fixed(a.sentimentSum / n) : ''), status,
  ];
}

export function articlesCsvFromSummaries(summaries: readonly ArticleSummary[]): string {
  return header(ARTICLE_COLUMNS) + lines(summaries.map(articleRow));
}

export function articlesCsv(articles: readonly ArticleAnalysis[]): string {
  return articlesCsvFromSummaries(articles.map(summarize));
}
