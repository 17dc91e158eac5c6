import { requireCommonJs } from '../cjs.js';
import { AFINN_EXTRAS } from './afinn-extras.js';

// AFINN scores from the `sentiment` package. The plain score is what reports show beside each
// stance, for comparison; the score with the genre's slang and emoji added is one feature among many.
// Emoji count where sentiment's tokenizer finds them, separated by spaces, in both scores alike.
//
// sentiment's per-call `extras` option merges the extras into its shared English table
// (Object.assign on the cached labels), which would change every later plain score. The extended
// table is registered as a language of its own instead, built once from a copy of the English one.
const Sentiment: typeof import('sentiment') = requireCommonJs('sentiment');
type ScoringStrategy = { apply: (tokens: string[], cursor: number, tokenScore: number) => number };
const english = requireCommonJs('sentiment/languages/en/index.js') as { labels: Record<string, number>; scoringStrategy: ScoringStrategy };
const EXTENDED = 'en-comments';
const analyzer = new Sentiment();
const extendedLabels: Record<string, number> = { ...english.labels };
analyzer.registerLanguage(EXTENDED, { labels: extendedLabels, scoringStrategy: english.scoringStrategy });
// registerLanguage adds the package's emoji scores over the table; ours for the genre's emoji win.
Object.assign(extendedLabels, AFINN_EXTRAS);

/** The plain AFINN score, as `sentiment` gives it. */
export function afinnScore(text: string): number {
  return analyzer.analyze(text).score;
}

export interface AfinnScores {
  /** What sentiment.analyze(text).score gives. */
  plain: number;
  /** The same with the genre's slang and emoji. */
  extended: number;
}

/**
 * Both scores from one analysis. The extended table differs from the plain one only in the
 * extras, and sentiment reports each scored token with its score after negation, so the plain
 * score is the extended one with each extra's contribution replaced by the plain table's.
 */
export function afinnScores(text: string): AfinnScores {
  const result = analyzer.analyze(text, { language: EXTENDED });
  let plain = result.score;
  for (const entry of result.calculation as Array<Record<string, number>>) {
    for (const token in entry) {
      if (!Object.hasOwn(AFINN_EXTRAS, token)) continue;
      const scored = entry[token] as number;
      const negated = scored === -(extendedLabels[token] as number) && scored !== 0;
      const instead = english.labels[token] ?? 0;
      plain += (negated ? -instead : instead) - scored;
    }
  }
  return { plain, extended: result.score };
}
