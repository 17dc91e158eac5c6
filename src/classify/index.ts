import { readFileSync } from 'node:fs';
import type { Stance, StanceResult } from '../types.js';
import type { CommentSource } from './features.js';
import { featurizeInto } from './features.js';
import type { CompiledModel, StanceModel } from './model.js';
import { compileModel, ModelScorer, validateModel } from './model.js';

export type { CommentSource } from './features.js';
export type { StanceModel } from './model.js';

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
  const p = scorer.probabilities();
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  // A stance the model is not sure of is no stance.
  if ((p[best] as number) < model.thresholds[source]) best = model.classes.indexOf('neutral');
  const stance = model.classes[best] as Stance;
  const probabilities = { skeptical: 0, supportive: 0, neutral: 0 };
  for (let c = 0; c < model.classes.length; c++) probabilities[model.classes[c] as Stance] = round(p[c] as number);
  const sentiment = scorer.plainAfinn;
  const cues = scorer.explain(best, MAX_CUES);
  if (cues.length < MAX_CUES && sentiment !== 0 && !cues.some((c) => c.startsWith('AFINN'))) cues.push(`AFINN ${sentiment > 0 ? '+' : ''}${sentiment}`);
  if (cues.length === 0) cues.push(stance === 'neutral' ? 'no stance cue' : 'overall wording');
  return { stance, confidence: probabilities[stance], sentiment, cues, probabilities };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
