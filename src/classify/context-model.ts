import type { Framing } from './framing.js';
import { softmaxInto } from './softmax.js';

// The second stage of stance: a comment's own evidence (the text model's probabilities) weighed
// against how its article frames the reactions. Real roundups are framed: most comments of one
// share the stance its title and narration announce, and a "But not everyone was upset" turns the
// run that follows. The stage is a conditional logit: each class gets the same few features, read
// for that class (the text's log-probability of it, whether the title frames it, how much of the
// narration's framing leans to it, ...), and one weight per feature serves every class, plus a
// bias per class. So framing can only push toward the stance it names, and a handful of weights
// is all that is learned from the few hundred framed comments there are to learn from.

/** What the context stage sees of a comment quoted in an article. */
export interface StanceContext {
  /** How the article's title frames its reactions ("Fans slam ..."). */
  title?: Framing;
  /** How the article's narration frames them. */
  article?: Framing;
  /** The narration that introduces the comment or its run. */
  local?: Framing;
  /**
   * The text model's mean probabilities (class order) over the article's other comments: an
   * article's comments mostly share one stance, so the others' lean is evidence for each.
   */
  peers?: ArrayLike<number>;
}

/** The context stage's weights, kept in the model file beside the text model's. */
export interface ContextWeights {
  /** The features' names, in the order of `weights`. */
  features: string[];
  /** One weight per feature, shared by the classes. */
  weights: number[];
  /** One bias per class, in the model's class order. */
  bias: number[];
  /**
   * Scores are divided by it before the softmax: fitted on out-of-fold predictions so that the
   * confidence shown is the probability of being right (1 when absent). It never changes a decision.
   */
  temperature?: number;
}

/** Class order the features assume: the model's (skeptical, supportive, neutral). */
const SKEPTICAL = 0;
const SUPPORTIVE = 1;

export const CONTEXT_FEATURES = ['text', 'title', 'narration', 'local', 'turn', 'peers'] as const;

/** The features read from the narration, which "framing" cues name; the text's own is not one. */
const FRAMING_FEATURES: ReadonlySet<number> = new Set([1, 2, 3, 4]);

const FLOOR = 1e-4;
const CLASSES = 3;

/** Which side a framing leans to, as a class index (SKEPTICAL, SUPPORTIVE), or -1 for neither. */
export function lean(framing: Framing | undefined): number {
  if (!framing || framing.skeptical === framing.supportive) return -1;
  return framing.skeptical > framing.supportive ? SKEPTICAL : SUPPORTIVE;
}

/**
 * The context stage's inputs for one comment: a row of CONTEXT_FEATURES for each class, one
 * after the other. `text` is the text model's probabilities in class order.
 */
export function contextFeatures(text: ArrayLike<number>, context: StanceContext, out = new Float64Array(CLASSES * CONTEXT_FEATURES.length)): Float64Array {
  const n = CONTEXT_FEATURES.length;
  const title = lean(context.title);
  const article = context.article;
  const framed = article ? article.skeptical + article.supportive : 0;
  const local = lean(context.local);
  // A turn ("But not everyone was upset") with no side of its own leans against the article's.
  const articleSide = title >= 0 ? title : lean(article);
  const turn = context.local?.contrast && local < 0 && articleSide >= 0 ? 1 - articleSide : -1;
  for (let c = 0; c < CLASSES; c++) {
    const row = c * n;
    out[row] = Math.log(Math.max(FLOOR, text[c] as number));
    out[row + 1] = title === c ? 1 : 0;
    out[row + 2] = article && framed > 0 && c !== 2 ? (c === SKEPTICAL ? article.skeptical : article.supportive) / (framed + 1) : 0;
    out[row + 3] = local === c ? 1 : 0;
    out[row + 4] = turn === c ? 1 : 0;
    out[row + 5] = context.peers ? (context.peers[c] as number) - 1 / CLASSES : 0;
  }
  return out;
}

/** Class probabilities from features and weights, written into `out`. */
export function contextProbabilities(weights: ContextWeights, features: ArrayLike<number>, out: Float64Array): Float64Array {
  const n = weights.weights.length;
  const scores = new Float64Array(CLASSES);
  for (let c = 0; c < CLASSES; c++) {
    let s = weights.bias[c] ?? 0;
    for (let f = 0; f < n; f++) s += (weights.weights[f] as number) * (features[c * n + f] as number);
    scores[c] = s / (weights.temperature ?? 1);
  }
  return softmaxInto(scores, out);
}

/** Temperatures tried when calibrating. */
const TEMPERATURES = Array.from({ length: 35 }, (_, i) => Math.round((0.3 + i * 0.05) * 100) / 100);

