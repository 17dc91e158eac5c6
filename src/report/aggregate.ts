import type { ArticleAnalysis, ArticleStatus, ClassifiedComment, Stance, StanceCounts } from '../types.js';
import { STANCES } from '../types.js';

// What the reports need to know about a run, kept small enough to hold for any input: counts,
// one summary per article or comment group, and a bounded set of comments worth quoting.
// Comments themselves stream to comments.csv; only these aggregates stay in memory.

/** A group with more comments than this shows its most confident ones of each stance. */
export const MAX_SHOWN_PER_ARTICLE = 20;
const SHOWN_PER_STANCE = 5;
export const TOP_OVERALL = 3;
/** How many articles summary.md lists comments for (the most-commented); the rest are in comments.csv. */
export const MAX_ARTICLES_WITH_COMMENTS = 100;

export interface ArticleSummary {
  sourceFile: string;
  title: string;
  date: string;
  status: ArticleStatus;
  detail: string;
  counts: StanceCounts;
  comments: number;
  sentimentSum: number;
  /**
   * Every comment of a small group; the most confident of each stance of a large one, in order;
   * none for an article beyond the most-commented MAX_ARTICLES_WITH_COMMENTS.
   */
  shown: ClassifiedComment[];
  /** Comments not in `shown`. */
  hidden: number;
}

export interface QuotedComment {
  comment: ClassifiedComment;
  article: string;
}

function byConfidence(a: ClassifiedComment, b: ClassifiedComment): number {
  return b.stance.confidence - a.stance.confidence || a.index - b.index;
}

/** Keeps the `limit` best items by `compare`, stably; small enough to be a sorted array. */
function keepBest<T>(list: T[], item: T, limit: number, compare: (a: T, b: T) => number): void {
  const worst = list[list.length - 1];
  if (list.length >= limit && worst !== undefined && compare(item, worst) >= 0) return;
  list.push(item);
  list.sort(compare);
  if (list.length > limit) list.length = limit;
}

function emptyCounts(): StanceCounts {
  return { skeptical: 0, supportive: 0, neutral: 0 };
}

/**
 * Builds one article's or group's summary from its comments as they arrive, holding at most a
 * few dozen of them: all of a small group, the most confident of each stance of a large one.
 */
export class GroupBuilder {
  private readonly counts = emptyCounts();
  private sentimentSum = 0;
  private total = 0;
  private all: ClassifiedComment[] | undefined = [];
  private readonly best: Record<Stance, ClassifiedComment[]> = { skeptical: [], supportive: [], neutral: [] };

  add(comments: readonly ClassifiedComment[]): void {
    for (const c of comments) this.addMade(c.stance.stance, c.stance.confidence, c.stance.sentiment, c.index, () => c);
  }

  /**
   * One comment, given by its figures and made by `make` only if the summary keeps it: most of
   * a large export's comments never are.
   */
  addMade(stance: Stance, confidence: number, sentiment: number, index: number, make: () => ClassifiedComment): void {
    this.total++;
    this.counts[stance]++;
    this.sentimentSum += sentiment;
    const best = this.best[stance];
    const worst = best[best.length - 1];
    let comment: ClassifiedComment | undefined;
    // As byConfidence orders them: would it come before the worst one kept?
    if (best.length < SHOWN_PER_STANCE || worst === undefined || (worst.stance.confidence - confidence || index - worst.index) < 0) {
      comment = make();
      keepBest(best, comment, SHOWN_PER_STANCE, byConfidence);
    }
    if (this.all) {
      this.all.push(comment ?? make());
      if (this.all.length > MAX_SHOWN_PER_ARTICLE) this.all = undefined;
    }
  }

  finish(meta: Pick<ArticleSummary, 'sourceFile' | 'title' | 'date' | 'detail'> & { status?: ArticleStatus }): ArticleSummary {
    const shown = this.all ?? STANCES.flatMap((s) => this.best[s]).sort((a, b) => a.index - b.index);
    const status = meta.status ?? (this.total > 0 ? 'ok' : 'no-comments');
    return { ...meta, status, counts: { ...this.counts }, comments: this.total, sentimentSum: this.sentimentSum, shown, hidden: this.total - shown.length };
  }
}

/** Summarizes one whole analysis. */
export function summarize(analysis: ArticleAnalysis): ArticleSummary {
  const builder = new GroupBuilder();
  builder.add(analysis.comments);
  return builder.finish(analysis);
}

export class RunAggregate {
  readonly articles: ArticleSummary[] = [];
  /** The most-commented articles, whose quoted comments summary.md lists; the others drop theirs. */
  private readonly listed: ArticleSummary[] = [];
  readonly total: StanceCounts = emptyCounts();
  readonly byDate = new Map<string, StanceCounts>();
  readonly top: Record<Exclude<Stance, 'neutral'>, QuotedComment[]> = { skeptical: [], supportive: [] };
  comments = 0;

  add(analysis: ArticleAnalysis): void {
    this.addSummary(summarize(analysis));
  }

  addSummary(summary: ArticleSummary): void {
    this.articles.push(summary);
    if (summary.status === 'error') return;
    this.comments += summary.comments;
    const dated = summary.date ? (this.byDate.get(summary.date) ?? emptyCounts()) : undefined;
    for (const s of STANCES) {
      this.total[s] += summary.counts[s];
      if (dated) dated[s] += summary.counts[s];
    }
    if (dated) this.byDate.set(summary.date, dated);
    const name = summary.title || summary.sourceFile;
    for (const stance of ['skeptical', 'supportive'] as const) {
      for (const comment of summary.shown.filter((c) => c.stance.stance === stance).sort(byConfidence).slice(0, TOP_OVERALL)) {
        keepBest(this.top[stance], { comment, article: name }, TOP_OVERALL, (a, b) => b.comment.stance.confidence - a.comment.stance.confidence);
      }
    }
    // Memory stays bounded however many articles a run has: only the most-commented keep their
    // quoted comments (ties go to the earlier article).
    if (summary.comments === 0) return;
    const before = new Set(this.listed);
    keepBest(this.listed, summary, MAX_ARTICLES_WITH_COMMENTS, (a, b) => b.comments - a.comments);
    const kept = new Set(this.listed);
    for (const a of before) if (!kept.has(a)) a.shown = [];
    if (!kept.has(summary)) summary.shown = [];
  }

  /** Articles not listed with their comments, among those that have comments. */
  get unlisted(): number {
    return this.articles.filter((a) => a.comments > 0).length - this.listed.length;
  }
}
