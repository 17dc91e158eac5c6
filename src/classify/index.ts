import { readFileSync } from 'node:fs';
import type { Stance, StanceResult } from '../types.js';
import type { CommentSource } from './features.js';
import { featurize } from './features.js';
import type { StanceModel } from './model.js';
import { classScores, compileModel, explain, softmax, validateModel } from './model.js';

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

/** Classifies one reader comment's stance toward the story's subject. Pure and deterministic. */
export function classifyStance(text: string, options: ClassifyOptions = {}): StanceResult {
  const model = options.model ?? getDefaultModel();
  const source = options.source ?? 'article';
  const compiled = compileModel(model);
  const features = featurize(text);
  const p = softmax(classScores(compiled, source, features.values));
  let best = p.indexOf(Math.max(...p));
  const neutral = model.classes.indexOf('neutral');
  // A stance the model is not sure of is no stance.
  if ((p[best] ?? 0) < model.thresholds[source]) best = neutral;
  const stance = model.classes[best] as Stance;
  const probabilities = Object.fromEntries(model.classes.map((c, i) => [c, round(p[i] ?? 0)])) as Record<Stance, number>;
  const sentiment = features.plainAfinn;
  const cues = explain(compiled, source, features, best, MAX_CUES);
  if (cues.length < MAX_CUES && sentiment !== 0 && !cues.some((c) => c.startsWith('AFINN'))) cues.push(`AFINN ${sentiment > 0 ? '+' : ''}${sentiment}`);
  if (cues.length === 0) cues.push(stance === 'neutral' ? 'no stance cue' : 'overall wording');
  return { stance, confidence: probabilities[stance], sentiment, cues, probabilities };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
