import { requireCommonJs } from '../cjs.js';
import { isoDate } from './dates.js';
import { InputError } from './decode.js';

const Papa: typeof import('papaparse') = requireCommonJs('papaparse');

// Exported comment files (a platform's CSV, a JSON array, JSON lines): each row is a comment.
// Rows are grouped into articles by an article/title/url field when there is one; otherwise
// the whole file is one group.

export type ExportFormat = 'csv' | 'json' | 'jsonl';

export const EXPORT_EXTENSIONS: Record<string, ExportFormat> = { '.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** Where the comment's text may be, in order of preference, when --text-field does not say. */
export const TEXT_FIELDS = ['text', 'comment', 'body', 'message', 'content'];
const ID_FIELD = 'id';
const AUTHOR_FIELDS = ['author', 'user', 'username', 'user_name', 'screen_name', 'name', 'handle'];
const GROUP_FIELDS = ['article', 'title', 'url'];
const DATE_FIELDS = ['date', 'published', 'created_at', 'timestamp'];
const TITLE_FIELDS = ['title', 'article'];

export interface ExportOptions {
  textField?: string;
  idField?: string;
}

export interface ExportedComment {
  /** The row's own id or, when it has none, one from the file's name and the row's place in it. */
  id: string;
  text: string;
  author: string;
}

export interface ExportGroup {
  title: string;
  date: string;
  comments: ExportedComment[];
}

export interface ParsedExport {
  groups: ExportGroup[];
  /** Rows that could not be used, each naming its row or line. */
  problems: string[];
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

/** A row's keys by their lower-case form; the first of two that differ only in case wins. */
function keysByLowerCase(row: Row): Map<string, string> {
  const keys = new Map<string, string>();
  for (const key in row) {
    const lower = key.toLowerCase();
    if (!keys.has(lower)) keys.set(lower, key);
  }
  return keys;
}

function field(row: Row, keys: Map<string, string>, names: readonly string[]): string {
  for (const name of names) {
    const key = keys.get(name);
    const value = key === undefined ? undefined : row[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number') return String(value);
  }
  return '';
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

/** The rows of a JSON export: an array of comments, or an object with a "comments" array. */
export function jsonArrayRows(text: string): ExportRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(data) ? data : (data as { comments?: unknown })?.comments;
  if (!Array.isArray(list)) throw new InputError('expected a JSON array of comments');
  return list.map((row, i) => ({ row: (typeof row === 'object' && row !== null ? row : {}) as Row, where: `item ${i + 1}`, number: i + 1 }));
}

function rowsOf(format: ExportFormat, text: string, problems: string[]): ExportRow[] {
  if (format === 'jsonl') return jsonLineRows(text, 1, problems);
  if (format === 'json') return jsonArrayRows(text);
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  for (const error of parsed.errors.slice(0, 20)) problems.push(`row ${(error.row ?? 0) + 2}: ${error.message}`);
  if (fields.length === 0) throw new InputError('empty CSV: no header row');
  return parsed.data.map((row, i) => ({ row, where: `row ${i + 2}`, number: i + 2 }));
}

export interface GroupMeta {
  key: string;
  title: string;
  date: string;
}

/**
 * Turns export rows, in order, into comments of groups: finds the text, id, author and group of
 * each row. Shared by the whole-file reader below and the streaming one (export-stream.ts).
 */
export class ExportGrouper {
  private readonly textFields: string[];
  private readonly idFields: string[];
  private readonly groups = new Map<string, GroupMeta>();
  /** Whether any row had one of the text fields: a file where none does has no text column. */
  sawTextField = false;

  constructor(private readonly sourceFile: string, private readonly options: ExportOptions = {}) {
    this.textFields = options.textField ? [options.textField.toLowerCase()] : TEXT_FIELDS;
    this.idFields = [(options.idField ?? ID_FIELD).toLowerCase()];
  }

  accept({ row, where, number }: ExportRow): { group: GroupMeta; comment: ExportedComment } | { problem: string } {
    const keys = keysByLowerCase(row);
    if (!this.sawTextField && this.textFields.some((name) => keys.has(name))) this.sawTextField = true;
    const text = field(row, keys, this.textFields);
    if (!text.trim()) return { problem: `${where}: no text` };
    const key = field(row, keys, GROUP_FIELDS);
    let group = this.groups.get(key);
    if (!group) {
      group = { key, title: field(row, keys, TITLE_FIELDS) || key, date: isoDate(field(row, keys, DATE_FIELDS)) };
      this.groups.set(key, group);
    }
    // A row without an id is named by its place in the file, as messages name it.
    const id = field(row, keys, this.idFields) || `${this.sourceFile}#${number}`;
    return { group, comment: { id, text, author: field(row, keys, AUTHOR_FIELDS) } };
  }

  /** Groups in the order their first row came. */
  allGroups(): GroupMeta[] {
    return [...this.groups.values()];
  }

  noTextColumnError(): InputError {
    return new InputError(`no text column: expected one of ${this.textFields.join(', ')}${this.options.textField ? '' : ' (or name it with --text-field)'}`);
  }
}

/** Reads an export's whole text into groups of comments. Pure: the caller reads the file. */
export function parseExport(sourceFile: string, format: ExportFormat, text: string, options: ExportOptions = {}): ParsedExport {
  const problems: string[] = [];
  const rows = rowsOf(format, text, problems);
  const grouper = new ExportGrouper(sourceFile, options);
  const comments = new Map<string, ExportedComment[]>();
  for (const r of rows) {
    const accepted = grouper.accept(r);
    if ('problem' in accepted) problems.push(accepted.problem);
    else {
      const list = comments.get(accepted.group.key) ?? [];
      if (list.length === 0) comments.set(accepted.group.key, list);
      list.push(accepted.comment);
    }
  }
  if (rows.length > 0 && !grouper.sawTextField) throw grouper.noTextColumnError();
  const groups = grouper.allGroups().map((g) => ({ title: g.title, date: g.date, comments: comments.get(g.key) ?? [] }));
  return { groups, problems };
}
