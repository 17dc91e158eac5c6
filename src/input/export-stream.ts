import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { requireCommonJs } from '../cjs.js';
import { InputError } from './decode.js';
import type { ExportFormat, ExportRow } from './exports.js';
import { delimiterOf, jsonArrayRows, linesBeforeHeader } from './exports.js';

const Papa: typeof import('papaparse') = requireCommonJs('papaparse');
const iconv: typeof import('iconv-lite') = requireCommonJs('iconv-lite');

// Reading an exported comment file a part at a time, so that memory does not grow with the file:
// JSON lines as blocks of whole lines (decoded and parsed where they are classified), CSV
// records as papaparse streams them; a JSON array is read whole.

/**
 * Whole lines of a file, as UTF-8 bytes in an array of their own: a thread that reads a large
 * export hands these over without a copy and never makes their text (decoding them on the
 * run thread took a tenth of its time, and the strings most of its garbage).
 */
export interface LineBlock {
  bytes: Uint8Array;
  /** The number of the block's first line in its file. */
  firstLine: number;
}

export interface RowStream {
  /** Parsed rows (CSV, JSON array). */
  rows?: AsyncGenerator<ExportRow>;
  /** Blocks of whole JSON lines in UTF-8, each ending with its line break, and the number of its first line. */
  lines?: AsyncGenerator<LineBlock>;
  /** Set when the bytes were not UTF-8 and were read as windows-1252. */
  note: string;
}

async function firstBytes(path: string, n: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buffer, 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Where the last whole UTF-8 character of `bytes` ends: a chunk may end inside one. */
function wholeCharsEnd(bytes: Buffer): number {
  // A character is at most 4 bytes: look back for the lead byte of the last one.
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Bytes of a file looked at per read when checking its encoding. */
const SCAN_CHUNK = 1 << 20;

/**
 * Whether a file is valid UTF-8 and free of NUL bytes, checked in one pass without decoding it
 * (decoding here made a string of the whole file, only to throw it away), through one buffer
 * read into again and again: a buffer per chunk was memory outside V8's heap for every byte of
 * the file, which V8 counts toward a full collection of the run thread's heap.
 */
async function scanUtf8(path: string): Promise<{ utf8: boolean }> {
  const handle = await open(path, 'r');
  try {
    // Room for a character cut at the end of the last read (at most 3 bytes of it).
    const buffer = Buffer.allocUnsafe(SCAN_CHUNK + 4);
    let carried = 0;
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, carried, SCAN_CHUNK, position);
      if (bytesRead === 0) return { utf8: carried === 0 };
      position += bytesRead;
      const length = carried + bytesRead;
      if (buffer.subarray(carried, length).includes(0)) throw new InputError('binary file (contains NUL bytes)');
      const bytes = buffer.subarray(0, length);
      const end = wholeCharsEnd(bytes);
      if (!isUtf8(bytes.subarray(0, end))) return { utf8: false };
      buffer.copyWithin(0, end, length);
      carried = length - end;
    }
  } finally {
    await handle.close();
  }
}

/** How a file's bytes are to be decoded, as decodeBytes would decode the whole file. */
async function fileEncoding(path: string): Promise<{ encoding: string; start: number; note: string }> {
  const head = await firstBytes(path, 3);
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', start: 2, note: '' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', start: 2, note: '' };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const { utf8 } = await scanUtf8(path);
  if (utf8) return { encoding: 'utf-8', start: bom ? 3 : 0, note: '' };
  return { encoding: 'windows-1252', start: 0, note: 'not valid UTF-8; decoded as windows-1252' };
}

const CHUNK = 1 << 20;

function decodedStream(path: string, encoding: string, start: number): AsyncIterable<string> {
  // pipeline, not pipe: a read error reaches the reader of the text, and a reader that stops
  // early closes the file too.
  return pipeline(createReadStream(path, { start, highWaterMark: CHUNK }), iconv.decodeStream(encoding), () => undefined) as unknown as AsyncIterable<string>;
}

/** The file's text in chunks, decoded as decodeBytes would decode the whole file. */
async function decodedChunks(path: string): Promise<{ chunks: AsyncIterable<string>; note: string }> {
  const { encoding, start, note } = await fileEncoding(path);
  return { chunks: decodedStream(path, encoding, start), note };
}

/** Where line blocks get their bytes: up to `length` of them into `target` at `at`; 0 at the end. */
type ByteSource = (target: Uint8Array, at: number, length: number) => Promise<number>;

/**
 * The file's bytes in UTF-8: read straight from the file when it is UTF-8 (into the arrays that
 * become blocks, so that no byte is copied on the way), decoded and encoded again when not.
 */
