import type { ArticleAnalysis, ArticleStatus, ClassifiedComment, Stance, StanceCounts } from '../types.js';
import { STANCES } from '../types.js';

/** Rows of an export left out as not reader comments, by why (the input stage counts them). */
export interface LeftOutCounts {
  deleted: number;
  bots: number;
  duplicates: number;
}

const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of an ISO date or date-time, or NaN. */
export function dayOf(date: string | undefined): number {
  if (!date || date.length < 10) return Number.NaN;
  // Dates repeat (a day's comments): the last one read is kept.
  if (date === lastDate) return lastDay;
  lastDay = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
  lastDate = date;
  return lastDay;
}
let lastDate = '';
let lastDay = Number.NaN;

/** YYYY-MM-DD of a day number. */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// What the reports need to know about a run, kept small enough to hold for any input: counts,
// the summaries of the most-commented articles (and the first few without comments or not
// analyzed), and a bounded set of comments worth quoting. Comments stream to comments.csv and
// every article's row to articles.csv; only these aggregates stay in memory, unless summary.json,
// which lists every article, is asked for.

/** A group with more comments than this shows its most confident ones of each stance. */
export const MAX_SHOWN_PER_ARTICLE = 20;
const SHOWN_PER_STANCE = 5;
export const TOP_OVERALL = 3;
/**
 * How many articles summary.md lists in its table and with their comments (the most-commented),
 * and how many of those without comments and of the files not analyzed: the rest are in
 * articles.csv and comments.csv.
 */
export const MAX_ARTICLES_LISTED = 100;

/** Where comments not yet made as objects come from: a batch of packed comments, say. */
export interface CommentSource {
  /** The comment at `position` in the source, with its 1-based `index` in its group. */
  comment(position: number, index: number): ClassifiedComment;
}

/**
 * A comment a summary may quote: the figures that choose it, and the comment itself, made the
 * first time it is asked for. Most comments of a large run are never quoted, and making each
 * one as an object only to drop it was most of the run thread's garbage.
 */
export class Quotable {
  private made: ClassifiedComment | undefined;
  constructor(
    readonly stance: Stance,
    readonly confidence: number,
    /** 1-based position in its group. */
    readonly index: number,
    private source: CommentSource | undefined,
    private readonly position: number,
  ) {}

  get comment(): ClassifiedComment {
    if (!this.made) {
      this.made = (this.source as CommentSource).comment(this.position, this.index);
      // What made it (a whole batch of packed comments) need not stay in memory for it.
      this.source = undefined;
    }
    return this.made;
  }
}

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
   * none for an article beyond the most-commented MAX_ARTICLES_LISTED.
   */
  shown: Quotable[];
  /** Comments not in `shown`. */
  hidden: number;
  /** Comments with no stance, in a language the model cannot read (in `comments`, not in `counts`). */
  unread: number;
  /** Those comments by language (ISO 639-3). */
  unreadLanguages?: Map<string, number>;
  /** Stance counts of the comments that carry their own date, by day (YYYY-MM-DD); the rest count under `date`. */
  byDay?: Map<string, StanceCounts>;
  /** Export rows left out as not reader comments. */
  leftOut?: LeftOutCounts;
}

export interface QuotedComment {
  comment: ClassifiedComment;
  confidence: number;
  article: string;
}

/**
 * Negative when a comment of these figures comes before `other`: the more confident first, the
 * earlier of equals first. Given as numbers, so that asking about a comment makes no object.
 */
function compareFigures(confidence: number, index: number, other: Pick<Quotable, 'confidence' | 'index'>): number {
  return other.confidence - confidence || index - other.index;
}

/** Most confident first; the earlier of equals first. */
function byConfidence(a: Pick<Quotable, 'confidence' | 'index'>, b: Pick<Quotable, 'confidence' | 'index'>): number {
  return compareFigures(a.confidence, a.index, b);
}

/** Whether keepBest would keep `item`. */
function wouldKeep<T>(list: readonly T[], item: T, limit: number, compare: (a: T, b: T) => number): boolean {
  const worst = list[list.length - 1];
  return list.length < limit || worst === undefined || compare(item, worst) < 0;
}

/** Whether keepBest would keep a comment of these figures in a list by confidence (byConfidence). */
function wouldKeepByConfidence(list: readonly Quotable[], confidence: number, index: number, limit: number): boolean {
  const worst = list[list.length - 1];
  return list.length < limit || worst === undefined || compareFigures(confidence, index, worst) < 0;
}

/**
 * Keeps the `limit` best items by `compare`, stably, in a sorted array; returns the item that
 * is not kept, if any (`item` itself, or the one it pushed out).
 */
