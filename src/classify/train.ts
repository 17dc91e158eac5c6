import type { Stance } from '../types.js';
import { STANCES } from '../types.js';
import type { CommentSource } from './source.js';
import { copySource } from './source.js';
import { featurize, withSourceCopies } from './features.js';
import type { StanceModel } from './model.js';
import { MODEL_FORMAT } from './model.js';
import { softmaxInto } from './softmax.js';
import { seededRandom } from '../random.js';

// Multinomial logistic regression, trained by AdaGrad SGD with L2, from a fixed seed: the same
// examples give the same model, byte for byte.

export interface LabelledExample {
  text: string;
  label: Stance;
  /** How much this example counts (in-genre examples count more than out-of-genre ones). */
  weight: number;
  source: CommentSource;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /**
   * Words are many and noisy, and many name a story's topic, which does not carry to the next
   * story; a stronger prior keeps them from outvoting the named cues.
   */
  l2Words: number;
  /** How strongly each named cue is pulled toward the stance the lexicon gives it, and how far. */
  cuePrior: number;
  cuePriorL2: number;
  /** Features seen in fewer examples than this are dropped: they cannot generalize. */
  minCount: number;
  seed: number;
  thresholds: StanceModel['thresholds'];
  name: string;
  trainedOn: StanceModel['trainedOn'];
}

// Tuned by 5-fold cross-validation on the dev articles' comments and on RumourEval's dev split
// (Twitter replies); see the README's Stance section for the figures. l2Words, for example:
// 0.1 -> RumourEval 0.481, dev 0.866; 1 -> 0.508, 0.857; 4 -> 0.526, 0.836: RumourEval's dev
// topics differ from its training topics, and stronger word priors carry across topics.
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 20,
  learningRate: 0.05,
  l2: 1e-5,
  l2Words: 1,
  cuePrior: 3,
  cuePriorL2: 0.1,
  minCount: 2,
  seed: 20261121,
  thresholds: { article: 0.4, export: 0.5, essay: 0.34, target: 0.34 },
  name: 'stance-lr',
  trainedOn: [],
};


/**
 * Sources whose examples learn only their own copy of each feature and leave the shared weights
 * to the others. Argued comments on a debate (ARC) are long and many; let into the shared weights
 * they pulled them from the reactions articles quote (real pages' macro-F1 0.03 to 0.05 lower over
 * three seeds, docs/model.md).
 */
const COPY_ONLY_SOURCES: ReadonlySet<CommentSource> = new Set(['essay']);

interface Encoded {
  ids: number[];
  l2: number[];
  values: number[];
  /** Whether the example moves each feature's weights, or only reads them. */
  learns: boolean[];
  learnsShared: boolean;
  label: number;
  weight: number;
}

