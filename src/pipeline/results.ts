import type { ArticleAnalysis, ClassifiedComment, StanceCounts } from '../types.js';

// Small helpers about analysis results, kept apart from the pipeline so that code which only
// handles results (the run, the reports) does not load the NLP libraries.

/** An input that could not be analyzed, recorded so that the reports still name it. */
export function failedAnalysis(sourceFile: string, reason: string): ArticleAnalysis {
  return { sourceFile, title: '', date: '', status: 'error', detail: reason, comments: [] };
}

/** The reason recorded for a file whose analysis failed on an unexpected error. */
export function analysisFailure(error: unknown): string {
  return `could not be analyzed: ${error instanceof Error ? error.message : String(error)}`;
}

export function stanceCounts(comments: readonly ClassifiedComment[]): StanceCounts {
  const counts: StanceCounts = { skeptical: 0, supportive: 0, neutral: 0 };
  for (const c of comments) if (c.stance.stance !== null) counts[c.stance.stance]++;
  return counts;
}
