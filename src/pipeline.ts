import type { StanceModel } from './classify/index.js';
import { classifyStance } from './classify/index.js';
import { extractComments } from './extract/index.js';
import type { Article, ArticleAnalysis, ClassifiedComment, StanceCounts } from './types.js';

/** Extracts and classifies one article's reader comments. Pure. */
export function analyzeArticle(article: Article, model?: StanceModel): ArticleAnalysis {
  const comments: ClassifiedComment[] = extractComments(article).map((comment, i) => ({
    ...comment,
    index: i + 1,
    id: `${article.sourceFile}#${i + 1}`,
    stance: classifyStance(comment.text, { model, source: 'article' }),
  }));
  return {
    sourceFile: article.sourceFile,
    title: article.title,
    date: article.date,
    status: comments.length > 0 ? 'ok' : 'no-comments',
    detail: article.notes.join('; '),
    comments,
  };
}

/** An input that could not be analyzed, recorded so that the reports still name it. */
export function failedAnalysis(sourceFile: string, reason: string): ArticleAnalysis {
  return { sourceFile, title: '', date: '', status: 'error', detail: reason, comments: [] };
}

export function stanceCounts(comments: readonly ClassifiedComment[]): StanceCounts {
  const counts: StanceCounts = { skeptical: 0, supportive: 0, neutral: 0 };
  for (const c of comments) counts[c.stance.stance]++;
  return counts;
}
