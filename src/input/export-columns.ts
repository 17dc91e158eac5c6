// Which field of an export's rows holds what: the comment's text, id, author, date, group and
// context. Found once per file from its first rows, by the names common exports use (YouTube,
// Reddit, X, Brandwatch, Talkwalker, Meltwater), or as the user names them with dotted paths
// into nested JSON ("data.body"). Names are compared without case, spaces or punctuation, so
// "Full Text", "full_text" and "fullText" are one name.

/** Where the user says the fields are; each is a dotted path ("data.body", "user.screen_name"). */
export interface ExportFieldOptions {
  textField?: string;
  idField?: string;
  authorField?: string;
  dateField?: string;
  groupField?: string;
  contextField?: string;
}

/** Default names of each field, in order of preference, written as exports write them. */
export const DEFAULT_FIELDS = {
  text: ['text', 'full_text', 'Full Text', 'textOriginal', 'textDisplay', 'body', 'comment', 'message', 'content', 'data.body', 'snippet.textOriginal', 'snippet.topLevelComment.snippet.textOriginal'],
  // A JSON number cannot hold a 19-digit id exactly: the string form comes first.
  id: ['id_str', 'id', 'comment_id', 'commentId', 'Mention Id', 'Resource Id', 'data.id', 'snippet.topLevelComment.id'],
  author: ['author', 'authorDisplayName', 'screen_name', 'user.screen_name', 'username', 'user_name', 'user', 'handle', 'name', 'data.author', 'snippet.authorDisplayName', 'snippet.topLevelComment.snippet.authorDisplayName'],
  date: ['created_at', 'created_utc', 'publishedAt', 'Date', 'timestamp', 'published', 'time', 'data.created_utc', 'snippet.publishedAt', 'snippet.topLevelComment.snippet.publishedAt'],
  // What a group of rows answers: an article, a video, a post. A field groups only when rows
  // share its values (a per-row url or title is the row's own).
  group: ['article', 'video_title', 'videoTitle', 'link_title', 'post_title', 'thread', 'title', 'url', 'link_id', 'data.link_id', 'videoId', 'snippet.videoId'],
  context: ['context', 'parent_text', 'parent', 'claim', 'target'],
} as const;

/** What a field holds. */
export type FieldRole = keyof typeof DEFAULT_FIELDS;
export const FIELD_ROLES = Object.keys(DEFAULT_FIELDS) as FieldRole[];

/** A field as found in a file: the keys from the row down, as the file spells them. */
export type FieldPath = readonly string[];

/** Where each field is in this file's rows; a field the file lacks is undefined. */
export type ExportColumns = Partial<Record<FieldRole, FieldPath>> & {
  /** The group's title, when the group field is not one (a url): a title the group's rows share. */
  title?: FieldPath;
};

type Row = Record<string, unknown>;

/** A name without case, spaces or punctuation. */
export function normalName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function isObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key of `row` that a wanted name stands for: itself, or one that differs only in case, spaces or punctuation. */
function matchingKey(row: Row, wanted: string): string | undefined {
  if (Object.hasOwn(row, wanted)) return wanted;
  const normal = normalName(wanted);
  for (const key in row) if (normalName(key) === normal) return key;
  return undefined;
}

/** The path a dotted name takes through a row, as the row spells its keys, or undefined. */
function findPath(row: Row, dotted: string): FieldPath | undefined {
  const path: string[] = [];
  let at: unknown = row;
  for (const part of dotted.split('.')) {
    if (!isObject(at)) return undefined;
    const key = matchingKey(at, part);
    if (key === undefined) return undefined;
    path.push(key);
    at = at[key];
  }
  return path;
}

/** A field's value as it is (what a date field holds may be a number: epoch seconds). */
export function fieldValue(row: Row, path: FieldPath | undefined): unknown {
  if (path === undefined) return undefined;
  let at: unknown = row;
  for (const key of path) {
    if (!isObject(at)) return undefined;
    // Rows of one file nearly always spell a key alike; another spelling is looked for only when the usual one is missing.
    const spelt = Object.hasOwn(at, key) ? key : matchingKey(at, key);
    at = spelt === undefined ? undefined : at[spelt];
  }
  return at;
}

/** A field's value as text: strings as they are, numbers and booleans written out, anything else ''. */
export function fieldText(row: Row, path: FieldPath | undefined): string {
  const at = fieldValue(row, path);
  if (typeof at === 'string') return at;
  if (typeof at === 'number' || typeof at === 'boolean' || typeof at === 'bigint') return String(at);
  return '';
}

