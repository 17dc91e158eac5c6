import type { Stance } from '../types.js';
import { STANCES } from '../types.js';
import type { FeatureSink } from './features.js';
import type { CommentSource } from './source.js';
import { copySource, sourceLineage } from './source.js';
import { labelOf, wordId, wordOfId } from './features.js';
import { FUNCTION_WORDS } from './function-words.js';
import { softmaxInto } from './softmax.js';
import type { ContextWeights } from './context-model.js';
import { CONTEXT_FEATURES } from './context-model.js';

export const MODEL_FORMAT = 'reaction-analyzer/stance-model';

/** A multinomial logistic-regression stance model: one weight per feature and class. Words and numbers only. */
export interface StanceModel {
  format: typeof MODEL_FORMAT;
  version: 1;
  name: string;
  classes: Stance[];
  /**
   * Below this probability the best class is not trusted and the comment counts as neutral. Per
   * source, because exported threads are mostly chatter while articles quote comments that take a side.
   */
  thresholds: { article: number; export: number; essay?: number; target?: number };
  /** Where the weights came from: file names and example counts, not the examples. */
  trainedOn: Array<{ source: string; examples: number; weight: number }>;
  /** feature id -> weights in `classes` order. */
  weights: Record<string, number[]>;
  /** The second stage, weighing the text's evidence against the article's framing (context-model.ts). */
  context?: ContextWeights;
}

export class ModelFormatError extends Error {}

/** The neutral threshold of a source; models made before essays and targets had their own read them as replies. */
export function thresholdOf(model: StanceModel, source: CommentSource): number {
  return model.thresholds[source] ?? model.thresholds.export;
}

export function validateModel(data: unknown, source: string): StanceModel {
  const m = data as Partial<StanceModel>;
  if (m?.format !== MODEL_FORMAT) throw new ModelFormatError(`${source}: not a reaction-analyzer stance model (format "${String(m?.format)}")`);
  if (!Array.isArray(m.classes) || m.classes.length !== STANCES.length || !m.classes.every((c) => STANCES.includes(c))) {
    throw new ModelFormatError(`${source}: "classes" must list skeptical, supportive and neutral`);
  }
  if (typeof m.weights !== 'object' || m.weights === null) throw new ModelFormatError(`${source}: "weights" is missing`);
  const t = m.thresholds;
  const optional = (x: unknown): boolean => x === undefined || (typeof x === 'number' && x >= 0 && x <= 1);
  if (!t || ![t.article, t.export].every((x) => typeof x === 'number' && x >= 0 && x <= 1) || !optional(t.essay) || !optional(t.target)) {
    throw new ModelFormatError(`${source}: "thresholds" must give article and export (and may give essay and target), each in [0, 1]`);
  }
  const ctx = m.context;
  if (ctx !== undefined && !(Array.isArray(ctx.features) && Array.isArray(ctx.weights) && ctx.weights.length === ctx.features.length &&
    ctx.weights.every((w) => typeof w === 'number') && Array.isArray(ctx.bias) && ctx.bias.length === STANCES.length && ctx.bias.every((b) => typeof b === 'number'))) {
    throw new ModelFormatError(`${source}: "context" must give a weight per feature and a bias per class`);
  }
  if (ctx?.temperature !== undefined && !(typeof ctx.temperature === 'number' && ctx.temperature > 0)) {
    throw new ModelFormatError(`${source}: the context stage's "temperature" must be a positive number`);
  }
  if (ctx !== undefined && ctx.features.join() !== CONTEXT_FEATURES.join()) {
    throw new ModelFormatError(`${source}: "context" was made for other features (${ctx.features.join(', ')}): train the model again`);
  }
  return m as StanceModel;
}


/** One source's weights: every feature's row starts at its offset in `rows`. */
export interface SourceWeights {
  offsets: Map<string, number>;
  /** Word features by their word ("w:x" under "x"). */
  words: Map<string, number>;
  /** Negated-word features by their word ("w:not_x" under "x"). */
  negatedWords: Map<string, number>;
  rows: Float64Array;
  /**
   * For explanations, at the same offsets as `rows`: how far each weight leans toward its class
   * against the mean of the others, and per row whether the feature can explain anything at all
   * (1) or is a function word or unremarkable (0). Computed once, not for every comment.
   */
  leanings: Float64Array;
  explains: Uint8Array;
}

/**
 * The model ready to score: for each source, every feature's shared weights plus its copy for
 * that source, folded once so that scoring a comment is one lookup per feature. The weights of
 * all features sit in one array (a feature's row starts at its offset), which keeps a large
 * vocabulary close together in memory. Words are also found by the word itself, so that
 * scoring does not build an id string for each word of each comment.
 */
export interface CompiledModel {
  model: StanceModel;
  /** A source's folded weights, made the first time that source is read: a run reads one or two. */
  weights(source: CommentSource): SourceWeights;
}

const compiled = new WeakMap<StanceModel, CompiledModel>();