/**
 * The temperature under which held-out probabilities (given at temperature 1) have the least log
 * loss on their labels: temperature scaling, the calibration that keeps every decision.
 */
export function fitTemperature(probabilities: readonly ArrayLike<number>[], labels: readonly number[]): number {
  const q = new Float64Array(CLASSES);
  let best = 1;
  let bestLoss = Infinity;
  for (const t of TEMPERATURES) {
    let loss = 0;
    probabilities.forEach((p, i) => {
      loss -= Math.log(Math.max(FLOOR, atTemperature(p, t, q)[labels[i] as number] as number));
    });
    if (loss < bestLoss) [best, bestLoss] = [t, loss];
  }
  return best;
}

/** Probabilities given at temperature 1, as they would be at `temperature`. */
export function atTemperature(p: ArrayLike<number>, temperature: number, out = new Float64Array(CLASSES)): Float64Array {
  for (let c = 0; c < CLASSES; c++) out[c] = Math.log(Math.max(FLOOR, p[c] as number)) / temperature;
  return softmaxInto(out, out);
}

/** What the narration's features add to class j's score. */
function framingPush(weights: ContextWeights, features: ArrayLike<number>, j: number): number {
  const n = weights.weights.length;
  let push = 0;
  for (const f of FRAMING_FEATURES) push += (weights.weights[f] as number) * (features[j * n + f] as number);
  return push;
}

/** How far the narration's features pushed class c above the mean of the others: the framing's share in a decision. */
export function framingLeaning(weights: ContextWeights, features: ArrayLike<number>, c: number): number {
  let others = 0;
  for (let j = 0; j < CLASSES; j++) if (j !== c) others += framingPush(weights, features, j);
  return framingPush(weights, features, c) - others / (CLASSES - 1);
}

/** Whether class c, chosen with probabilities `p`, would have lost to another class without the narration's push. */
export function framingDecided(weights: ContextWeights, features: ArrayLike<number>, p: ArrayLike<number>, c: number): boolean {
  const own = framingPush(weights, features, c);
  for (let j = 0; j < CLASSES; j++) {
    if (j === c) continue;
    // Probabilities are tempered; the push is in the scores' own scale.
    const margin = (weights.temperature ?? 1) * (Math.log(Math.max(FLOOR, p[c] as number)) - Math.log(Math.max(FLOOR, p[j] as number)));
    if (margin - (own - framingPush(weights, features, j)) < 0) return true;
  }
  return false;
}

export interface ContextExample {
  features: Float64Array;
  label: number;
  weight: number;
}

export interface ContextTrainOptions {
  iterations: number;
  learningRate: number;
  l2: number;
}

export const DEFAULT_CONTEXT_TRAIN_OPTIONS: ContextTrainOptions = { iterations: 2000, learningRate: 0.5, l2: 0.01 };

/**
 * Projected gradient descent on the weighted log loss with an L2 penalty. The text's weight
 * starts at 1 (the stage passes the text model on) and every weight stays at 0 or above: framing
 * may only push toward the stance it names. Deterministic.
 */
export function trainContextWeights(examples: readonly ContextExample[], options: Partial<ContextTrainOptions> = {}): ContextWeights {
  const o = { ...DEFAULT_CONTEXT_TRAIN_OPTIONS, ...options };
  const n = CONTEXT_FEATURES.length;
  const model: ContextWeights = { features: [...CONTEXT_FEATURES], weights: CONTEXT_FEATURES.map((_, f) => (f === 0 ? 1 : 0)), bias: [0, 0, 0] };
  const total = examples.reduce((a, e) => a + e.weight, 0) || 1;
  const p = new Float64Array(CLASSES);
  for (let it = 0; it < o.iterations; it++) {
    const gw = new Float64Array(n);
    const gb = new Float64Array(CLASSES);
    for (const e of examples) {
      contextProbabilities(model, e.features, p);
      for (let c = 0; c < CLASSES; c++) {
        const error = ((p[c] as number) - (c === e.label ? 1 : 0)) * e.weight;
        gb[c] = (gb[c] as number) + error;
        for (let f = 0; f < n; f++) gw[f] = (gw[f] as number) + error * (e.features[c * n + f] as number);
      }
    }
    for (let f = 0; f < n; f++) {
      const anchor = f === 0 ? 1 : 0;
      const w = (model.weights[f] as number) - o.learningRate * ((gw[f] as number) / total + o.l2 * ((model.weights[f] as number) - anchor));
      model.weights[f] = Math.max(0, w);
    }
    // The skeptical bias stays 0: only differences between classes matter.
    for (let c = 1; c < CLASSES; c++) model.bias[c] = (model.bias[c] as number) - o.learningRate * ((gb[c] as number) / total);
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return { features: model.features, weights: model.weights.map(round), bias: model.bias.map(round) };
}
