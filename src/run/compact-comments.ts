import { packedCommentLineTails } from '../report/csv.js';
import type { ClassifiedComment, ReaderComment, StanceResult } from '../types.js';
import { COMMENT_LAYOUTS, STANCES } from '../types.js';
import type { PackedStrings } from './packed-strings.js';
import { packedBuffers, packStrings, unpackString } from './packed-strings.js';

// Classified comments in the form a worker thread hands them to the run: numbers in typed
// arrays and strings packed as UTF-8, so that the arrays move between threads without a copy
// and the run makes a comment object only for the few a summary quotes (or when the caller
// asks for them all). Articles and exports both come back this way.

/** A comment as a thread has it after classifying it, and which group of its batch it is in. */
export interface CommentToCompact {
  group: number;
  id: string;
  comment: ReaderComment;
  stance: StanceResult;
}

/** Classified comments, one entry per comment in each array. */
export interface CompactComments {
  /** The group each comment belongs to, as an index in its batch's groups. */
  groups: Uint32Array;
  /** Index in STANCES. */
  stances: Uint8Array;
  /** Three per comment, in STANCES order. */
  probabilities: Float64Array;
  sentiments: Float64Array;
  /** Index in COMMENT_LAYOUTS. */
  layouts: Uint8Array;
  offsets: Float64Array;
  /** Each comment's comments.csv line from comment_id on (see commentLineTails). */
  tails: PackedStrings;
  /** Where in each tail's bytes its INDEX_SLOT is. */
  slots: Uint32Array;
  /**
   * Each comment's strings: id, attribution, text, its cues, then its parts when they are not
   * just the text. Comment i's are fields firstField[i] to firstField[i + 1].
   */
  fields: PackedStrings;
  firstField: Uint32Array;
  cueCounts: Uint32Array;
}

/** Packs classified comments, and makes their comments.csv line tails. */
export function compactComments(items: readonly CommentToCompact[]): CompactComments {
  const n = items.length;
  const stances = new Uint8Array(n);
  const probabilities = new Float64Array(n * STANCES.length);
  const sentiments = new Float64Array(n);
  const layouts = new Uint8Array(n);
  const offsets = new Float64Array(n);
  const firstField = new Uint32Array(n + 1);
  const cueCounts = new Uint32Array(n);
  const fields: string[] = [];
  items.forEach(({ id, comment, stance }, i) => {
    stances[i] = STANCES.indexOf(stance.stance);
    STANCES.forEach((s, k) => {
      probabilities[i * STANCES.length + k] = stance.probabilities[s];
    });
    sentiments[i] = stance.sentiment;
    layouts[i] = COMMENT_LAYOUTS.indexOf(comment.layout);
    offsets[i] = comment.offset;
    firstField[i] = fields.length;
    cueCounts[i] = stance.cues.length;
    fields.push(id, comment.attribution, comment.text, ...stance.cues);
    if (comment.parts.length !== 1 || comment.parts[0] !== comment.text) fields.push(...comment.parts);
  });
  firstField[n] = fields.length;
  const { tails, slots } = packedCommentLineTails(items.map((c) => ({ id: c.id, attribution: c.comment.attribution, text: c.comment.text, stance: c.stance })));
  return {
    groups: Uint32Array.from(items, (c) => c.group), stances, probabilities, sentiments, layouts, offsets, tails, slots,
    fields: packStrings(fields), firstField, cueCounts,
  };
}

/** The memory of packed comments that a thread should hand over rather than copy. */
export function compactTransfer(c: CompactComments): ArrayBuffer[] {
  const arrays = [c.groups, c.stances, c.probabilities, c.sentiments, c.layouts, c.offsets, c.slots, c.firstField, c.cueCounts];
  return arrays.map((a) => a.buffer as ArrayBuffer).concat(packedBuffers(c.tails), packedBuffers(c.fields));
}

/** Comment i as a ClassifiedComment, once the run knows its index in its group. */
export function classifiedComment(c: CompactComments, i: number, index: number): ClassifiedComment {
  const stance = STANCES[c.stances[i] as number] ?? 'neutral';
  const probabilities = { skeptical: 0, supportive: 0, neutral: 0 };
  STANCES.forEach((s, k) => {
    probabilities[s] = c.probabilities[i * STANCES.length + k] as number;
  });
  const first = c.firstField[i] as number;
  const end = c.firstField[i + 1] as number;
  const partsFrom = first + 3 + (c.cueCounts[i] as number);
  const strings = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let k = from; k < to; k++) out.push(unpackString(c.fields, k));
    return out;
  };
  const text = unpackString(c.fields, first + 2);
  return {
    text,
    attribution: unpackString(c.fields, first + 1),
    parts: partsFrom < end ? strings(partsFrom, end) : [text],
    offset: c.offsets[i] as number,
    layout: COMMENT_LAYOUTS[c.layouts[i] as number] ?? 'export-row',
    index,
    id: unpackString(c.fields, first),
    stance: { stance, confidence: probabilities[stance], sentiment: c.sentiments[i] as number, cues: strings(first + 3, partsFrom), probabilities },
  };
}
