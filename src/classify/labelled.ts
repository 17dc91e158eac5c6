import { requireCommonJs } from '../cjs.js';
import type { Stance } from '../types.js';
import { STANCES } from '../types.js';
import type { CommentSource } from './source.js';
import { exportedSource } from './source.js';

const Papa: typeof import('papaparse') = requireCommonJs('papaparse');

// Labelled comments for training and for `eval --labels`: JSONL, a JSON array, or CSV with
// `text` and `label` columns; or a gold file of articles, whose comments carry their stance.

export interface LabelledComment {
  text: string;
  label: Stance;
  source: CommentSource;
}

export interface LabelledFile {
  comments: LabelledComment[];
  /** Rows that could not be used, with where and why. */
  problems: string[];
}

export class LabelledFormatError extends Error {}

/** Keeps only the rows whose `field` equals `value` (e.g. platform=twitter). */
export interface RowFilter {
  field: string;
  value: string;
}

/** A labelled row's source, as an export's row would be read: by whether it answers a claim, and its length. */
function fromRow(record: unknown, where: string, problems: string[], contextFields: readonly string[], filter?: RowFilter): LabelledComment | undefined {
  const r = record as Record<string, unknown>;
  const values = contextFields.map((f) => r?.[f]).filter((v) => v !== undefined && v !== null && String(v).trim() !== '');
  const context = values.length > 0 ? String(values[0]) : '';
  return fromRecord(record, where, exportedSource(typeof r?.text === 'string' ? r.text : '', context), problems, filter);
}

function fromRecord(record: unknown, where: string, source: CommentSource, problems: string[], filter?: RowFilter): LabelledComment | undefined {
  const r = record as Record<string, unknown>;
  if (filter && String(r?.[filter.field]) !== filter.value) return undefined;
  const text = r?.text;
  const label = r?.label ?? r?.stance;
  if (typeof text !== 'string' || !text.trim()) {
    problems.push(`${where}: no text`);
    return undefined;
  }
  if (!STANCES.includes(label as Stance)) {
    problems.push(`${where}: label "${String(label)}" is not skeptical, supportive or neutral`);
    return undefined;
  }
  return { text, label: label as Stance, source };
}

function isGold(data: unknown): boolean {
  return Array.isArray(data) && data.length > 0 && data.every((e) => typeof e === 'object' && e !== null && 'file' in e && 'comments' in e);
}

/**
 * Reads a labelled file's text; `name` decides the format by its extension. A row with a value
 * in one of `contextFields` answers a claim. Pure.
 */
export function parseLabelled(name: string, text: string, filter?: RowFilter, contextFields: readonly string[] = ['context']): LabelledFile {
  const problems: string[] = [];
  const comments: LabelledComment[] = [];
  const push = (c: LabelledComment | undefined): void => {
    if (c) comments.push(c);
  };
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) {
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const fields = parsed.meta.fields ?? [];
    if (!fields.includes('text') || !(fields.includes('label') || fields.includes('stance'))) {
      throw new LabelledFormatError(`${name}: a labelled CSV needs "text" and "label" columns (found: ${fields.join(', ') || 'none'})`);
    }
    parsed.data.forEach((row, i) => push(fromRow(row, `${name} row ${i + 2}`, problems, contextFields, filter)));
  } else if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        push(fromRow(JSON.parse(line), `${name} line ${i + 1}`, problems, contextFields, filter));
      } catch {
        problems.push(`${name} line ${i + 1}: not valid JSON`);
      }
    });
  } else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new LabelledFormatError(`${name}: not valid JSON (${(error as Error).message})`);
    }
    if (isGold(data)) {
      // A gold file: its comments were quoted in articles.
      for (const article of data as Array<{ file: string; comments: unknown[] }>) {
        article.comments.forEach((c, i) => {
          const comment = c as Record<string, unknown>;
          push(fromRecord({ text: comment.text, label: comment.stance }, `${name} ${article.file} comment ${i + 1}`, 'article', problems));
        });
      }
    } else if (Array.isArray(data)) {
      data.forEach((row, i) => push(fromRow(row, `${name} item ${i + 1}`, problems, contextFields, filter)));
    } else {
      throw new LabelledFormatError(`${name}: expected JSON lines, a JSON array, a gold file or CSV`);
    }
  }
  return { comments, problems };
}
