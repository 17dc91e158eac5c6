import type { ClassifiedComment, CommentStance, ReaderComment } from '../types.js';
import { COMMENT_LAYOUTS, STANCES } from '../types.js';
import { dayOf } from '../report/aggregate.js';
import type { PackedStrings } from '../report/packed-strings.js';
import { concatPacked, packedBuffers, packStrings, unpackString } from '../report/packed-strings.js';

// Classified comments in the form a worker thread hands them to the run: numbers in typed
// arrays and strings packed as UTF-8, so that the arrays move between threads without a copy
// and the run makes a comment object only for the few a summary quotes (or when the caller
// asks for them all). Articles and exports both come back this way.

/** A comment as a thread has it after classifying it, and which group of its batch it is in. */
export interface CommentToCompact {
  group: number;
  id: string;
  comment: ReaderComment;
  stance: CommentStance;
}

/** In `stances`, a comment with no stance (in a language the model does not read). */
export const NO_STANCE = STANCES.length;

/** Classified comments, one entry per comment in each array. */
export interface CompactComments {
  /** The group each comment belongs to, as an index in its batch's groups. */
  groups: Uint32Array;
  /** Index in STANCES, or NO_STANCE. */
  stances: Uint8Array;
  /** Three per comment, in STANCES order. */
  probabilities: Float64Array;
  sentiments: Float64Array;
  /** Index in COMMENT_LAYOUTS. */
  layouts: Uint8Array;
  offsets: Float64Array;
  /** Each comment's day (days since 1970-01-01, UTC) when it has a date of its own, else NaN. */
  days: Float64Array;
  /**
   * Each comment's strings: id, attribution, text, date, language, its cues, then its parts when they are not
   * just the text. Comment i's are fields firstField[i] to firstField[i + 1].
   */
  fields: PackedStrings;
  firstField: Uint32Array;
  cueCounts: Uint32Array;
}

/** Packs classified comments. */
export function compactComments(items: readonly CommentToCompact[]): CompactComments {
  const n = items.length;
  const stances = new Uint8Array(n);
  const probabilities = new Float64Array(n * STANCES.length);
  const sentiments = new Float64Array(n);
  const layouts = new Uint8Array(n);
  const offsets = new Float64Array(n);
  const days = new Float64Array(n);
  const firstField = new Uint32Array(n + 1);
  const cueCounts = new Uint32Array(n);
  const fields: string[] = [];
  items.forEach(({ id, comment, stance }, i) => {
    if (stance.stance === null) stances[i] = NO_STANCE;
    else {
      stances[i] = STANCES.indexOf(stance.stance);
      const p = stance.probabilities;
      STANCES.forEach((s, k) => {
        probabilities[i * STANCES.length + k] = p[s];
      });
    }
    sentiments[i] = stance.sentiment;
    layouts[i] = COMMENT_LAYOUTS.indexOf(comment.layout);
    offsets[i] = comment.offset;
    const date = comment.date ?? '';
    days[i] = dayOf(date);
    firstField[i] = fields.length;
    cueCounts[i] = stance.cues.length;
    fields.push(id, comment.attribution, comment.text, date, stance.language ?? '', ...stance.cues);
    if (comment.parts.length !== 1 || comment.parts[0] !== comment.text) fields.push(...comment.parts);
  });
  firstField[n] = fields.length;
  return {
    groups: Uint32Array.from(items, (c) => c.group), stances, probabilities, sentiments, layouts, offsets, days,
    fields: packStrings(fields), firstField, cueCounts,
  };
}

