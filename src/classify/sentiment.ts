import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import { AFINN_EXTRAS } from './afinn-extras.js';

// AFINN scores from the `sentiment` package. The plain score is what reports show beside each
// stance, for comparison; the score with the genre's slang and emoji added is one feature among many.
//
// sentiment's per-call `extras` option merges the extras into its shared English table
// (Object.assign on the cached labels), which would change every later plain score. The extended
// table is registered as a language of its own instead, built once from a copy of the English one.
const require = createRequire(import.meta.url);
type ScoringStrategy = { apply: (tokens: string[], cursor: number, tokenScore: number) => number };
const english = require('sentiment/languages/en/index.js') as { labels: Record<string, number>; scoringStrategy: ScoringStrategy };
const EXTENDED = 'en-comments';
const analyzer = new Sentiment();
const extendedLabels: Record<string, number> = { ...english.labels };
analyzer.registerLanguage(EXTENDED, { labels: extendedLabels, scoringStrategy: english.scoringStrategy });
// registerLanguage adds the package's emoji scores over the table; ours for the genre's emoji win.
Object.assign(extendedLabels, AFINN_EXTRAS);

const EMOJI = /(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)/gu;

/** The plain AFINN score, as `sentiment` gives it. */
export function afinnScore(text: string): number {
  return analyzer.analyze(text).score;
}

/** AFINN with the genre's slang and emoji; emoji are spaced so the tokenizer sees them. */
export function afinnWithExtras(text: string): number {
  return analyzer.analyze(text.replace(EMOJI, ' $1 '), { language: EXTENDED }).score;
}