function keepBest<T>(list: T[], item: T, limit: number, compare: (a: T, b: T) => number): T | undefined {
  if (!wouldKeep(list, item, limit, compare)) return item;
  let at = list.length;
  while (at > 0 && compare(item, list[at - 1] as T) < 0) at--;
  list.splice(at, 0, item);
  return list.length > limit ? list.pop() : undefined;
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
  private all: Quotable[] | undefined = [];
  private readonly best: Record<Stance, Quotable[]> = { skeptical: [], supportive: [], neutral: [] };
  /** Kept since the last settle(), not yet made. */
  private fresh: Quotable[] = [];
  /** Counts of the comments with dates of their own, by day number. */
  private days: Map<number, StanceCounts> | undefined;
  private unread = 0;
  private unreadLanguages: Map<string, number> | undefined;

  add(comments: readonly ClassifiedComment[]): void {
    const made: CommentSource = { comment: (position) => comments[position] as ClassifiedComment };
    comments.forEach((c, position) => {
      if (c.stance.stance === null) this.addUnread(c.stance.language, c.stance.sentiment);
      else this.addFrom(c.stance.stance, c.stance.confidence, c.stance.sentiment, c.index, made, position, dayOf(c.date));
    });
  }

  /** A comment with no stance (not in a language the model reads): counted, never quoted. */
  addUnread(language: string, sentiment: number): void {
    this.total++;
    this.unread++;
    this.sentimentSum += sentiment;
    this.unreadLanguages ??= new Map();
    this.unreadLanguages.set(language, (this.unreadLanguages.get(language) ?? 0) + 1);
  }

  /**
   * One comment, given by its figures and made from `source` only if a report quotes it. Nothing
   * is allocated for a comment the group does not keep: the run thread adds every comment of a
   * run here, and what it allocated per comment outlived young collections.
   */
  addFrom(stance: Stance, confidence: number, sentiment: number, index: number, source: CommentSource, position: number, day = Number.NaN): void {
    this.total++;
    this.counts[stance]++;
    if (day === day) {
      this.days ??= new Map();
      let counts = this.days.get(day);
      if (!counts) this.days.set(day, (counts = emptyCounts()));
      counts[stance]++;
    }
    this.sentimentSum += sentiment;
    const best = this.best[stance];
    const kept = this.all !== undefined || wouldKeepByConfidence(best, confidence, index, SHOWN_PER_STANCE);
    if (!kept) return;
    const quotable = new Quotable(stance, confidence, index, source, position);
    this.fresh.push(quotable);
    keepBest(best, quotable, SHOWN_PER_STANCE, byConfidence);
    if (this.all) {
      this.all.push(quotable);
      if (this.all.length > MAX_SHOWN_PER_ARTICLE) this.all = undefined;
    }
  }

  /**
   * Makes the comments held so far, so that they no longer need what they are made from: a
   * group that outlives the batch its comments came in must not keep the whole batch.
   */
  settle(): void {
    // Only those kept since the last call: the rest are made already. One pushed out since is
    // made too, at the cost of one comment the group will not show.
    for (const q of this.fresh) void q.comment;
    this.fresh = [];
  }

  finish(meta: Pick<ArticleSummary, 'sourceFile' | 'title' | 'date' | 'detail' | 'leftOut'> & { status?: ArticleStatus }): ArticleSummary {
    const shown = this.all ?? STANCES.flatMap((s) => this.best[s]).sort((a, b) => a.index - b.index);
    const status = meta.status ?? (this.total > 0 ? 'ok' : 'no-comments');
    const summary: ArticleSummary = {
      sourceFile: meta.sourceFile, title: meta.title, date: meta.date, status, detail: meta.detail, counts: { ...this.counts },
      comments: this.total, sentimentSum: this.sentimentSum, shown, hidden: this.total - this.unread - shown.length, unread: this.unread,
    };
    if (this.unreadLanguages) summary.unreadLanguages = this.unreadLanguages;
    if (this.days) summary.byDay = new Map([...this.days].map(([day, counts]) => [dayDate(day), counts]));
    if (meta.leftOut) summary.leftOut = meta.leftOut;
    return summary;
  }
}

/** Summarizes one whole analysis. */
export function summarize(analysis: ArticleAnalysis): ArticleSummary {
  const builder = new GroupBuilder();
  builder.add(analysis.comments);
  return builder.finish(analysis);
}

export interface RunAggregateOptions {
  /** Keep every article's summary (summary.json lists them all); otherwise a bounded few. */
  keepAll?: boolean;
}

