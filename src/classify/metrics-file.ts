import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MeasuredAccuracy } from '../types.js';
import { DEFAULT_MODEL_FILE } from './index.js';

// A model's measured accuracy lives beside it (stance.json -> stance.metrics.json), written by
// `npm run cross-validate`, so that reports quote a measurement and never a number typed by hand.

export function metricsFileFor(modelFile: string): string {
  return modelFile.replace(/\.json$/i, '') + '.metrics.json';
}

/** The accuracy measured for a model, if its metrics file exists and is readable. */
export function measuredAccuracy(modelFile?: string): MeasuredAccuracy | undefined {
  const file = metricsFileFor(modelFile ?? fileURLToPath(DEFAULT_MODEL_FILE));
  if (!existsSync(file)) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<MeasuredAccuracy>;
    if (typeof m.macroF1 !== 'number' || typeof m.accuracy !== 'number' || typeof m.comments !== 'number' || typeof m.description !== 'string') return undefined;
    return { description: m.description, macroF1: m.macroF1, accuracy: m.accuracy, comments: m.comments };
  } catch {
    return undefined;
  }
}
