import path from 'node:path';
import type { CommentBatch } from '../types.js';
import type { RunAggregate } from './aggregate.js';
import { commentJson, summaryJson } from './json.js';
import type { SummaryContext } from './markdown.js';
import { PendingFile } from './pending-file.js';
import type { PendingReport, Reporter } from './reporter.js';

/** comments.jsonl as comments arrive, summary.json at the end: what `merge` reads back. */
export class JsonReporter implements Reporter {
  private summaryFile: PendingFile | undefined;

  private constructor(private readonly outDir: string, private readonly commentsFile: PendingFile) {}

  static async open(outDir: string): Promise<JsonReporter> {
    return new JsonReporter(outDir, await PendingFile.create(path.join(outDir, 'comments.jsonl')));
  }

  comments(batch: CommentBatch): Promise<void> {
    return this.commentsFile.write(batch.runs().map(({ group, comments }) => comments.map((c) => commentJson(group, c)).join('')).join(''));
  }

  async finish(run: RunAggregate, context: SummaryContext): Promise<PendingReport[]> {
    await this.commentsFile.close();
    this.summaryFile = await PendingFile.create(path.join(this.outDir, 'summary.json'));
    await this.summaryFile.writeAll(summaryJson(run, context));
    return [this.commentsFile, this.summaryFile];
  }

  async abort(): Promise<void> {
    await this.commentsFile.discard();
    await this.summaryFile?.discard();
  }
}