export class RunAggregate {
  private readonly all: ArticleSummary[] = [];
  /**
   * The most-commented analyzed articles, most first (ties to the earlier), for summary.md's
   * table; those of them with comments keep their quoted comments, the others drop theirs.
   */
  readonly ranked: ArticleSummary[] = [];
  /** The first articles without reader comments, and the first files not analyzed, in input order. */
  readonly withoutComments: ArticleSummary[] = [];
  readonly failedFiles: ArticleSummary[] = [];
  readonly total: StanceCounts = emptyCounts();
  readonly byDate = new Map<string, StanceCounts>();
  readonly top: Record<Exclude<Stance, 'neutral'>, QuotedComment[]> = { skeptical: [], supportive: [] };
  /** Comments with no stance, by language, over the run. */
  readonly unreadLanguages = new Map<string, number>();
  unread = 0;
  /** Export rows left out as not reader comments, over the run. */
  readonly leftOut: LeftOutCounts = { deleted: 0, bots: 0, duplicates: 0 };
  comments = 0;
  analyzed = 0;
  failed = 0;
  withoutCommentsCount = 0;
  private readonly keepAll: boolean;

  constructor(options: RunAggregateOptions = {}) {
    this.keepAll = options.keepAll ?? false;
  }

  /** Every summary, in input order: only for an aggregate made to keep them all (keepAll). */
  get articles(): ArticleSummary[] {
    if (!this.keepAll) throw new Error('this run aggregate keeps a bounded few articles, not all of them (keepAll)');
    return this.all;
  }

  add(analysis: ArticleAnalysis): void {
    this.addSummary(summarize(analysis));
  }

  addSummary(summary: ArticleSummary): void {
    if (this.keepAll) this.all.push(summary);
    if (summary.status === 'error') {
      this.failed++;
      if (this.failedFiles.length < MAX_ARTICLES_LISTED) this.failedFiles.push(summary);
      return;
    }
    this.analyzed++;
    this.comments += summary.comments;
    if (summary.leftOut) for (const k of ['deleted', 'bots', 'duplicates'] as const) this.leftOut[k] += summary.leftOut[k];
    this.unread += summary.unread;
    for (const [language, n] of summary.unreadLanguages ?? []) this.unreadLanguages.set(language, (this.unreadLanguages.get(language) ?? 0) + n);
    // Comments with dates of their own count under them; the others under their article's date.
    const ownDates = summary.byDay ?? new Map<string, StanceCounts>();
    const undated = { ...summary.counts };
    for (const counts of ownDates.values()) for (const s of STANCES) undated[s] -= counts[s];
    const dates: Array<[string, StanceCounts]> = [...ownDates];
    if (summary.date) dates.push([summary.date, undated]);
    for (const s of STANCES) this.total[s] += summary.counts[s];
    for (const [date, counts] of dates) {
      const dated = this.byDate.get(date) ?? emptyCounts();
      for (const s of STANCES) dated[s] += counts[s];
      this.byDate.set(date, dated);
    }
    const name = summary.title || summary.sourceFile;
    // The shown comments in order, each against the run's top few of its stance: the same as
    // taking them most confident first, as ties keep the earlier comment either way, and no
    // copy of each article's comments is filtered and sorted per stance.
    for (const q of summary.shown) {
      if (q.stance === 'neutral') continue;
      const top = this.top[q.stance];
      // Asked before the comment is made: most articles place none in the top few.
      const worst = top[TOP_OVERALL - 1];
      if (worst && q.confidence <= worst.confidence) continue;
      keepBest(top, { comment: q.comment, confidence: q.confidence, article: name }, TOP_OVERALL, (a, b) => b.confidence - a.confidence);
    }
    if (summary.comments === 0) {
      this.withoutCommentsCount++;
      if (this.withoutComments.length < MAX_ARTICLES_LISTED) this.withoutComments.push(summary);
    }
    // Memory stays bounded however many articles a run has: only the most-commented are kept for
    // the table, and of those only the ones with comments keep their quoted comments.
    const dropped = keepBest(this.ranked, summary, MAX_ARTICLES_LISTED, (a, b) => b.comments - a.comments);
    if (dropped) dropped.shown = [];
    // A listed article's comments are made now, so that they do not hold on to the batches they came in.
    if (dropped !== summary) for (const q of summary.shown) void q.comment;
  }

  /** The articles summary.md lists with their comments: the ranked ones that have comments. */
  get listed(): ArticleSummary[] {
    return this.ranked.filter((a) => a.comments > 0);
  }

  /** Articles not listed with their comments, among those that have comments. */
  get unlisted(): number {
    return this.analyzed - this.withoutCommentsCount - this.listed.length;
  }
}
