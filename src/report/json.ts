import type { ArticleAnalysis, ClassifiedComment } from '../types.js';
import type { RunAggregate } from './aggregate.js';
import type { SummaryContext } from './markdown.js';

// Machine-readable reports for pipelines (--json): the comments as JSON lines, and the run's
// figures as one object. JSON escapes what it must, so the text is kept exactly as extracted.

/** One line of comments.jsonl. */
export function commentJson(group: Pick<ArticleAnalysis, 'sourceFile' | 'title' | 'date'>, c: ClassifiedComment): string {
  return `${JSON.stringify({
    source_file: group.sourceFile,
    article_title: group.title,
    article_date: group.date,
    comment_id: c.id,
    comment_index: c.index,
    attribution: c.attribution,
    comment: c.text,
    stance: c.stance.stance,
    confidence: c.stance.stance === null ? null : c.stance.confidence,
    probabilities: c.stance.stance === null ? null : c.stance.probabilities,
    sentiment: c.stance.sentiment,
    cues: c.stance.cues,
    comment_date: c.date ?? '',
    language: c.stance.language ?? '',
  })}\n`;
}

/** summary.json: the figures behind summary.md. */
export function summaryJson(run: RunAggregate, context: SummaryContext): string {
  const dates = [...run.byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(
    {
      inputs: context.inputs,
      model: context.model,
      accuracy: context.accuracy ?? null,
      skipped_files: context.skippedFiles,
      comments: run.comments,
      stance: run.total,
      not_classified: { comments: run.unread, by_language: Object.fromEntries([...run.unreadLanguages].sort(([a], [b]) => (a < b ? -1 : 1))) },
      left_out: run.leftOut,
      by_date: dates.map(([date, counts]) => ({ date, ...counts })),
      articles: run.articles.map((a) => ({
        source_file: a.sourceFile,
        title: a.title,
        date: a.date,
        status: a.status,
        detail: a.detail,
        comments: a.comments,
        ...a.counts,
        net_stance: a.comments > a.unread ? (a.counts.supportive - a.counts.skeptical) / (a.comments - a.unread) : null,
        not_classified: a.unread,
        mean_sentiment: a.comments > 0 ? a.sentimentSum / a.comments : null,
        ...(a.leftOut ? { left_out: a.leftOut } : {}),
      })),
      most_confident: {
        skeptical: run.top.skeptical.map((q) => ({ article: q.article, comment_id: q.comment.id, comment: q.comment.text, confidence: q.confidence })),
        supportive: run.top.supportive.map((q) => ({ article: q.article, comment_id: q.comment.id, comment: q.comment.text, confidence: q.confidence })),
      },
    },
    null,
    2,
  )}\n`;
}
