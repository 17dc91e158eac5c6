import type { ArticleAnalysis, Stance, StanceResult } from '../types.js';
import type { GoldArticle } from './gold.js';
import { matchTexts } from './match.js';
import type { Prf, ReliabilityBin, StanceMetrics } from './metrics.js';
import { afinnStance, expectedCalibrationError, prf, reliabilityBins, stanceMetrics } from './metrics.js';

export interface ArticleEvaluation {
  file: string;
  gold: number;
  predicted: number;
  matched: number;
  /** Gold comments not extracted. */
  missed: string[];
  /** Extracted texts that match no gold comment. */
  wrong: string[];
  /** Extracted texts that the gold lists as not comments. */
  notComments: string[];
  /** Why the article could not be analyzed, if it could not. */
  error?: string;
}

export interface EvaluationReport {
  articles: ArticleEvaluation[];
  extraction: Prf & { matched: number; predicted: number; gold: number; notCommentsExtracted: number };
  /** Stance on the matched comments. */
  stance: StanceMetrics & { calibrationError: number; reliability: ReliabilityBin[] };
  /** The plain AFINN baseline on the same comments. */
  afinn: StanceMetrics;
}

/** Scores analyzed articles against their gold. Pure: `analyses` maps a gold file to its analysis. */
export function evaluate(gold: readonly GoldArticle[], analyses: ReadonlyMap<string, ArticleAnalysis>): EvaluationReport {
  const articles: ArticleEvaluation[] = [];
  const goldStances: Stance[] = [];
  const predictedStances: Stance[] = [];
  const afinnStances: Stance[] = [];
  const confidences: number[] = [];
  let matched = 0;
  let predicted = 0;
  let goldCount = 0;
  let notCommentsExtracted = 0;

  for (const entry of gold) {
    const analysis = analyses.get(entry.file);
    const comments = analysis?.comments ?? [];
    const texts = comments.map((c) => c.text);
    const pairs = matchTexts(texts, entry.comments.map((c) => c.text));
    const notComments = matchTexts(texts, entry.not_comments).map(([i]) => texts[i] ?? '');
    const matchedPredicted = new Set(pairs.map(([i]) => i));
    const matchedGold = new Set(pairs.map(([, j]) => j));
    for (const [i, j] of pairs) {
      const c = comments[i];
      const g = entry.comments[j];
      if (!c || !g) continue;
      goldStances.push(g.stance);
      // A comment left without a stance (not in a language the model reads) is scored as taking no side, at no confidence.
      predictedStances.push(c.stance.stance ?? 'neutral');
      afinnStances.push(afinnStance(c.stance.sentiment));
      confidences.push(c.stance.stance === null ? 0 : c.stance.confidence);
    }
    matched += pairs.length;
    predicted += comments.length;
    goldCount += entry.comments.length;
    notCommentsExtracted += notComments.length;
    articles.push({
      file: entry.file,
      gold: entry.comments.length,
      predicted: comments.length,
      matched: pairs.length,
      missed: entry.comments.filter((_, j) => !matchedGold.has(j)).map((c) => c.text),
      wrong: texts.filter((_, i) => !matchedPredicted.has(i)),
      notComments,
      ...(analysis?.status === 'error' ? { error: analysis.detail } : {}),
    });
  }
  const stance = stanceMetrics(goldStances, predictedStances);
  const correct = goldStances.map((g, i) => g === predictedStances[i]);
  return {
    articles,
    extraction: { ...prf(matched, predicted, goldCount), matched, predicted, gold: goldCount, notCommentsExtracted },
    stance: { ...stance, calibrationError: expectedCalibrationError(confidences, correct), reliability: reliabilityBins(confidences, correct) },
    afinn: stanceMetrics(goldStances, afinnStances),
  };
}

export interface StanceEvaluation {
  stance: StanceMetrics & { calibrationError: number; reliability: ReliabilityBin[] };
  afinn: StanceMetrics;
}

/** Scores stance alone on labelled comments, given each comment's classification. Pure. */
export function evaluateStance(gold: readonly Stance[], results: readonly StanceResult[]): StanceEvaluation {
  const predicted = results.map((r) => r.stance);
  const correct = gold.map((g, i) => g === predicted[i]);
  return {
    stance: {
      ...stanceMetrics(gold, predicted),
      calibrationError: expectedCalibrationError(results.map((r) => r.confidence), correct),
      reliability: reliabilityBins(results.map((r) => r.confidence), correct),
    },
    afinn: stanceMetrics(gold, results.map((r) => afinnStance(r.sentiment))),
  };
}
