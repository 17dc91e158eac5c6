import { readFileSync } from 'node:fs';
import type { Stance, StanceResult } from '../types.js';
import type { CommentSource } from './source.js';
import { featurizeInto } from './features.js';
import type { CompiledModel, StanceModel } from './model.js';
import { compileModel, ModelScorer, thresholdOf, validateModel } from './model.js';
import type { ContextWeights, StanceContext } from './context-model.js';
import { CONTEXT_FEATURES, contextFeatures, contextProbabilities, framingDecided, framingLeaning, lean } from './context-model.js';

export type { CommentSource } from './source.js';
export { exportedSource } from './source.js';
export type { StanceModel } from './model.js';
export type { StanceContext } from './context-model.js';
export type { Framing } from './framing.js';
export { readFraming, readNarrationFraming } from './framing.js';

const MAX_CUES = 3;

/** The model that ships with the tool, trained by `npm run train`. */
export const DEFAULT_MODEL_FILE = new URL('../../models/stance.json', import.meta.url);

let defaultModel: StanceModel | undefined;

export function loadModel(file: string | URL): StanceModel {
  return validateModel(JSON.parse(readFileSync(file, 'utf8')), String(file));
}

export function getDefaultModel(): StanceModel {
  defaultModel ??= loadModel(DEFAULT_MODEL_FILE);
  return defaultModel;
}

export interface ClassifyOptions {
  model?: StanceModel;
  /** Where the comment came from: quoted in an article (the default) or an exported thread. */
  source?: CommentSource;
  /** How the comment's article frames it: weighed in by the model's context stage, when it has one. */
  context?: StanceContext;
}

// Classifying is synchronous and calls no code of the caller's, so one scorer per model and
// source serves every comment in turn.
const scorers = new WeakMap<CompiledModel, Map<CommentSource, ModelScorer>>();

function scorerFor(compiled: CompiledModel, source: CommentSource): ModelScorer {
  let bySource = scorers.get(compiled);
  if (!bySource) scorers.set(compiled, (bySource = new Map()));
  let scorer = bySource.get(source);
  if (!scorer) bySource.set(source, (scorer = new ModelScorer(compiled, source)));
  return scorer;
}

/** Classifies one reader comment's stance toward the story's subject. Pure and deterministic. */
export function classifyStance(text: string, options: ClassifyOptions = {}): StanceResult {
  const model = options.model ?? getDefaultModel();
  const source = options.source ?? 'article';
  const scorer = scorerFor(compileModel(model), source);
  scorer.reset();
  featurizeInto(text, scorer);
  return decide(model, source, scorer.probabilities(), scorer.plainAfinn, (c, limit) => scorer.explain(c, limit), options.context);
}

/** One comment of an article, with how the article frames it. */
export interface ArticleComment {
  text: string;
  context: StanceContext;
}

/**
 * Classifies the comments of one article together: each is read in its framing and beside the
 * others, whose text-model probabilities become its peers. Each comment is featurized once.
 */
export function classifyArticleStances(comments: readonly ArticleComment[], model: StanceModel = getDefaultModel()): StanceResult[] {
  // Peers need every comment scored before any is decided; a model that gives them no weight
  // is spared that, and each comment is classified as it comes.
  const peers = CONTEXT_FEATURES.indexOf('peers');
  if (!model.context || !((model.context.weights[peers] ?? 0) > 0)) {
    return comments.map((c) => classifyStance(c.text, { model, source: 'article', context: c.context }));
  }
  const scorer = scorerFor(compileModel(model), 'article');
  // The cues of every class are kept: which class is shown is known only once all are scored.
  const scored = comments.map((c) => {
    scorer.reset();
    featurizeInto(c.text, scorer);
    const probabilities = Float64Array.from(scorer.probabilities());
    return { probabilities, sentiment: scorer.plainAfinn, cues: model.classes.map((_, k) => scorer.explain(k, MAX_CUES)) };
  });
  const all = scored.map((s) => s.probabilities);
  const othersMean = peerMeans(all);
  return comments.map((c, i) => {
    const s = scored[i] as (typeof scored)[number];
    return decide(model, 'article', s.probabilities, s.sentiment, (k, limit) => (s.cues[k] ?? []).slice(0, limit), { ...c.context, peers: othersMean[i] });
  });
}

