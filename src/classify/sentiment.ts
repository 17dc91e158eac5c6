import Sentiment from 'sentiment';
import { AFINN_EXTRAS } from './afinn-extras.js';

// AFINN scores from the `sentiment` package. The plain score is what reports show beside each
// stance, for comparison; the score with the genre's slang and emoji added is one feature among many.
const analyzer = new Sentiment();
const EMOJI = /(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)/gu;

/** The plain AFINN score, as `sentiment` gives it. */
export function afinnScore(text: string): number {
  return analyzer.analyze(text).score;
}

/** AFINN with the genre's slang and emoji; emoji are spaced so the tokenizer sees them. */
export function afinnWithExtras(text: string): number {
  return analyzer.analyze(text.replace(EMOJI, ' $1 '), { extras: AFINN_EXTRAS }).score;
}
