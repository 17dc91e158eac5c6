import { requireCommonJs } from '../cjs.js';
import { commentDate } from './dates.js';
import { InputError } from './decode.js';
import type { ExportColumns, ExportFieldOptions } from './export-columns.js';
import { DEFAULT_FIELDS, fieldsOf, fieldText, fieldValue, findColumns, normalName } from './export-columns.js';

const Papa: typeof import('papaparse') = requireCommonJs('papaparse');

// Exported comment files (a platform's CSV or TSV, a JSON array, JSON lines): each row is a
// comment. Rows are grouped by the article, video or post they answer when the export says
// (export-columns.ts finds the field); otherwise the whole file is one group.

export type ExportFormat = 'csv' | 'tsv' | 'json' | 'jsonl';

export const EXPORT_EXTENSIONS: Record<string, ExportFormat> = { '.csv': 'csv', '.tsv': 'tsv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** Where the fields are, as the user names them (see export-columns.ts); `keepDuplicates` keeps a group's repeated texts. */
export interface ExportOptions extends ExportFieldOptions {
  keepDuplicates?: boolean;
}

export interface ExportedComment {
  /** The row's own id or, when it has none, one from the file's name and the row's place in it. */
  id: string;
  text: string;
  author: string;
  /** ISO 8601, or '' when the row gives none (see commentDate). */
  date: string;
  /** What the comment answers, when the export says (a parent post, a claim). */
  context: string;
}

export interface ExportGroup {
  title: string;
  date: string;
  comments: ExportedComment[];
}

/** Rows that are not reader comments, left out and counted. */
export interface LeftOut {
  /** "[deleted]" and "[removed]" rows. */
  deleted: number;
  /** Posts by AutoModerator and accounts whose names end in "bot". */
  bots: number;
  /** Texts that came before in the same group. */
  duplicates: number;
}

export function noneLeftOut(): LeftOut {
  return { deleted: 0, bots: 0, duplicates: 0 };
}

export interface ParsedExport {
  groups: ExportGroup[];
  /** Rows that could not be used, each naming its row or line. */
  problems: string[];
  leftOut: LeftOut;
  columns: ExportColumns;
}

type Row = Record<string, unknown>;

/** A row of an export and where it was. */
export interface ExportRow {
  row: Row;
  /** "line 12", "row 12" or "item 12", for messages. */
  where: string;
  /** The number in `where`. */
  number: number;
  /** What was wrong with the row as read, though it is still used ("row 3: Too few fields"). */
  warning?: string;
}

/** One line of a JSONL export: its row, or what is wrong with it. */
function jsonlRow(line: string, lineNumber: number): ExportRow | { problem: string } | undefined {
  if (!line.trim()) return undefined;
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { problem: `line ${lineNumber}: not valid JSON` };
  }
  if (typeof row === 'object' && row !== null && !Array.isArray(row)) return { row: row as Row, where: `line ${lineNumber}`, number: lineNumber };
  return { problem: `line ${lineNumber}: not a JSON object` };
}

/**
 * The rows of JSON lines, the first being line `firstLine` of its file, each parsed when it is
 * asked for; lines that are not JSON objects go to `problems`. Lines end at \n, \r\n or a lone \r.
 */
export function* jsonLines(text: string, firstLine: number, problems: string[]): Generator<ExportRow> {
  const lines = text.split(/\r?\n|\r/);
  // After a final line break, split finds an empty string that is no line.
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const parsed = jsonlRow(lines[i] as string, firstLine + i);
    if (parsed && 'problem' in parsed) problems.push(parsed.problem);
    else if (parsed) yield parsed;
  }
}

/** All the rows of JSON lines at once (see jsonLines). */
export function jsonLineRows(text: string, firstLine: number, problems: string[]): ExportRow[] {
  return [...jsonLines(text, firstLine, problems)];
}

/** A Reddit listing ({ kind: "Listing", data: { children } }), as its API and its `.json` pages give them. */
function isListing(value: unknown): value is { data: { children: unknown[] } } {
  const v = value as { kind?: unknown; data?: { children?: unknown } } | null;
  return typeof v === 'object' && v !== null && v.kind === 'Listing' && Array.isArray(v.data?.children);
}

/**
 * The comments of Reddit listings, replies after the comment they answer, each as its `data`
 * with the thread's title (from the post, kind t3) as `link_title` when the comment lacks one.
 */
