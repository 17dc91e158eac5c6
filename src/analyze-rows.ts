import type { StanceModel } from './classify/index.js';
import { classifyStance } from './classify/index.js';
import type { ExportOptions, ExportRow, GroupMeta } from './input/exports.js';
import { ExportGrouper, jsonLineRows } from './input/exports.js';
import { commentLineTails } from './report/csv.js';
import type { ClassifiedComment } from './types.js';
import { STANCES } from './types.js';

// A batch of an export's rows, analyzed where the work is done (a worker thread): parsed,
// grouped, classified and formatted for comments.csv, and returned in a form that is cheap to
// pass between threads (arrays of strings and numbers, not an object per comment). What depends
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
  ids: string[];
  texts: string[];
  authors: string[];
  /** Index in STANCES. */
  stances: Uint8Array;
  /** Three per comment, in STANCES order. */
  probabilities: Float64Array;
  sentiments: Float64Array;
  cues: string[][];
  /** Each comment's comments.csv line from comment_id on (see commentLineTails). */
  tails: string[];
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
  const comments: CompactComments = {
    groups: Uint32Array.from(accepted, (c) => c.group),
    ids: accepted.map((c) => c.id),
    texts: accepted.map((c) => c.text),
    authors: accepted.map((c) => c.author),
    stances: new Uint8Array(n),
    probabilities: new Float64Array(n * STANCES.length),
    sentiments: new Float64Array(n),
    cues: [],
    tails: [],
  };
  const cells = accepted.map((c, i) => {
    const stance = classifyStance(c.text, { model, source: 'export' });
    comments.stances[i] = STANCES.indexOf(stance.stance);
    STANCES.forEach((s, k) => {
      comments.probabilities[i * STANCES.length + k] = stance.probabilities[s];
    });
    comments.sentiments[i] = stance.sentiment;
    comments.cues.push(stance.cues);
    return { id: c.id, attribution: c.author, text: c.text, stance };
  });
  comments.tails = commentLineTails(cells);
  return { read, sawTextField: grouper.sawTextField, problems, groups: grouper.allGroups(), comments };
}

/** Comment i of a batch as a ClassifiedComment, once the run knows its index in its group. */
export function classifiedComment(c: CompactComments, i: number, index: number): ClassifiedComment {
  const stance = STANCES[c.stances[i] as number] ?? 'neutral';
  const probabilities = { skeptical: 0, supportive: 0, neutral: 0 };
  STANCES.forEach((s, k) => {
    probabilities[s] = c.probabilities[i * STANCES.length + k] as number;
  });
  const text = c.texts[i] as string;
  return {
    text, attribution: c.authors[i] as string, parts: [text], offset: 0, layout: 'export-row', index, id: c.ids[i] as string,
    stance: { stance, confidence: probabilities[stance], sentiment: c.sentiments[i] as number, cues: c.cues[i] ?? [], probabilities },
  };
}