// Deciding is synchronous and the results are copied out, so one pair of arrays serves every comment.
const FEATURES = new Float64Array(CONTEXT_FEATURES.length * 3);
const FRAMED = new Float64Array(3);

/** The likeliest class, or `neutral` when even that is less likely than the threshold. */
export function thresholdedClass(p: ArrayLike<number>, threshold: number, neutral: number): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return (p[best] as number) < threshold ? neutral : best;
}

/** The stance from the text model's probabilities, through the context stage when there is one to read. */
function decide(
  model: StanceModel,
  source: CommentSource,
  text: Float64Array,
  sentiment: number,
  explain: (c: number, limit: number) => string[],
  context: StanceContext | undefined,
): StanceResult {
  let p = text;
  const framed = source === 'article' && model.context !== undefined && context !== undefined;
  const features = framed ? contextFeatures(p, context as StanceContext, FEATURES) : undefined;
  if (features) p = contextProbabilities(model.context as ContextWeights, features, FRAMED);
  // A stance the text model alone is not sure of is no stance; the context stage learned its own neutral.
  const best = thresholdedClass(p, features ? 0 : thresholdOf(model, source), model.classes.indexOf('neutral'));
  const stance = model.classes[best] as Stance;
  const probabilities = { skeptical: 0, supportive: 0, neutral: 0 };
  for (let c = 0; c < model.classes.length; c++) probabilities[model.classes[c] as Stance] = round(p[c] as number);
  const framing = features ? framingCue(model.context as ContextWeights, features, p, best, context as StanceContext) : undefined;
  const cues = framing ? [framing, ...explain(best, MAX_CUES - 1)] : explain(best, MAX_CUES);
  if (cues.length < MAX_CUES && sentiment !== 0 && !cues.some((c) => c.startsWith('AFINN'))) cues.push(`AFINN ${sentiment > 0 ? '+' : ''}${sentiment}`);
  if (cues.length === 0) cues.push(stance === 'neutral' ? 'no stance cue' : 'overall wording');
  return { stance, confidence: probabilities[stance], sentiment, cues, probabilities };
}

/** The framing's part in a decision, in words, when it decided the stance or pushed it enough to name. */
function framingCue(weights: ContextWeights, features: Float64Array, p: Float64Array, best: number, context: StanceContext): string | undefined {
  if (framingLeaning(weights, features, best) < FRAMING_CUE_MIN && !framingDecided(weights, features, p, best)) return undefined;
  const local = context.local;
  if (local?.contrast && local.phrases.length === 0) return 'framing: turns from the comments before';
  // Only a phrase that leans the way the framing pushed names it: "the comical to the outraged"
  // does not explain a supportive decision the narration's praise made.
  const phrase = [local, context.title, context.article].find((f) => lean(f) === best)?.phrases[0];
  return phrase ? `framing: '${phrase.toLowerCase()}'` : undefined;
}

/** How far the framing must lean toward the stance shown to be named among its cues. */
const FRAMING_CUE_MIN = 0.5;

/**
 * For each comment, the mean of the probabilities of every other one (undefined when there is no
 * other): the sum over all, less its own. Linear in the comments, as a pasted thread of tens of
 * thousands needs; summing the others anew for each was quadratic.
 */
export function peerMeans(probabilities: readonly ArrayLike<number>[]): Array<Float64Array | undefined> {
  const others = probabilities.length - 1;
  const k = probabilities[0]?.length ?? 0;
  const total = new Float64Array(k);
  for (const p of probabilities) for (let c = 0; c < k; c++) total[c] = (total[c] as number) + (p[c] as number);
  return probabilities.map((p) => {
    if (others === 0) return undefined;
    const mean = new Float64Array(k);
    for (let c = 0; c < k; c++) mean[c] = ((total[c] as number) - (p[c] as number)) / others;
    return mean;
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