/** The first of `names` that some sample row has with a value, as its path. */
function firstPresent(sample: readonly Row[], names: readonly string[], accept: (path: FieldPath) => boolean = () => true): FieldPath | undefined {
  for (const name of names) {
    for (const row of sample) {
      const path = findPath(row, name);
      if (path && fieldText(row, path).trim() && accept(path)) return path;
    }
  }
  return undefined;
}

/** How many sample rows have a value for the path, and how many different values. */
function spread(sample: readonly Row[], path: FieldPath): { rows: number; distinct: number } {
  const values = new Set<string>();
  let rows = 0;
  for (const row of sample) {
    const value = fieldText(row, path);
    if (!value.trim()) continue;
    rows++;
    values.add(value);
  }
  return { rows, distinct: values.size };
}

/** Whether rows share the path's values: some value comes twice (or there is a single row to go by). */
function shared(sample: readonly Row[], path: FieldPath): boolean {
  const { rows, distinct } = spread(sample, path);
  return rows <= 1 || distinct < rows;
}

/** Whether the path's values tell rows apart, as ids must (nearly every row its own). */
function distinguishes(sample: readonly Row[], path: FieldPath): boolean {
  const { rows, distinct } = spread(sample, path);
  return rows > 0 && distinct >= rows * 0.9;
}

const TITLE_NAMES = new Set(['article', 'videotitle', 'linktitle', 'posttitle', 'thread', 'title']);

/**
 * Finds the fields of a file from its first rows: the ones the user named (as paths, even if
 * the sample lacks them: later rows may have them), otherwise the first default name found. An
 * id that repeats is not a comment's id, and a group field whose values do not repeat is each
 * row's own (a permalink): both are left out.
 */
export function findColumns(sample: readonly Row[], options: ExportFieldOptions = {}): ExportColumns {
  const named: Record<FieldRole, string | undefined> = {
    text: options.textField, id: options.idField, author: options.authorField, date: options.dateField, group: options.groupField, context: options.contextField,
  };
  const columns: ExportColumns = {};
  for (const role of FIELD_ROLES) {
    const name = named[role];
    if (name !== undefined) {
      columns[role] = firstPresent(sample, [name]) ?? name.split('.');
      continue;
    }
    if (role === 'id') columns.id = firstPresent(sample, DEFAULT_FIELDS.id, (p) => distinguishes(sample, p));
    else if (role === 'group') columns.group = firstPresent(sample, DEFAULT_FIELDS.group, (p) => shared(sample, p) && !sameAs(p, columns.text));
    else columns[role] = firstPresent(sample, DEFAULT_FIELDS[role], (p) => !sameAs(p, columns.text));
  }
  const group = columns.group;
  if (group && !TITLE_NAMES.has(normalName(group[group.length - 1] ?? ''))) {
    columns.title = firstPresent(sample, [...TITLE_NAMES].filter((n) => n !== 'article'), (p) => shared(sample, p) && !sameAs(p, columns.text));
  }
  return columns;
}

function sameAs(a: FieldPath | undefined, b: FieldPath | undefined): boolean {
  return a !== undefined && b !== undefined && a.join('\u0000') === b.join('\u0000');
}

/** "text from "Full Text", author from "Author", grouped by "Title"", for telling the user. */
export function describeColumns(columns: ExportColumns): string {
  const name = (p: FieldPath): string => `"${p.join('.')}"`;
  const parts: string[] = [];
  if (columns.text) parts.push(`text from ${name(columns.text)}`);
  if (columns.id) parts.push(`id from ${name(columns.id)}`);
  if (columns.author) parts.push(`author from ${name(columns.author)}`);
  if (columns.date) parts.push(`date from ${name(columns.date)}`);
  if (columns.context) parts.push(`context from ${name(columns.context)}`);
  parts.push(columns.group ? `grouped by ${name(columns.group)}` : 'one group');
  return parts.join(', ');
}

/** The fields a row has, nested ones as dotted paths (two levels down), for a message. */
export function fieldsOf(row: Row | undefined, limit = 40): string[] {
  if (!row) return [];
  const out: string[] = [];
  const walk = (at: Row, prefix: string, depth: number): void => {
    for (const key in at) {
      if (out.length >= limit) return;
      const value = at[key];
      if (isObject(value) && depth < 2) walk(value, `${prefix}${key}.`, depth + 1);
      else out.push(`${prefix}${key}`);
    }
  };
  walk(row, '', 0);
  return out;
}
