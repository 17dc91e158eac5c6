import path from 'node:path';
import type { RunAggregate } from './aggregate.js';
import type { SummaryContext } from './markdown.js';
import { summaryMarkdown } from './markdown.js';
import { PendingFile } from './pending-file.js';
import type { PendingReport, Reporter } from './reporter.js';

/** summary.md, from the run's aggregate once every group has ended. */
export class MarkdownReporter implements Reporter {
  private file: PendingFile | undefined;

  constructor(private readonly outDir: string) {}

  async finish(run: RunAggregate, context: SummaryContext): Promise<PendingReport[]> {
    this.file = await PendingFile.create(path.join(this.outDir, 'summary.md'));
    await this.file.writeAll(summaryMarkdown(run, context));
    return [this.file];
  }

  async abort(): Promise<void> {
    await this.file?.discard();
  }
}
