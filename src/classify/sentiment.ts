import Sentiment from 'sentiment';

// The AFINN score from the `sentiment` package: reported beside each stance for comparison and
// used as one weak feature, never as the stance itself.
const analyzer = new Sentiment();

export function afinnScore(text: string): number {
  return analyzer.analyze(text).score;
}