/** Typed arrays of one kind, one after another. */
function concatArrays<T extends Uint8Array | Uint32Array | Float64Array>(parts: readonly T[], make: (length: number) => T): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Packed comments one after another, as if packed at once. */
export function concatCompact(parts: readonly CompactComments[]): CompactComments {
  if (parts.length === 1) return parts[0] as CompactComments;
  const firstField = new Uint32Array(parts.reduce((n, p) => n + p.groups.length, 0) + 1);
  let at = 0;
  let fieldBase = 0;
  for (const p of parts) {
    for (let i = 0; i < p.groups.length; i++) firstField[at++] = (p.firstField[i] as number) + fieldBase;
    fieldBase += p.fields.ends.length;
  }
  firstField[at] = fieldBase;
  return {
    groups: concatArrays(parts.map((p) => p.groups), (n) => new Uint32Array(n)),
    stances: concatArrays(parts.map((p) => p.stances), (n) => new Uint8Array(n)),
    probabilities: concatArrays(parts.map((p) => p.probabilities), (n) => new Float64Array(n)),
    sentiments: concatArrays(parts.map((p) => p.sentiments), (n) => new Float64Array(n)),
    layouts: concatArrays(parts.map((p) => p.layouts), (n) => new Uint8Array(n)),
    offsets: concatArrays(parts.map((p) => p.offsets), (n) => new Float64Array(n)),
    days: concatArrays(parts.map((p) => p.days), (n) => new Float64Array(n)),
    fields: concatPacked(parts.map((p) => p.fields)),
    firstField,
    cueCounts: concatArrays(parts.map((p) => p.cueCounts), (n) => new Uint32Array(n)),
  };
}

/**
 * Packs comments as they come, a few dozen at a time, and joins the packs at the end. A thread
 * that kept a whole batch of classified comments as objects until the end had the garbage
 * collector copy them again and again (a third of its collections' work on an export).
 */
export class CompactingQueue {
  private pending: CommentToCompact[] = [];
  private readonly packed: CompactComments[] = [];

  constructor(private readonly every = 64) {}

  add(item: CommentToCompact): void {
    this.pending.push(item);
    if (this.pending.length >= this.every) this.flush();
  }

  private flush(): void {
    this.packed.push(compactComments(this.pending));
    this.pending = [];
  }

  finish(): CompactComments {
    if (this.pending.length > 0 || this.packed.length === 0) this.flush();
    return concatCompact(this.packed);
  }
}

/** The memory of packed comments that a thread should hand over rather than copy. */
export function compactTransfer(c: CompactComments): ArrayBuffer[] {
  const arrays = [c.groups, c.stances, c.probabilities, c.sentiments, c.layouts, c.offsets, c.days, c.firstField, c.cueCounts];
  return arrays.map((a) => a.buffer as ArrayBuffer).concat(packedBuffers(c.fields));
}

/** Comment i's language, as its stance recorded it ('' when not checked). */
export function commentLanguage(c: CompactComments, i: number): string {
  return unpackString(c.fields, (c.firstField[i] as number) + 4);
}

/** Comment i as a ClassifiedComment, once the run knows its index in its group. */
export function classifiedComment(c: CompactComments, i: number, index: number): ClassifiedComment {
  const first = c.firstField[i] as number;
  const end = c.firstField[i + 1] as number;
  const partsFrom = first + 5 + (c.cueCounts[i] as number);
  const strings = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let k = from; k < to; k++) out.push(unpackString(c.fields, k));
    return out;
  };
  const text = unpackString(c.fields, first + 2);
  const date = unpackString(c.fields, first + 3);
  const language = unpackString(c.fields, first + 4);
  const cues = strings(first + 5, partsFrom);
  const sentiment = c.sentiments[i] as number;
  const stance = STANCES[c.stances[i] as number];
  let result: CommentStance;
  if (stance === undefined) result = { stance: null, language, sentiment, cues };
  else {
    const probabilities = { skeptical: 0, supportive: 0, neutral: 0 };
    STANCES.forEach((s, k) => {
      probabilities[s] = c.probabilities[i * STANCES.length + k] as number;
    });
    result = { stance, confidence: probabilities[stance], sentiment, cues, probabilities };
    if (language) result.language = language;
  }
  const comment: ClassifiedComment = {
    text,
    attribution: unpackString(c.fields, first + 1),
    parts: partsFrom < end ? strings(partsFrom, end) : [text],
    offset: c.offsets[i] as number,
    layout: COMMENT_LAYOUTS[c.layouts[i] as number] ?? 'export-row',
    index,
    id: unpackString(c.fields, first),
    stance: result,
  };
  // Only comments from exports have dates of their own.
  if (date) comment.date = date;
  return comment;
}
