import type { CommentBatch } from '../types.js';
import type { ArticleSummary } from './aggregate.js';
import { articlesCsvHeader, articlesCsvLines, commentsCsvHeader, UTF8_BOM } from './csv.js';
import { PendingFile } from './pending-file.js';
import type { PendingReport, Reporter } from './reporter.js';
import path from 'node:path';

/** articles.csv rows made into CSV at a time: papaparse per row costs more than the row. */
const ARTICLE_ROWS_AT = 256;

/** comments.csv as comments arrive, articles.csv as groups end. */
export class CsvReporter implements Reporter {
  /** articles.csv's rows not yet written. */
  private articleRows: ArticleSummary[] = [];

  private constructor(private readonly commentsFile: PendingFile, private readonly articlesFile: PendingFile) {}

  /** `excel`: start each file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8. */
  static async open(outDir: string, excel: boolean): Promise<CsvReporter> {
    const bom = excel ? UTF8_BOM : '';
    const reporter = new CsvReporter(await PendingFile.create(path.join(outDir, 'comments.csv')), await PendingFile.create(path.join(outDir, 'articles.csv')));
    await reporter.commentsFile.write(bom + commentsCsvHeader());
    await reporter.articlesFile.write(bom + articlesCsvHeader());
    return reporter;
  }

  comments(batch: CommentBatch): Promise<void> {
    return this.commentsFile.write(batch.csvLines());
  }

  async end(summary: ArticleSummary): Promise<void> {
    this.articleRows.push(summary);
    if (this.articleRows.length >= ARTICLE_ROWS_AT) await this.writeArticleRows();
  }

  private async writeArticleRows(): Promise<void> {
    const rows = this.articleRows;
    this.articleRows = [];
    await this.articlesFile.write(articlesCsvLines(rows));
  }

  async finish(): Promise<PendingReport[]> {
    await this.writeArticleRows();
    await this.commentsFile.close();
    await this.articlesFile.close();
    return [this.commentsFile, this.articlesFile];
  }

  async abort(): Promise<void> {
    await this.commentsFile.discard();
    await this.articlesFile.discard();
  }
}