async function utf8Source(path: string, encoding: string, start: number): Promise<{ read: ByteSource; close: () => Promise<void> }> {
  if (encoding === 'utf-8') {
    const handle = await open(path, 'r');
    let position = start;
    const read: ByteSource = async (target, at, length) => {
      const { bytesRead } = await handle.read(target, at, length, position);
      position += bytesRead;
      return bytesRead;
    };
    return { read, close: () => handle.close() };
  }
  const chunks = decodedStream(path, encoding, start)[Symbol.asyncIterator]();
  let current: Uint8Array = new Uint8Array(0);
  let offset = 0;
  const read: ByteSource = async (target, at, length) => {
    while (offset >= current.length) {
      const next = await chunks.next();
      if (next.done) return 0;
      current = Buffer.from(next.value, 'utf8');
      offset = 0;
    }
    const n = Math.min(length, current.length - offset);
    target.set(current.subarray(offset, offset + n), at);
    offset += n;
    return n;
  };
  return { read, close: async () => void (await chunks.return?.()) };
}

const LF = 0x0a;
const CR = 0x0d;

/** How many lines end in `bytes`: at each \n, \r\n or lone \r. */
function lineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) n++;
  for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) n++;
  return n;
}

/** Where the last whole line of the first `length` bytes ends, or 0. A \r at the very end may be half of a \r\n. */
function lastLineEnd(bytes: Uint8Array, length: number): number {
  const lf = bytes.lastIndexOf(LF, length - 1);
  if (lf >= 0) return lf + 1;
  const cr = length >= 2 ? bytes.lastIndexOf(CR, length - 2) : -1;
  return cr >= 0 ? cr + 1 : 0;
}

/**
 * Blocks of whole lines, each in an array of its own that can be handed to another thread: the
 * start of a line the last block did not end, then up to 2 × size bytes more, cut after its
 * last line break. A longer line makes its block grow until the line has ended. The last block
 * may lack its line break. UTF-8 never has a line break byte inside a character, so a block is
 * always whole characters.
 */
async function* lineBlocks(read: ByteSource, size: number): AsyncGenerator<LineBlock> {
  let carry: Uint8Array = new Uint8Array(0);
  let firstLine = 1;
  let ended = false;
  while (!ended || carry.length > 0) {
    let block = new Uint8Array(carry.length + 2 * size);
    block.set(carry);
    let filled = carry.length;
    let cut: number;
    for (;;) {
      while (!ended && filled < block.length) {
        const n = await read(block, filled, block.length - filled);
        if (n === 0) ended = true;
        filled += n;
      }
      cut = ended ? filled : lastLineEnd(block, filled);
      if (cut > 0) break;
      if (ended) return;
      const longer = new Uint8Array(block.length * 2);
      longer.set(block);
      block = longer;
    }
    carry = block.slice(cut, filled);
    const bytes = block.subarray(0, cut);
    // Counted before it is yielded: the block may be handed to another thread at once.
    const out = { bytes, firstLine };
    firstLine += lineBreaks(bytes);
    yield out;
  }
}

/** Bytes of JSON lines per block: about 2,000 comments of a typical export. */
const BLOCK_SIZE = 1 << 18;

/** CSV or TSV records, from the header on: report lines above it are skipped (linesBeforeHeader). */
async function* csvRows(chunks: AsyncIterable<string>, delimiter: string, textField?: string): AsyncGenerator<ExportRow> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? '' : first.value;
  const skip = linesBeforeHeader(head.slice(0, 1 << 16), delimiter, textField);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: 'greedy', delimiter, skipFirstNLines: skip } as Papa.ParseConfig);
  const feed = (async () => {
    const write = async (chunk: string): Promise<void> => {
      if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
    };
    if (!first.done) await write(head);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await write(next.value);
    parser.end();
  })();
  let n = 1 + skip;
  let fields: number | undefined;
  for await (const row of parser as AsyncIterable<Record<string, unknown>>) {
    n++;
    const extra = row.__parsed_extra;
    const count = Object.keys(row).filter((k) => k !== '__parsed_extra').length;
    fields ??= count;
    let warning: string | undefined;
    if (extra !== undefined) warning = `row ${n}: Too many fields: expected ${fields} fields but parsed ${fields + (extra as unknown[]).length}`;
    else if (count < fields || Object.values(row).some((v) => v === undefined)) warning = `row ${n}: Too few fields: expected ${fields} fields`;
    yield { row, where: `row ${n}`, number: n, warning };
  }
  await feed;
}

/** An export read as it comes: JSON lines in blocks, CSV records; a JSON array whole (it has no rows until parsed). */
export async function streamExportRows(path: string, format: ExportFormat, options: { textField?: string } = {}, blockSize = BLOCK_SIZE): Promise<RowStream> {
  if (format === 'jsonl') {
    const { encoding, start, note } = await fileEncoding(path);
    // The file is opened when the first block is asked for, and closed after the last.
    async function* blocks(): AsyncGenerator<LineBlock> {
      const { read, close } = await utf8Source(path, encoding, start);
      try {
        yield* lineBlocks(read, blockSize);
      } finally {
        await close();
      }
    }
    return { lines: blocks(), note };
  }
  const { chunks, note } = await decodedChunks(path);
  if (format === 'csv' || format === 'tsv') return { rows: csvRows(chunks, delimiterOf(format), options.textField), note };
  let text = '';
  for await (const chunk of chunks) text += chunk;
  const list = jsonArrayRows(text);
  async function* items(): AsyncGenerator<ExportRow> {
    yield* list;
  }
  return { rows: items(), note };
}