export function compileModel(model: StanceModel): CompiledModel {
  const cached = compiled.get(model);
  if (cached) return cached;
  const bySource = new Map<CommentSource, SourceWeights>();
  const result: CompiledModel = {
    model,
    weights(source) {
      let w = bySource.get(source);
      if (!w) bySource.set(source, (w = foldSource(model, source)));
      return w;
    },
  };
  compiled.set(model, result);
  return result;
}

/** Every feature's shared weights plus its copies for the source and the broader sources it belongs to. */
function foldSource(model: StanceModel, source: CommentSource): SourceWeights {
  const k = model.classes.length;
  const folded = new Map<string, number[]>();
  const lineage = new Set<string>(sourceLineage(source));
  for (const [id, w] of Object.entries(model.weights)) {
    const copy = copySource(id);
    if (copy !== undefined && !lineage.has(copy)) continue;
    const base = copy === undefined ? id : id.slice(copy.length + 1);
    const row = folded.get(base) ?? new Array<number>(k).fill(0);
    for (let c = 0; c < k; c++) row[c] = (row[c] as number) + (w[c] ?? 0);
    folded.set(base, row);
  }
  const offsets = new Map<string, number>();
  const words = new Map<string, number>();
  const negatedWords = new Map<string, number>();
  const rows = new Float64Array(folded.size * k);
  const leanings = new Float64Array(folded.size * k);
  const explains = new Uint8Array(folded.size);
  for (const [id, row] of folded) {
    const offset = offsets.size * k;
    offsets.set(id, offset);
    rows.set(row, offset);
    for (let c = 0; c < k; c++) leanings[offset + c] = leaning(row, c);
    const word = wordOfId(id);
    if (word) (word.negated ? negatedWords : words).set(word.token, offset);
    explains[offset / k] = (word === undefined ? unremarkable(id) : FUNCTION_WORDS.has(word.token)) ? 0 : 1;
  }
  return { offsets, words, negatedWords, rows, leanings, explains };
}

/** How far a feature's weight for class c leans toward c, against the mean of the other classes. */
function leaning(row: readonly number[], c: number): number {
  let others = 0;
  for (let j = 0; j < row.length; j++) if (j !== c) others += row[j] as number;
  return (row[c] as number) - others / (row.length - 1);
}

/**
 * A FeatureSink that keeps only the features the model has weights for, in the order they came:
 * the class scores are the sum over them of value times weights. One scorer serves comment
 * after comment (reset() between them), so that scoring makes no object per feature: the hits
 * sit in arrays that grow once, and which rows a comment already hit is a stamp per row.
 */
export class ModelScorer implements FeatureSink {
  readonly evidences = new Map<string, string>();
  /**
   * NaN until a comment is scored. Not 0: V8 lays out a field first given a small integer for
   * small integers, and the first score that arrives as a double (-8 worked out in floating
   * point, say) changes the scorer's layout, which throws away the optimized code of every
   * method that reads or writes the scorer.
   */
  plainAfinn = Number.NaN;
  private readonly weights: SourceWeights;
  private readonly k: number;
  /** How many hits the current comment has; hit i is entry i of the arrays below. */
  private count = 0;
  private hitOffsets = new Int32Array(64);
  private hitValues = new Float64Array(64);
  /** What each hit gives the class being explained, and the hits that may be shown, for explain(). */
  private contributions = new Float64Array(64);
  private shown = new Int32Array(64);
  /** A hit's feature id, for a word made only when an explanation needs it (see hitId). */
  private readonly hitIds: Array<string | undefined> = [];
  private readonly hitWords: string[] = [];
  private readonly hitNegated: boolean[] = [];
  /** Per row of weights: the stamp of the comment that last hit it, and that hit's index. */
  private readonly rowStamps: Uint32Array;
  private readonly rowHits: Int32Array;
  private stamp = 1;
  private readonly classScores: Float64Array;
  private readonly classProbabilities: Float64Array;

  constructor(readonly model: CompiledModel, readonly source: CommentSource) {
    this.weights = model.weights(source);
    this.k = model.model.classes.length;
    this.classScores = new Float64Array(this.k);
    this.classProbabilities = new Float64Array(this.k);
    const rowCount = this.weights.rows.length / this.k;
    this.rowStamps = new Uint32Array(rowCount);
    this.rowHits = new Int32Array(rowCount);
  }

  /** Forgets the comment scored so far, for the next one. */
  reset(): void {
    this.count = 0;
    this.evidences.clear();
    this.plainAfinn = 0;
    if (++this.stamp === 0xffffffff) {
      this.rowStamps.fill(0);
      this.stamp = 1;
    }
  }

  add(id: string, value = 1): void {
    const offset = this.weights.offsets.get(id);
    if (offset === undefined) return;
    const hit = this.hitAt(offset);
    if (hit >= 0) this.hitValues[hit] = (this.hitValues[hit] as number) + value;
    else this.push(offset, value, id, '', false);
  }