function redditComments(listings: readonly unknown[]): Row[] {
  const out: Row[] = [];
  let title: unknown;
  const walk = (listing: { data: { children: unknown[] } }): void => {
    for (const child of listing.data.children) {
      const { kind, data } = (child ?? {}) as { kind?: unknown; data?: Row };
      if (typeof data !== 'object' || data === null) continue;
      if (kind === 't3') title ??= data.title;
      if (kind !== 't1') continue;
      out.push(data.link_title === undefined && title !== undefined ? { ...data, link_title: title } : data);
      if (isListing(data.replies)) walk(data.replies);
    }
  };
  for (const listing of listings) if (isListing(listing)) walk(listing);
  return out;
}

/**
 * The rows of a JSON export: an array of comments, an object with a "comments" (or "items",
 * "data") array, or Reddit listings.
 */
export function jsonArrayRows(text: string): ExportRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  const wrapped = data as { comments?: unknown; items?: unknown; data?: unknown } | null;
  let list: unknown = Array.isArray(data) ? data : (wrapped?.comments ?? wrapped?.items ?? wrapped?.data);
  if (isListing(data) || (Array.isArray(data) && data.length > 0 && data.every(isListing))) list = redditComments(Array.isArray(data) ? data : [data]);
  if (!Array.isArray(list)) throw new InputError('expected a JSON array of comments (or an object with a "comments" or "items" array, or Reddit listings)');
  return list.map((row, i) => ({ row: (typeof row === 'object' && row !== null ? row : {}) as Row, where: `item ${i + 1}`, number: i + 1 }));
}

/** Cells of the first lines of a CSV or TSV looked through for its header: report lines may come first. */
const HEADER_SEARCH_LINES = 30;

/**
 * How many lines come before a CSV's header: none, unless the file starts with report lines
 * (a title, a date range, a query, as Brandwatch and Meltwater write them) and a later line of
 * the first few has two cells or more, one of them naming a text column (the user's, or a
 * default one).
 */
export function linesBeforeHeader(head: string, delimiter: string, textField?: string): number {
  const lines = head.split(/\r\n|\n|\r/).slice(0, HEADER_SEARCH_LINES);
  const text = new Set(DEFAULT_FIELDS.text.map((n) => normalName(n.split('.').pop() ?? '')));
  if (textField) text.add(normalName(textField));
  const isHeader = (line: string): boolean => {
    const cells = line.split(delimiter).map(normalName);
    return cells.length >= 2 && cells.some((c) => text.has(c));
  };
  if (lines.length === 0 || isHeader(lines[0] ?? '')) return 0;
  const at = lines.findIndex(isHeader);
  return at < 0 ? 0 : at;
}

/** The delimiter of a file of comma- or tab-separated values. */
export function delimiterOf(format: ExportFormat): string {
  return format === 'tsv' ? '\t' : ',';
}

function rowsOf(format: ExportFormat, text: string, problems: string[], options: ExportOptions): ExportRow[] {
  if (format === 'jsonl') return jsonLineRows(text, 1, problems);
  if (format === 'json') return jsonArrayRows(text);
  const delimiter = delimiterOf(format);
  const skip = linesBeforeHeader(text.slice(0, 1 << 16), delimiter, options.textField);
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy', delimiter, skipFirstNLines: skip } as Papa.ParseConfig<Row>);
  const fields = parsed.meta.fields ?? [];
  for (const error of parsed.errors.slice(0, 20)) problems.push(`row ${(error.row ?? 0) + 2 + skip}: ${error.message}`);
  if (fields.length === 0) throw new InputError('empty CSV: no header row');
  return parsed.data.map((row, i) => ({ row, where: `row ${i + 2 + skip}`, number: i + 2 + skip }));
}

export interface GroupMeta {
  key: string;
  title: string;
  date: string;
}

/** "[deleted]" and "[removed]": what Reddit leaves of a comment taken down. */
const TAKEN_DOWN = /^\s*\[(?:deleted|removed)\]\s*$/i;
/**
 * AutoModerator, and account names ending in "bot" as bots name themselves ("RemindMeBot",
 * "sneakpeek_bot", "wikitextbot", "NEWS BOT"), not as a person's name does ("Mary Talbot").
 */
const BOT_NAME = /[-_. ][Bb][Oo][Tt]$|[\p{Ll}\p{N}]Bot$|^[\p{Ll}\p{N}_-]+bot$|^[\p{Lu}\p{N}_-]+BOT$/u;

