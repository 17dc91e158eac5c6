import type { Stance } from '../types.js';
import { STANCES } from '../types.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(truePositives: number, predicted: number, actual: number): Prf {
  const precision = predicted > 0 ? truePositives / predicted : 0;
  const recall = actual > 0 ? truePositives / actual : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export type Confusion = Record<Stance, Record<Stance, number>>;

export interface StanceMetrics {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<Stance, Prf & { support: number }>;
  /** confusion[gold][predicted] */
  confusion: Confusion;
}

export function stanceMetrics(gold: readonly Stance[], predicted: readonly Stance[]): StanceMetrics {
  const confusion = Object.fromEntries(STANCES.map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))])) as Confusion;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (p) confusion[g][p]++;
  });
  const n = gold.length;
  const correct = STANCES.reduce((a, s) => a + confusion[s][s], 0);
  const perClass = Object.fromEntries(
    STANCES.map((s) => {
      const predictedAs = STANCES.reduce((a, g) => a + confusion[g][s], 0);
      const support = STANCES.reduce((a, p) => a + confusion[s][p], 0);
      return [s, { ...prf(confusion[s][s], predictedAs, support), support }];
    }),
  ) as StanceMetrics['perClass'];
  // As scikit-learn does: the mean over the classes that occur in the gold or the predictions.
  const present = STANCES.filter((s) => perClass[s].support > 0 || STANCES.some((g) => confusion[g][s] > 0));
  const macroF1 = present.length > 0 ? present.reduce((a, s) => a + perClass[s].f1, 0) / present.length : 0;
  return { n, accuracy: n > 0 ? correct / n : 0, macroF1, perClass, confusion };
}

/** One bin of a reliability table: the comments whose confidence fell in (from, to]. */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** Confidence against accuracy in equal-width bins (the first also takes a confidence of exactly 0); empty bins are left out. */
export function reliabilityBins(confidences: readonly number[], correct: readonly boolean[], bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const idx = confidences.flatMap((c, i) => ((c > from || (b === 0 && c >= from)) && c <= to ? [i] : []));
    if (idx.length === 0) continue;
    const meanConfidence = idx.reduce((a, i) => a + (confidences[i] ?? 0), 0) / idx.length;
    out.push({ from, to, count: idx.length, meanConfidence, accuracy: idx.filter((i) => correct[i]).length / idx.length });
  }
  return out;
}

/** Expected calibration error: how far confidence is from accuracy, over the reliability table's bins. */
export function expectedCalibrationError(confidences: readonly number[], correct: readonly boolean[], bins = 10): number {
  const n = confidences.length;
  if (n === 0) return 0;
  return reliabilityBins(confidences, correct, bins).reduce((ece, b) => ece + (b.count / n) * Math.abs(b.meanConfidence - b.accuracy), 0);
}

/** The plain AFINN baseline: positive score supportive, negative skeptical, zero neutral. */
export function afinnStance(score: number): Stance {
  return score > 0 ? 'supportive' : score < 0 ? 'skeptical' : 'neutral';
}
