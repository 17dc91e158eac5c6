import Papa from 'papaparse';
import { isoDate } from './dates.js';
import { InputError } from './decode.js';

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

export interface ExportOptions {
  textField?: string;
  idField?: string;
}

export interface ExportedComment {
  /** The row's own id, or '' when it has none. */
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

function field(row: Row, names: string[]): string {
  const keys = Object.keys(row);
  for (const name of names) {
    const key = keys.find((k) => k.toLowerCase() === name);
    const value = key === undefined ? undefined : row[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number') return String(value);
  }
  return '';
}

function rowsOf(format: ExportFormat, text: string, problems: string[]): Array<{ row: Row; where: string }> {
  if (format === 'jsonl') {
    const rows: Array<{ row: Row; where: string }> = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const row = JSON.parse(line) as unknown;
        if (typeof row === 'object' && row !== null && !Array.isArray(row)) rows.push({ row: row as Row, where: `line ${i + 1}` });
        else problems.push(`line ${i + 1}: not a JSON object`);
      } catch {
        problems.push(`line ${i + 1}: not valid JSON`);
      }
    });
    return rows;
  }
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new InputError(`not valid JSON (${(error as Error).message})`);
    }
    const list = Array.isArray(data) ? data : (data as { comments?: unknown })?.comments;
    if (!Array.isArray(list)) throw new InputError('expected a JSON array of comments');
    return list.map((row, i) => ({ row: (typeof row === 'object' && row !== null ? row : {}) as Row, where: `item ${i + 1}` }));
  }
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  for (const error of parsed.errors.slice(0, 20)) problems.push(`row ${(error.row ?? 0) + 2}: ${error.message}`);
  if (fields.length === 0) throw new InputError('empty CSV: no header row');
  return parsed.data.map((row, i) => ({ row, where: `row ${i + 2}` }));
}

/** Reads an export's text into groups of comments. Pure: the caller reads the file. */
export function parseExport(format: ExportFormat, text: string, options: ExportOptions = {}): ParsedExport {
  const problems: string[] = [];
  const rows = rowsOf(format, text, problems);
  const textFields = options.textField ? [options.textField.toLowerCase()] : TEXT_FIELDS;
  if (rows.length > 0 && !rows.some(({ row }) => Object.keys(row).some((k) => textFields.includes(k.toLowerCase())))) {
    throw new InputError(`no text column: expected one of ${textFields.join(', ')}${options.textField ? '' : ' (or name it with --text-field)'}`);
  }
  const groups = new Map<string, ExportGroup>();
  for (const { row, where } of rows) {
    const text = field(row, textFields);
    if (!text.trim()) {
      problems.push(`${where}: no text`);
      continue;
    }
    const key = field(row, GROUP_FIELDS);
    let group = groups.get(key);
    if (!group) {
      group = { title: field(row, ['title', 'article']) || key, date: isoDate(field(row, DATE_FIELDS)), comments: [] };
      groups.set(key, group);
    }
    group.comments.push({ id: field(row, [(options.idField ?? ID_FIELD).toLowerCase()]), text, author: field(row, AUTHOR_FIELDS) });
  }
  return { groups: [...groups.values()], problems };
}
