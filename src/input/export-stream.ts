import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { InputError } from './decode.js';
import type { ExportFormat } from './exports.js';
import { jsonArrayRows, jsonlRow } from './exports.js';

// Reading an exported comment file row by row, so that memory does not grow with the file.

export interface ExportRow {
  row: Record<string, unknown>;
  /** "line 12" or "row 12", for messages. */
  where: string;
}

export interface RowStream {
  rows: AsyncGenerator<ExportRow>;
  /** Rows that could not be read, as they are found. */
  problems: string[];
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

/** Whether a file is valid UTF-8 and free of NUL bytes, checked in one streaming pass. */
async function scanUtf8(path: string): Promise<{ utf8: boolean }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) throw new InputError('binary file (contains NUL bytes)');
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return { utf8: true };
  } catch (error) {
    if (error instanceof InputError) throw error;
    return { utf8: false };
  }
}

/** The file's text in chunks, decoded as decodeBytes would decode the whole file. */
async function decodedChunks(path: string): Promise<{ chunks: AsyncIterable<string>; note: string }> {
  const head = await firstBytes(path, 3);
  const stream = (encoding: string, start: number): AsyncIterable<string> => {
    const raw = createReadStream(path, { start, highWaterMark: 1 << 20 });
    return raw.pipe(iconv.decodeStream(encoding)) as unknown as AsyncIterable<string>;
  };
  if (head[0] === 0xff && head[1] === 0xfe) return { chunks: stream('utf-16le', 2), note: '' };
  if (head[0] === 0xfe && head[1] === 0xff) return { chunks: stream('utf-16be', 2), note: '' };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const { utf8 } = await scanUtf8(path);
  if (utf8) return { chunks: stream('utf-8', bom ? 3 : 0), note: '' };
  return { chunks: stream('windows-1252', 0), note: 'not valid UTF-8; decoded as windows-1252' };
}

async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split(/\r?\n|\r/);
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest) yield rest;
}

async function* jsonlRows(chunks: AsyncIterable<string>, problems: string[]): AsyncGenerator<ExportRow> {
  let n = 0;
  for await (const line of lines(chunks)) {
    const parsed = jsonlRow(line, ++n);
    if (parsed && 'problem' in parsed) problems.push(parsed.problem);
    else if (parsed) yield parsed;
  }
}

async function* csvRows(chunks: AsyncIterable<string>, problems: string[]): AsyncGenerator<ExportRow> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: 'greedy' });
  const feed = (async () => {
    for await (const chunk of chunks) if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
    parser.end();
  })();
  let n = 1;
  let fields: number | undefined;
  for await (const row of parser as AsyncIterable<Record<string, unknown>>) {
    n++;
    const extra = row.__parsed_extra;
    const count = Object.keys(row).filter((k) => k !== '__parsed_extra').length;
    fields ??= count;
    if (extra !== undefined) problems.push(`row ${n}: Too many fields: expected ${fields} fields but parsed ${fields + (extra as unknown[]).length}`);
    else if (count < fields || Object.values(row).some((v) => v === undefined)) problems.push(`row ${n}: Too few fields: expected ${fields} fields`);
    yield { row, where: `row ${n}` };
  }
  await feed;
}

/** Rows of a JSONL or CSV export, read as they come; a JSON array is read whole (it has no rows until parsed). */
export async function streamExportRows(path: string, format: ExportFormat): Promise<RowStream> {
  const { chunks, note } = await decodedChunks(path);
  const problems: string[] = [];
  if (format === 'jsonl') return { rows: jsonlRows(chunks, problems), problems, note };
  if (format === 'csv') return { rows: csvRows(chunks, problems), problems, note };
  let text = '';
  for await (const chunk of chunks) text += chunk;
  const list = jsonArrayRows(text);
  async function* items(): AsyncGenerator<ExportRow> {
    yield* list;
  }
  return { rows: items(), problems, note };
}
