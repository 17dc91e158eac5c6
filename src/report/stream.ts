import type { WriteStream } from 'node:fs';
import { close, createWriteStream, openSync, write } from 'node:fs';
import { promisify } from 'node:util';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from './aggregate.js';
import { RunAggregate } from './aggregate.js';
import type { CommentBatch, Utf8Bytes } from '../types.js';
import { articlesCsvHeader, articlesCsvLines, commentsCsvHeader, UTF8_BOM } from './csv.js';
import { commentJson, summaryJson } from './json.js';
import type { SummaryContext } from './markdown.js';
import { summaryMarkdown } from './markdown.js';
import { forgetPending, makeFolder, tempPath, trackPending } from './write.js';
import type { ArticlesWorkbook, CommentsWorkbook } from './xlsx.js';

export interface ReportOptions {
  /** Start the CSV files with a UTF-8 byte-order mark, for Excel. */
  excel?: boolean;
  /** Also write comments.jsonl and summary.json. */
  json?: boolean;
  /** Also write comments.xlsx and articles.xlsx. */
  xlsx?: boolean;
}

function writeBytes(fd: number, buffer: Uint8Array, offset: number, length: number): Promise<number> {
  return new Promise((resolve, reject) => write(fd, buffer, offset, length, null, (error, written) => (error ? reject(error) : resolve(written))));
}
const closeFd = promisify(close);

/** Each report file's buffer: filled, written out, and filled again. */
const BUFFER_SIZE = 1 << 20;
/** articles.csv rows made into CSV at a time: papaparse per row costs more than the row. */
const ARTICLE_ROWS_AT = 256;

/** Text as the UTF-8 bytes a report file writes. */
function utf8Text(text: string): Utf8Bytes {
  return {
    byteLength: Buffer.byteLength(text, 'utf8'),
    writeInto: (target, at) => {
      Buffer.from(target.buffer, target.byteOffset, target.byteLength).write(text, at, 'utf8');
    },
  };
}

/**
 * A report file being written to a temporary file beside it, through one buffer of its own that
 * it fills and writes out again and again. Text and lines go straight into the buffer: a buffer
 * per batch of lines, and another to join them before each write, made the run thread allocate
 * twice the size of comments.csv outside V8's heap, and V8 counts such memory toward starting a
 * full collection of the heap.
 */
class PendingFile {
  private readonly buffer = Buffer.allocUnsafeSlow(BUFFER_SIZE);
  private used = 0;
  /** Writes in the order they were asked for, one at a time, as the buffer is shared. */
  private queue: Promise<void> = Promise.resolve();
  private constructor(readonly target: string, readonly temp: string, private readonly fd: number) {}

  static async create(target: string): Promise<PendingFile> {
    const temp = tempPath(target);
    trackPending(temp);
    // Opened synchronously: an interrupt that came while an asynchronous open was under way
    // removed the pending files before the open made its file, which then stayed behind.
    return new PendingFile(target, temp, openSync(temp, 'w'));
  }

  write(data: string | Utf8Bytes): Promise<void> {
    this.queue = this.queue.then(() => this.writeBytes(typeof data === 'string' ? utf8Text(data) : data));
    return this.queue;
  }

  private async writeBytes(bytes: Utf8Bytes): Promise<void> {
    if (bytes.byteLength > this.buffer.length - this.used) await this.flush();
    if (bytes.byteLength > this.buffer.length) {
      const own = Buffer.allocUnsafe(bytes.byteLength);
      bytes.writeInto(own, 0);
      return this.writeOut(own);
    }
    bytes.writeInto(this.buffer, this.used);
    this.used += bytes.byteLength;
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.writeOut(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private async writeOut(bytes: Uint8Array): Promise<void> {
    // A write may take less than it is given.
    for (let at = 0; at < bytes.length; ) at += await writeBytes(this.fd, bytes, at, bytes.length - at);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.flush();
    await closeFd(this.fd);
  }

  async discard(): Promise<void> {
    await this.queue.catch(() => undefined);
    await closeFd(this.fd).catch(() => undefined);
    await rm(this.temp, { force: true });
    forgetPending(this.temp);
  }
}

/**
 * A workbook being written to a temporary file beside its target, like a PendingFile, through
 * the stream ExcelJS writes the zip to.
 */
class PendingWorkbook<T extends { close(): Promise<void> }> {
  readonly temp: string;
  readonly book: T;
  private readonly output: WriteStream;

  constructor(readonly target: string, make: (output: WriteStream) => T) {
    this.temp = tempPath(target);
    trackPending(this.temp);
    // Opened synchronously, as PendingFile opens its file: an interrupt cannot come before the file exists.
    this.output = createWriteStream('', { fd: openSync(this.temp, 'w') });
    this.book = make(this.output);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve, reject) => {
      this.output.once('close', resolve);
      this.output.once('error', reject);
    });
    await this.book.close();
    await closed;
  }

