import { requireCommonJs } from '../cjs.js';
import type { PackedStrings } from './packed-strings.js';
import { packedStart, packStrings, utf8Length } from './packed-strings.js';
import type { ArticleAnalysis, ClassifiedComment, CommentBatch, GroupComments, GroupInfo, Utf8Bytes } from '../types.js';
import type { ArticleSummary } from './aggregate.js';
import { summarize } from './aggregate.js';
import { fixed, share } from './format.js';
import { neutralizeFormula, stripControl } from './sanitize.js';

const Papa: typeof import('papaparse') = requireCommonJs('papaparse');

export const COMMENT_COLUMNS = [
  'source_file', 'article_title', 'article_date', 'comment_id', 'comment_index', 'attribution', 'comment', 'stance',
  'confidence', 'sentiment', 'cues', 'comment_date', 'language',
] as const;

export const ARTICLE_COLUMNS = [
  'source_file', 'article_title', 'article_date', 'comments', 'skeptical', 'supportive', 'neutral', 'skeptical_share',
  'supportive_share', 'net_stance', 'mean_sentiment', 'status', 'not_classified',
] as const;

const NEWLINE = '\r\n';
/** What --excel puts first, so that Excel reads the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** A number (or an ISO date) already formatted for the report; only text cells are defused. */
export class Numeric {
  constructor(readonly text: string) {}
}
export type Cell = string | Numeric;
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

/**
 * Where comment_index goes in a line tail. It is a control character, which every text cell has
 * stripped, so it cannot occur anywhere else in a line.
 */
export const INDEX_SLOT = '\u0001';
// Rows are unparsed together with this between them and split apart again: no cell keeps it.
const ROW_BREAK = '\u0000';

/** The comment as comments.csv shows it, apart from its group and index. */
export type CommentCells = Pick<ClassifiedComment, 'id' | 'attribution' | 'text' | 'stance' | 'date'>;

/** The cells of comments.csv before comment_id, for a group, with the comma that follows them. */
export function commentGroupCells(group: GroupInfo): string {
  // The ISO date is meant to be read as a date.
  return `${Papa.unparse([[group.sourceFile, group.title, num(group.date)].map(cell)], { quotes })},`;
}

/** The text cells of each comment's line, in order, each quoted by papaparse as the line will hold it. */
const TEXT_CELLS = 4;

/**
 * Each comment's line of comments.csv from comment_id on, with INDEX_SLOT for its index and no
 * line break: the part that does not depend on which group it is in or how many came before; and
 * the quoted text cells they were made from (TEXT_CELLS per
 * comment). One papaparse call quotes the text cells of them all, each as a row of its own; the
 * numbers and the stance, which never need quoting, are put between them here (handing
 * papaparse all eight cells took a quarter more time).
 */
function lineTails(comments: readonly CommentCells[]): { tails: string[]; quoted: string[] } {
  const quoted = quotedTextCells(comments);
  return { tails: comments.map((c, i) => lineTail(c, quoted, i * TEXT_CELLS)), quoted };
}

/** The text cells of the comments' lines, TEXT_CELLS per comment, as papaparse quotes them. */
function quotedTextCells(comments: readonly CommentCells[]): string[] {
  if (comments.length === 0) return [];
  const rows: string[][] = [];
  for (const c of comments) rows.push([cell(c.id)], [cell(c.attribution)], [cell(c.text)], [cell(c.stance.cues.join('; '))]);
  return Papa.unparse(rows, { newline: ROW_BREAK, quotes }).split(ROW_BREAK);
}

/** A comment's line tail around its quoted text cells, which start at `at`. */
function lineTail(c: CommentCells, quoted: readonly string[], at: number): string {
  const s = c.stance;
  // A comment with no stance has empty stance and confidence cells.
  const stance = s.stance === null ? ',' : `${s.stance},${fixed(s.confidence)}`;
  // The date (ISO 8601, made by commentDate) and the language code need no quoting or defusing.
  return `${quoted[at]},${INDEX_SLOT},${quoted[at + 1]},${quoted[at + 2]},${stance},${s.sentiment},${quoted[at + 3]},${c.date ?? ''},${s.language ?? ''}`;
}

/** Line tails packed into one buffer, with where each one's INDEX_SLOT is in its bytes. */
function packedCommentLineTails(comments: readonly CommentCells[]): { tails: PackedStrings; slots: Uint32Array } {
  const { tails, quoted } = lineTails(comments);
  // The slot follows the quoted comment_id and its comma.
  return { tails: packStrings(tails), slots: Uint32Array.from(comments, (_, i) => utf8Length(quoted[i * TEXT_CELLS] as string) + 1) };
}

/** How many decimal digits a non-negative integer has. */
function decimalDigits(n: number): number {
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}

