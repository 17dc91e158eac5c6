import { rename } from 'node:fs/promises';
import type { CommentBatch } from '../types.js';
import type { ArticleSummary } from './aggregate.js';
import { RunAggregate } from './aggregate.js';
import { CsvReporter } from './csv-reporter.js';
import { JsonReporter } from './json-reporter.js';
import { MarkdownReporter } from './markdown-reporter.js';
import type { SummaryContext } from './markdown.js';
import type { Reporter } from './reporter.js';
import { forgetPending, makeFolder } from './write.js';

export interface ReportOptions {
  /** Start the CSV files with a UTF-8 byte-order mark, for Excel. */
  excel?: boolean;
  /** Also write comments.jsonl and summary.json. */
  json?: boolean;
  /** Also write comments.xlsx and articles.xlsx. */
  xlsx?: boolean;
}

/**
 * Writes the reports as results arrive: every reporter gets each batch of comments and each
 * group's summary, only aggregates stay in memory, and the finished set is renamed into place
 * together, so readers see the previous reports until the new ones are complete.
 */
export class ReportStream {
  readonly aggregate: RunAggregate;

  private constructor(private readonly reporters: readonly Reporter[], options: ReportOptions) {
    this.aggregate = new RunAggregate({ keepAll: options.json });
  }

  static async open(outDir: string, options: ReportOptions = {}): Promise<ReportStream> {
    await makeFolder(outDir);
    const reporters: Reporter[] = [await CsvReporter.open(outDir, options.excel ?? false), new MarkdownReporter(outDir)];
    if (options.json) reporters.push(await JsonReporter.open(outDir));
    // ExcelJS and its zip library take a while to load: only a run that writes workbooks loads them.
    if (options.xlsx) reporters.push(new (await import('./xlsx-reporter.js')).XlsxReporter(outDir));
    return new ReportStream(reporters, options);
  }

  /** Comments of articles or groups, in order; each group's summary comes later through `end`. */
  async comments(batch: CommentBatch): Promise<void> {
    for (const r of this.reporters) await r.comments?.(batch);
  }

  /** One article's or group's summary, once all its comments have been written. */
  async end(summary: ArticleSummary): Promise<void> {
    this.aggregate.addSummary(summary);
    for (const r of this.reporters) await r.end?.(summary);
  }

  /** Finishes every report and renames them all into place: the files written, in order. */
  async finish(context: SummaryContext): Promise<string[]> {
    const done = [];
    for (const r of this.reporters) done.push(...(await r.finish(this.aggregate, context)));
    for (const f of done) {
      await rename(f.temp, f.target);
      forgetPending(f.temp);
    }
    return done.map((f) => f.target);
  }

  async abort(): Promise<void> {
    for (const r of this.reporters) await r.abort();
  }
}
