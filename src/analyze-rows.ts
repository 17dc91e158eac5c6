import type { StanceModel } from './classify/index.js';
import { classifyStance } from './classify/index.js';
import type { ExportOptions, ExportRow, GroupMeta } from './input/exports.js';
import { ExportGrouper, jsonLineRows } from './input/exports.js';
import { packedCommentLineTails } from './report/csv.js';
import type { PackedStrings } from './run/packed-strings.js';
import { packedBuffers, packStrings, unpackString } from './run/packed-strings.js';
import type { ClassifiedComment } from './types.js';
import { STANCES } from './types.js';

// A batch of an export's rows, analyzed where the work is done (a worker thread): parsed,
// grouped, classified and formatted for comments.csv, and returned in a form that is cheap to
// pass between threads (strings packed as bytes, and numbers: not an object per comment). What depends
// on the rows before the batch (a comment's index in its group, a group's title and date from
// its first row) is left to the run, which applies batches in order.

export interface ExportRowsJob {
  sourceFile: string;
  options?: ExportOptions;
  /** JSON lines as read, line breaks included, the first being line `firstLine` of the file. */
  lines?: { text: string; firstLine: number };
  /** Rows already parsed: CSV records, JSON array items. */
  rows?: ExportRow[];
}

/** Classified comments, one entry per comment in each array. */
export interface CompactComments {
  /** The group each comment belongs to, as an index in ExportRowsResult.groups. */
  groups: Uint32Array;
  /** Index in STANCES. */
  stances: Uint8Array;
  /** Three per comment, in STANCES order. */
  probabilities: Float64Array;
  sentiments: Float64Array;
  /** Each comment's comments.csv line from comment_id on (see commentLineTails). */
  tails: PackedStrings;
  /** Where in each tail's bytes its INDEX_SLOT is. */
  slots: Uint32Array;
  /** Each comment's id, author, text and cues, a string each: comment i's from firstField[i] to firstField[i + 1]. */
  fields: PackedStrings;
  firstField: Uint32Array;
}

export interface ExportRowsResult {
  /** Rows read as objects, with or without a text. */
  read: number;
  /** Whether any row had a text field (a file where none does has no text column). */
  sawTextField: boolean;
  /** Rows that could not be used, each naming its line or row. */
  problems: string[];
  /** The groups of this batch's comments, in order of their first row here. */
  groups: GroupMeta[];
  comments: CompactComments;
}

/** Classifies a batch of an export's rows. Pure: the same job and model give the same result. */
export function analyzeExportRows(job: ExportRowsJob, model: StanceModel): ExportRowsResult {
  const problems: string[] = [];
  const grouper = new ExportGrouper(job.sourceFile, job.options);
  const rows = job.lines ? jsonLineRows(job.lines.text, job.lines.firstLine, problems) : (job.rows ?? []);
  const groupIndex = new Map<GroupMeta, number>();
  const accepted: Array<{ group: number; id: string; text: string; author: string }> = [];
  let read = 0;
  for (const row of rows) {
    read++;
    if (row.warning) problems.push(row.warning);
    const result = grouper.accept(row);
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    let group = groupIndex.get(result.group);
    if (group === undefined) {
      group = groupIndex.size;
      groupIndex.set(result.group, group);
    }
    accepted.push({ group, ...result.comment });
  }
  const n = accepted.length;
  const stances = new Uint8Array(n);
  const probabilities = new Float64Array(n * STANCES.length);
  const sentiments = new Float64Array(n);
  const fields: string[] = [];
  const firstField = new Uint32Array(n + 1);
  const cells = accepted.map((c, i) => {
    const stance = classifyStance(c.text, { model, source: 'export' });
    stances[i] = STANCES.indexOf(stance.stance);
    STANCES.forEach((s, k) => {
      probabilities[i * STANCES.length + k] = stance.probabilities[s];
    });
    sentiments[i] = stance.sentiment;
    firstField[i] = fields.length;
    fields.push(c.id, c.author, c.text, ...stance.cues);
    return { id: c.id, attribution: c.author, text: c.text, stance };
  });
  firstField[n] = fields.length;
  const { tails, slots } = packedCommentLineTails(cells);
  const comments: CompactComments = { groups: Uint32Array.from(accepted, (c) => c.group), stances, probabilities, sentiments, tails, slots, fields: packStrings(fields), firstField };
  return { read, sawTextField: grouper.sawTextField, problems, groups: grouper.allGroups(), comments };
}

/** The memory of a result that a thread should hand over rather than copy. */
export function exportRowsTransfer(result: ExportRowsResult): ArrayBuffer[] {
  const c = result.comments;
  return [c.groups, c.stances, c.probabilities, c.sentiments, c.slots, c.firstField].map((a) => a.buffer as ArrayBuffer).concat(packedBuffers(c.tails), packedBuffers(c.fields));
}

/** Comment i of a batch as a ClassifiedComment, once the run knows its index in its group. */
export function classifiedComment(c: CompactComments, i: number, index: number): ClassifiedComment {
  const stance = STANCES[c.stances[i] as number] ?? 'neutral';
  const probabilities = { skeptical: 0, supportive: 0, neutral: 0 };
  STANCES.forEach((s, k) => {
    probabilities[s] = c.probabilities[i * STANCES.length + k] as number;
  });
  const first = c.firstField[i] as number;
  const field = (k: number): string => unpackString(c.fields, first + k);
  const text = field(2);
  const cues: string[] = [];
  for (let k = first + 3; k < (c.firstField[i + 1] as number); k++) cues.push(unpackString(c.fields, k));
  return {
    text, attribution: field(1), parts: [text], offset: 0, layout: 'export-row', index, id: field(0),
    stance: { stance, confidence: probabilities[stance], sentiment: c.sentiments[i] as number, cues, probabilities },
  };
}
