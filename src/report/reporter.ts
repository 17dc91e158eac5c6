import type { CommentBatch } from '../types.js';
import type { ArticleSummary, RunAggregate } from './aggregate.js';
import type { SummaryContext } from './markdown.js';

/** A report file not yet in place: written to `temp`, renamed to `target` with the run's others. */
export interface PendingReport {
  readonly target: string;
  readonly temp: string;
  discard(): Promise<void>;
}

/**
 * One kind of report (CSV, Markdown, JSON, XLSX). The run hands each reporter every batch of
 * comments in order and each group's summary after its comments, then the run's aggregate; a
 * reporter writes to temporary files only, and ReportStream renames every reporter's files into
 * place together. A new report is a new Reporter, added where ReportStream lists them.
 */
export interface Reporter {
  comments?(batch: CommentBatch): Promise<void>;
  end?(summary: ArticleSummary): Promise<void> | void;
  /** Writes what is left and closes the files: the files, in the order the user is told of them. */
  finish(run: RunAggregate, context: SummaryContext): Promise<PendingReport[]>;
  /** Removes the temporary files. */
  abort(): Promise<void>;
}
