import type { StanceModel } from '../classify/index.js';
import { exportedStance } from './export-rows.js';
import type { ExportColumns, ExportFieldOptions } from '../input/export-columns.js';
import { fieldText, findColumns } from '../input/export-columns.js';
import { jsonLines } from '../input/exports.js';

// `reaction-analyzer classify`: a filter for batch engines (Spark's rdd.pipe(), Hadoop Streaming,
// GNU parallel). Each line of JSON in gives one line of JSON out, in order: the same object with
// the comment's stance, confidence, probabilities, cues and language added. Nothing is kept from
// one line to the next but where the fields are, so memory stays flat however long the input.

type Row = Record<string, unknown>;

/** Lines read before the fields are found: enough to see past a first row that lacks one. */
export const COLUMN_SAMPLE_LINES = 100;

/** The rows among the first lines, to find the fields from (lines that are not JSON objects say nothing of them). */
export function sampleRows(lines: readonly string[]): Row[] {
  return [...jsonLines(lines.join('\n'), 1, [])].map((r) => r.row);
}

/** Where the lines keep their fields, from a sample of them and the user's options. */
export function linesColumns(sample: readonly string[], options: ExportFieldOptions): ExportColumns {
  return findColumns(sampleRows(sample), options);
}

/**
 * One line of output for one line of input. A blank line stays blank; a line that is not a JSON
 * object, or an object without a text, gets an `error` and no stance, so that the output keeps
 * one line per input line. Pure.
 */
export function classifyLine(line: string, columns: ExportColumns, model: StanceModel): string {
  if (!line.trim()) return '';
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON', stance: null });
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return JSON.stringify({ error: 'not a JSON object', stance: null });
  const object = row as Row;
  const text = fieldText(object, columns.text);
  if (!text.trim()) return JSON.stringify({ ...object, error: 'no text', stance: null });
  const s = exportedStance(text, fieldText(object, columns.context), model);
  if (s.stance === null) return JSON.stringify({ ...object, stance: null, confidence: null, probabilities: null, cues: s.cues, language: s.language });
  return JSON.stringify({ ...object, stance: s.stance, confidence: s.confidence, probabilities: s.probabilities, cues: s.cues, language: s.language ?? '' });
}
