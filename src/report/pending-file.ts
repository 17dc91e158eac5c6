import type { WriteStream } from 'node:fs';
import { close, createWriteStream, openSync, write } from 'node:fs';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Utf8Bytes } from '../types.js';
import type { PendingReport } from './reporter.js';
import { forgetPending, tempPath, trackPending } from './write.js';

// Report files as they are written: each to a temporary file beside its target, renamed into
// place with the others when the run's reports are complete.

function writeBytes(fd: number, buffer: Uint8Array, offset: number, length: number): Promise<number> {
  return new Promise((resolve, reject) => write(fd, buffer, offset, length, null, (error, written) => (error ? reject(error) : resolve(written))));
}
const closeFd = promisify(close);

/** Each report file's buffer: filled, written out, and filled again. */
const BUFFER_SIZE = 1 << 20;

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
export class PendingFile implements PendingReport {
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

  /** Writes a whole report and closes the file. */
  async writeAll(content: string): Promise<void> {
    await this.write(content);
    await this.close();
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
export class PendingWorkbook<T extends { close(): Promise<void> }> implements PendingReport {
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