  word(token: string, negated: boolean): void {
    // A word written "not_x" has the id of x negated ("w:not_x"), and is that feature.
    if (!negated && token.startsWith('not_')) return this.word(token.slice(4), true);
    const offset = (negated ? this.weights.negatedWords : this.weights.words).get(token);
    if (offset === undefined || this.hitAt(offset) >= 0) return;
    this.push(offset, 1, undefined, token, negated);
  }

  evidence(id: string, text: string): void {
    if (!this.evidences.has(id)) this.evidences.set(id, text);
  }

  /** The index of the current comment's hit on the row at `offset`, or -1. */
  private hitAt(offset: number): number {
    const row = offset / this.k;
    return this.rowStamps[row] === this.stamp ? (this.rowHits[row] as number) : -1;
  }

  private push(offset: number, value: number, id: string | undefined, word: string, negated: boolean): void {
    const i = this.count++;
    if (i === this.hitOffsets.length) {
      const offsets = new Int32Array(i * 2);
      offsets.set(this.hitOffsets);
      this.hitOffsets = offsets;
      const values = new Float64Array(i * 2);
      values.set(this.hitValues);
      this.hitValues = values;
    }
    this.hitOffsets[i] = offset;
    this.hitValues[i] = value;
    this.hitIds[i] = id;
    this.hitWords[i] = word;
    this.hitNegated[i] = negated;
    const row = offset / this.k;
    this.rowStamps[row] = this.stamp;
    this.rowHits[row] = i;
  }

  private hitId(i: number): string {
    const id = this.hitIds[i] ?? wordId(this.hitWords[i] as string, this.hitNegated[i] as boolean);
    this.hitIds[i] = id;
    return id;
  }

  /** The class scores, in the model's class order. */
  scores(): number[] {
    return Array.from(this.scoresInto(new Float64Array(this.k)));
  }

  /** The class probabilities, in an array the scorer reuses for the next comment. */
  probabilities(): Float64Array {
    return softmaxInto(this.scoresInto(this.classScores), this.classProbabilities);
  }

  private scoresInto(scores: Float64Array): Float64Array {
    const { rows } = this.weights;
    const { k } = this;
    scores.fill(0);
    for (let i = 0; i < this.count; i++) {
      const offset = this.hitOffsets[i] as number;
      const value = this.hitValues[i] as number;
      for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + value * (rows[offset + c] as number);
    }
    return scores;
  }

  /**
   * The features that pushed hardest toward class `c` against the others, in words. Function
   * words are left out with the unremarkable features.
   */
  explain(c: number, limit: number): string[] {
    const { leanings, explains } = this.weights;
    const { k } = this;
    if (this.contributions.length < this.count) {
      this.contributions = new Float64Array(this.hitOffsets.length);
      this.shown = new Int32Array(this.hitOffsets.length);
    }
    const { contributions, shown } = this;
    let candidates = 0;
    for (let i = 0; i < this.count; i++) {
      const offset = this.hitOffsets[i] as number;
      if (explains[offset / k] === 0) continue;
      const contribution = (this.hitValues[i] as number) * (leanings[offset + c] as number);
      if (contribution <= 0.05) continue;
      contributions[i] = contribution;
      shown[candidates++] = i;
    }
    // The strongest first, ties by id, taken one at a time: only a few are shown, so this is
    // the order a sort would give without sorting them all.
    const labels: string[] = [];
    while (labels.length < limit && candidates > 0) {
      let best = 0;
      for (let j = 1; j < candidates; j++) if (this.outranks(shown[j] as number, shown[best] as number)) best = j;
      const i = shown[best] as number;
      shown[best] = shown[--candidates] as number;
      const label = labelOf(this.hitId(i), this.evidences);
      if (!labels.includes(label)) labels.push(label);
    }
    return labels;
  }

  /** Whether hit a comes before hit b in an explanation: a larger contribution, or the same and a smaller id. */
  private outranks(a: number, b: number): boolean {
    const ca = this.contributions[a] as number;
    const cb = this.contributions[b] as number;
    return ca > cb || (ca === cb && this.hitId(a) < this.hitId(b));
  }
}

/** Features that explain nothing a reader can use: the prior, length, an unremarkable AFINN 0. */
function unremarkable(id: string): boolean {
  return id === 'bias' || id === 'afinn:0' || id.startsWith('len:');
}

/** The model as JSON with sorted keys and rounded weights, so training twice gives the same bytes. */
export function serializeModel(model: StanceModel): string {
  const weights: Record<string, number[]> = {};
  for (const id of Object.keys(model.weights).sort()) weights[id] = (model.weights[id] ?? []).map((w) => Math.round(w * 1e4) / 1e4);
  return `${JSON.stringify({ ...model, weights }, null, 0).replace(/,"weights":\{/, ',\n"weights":{\n').replace(/\],"/g, '],\n"')}\n`;
}
