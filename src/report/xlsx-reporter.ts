import path from 'node:path';
import type { CommentBatch } from '../types.js';
import type { ArticleSummary } from './aggregate.js';
import { PendingWorkbook } from './pending-file.js';
import type { PendingReport, Reporter } from './reporter.js';
import { ArticlesWorkbook, CommentsWorkbook } from './xlsx.js';

/** comments.xlsx as comments arrive, articles.xlsx as groups end: typed cells, streamed. */
export class XlsxReporter implements Reporter {
  private readonly commentsBook: PendingWorkbook<CommentsWorkbook>;
  private readonly articlesBook: PendingWorkbook<ArticlesWorkbook>;

  constructor(outDir: string) {
    this.commentsBook = new PendingWorkbook(path.join(outDir, 'comments.xlsx'), (output) => new CommentsWorkbook(output));
    this.articlesBook = new PendingWorkbook(path.join(outDir, 'articles.xlsx'), (output) => new ArticlesWorkbook(output));
  }

  async comments(batch: CommentBatch): Promise<void> {
    for (const { group, comments } of batch.runs()) for (const c of comments) this.commentsBook.book.add(group, c);
    await this.commentsBook.book.drained();
  }

  end(summary: ArticleSummary): void {
    this.articlesBook.book.add(summary);
  }

  async finish(): Promise<PendingReport[]> {
    await this.commentsBook.close();
    await this.articlesBook.close();
    return [this.commentsBook, this.articlesBook];
  }

  async abort(): Promise<void> {
    await this.commentsBook.discard();
    await this.articlesBook.discard();
  }
}
