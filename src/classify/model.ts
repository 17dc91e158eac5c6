import type { Stance } from '../types.js';
import { STANCES } from '../types.js';
import type { CommentSource, Features } from './features.js';
import { COMMENT_SOURCES, labelOf } from './features.js';
import { FUNCTION_WORDS } from './function-words.js';

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
  thresholds: Record<CommentSource, number>;
  /** Where the weights came from: file names and example counts, not the examples. */
  trainedOn: Array<{ source: string; examples: number; weight: number }>;
  /** feature id -> weights in `classes` order. */
  weights: Record<string, number[]>;
}

export class ModelFormatError extends Error {}

export function validateModel(data: unknown, source: string): StanceModel {
  const m = data as Partial<StanceModel>;
  if (m?.format !== MODEL_FORMAT) throw new ModelFormatError(`${source}: not a reaction-analyzer stance model (format "${String(m?.format)}")`);
  if (!Array.isArray(m.classes) || m.classes.length !== STANCES.length || !m.classes.every((c) => STANCES.includes(c))) {
    throw new ModelFormatError(`${source}: "classes" must list skeptical, supportive and neutral`);
  }
  if (typeof m.weights !== 'object' || m.weights === null) throw new ModelFormatError(`${source}: "weights" is missing`);
  const t = m.thresholds;
  if (!t || ![t.article, t.export].every((x) => typeof x === 'number' && x >= 0 && x <= 1)) {
    throw new ModelFormatError(`${source}: "thresholds" must give article and export, each in [0, 1]`);
  }
  return m as StanceModel;
}

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/**
 * The model ready to score: for each source, every feature's shared weights plus its copy for
 * that source, folded once so that scoring a comment is one lookup per feature. The weights of
 * all features sit in one array (a feature's row starts at its offset), which keeps a large
 * vocabulary close together in memory.
 */
export interface CompiledModel {
  model: StanceModel;
  weights: Record<CommentSource, { offsets: Map<string, number>; rows: Float64Array }>;
}

const compiled = new WeakMap<StanceModel, CompiledModel>();

export function compileModel(model: StanceModel): CompiledModel {
  const cached = compiled.get(model);
  if (cached) return cached;
  const k = model.classes.length;
  const weights = {} as CompiledModel['weights'];
  for (const source of COMMENT_SOURCES) {
    const folded = new Map<string, number[]>();
    const prefix = `${source}|`;
    for (const [id, w] of Object.entries(model.weights)) {
      const isCopy = /^\w+\|/.test(id);
      if (isCopy && !id.startsWith(prefix)) continue;
      const base = isCopy ? id.slice(prefix.length) : id;
      const row = folded.get(base) ?? new Array<number>(k).fill(0);
      for (let c = 0; c < k; c++) row[c] = (row[c] as number) + (w[c] ?? 0);
      folded.set(base, row);
    }
    const offsets = new Map<string, number>();
    const rows = new Float64Array(folded.size * k);
    for (const [id, row] of folded) {
      offsets.set(id, offsets.size * k);
      rows.set(row, offsets.size * k - k);
    }
    weights[source] = { offsets, rows };
  }
  const result = { model, weights };
  compiled.set(model, result);
  return result;
}

/** A feature of a comment that the model has weights for. */
export interface Hit {
  id: string;
  value: number;
  /** Where the feature's weights, one per class, start in the source's rows. */
  offset: number;
}

/** The class scores of a comment's features, and the features that counted, for explain(). */
export function classScores(model: CompiledModel, source: CommentSource, values: ReadonlyMap<string, number>): { scores: number[]; hits: Hit[] } {
  const { offsets, rows } = model.weights[source];
  const k = model.model.classes.length;
  const scores = new Array<number>(k).fill(0);
  const hits: Hit[] = [];
  for (const [id, value] of values) {
    const offset = offsets.get(id);
    if (offset === undefined) continue;
    hits.push({ id, value, offset });
    for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + value * (rows[offset + c] as number);
  }
  return { scores, hits };
}

/** Features that explain nothing a reader can use: the prior, length, an unremarkable AFINN 0. */
function unremarkable(id: string): boolean {
  return id === 'bias' || id === 'afinn:0' || id.startsWith('len:');
}

/**
 * The features that pushed hardest toward class `c` against the others, in words. Function
 * words are left out with the unremarkable features.
 */
export function explain(
  model: CompiledModel, source: CommentSource, hits: readonly Hit[], evidence: ReadonlyMap<string, string>, c: number, limit: number,
): string[] {
  const { rows } = model.weights[source];
  const k = model.model.classes.length;
  // Only ids and values here; words are made for the few that are shown.
  const contributions: Array<{ id: string; value: number }> = [];
  for (const { id, value, offset } of hits) {
    let others = 0;
    for (let i = 0; i < k; i++) if (i !== c) others += rows[offset + i] as number;
    const contribution = value * ((rows[offset + c] as number) - others / (k - 1));
    if (contribution <= 0.05 || unremarkable(id)) continue;
    const word = id.startsWith('w:not_') ? id.slice(6) : id.startsWith('w:') ? id.slice(2) : undefined;
    if (word !== undefined && FUNCTION_WORDS.has(word)) continue;
    contributions.push({ id, value: contribution });
  }
  contributions.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  const labels: string[] = [];
  for (const { id } of contributions) {
    const label = labelOf(id, evidence);
    if (!labels.includes(label)) labels.push(label);
    if (labels.length >= limit) break;
  }
  return labels;
}

/** The model as JSON with sorted keys and rounded weights, so training twice gives the same bytes. */
export function serializeModel(model: StanceModel): string {
  const weights: Record<string, number[]> = {};
  for (const id of Object.keys(model.weights).sort()) weights[id] = (model.weights[id] ?? []).map((w) => Math.round(w * 1e4) / 1e4);
  return `${JSON.stringify({ ...model, weights }, null, 0).replace(/,"weights":\{/, ',\n"weights":{\n').replace(/\],"/g, '],\n"')}\n`;
}