  async discard(): Promise<void> {
    this.output.destroy();
    await rm(this.temp, { force: true });
    forgetPending(this.temp);
  }
}

/**
 * Writes the reports as results arrive: comments stream to comments.csv (and comments.jsonl) and
 * articles to articles.csv, only aggregates stay in memory, and the finished set is renamed into
 * place together, so readers see the previous reports until the new ones are complete.
 */
export class ReportStream {
  readonly aggregate: RunAggregate;
  private readonly files: PendingFile[];
  /** articles.csv's rows not yet written. */
  private articleRows: ArticleSummary[] = [];

  private readonly workbooks: { comments: PendingWorkbook<CommentsWorkbook>; articles: PendingWorkbook<ArticlesWorkbook> } | undefined;

  private constructor(
    private readonly outDir: string,
    private readonly options: ReportOptions,
    files: PendingFile[],
    private readonly articlesFile: PendingFile,
    xlsx: typeof import('./xlsx.js') | undefined,
  ) {
    this.files = files;
    this.aggregate = new RunAggregate({ keepAll: options.json });
    if (xlsx) {
      this.workbooks = {
        comments: new PendingWorkbook(path.join(outDir, 'comments.xlsx'), (output) => new xlsx.CommentsWorkbook(output)),
        articles: new PendingWorkbook(path.join(outDir, 'articles.xlsx'), (output) => new xlsx.ArticlesWorkbook(output)),
      };
    }
  }

  static async open(outDir: string, options: ReportOptions = {}): Promise<ReportStream> {
    await makeFolder(outDir);
    const bom = options.excel ? UTF8_BOM : '';
    const files = [await PendingFile.create(path.join(outDir, 'comments.csv'))];
    if (options.json) files.push(await PendingFile.create(path.join(outDir, 'comments.jsonl')));
    const articlesFile = await PendingFile.create(path.join(outDir, 'articles.csv'));
    files.push(articlesFile);
    // ExcelJS and its zip library take a while to load: only a run that writes workbooks loads them.
    const xlsx = options.xlsx ? await import('./xlsx.js') : undefined;
    const stream = new ReportStream(outDir, options, files, articlesFile, xlsx);
    await files[0]?.write(bom + commentsCsvHeader());
    await articlesFile.write(bom + articlesCsvHeader());
    return stream;
  }

  /** Comments of articles or groups, in order; each group's summary comes later through `end`. */
  async comments(batch: CommentBatch): Promise<void> {
    await this.files[0]?.write(batch.csvLines());
    if (this.options.json) await this.files[1]?.write(batch.runs().map(({ group, comments }) => comments.map((c) => commentJson(group, c)).join('')).join(''));
    if (this.workbooks) {
      for (const { group, comments } of batch.runs()) for (const c of comments) this.workbooks.comments.book.add(group, c);
      await this.workbooks.comments.book.drained();
    }
  }

  /** One article's or group's summary, once all its comments have been written. */
  async end(summary: ArticleSummary): Promise<void> {
    this.aggregate.addSummary(summary);
    this.articleRows.push(summary);
    this.workbooks?.articles.book.add(summary);
    if (this.articleRows.length >= ARTICLE_ROWS_AT) await this.writeArticleRows();
  }

  private async writeArticleRows(): Promise<void> {
    const rows = this.articleRows;
    this.articleRows = [];
    await this.articlesFile.write(articlesCsvLines(rows));
  }

  async finish(context: SummaryContext): Promise<string[]> {
    await this.writeArticleRows();
    for (const f of this.files) await f.close();
    const rest: Array<[string, string]> = [['summary.md', summaryMarkdown(this.aggregate, context)]];
    if (this.options.json) rest.push(['summary.json', summaryJson(this.aggregate, context)]);
    for (const [name, content] of rest) {
      const file = await PendingFile.create(path.join(this.outDir, name));
      this.files.push(file);
      await file.write(content);
      await file.close();
    }
    const workbooks = this.workbooks ? [this.workbooks.comments, this.workbooks.articles] : [];
    for (const w of workbooks) await w.close();
    const done = [...this.files, ...workbooks];
    for (const f of done) {
      await rename(f.temp, f.target);
      forgetPending(f.temp);
    }
    return done.map((f) => f.target);
  }

  async abort(): Promise<void> {
    for (const f of this.files) await f.discard();
    if (this.workbooks) for (const w of [this.workbooks.comments, this.workbooks.articles]) await w.discard();
  }
}
