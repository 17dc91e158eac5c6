import type { StanceModel } from '../classify/index.js';
import { classifyStance, exportedSource } from '../classify/index.js';
import { stanceInItsLanguage } from '../classify/language.js';
import type { ExportColumns } from '../input/export-columns.js';
import type { CommentStance } from '../types.js';
import type { LineBlock } from '../input/export-stream.js';
import type { ExportRow, GroupMeta, LeftOut } from '../input/exports.js';
import { ExportGrouper, jsonLines, noneLeftOut } from '../input/exports.js';
import type { CompactComments } from './compact-comments.js';
import { CompactingQueue } from './compact-comments.js';
import { textHashInto } from './text-hash.js';

// A batch of an export's rows, analyzed where the work is done (a worker thread): parsed,
// grouped, classified and formatted for comments.csv, and returned in a form that is cheap to
// pass between threads (strings packed as bytes, and numbers: not an object per comment). What depends
// on the rows before the batch (a comment's index in its group, a group's title and date from
// its first row, whether its text came before) is left to the run, which applies batches in order.

// ignoreBOM: a block that starts with U+FEFF keeps it, as the file's text does.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export interface ExportRowsJob {
  sourceFile: string;
  /** Where the file's rows keep each field, found from its first rows. */
  columns: ExportColumns;
  /** JSON lines as read, line breaks included. */
  lines?: LineBlock;
  /** Rows already parsed: CSV records, JSON array items. */
  rows?: ExportRow[];
}

export interface ExportRowsResult {
  /** Rows read as objects, with or without a text. */
  read: number;
  /** Whether any row had a text (a file where none does has no text column). */
  sawTextField: boolean;
  /** Rows that could not be used, each naming its line or row. */
  problems: string[];
  /** Rows that are not reader comments ([deleted], bots), counted; duplicates are the run's to find. */
  leftOut: LeftOut;
  /** The groups of this batch's comments, in order of their first row here. */
  groups: GroupMeta[];
  comments: CompactComments;
  /** A 64-bit hash of each comment's text (two 32-bit halves each), for the run to find texts its group had before. */
  textHashes: Uint32Array;
}

/**
 * The stance of an exported comment. A row that answers a claim (its context field: a rumour, a
 * target, a parent post) is read with the weights learned from replies to claims (RumourEval,
 * SemEval-2016), where praise and questions mean little about the claim's truth, or when it is
 * long with those learned from argued comments on a claim (ARC); a row about a named target
 * ("Target: X") with those learned from posts about targets (SemEval-2016). A plain comment
 * is a reaction to a story, a video or a post, like the comments articles quote, and is read with
 * the text weights learned from those: on 40 plain comments written and labelled before this was
 * measured, accuracy 0.80 and macro-F1 0.80 against 0.33 and 0.34 with the claim-reply weights
 * (docs/model.md). A comment in a language the model does not read gets no stance.
 */
export function exportedStance(text: string, context: string, model: StanceModel): CommentStance {
  return stanceInItsLanguage(text, classifyStance(text, { model, source: exportedSource(text, context) }));
}

/** Where each comment's hash is made before it joins the batch's. */
const HASH = new Uint32Array(2);

/** Classifies a batch of an export's rows. Pure: the same job and model give the same result. */
export function analyzeExportRows(job: ExportRowsJob, model: StanceModel): ExportRowsResult {
  // Lines that are not JSON objects are named before the rows' own problems.
  const lineProblems: string[] = [];
  const problems: string[] = [];
  const grouper = new ExportGrouper(job.sourceFile, job.columns);
  // Each row is parsed, classified and packed in turn, so that little of the batch is alive at once.
  const rows = job.lines ? jsonLines(utf8.decode(job.lines.bytes), job.lines.firstLine, lineProblems) : (job.rows ?? []);
  const groupIndex = new Map<GroupMeta, number>();
  const comments = new CompactingQueue();
  const hashes: number[] = [];
  const leftOut = noneLeftOut();
  let read = 0;
  for (const row of rows) {
    read++;
    if (row.warning) problems.push(row.warning);
    const result = grouper.accept(row);
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    if ('leftOut' in result) {
      leftOut[result.leftOut]++;
      continue;
    }
    let group = groupIndex.get(result.group);
    if (group === undefined) {
      group = groupIndex.size;
      groupIndex.set(result.group, group);
    }
    const { id, text, author, date, context } = result.comment;
    textHashInto(text, HASH, 0);
    hashes.push(HASH[0] as number, HASH[1] as number);
    comments.add({
      group,
      id,
      comment: { text, attribution: author, parts: [text], offset: 0, layout: 'export-row', date },
      stance: exportedStance(text, context, model),
    });
  }
  return {
    read, sawTextField: grouper.sawTextField, problems: [...lineProblems, ...problems], leftOut, groups: grouper.allGroups(), comments: comments.finish(),
    textHashes: Uint32Array.from(hashes),
  };
}