export function trainModel(examples: readonly LabelledExample[], options: Partial<TrainOptions> = {}): StanceModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const featurized = examples.map((e) => withSourceCopies(featurize(e.text).values, e.source));
  const isCopy = (id: string): boolean => copySource(id) !== undefined;
  const teachesShared = (e: LabelledExample): boolean => !COPY_ONLY_SOURCES.has(e.source);
  const counts = new Map<string, number>();
  featurized.forEach((f, i) => {
    const shared = teachesShared(examples[i] as LabelledExample);
    for (const id of f.keys()) if (shared || isCopy(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const isNgram = (id: string): boolean => /^(?:\w+\|)?w:/.test(id);
  const vocabulary = [...counts.entries()].filter(([id, n]) => n >= o.minCount || !isNgram(id)).map(([id]) => id).sort();
  const index = new Map(vocabulary.map((id, i) => [id, i]));
  const encoded: Encoded[] = featurized.map((f, i) => {
    const example = examples[i] as LabelledExample;
    const shared = teachesShared(example);
    const ids: number[] = [];
    const values: number[] = [];
    const l2: number[] = [];
    const learns: boolean[] = [];
    for (const [id, value] of f) {
      const k = index.get(id);
      if (k !== undefined) {
        ids.push(k);
        values.push(value);
        l2.push(isNgram(id) ? o.l2Words : o.l2);
        learns.push(shared || isCopy(id));
      }
    }
    return { ids, values, l2, learns, learnsShared: shared, label: STANCES.indexOf(example.label), weight: example.weight };
  });

  const k = STANCES.length;
  // The cue lexicon is a linguist's prior: a shared cue feature starts at, and is pulled back
  // toward, a weight for the stance it names; the data decides how far it moves.
  const prior = new Float64Array(vocabulary.length * k);
  const priorL2 = new Float64Array(vocabulary.length);
  vocabulary.forEach((id, i) => {
    const cue = /^cue:.+>(\w+)$/.exec(id);
    const stance = STANCES.indexOf((cue?.[1] ?? '') as Stance);
    if (stance < 0) return;
    priorL2[i] = o.cuePriorL2;
    for (let c = 0; c < k; c++) prior[i * k + c] = c === stance ? o.cuePrior : -o.cuePrior / 2;
  });
  const w = Float64Array.from(prior);
  const g2 = new Float64Array(vocabulary.length * k).fill(1e-8);
  // Examples that teach only their own copies go after each epoch's others, in their own order:
  // the shared weights then come out exactly as they would without them.
  const passes = [encoded.flatMap((e, i) => (e.learnsShared ? [i] : [])), encoded.flatMap((e, i) => (e.learnsShared ? [] : [i]))];
  const randoms = [seededRandom(o.seed), seededRandom(o.seed + 1)];
  const scores = new Float64Array(k);
  const p = new Float64Array(k);
  /** One example's AdaGrad step. */
  const step = (ex: Encoded): void => {
    scores.fill(0);
    for (let t = 0; t < ex.ids.length; t++) {
      const base = (ex.ids[t] as number) * k;
      for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + (ex.values[t] as number) * (w[base + c] as number);
    }
    softmaxInto(scores, p);
    for (let t = 0; t < ex.ids.length; t++) {
      if (!ex.learns[t]) continue;
      const base = (ex.ids[t] as number) * k;
      for (let c = 0; c < k; c++) {
        const id = ex.ids[t] as number;
        const pull = (priorL2[id] as number) > 0 ? (priorL2[id] as number) * ((w[base + c] as number) - (prior[base + c] as number)) : (ex.l2[t] as number) * (w[base + c] as number);
        const grad = ex.weight * ((p[c] ?? 0) - (c === ex.label ? 1 : 0)) * (ex.values[t] as number) + pull;
        g2[base + c] = (g2[base + c] as number) + grad * grad;
        w[base + c] = (w[base + c] as number) - (o.learningRate * grad) / Math.sqrt(g2[base + c] as number);
      }
    }
  };
  // The mean of the weights after each epoch of the second half: steadier than the last epoch's.
  const averaged = new Float64Array(w.length);
  let snapshots = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    passes.forEach((order, pass) => {
      const random = randoms[pass] as () => number;
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      for (const n of order) step(encoded[n] as Encoded);
    });
    if (epoch >= Math.floor(o.epochs / 2)) {
      for (let i = 0; i < w.length; i++) averaged[i] = (averaged[i] as number) + (w[i] as number);
      snapshots++;
    }
  }
  if (snapshots > 0) for (let i = 0; i < w.length; i++) w[i] = (averaged[i] as number) / snapshots;

  const weights: Record<string, number[]> = {};
  vocabulary.forEach((id, i) => {
    const row = Array.from(w.subarray(i * k, i * k + k));
    // Weights too small to change a decision only make the file bigger.
    if (row.some((x) => Math.abs(x) >= 0.005)) weights[id] = row;
  });
  return { format: MODEL_FORMAT, version: 1, name: o.name, classes: [...STANCES], thresholds: o.thresholds, trainedOn: o.trainedOn, weights };
}

/**
 * How much a comment quoted in an article counts against one from an exported dataset: the genre
 * is what the tool is for, and there are far fewer such comments (dev CV 0.809 at 6, 0.819 at 10).
 */
export const ARTICLE_SOURCE_WEIGHT = 10;

/** Weights a file's comments so that each of its classes counts equally: macro-F1 rewards the rare stances. */
export function weightExamples(comments: ReadonlyArray<{ text: string; label: Stance; source: CommentSource }>): LabelledExample[] {
  const counts = new Map<Stance, number>();
  for (const c of comments) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  const classes = counts.size;
  return comments.map((c) => ({
    ...c,
    weight: (c.source === 'article' ? ARTICLE_SOURCE_WEIGHT : 1) * (comments.length / (classes * (counts.get(c.label) ?? 1))),
  }));
}