/** Writes a non-negative integer in decimal at `at`; returns where it ends. */
function writeDecimal(out: Uint8Array, at: number, n: number): number {
  const end = at + decimalDigits(n);
  let rest = n;
  for (let k = end - 1; k >= at; k--) {
    out[k] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return end;
}

/**
 * Copies bytes [start, end) of `from` to `out` at `at`; returns where they end. Line parts are
 * short, and Buffer#copy of a part makes a view of it: on a large export those views were most
 * of what the run thread's young collections had to keep.
 */
function copyBytes(from: Uint8Array, start: number, end: number, out: Uint8Array, at: number): number {
  let to = at;
  for (let k = start; k < end; k++) out[to++] = from[k] as number;
  return to;
}

const NEWLINE_BYTES = Buffer.from(NEWLINE, 'latin1');

/**
 * comments.csv's lines, the one place they are made, in UTF-8: each comment's cells, its group's
 * cells and its index; a comment without either is left out. The lines are written
 * straight into the file's buffer (writeInto), with no string made for a whole line.
 */
export function commentLines(comments: ReadonlyArray<CommentCells | undefined>, groupCells: ReadonlyArray<Uint8Array | undefined>, indexes: Uint32Array): Utf8Bytes {
  const kept: number[] = [];
  comments.forEach((c, i) => {
    if (c && groupCells[i]) kept.push(i);
  });
  const { tails, slots } = packedCommentLineTails(kept.map((i) => comments[i] as CommentCells));
  return commentLinesBytes(tails, slots, kept.map((i) => groupCells[i]), Uint32Array.from(kept, (i) => indexes[i] as number));
}

/** The lines from the comments' packed line tails (see commentLines). */
function commentLinesBytes(tails: PackedStrings, slots: Uint32Array, groupCells: ReadonlyArray<Uint8Array | undefined>, indexes: Uint32Array): Utf8Bytes {
  const n = groupCells.length;
  let byteLength = 0;
  for (let i = 0; i < n; i++) {
    const cells = groupCells[i];
    if (!cells) continue;
    byteLength += cells.length + (tails.ends[i] as number) - packedStart(tails, i) - INDEX_SLOT.length + decimalDigits(indexes[i] as number) + NEWLINE_BYTES.length;
  }
  return {
    byteLength,
    writeInto(out, at) {
      const source = tails.bytes;
      for (let i = 0; i < n; i++) {
        const cells = groupCells[i];
        if (!cells) continue;
        const start = packedStart(tails, i);
        const slot = start + (slots[i] as number);
        at = copyBytes(cells, 0, cells.length, out, at);
        at = copyBytes(source, start, slot, out, at);
        at = writeDecimal(out, at, indexes[i] as number);
        at = copyBytes(source, slot + INDEX_SLOT.length, tails.ends[i] as number, out, at);
        at = copyBytes(NEWLINE_BYTES, 0, NEWLINE_BYTES.length, out, at);
      }
    },
  };
}

/** comments.csv's header line. */
export function commentsCsvHeader(): string {
  return header(COMMENT_COLUMNS);
}

/** Lines of comments.csv for a batch of groups, made as a run's threads make them. */
export function commentsCsvChunk(batch: readonly GroupComments[]): Utf8Bytes {
  const comments = batch.flatMap((run) => run.comments);
  const groupCells = batch.flatMap((run) => {
    const cells = Buffer.from(commentGroupCells(run.group));
    return run.comments.map(() => cells);
  });
  return commentLines(comments, groupCells, Uint32Array.from(comments, (c) => c.index));
}

/** A batch of comments already made, as the reports take them. */
export function commentBatch(runs: GroupComments[]): CommentBatch {
  return { size: runs.reduce((n, r) => n + r.comments.length, 0), runs: () => runs, csvLines: () => commentsCsvChunk(runs) };
}

/** The whole of comments.csv for analyses in memory. */
export function commentsCsv(articles: readonly ArticleAnalysis[]): string {
  const lines = commentsCsvChunk(articles.map((a) => ({ group: a, comments: a.comments })));
  const bytes = Buffer.alloc(lines.byteLength);
  lines.writeInto(bytes, 0);
  return commentsCsvHeader() + bytes.toString('utf8');
}

export function articleRow(a: ArticleSummary): Cell[] {
  const n = a.comments;
  // Shares are of the comments with a stance; the others are counted in not_classified.
  const classified = n - a.unread;
  // The status names what happened first ("ok", "no-comments", "error"), then any detail.
  const status = a.detail ? `${a.status}: ${a.detail}` : a.status;
  return [
    a.sourceFile, a.title, num(a.date), num(n), num(a.counts.skeptical), num(a.counts.supportive), num(a.counts.neutral),
    num(share(a.counts.skeptical, classified)), num(share(a.counts.supportive, classified)),
    num(classified > 0 ? fixed((a.counts.supportive - a.counts.skeptical) / classified) : ''), num(n > 0 ? fixed(a.sentimentSum / n) : ''), status, num(a.unread),
  ];
}

/** articles.csv's header line. */
export function articlesCsvHeader(): string {
  return header(ARTICLE_COLUMNS);
}

/** Lines of articles.csv, for writing as summaries arrive. */
export function articlesCsvLines(summaries: readonly ArticleSummary[]): string {
  return lines(summaries.map(articleRow));
}

export function articlesCsvFromSummaries(summaries: readonly ArticleSummary[]): string {
  return articlesCsvHeader() + articlesCsvLines(summaries);
}

export function articlesCsv(articles: readonly ArticleAnalysis[]): string {
  return articlesCsvFromSummaries(articles.map(summarize));
}