export function isBotName(author: string): boolean {
  return /^automoderator$/i.test(author) || BOT_NAME.test(author);
}

/** Distinct date values a grouper remembers (timestamps to the second rarely repeat, days do). */
const MAX_REMEMBERED_DATES = 4096;

/** What became of a row: a comment of a group, a row left out (not a reader's comment), or a problem. */
export type RowOutcome = { group: GroupMeta; comment: ExportedComment } | { leftOut: keyof LeftOut } | { problem: string };

/**
 * Turns export rows, in order, into comments of groups, by the file's columns. Shared by the
 * whole-file reader below and the streaming one.
 */
export class ExportGrouper {
  private readonly groups = new Map<string, GroupMeta>();
  /** Whether any row had a text: a file where none does has no text column. */
  sawTextField = false;

  constructor(private readonly sourceFile: string, private readonly columns: ExportColumns) {}

  accept({ row, where, number }: ExportRow): RowOutcome {
    const { columns } = this;
    const text = fieldText(row, columns.text);
    if (!text.trim()) return { problem: `${where}: no text` };
    this.sawTextField = true;
    const author = fieldText(row, columns.author);
    if (TAKEN_DOWN.test(text)) return { leftOut: 'deleted' };
    if (author && isBotName(author)) return { leftOut: 'bots' };
    const key = fieldText(row, columns.group);
    let group = this.groups.get(key);
    const date = this.dateOf(fieldValue(row, columns.date));
    if (!group) {
      group = { key, title: fieldText(row, columns.title) || key, date: date.slice(0, 10) };
      this.groups.set(key, group);
    }
    // A row without an id is named by its place in the file, as messages name it.
    const id = fieldText(row, columns.id) || `${this.sourceFile}#${number}`;
    return { group, comment: { id, text, author, date, context: fieldText(row, columns.context) } };
  }

  /** Dates already read, by what the rows wrote: an export has a few thousand distinct values at most per batch. */
  private readonly dates = new Map<unknown, string>();

  private dateOf(value: unknown): string {
    let date = this.dates.get(value);
    if (date === undefined) {
      date = commentDate(value);
      if (this.dates.size < MAX_REMEMBERED_DATES) this.dates.set(value, date);
    }
    return date;
  }

  /** Groups in the order their first row came. */
  allGroups(): GroupMeta[] {
    return [...this.groups.values()];
  }
}

/** Rows looked at to find a file's columns. */
export const COLUMN_SAMPLE_ROWS = 1000;

/** The error for a file none of whose rows has a text, naming the fields it has. */
export function noTextColumnError(options: ExportOptions, firstRow: Row | undefined): InputError {
  const expected = options.textField ? `"${options.textField}"` : `one of ${DEFAULT_FIELDS.text.join(', ')}`;
  const found = fieldsOf(firstRow);
  return new InputError(
    `no text column: expected ${expected}; found ${found.length > 0 ? found.map((f) => `"${f}"`).join(', ') : 'no fields'}` +
      `${options.textField ? '' : ' (name it with --text-field)'}`,
  );
}

/**
 * Reads an export's whole text into groups of comments, with the grouper a run uses. Pure: the
 * caller reads the file. Repeated texts stay: leaving them out is the run's, across its batches.
 */
export function parseExport(sourceFile: string, format: ExportFormat, text: string, options: ExportOptions = {}): ParsedExport {
  const problems: string[] = [];
  const rows = rowsOf(format, text, problems, options);
  const columns = findColumns(rows.slice(0, COLUMN_SAMPLE_ROWS).map((r) => r.row), options);
  const grouper = new ExportGrouper(sourceFile, columns);
  const comments = new Map<string, ExportedComment[]>();
  const leftOut = noneLeftOut();
  for (const r of rows) {
    const accepted = grouper.accept(r);
    if ('problem' in accepted) problems.push(accepted.problem);
    else if ('leftOut' in accepted) leftOut[accepted.leftOut]++;
    else {
      const key = accepted.group.key;
      const list = comments.get(key) ?? [];
      if (list.length === 0) comments.set(key, list);
      list.push(accepted.comment);
    }
  }
  if (rows.length > 0 && !grouper.sawTextField) throw noTextColumnError(options, rows[0]?.row);
  const groups = grouper.allGroups().map((g) => ({ title: g.title, date: g.date, comments: comments.get(g.key) ?? [] }));
  return { groups, problems, leftOut, columns };
}
