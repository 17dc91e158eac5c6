import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/input/decode.js';
import { parseExport } from '../src/input/exports.js';
import { cliInProcess, ROOT } from './helpers.js';


describe('reading comment exports', () => {
  it('finds the text among text, comment, body, message, content, and keeps ids and authors', () => {
    const parsed = parseExport('x', 'csv', 'id,user,body\nc1,@ann,"Total scam, no way"\nc2,@bob,Lovely idea\n');
    expect(parsed.groups).toHaveLength(1);
    expect(parsed.groups[0]?.comments).toEqual([
      { id: 'c1', text: 'Total scam, no way', author: '@ann', date: '', context: '' },
      { id: 'c2', text: 'Lovely idea', author: '@bob', date: '', context: '' },
    ]);
  });

  it('groups rows by article, title or url, with the date', () => {
    const rows = [
      { title: 'Fees Go Up', date: '2024-05-01', message: 'No way' },
      { title: 'Park Opens', date: '2024-05-02', message: 'Great' },
      { title: 'Fees Go Up', date: '2024-05-01', message: 'Fair enough' },
    ];
    const parsed = parseExport('x', 'json', JSON.stringify(rows));
    expect(parsed.groups.map((g) => [g.title, g.date, g.comments.length])).toEqual([['Fees Go Up', '2024-05-01', 2], ['Park Opens', '2024-05-02', 1]]);
  });

  it('reports a bad JSON line by number and a row without text, and keeps the rest', () => {
    const parsed = parseExport('x', 'jsonl', '{"text":"one"}\n{broken\n{"text":""}\n{"text":"two"}\n');
    expect(parsed.groups[0]?.comments.map((c) => c.text)).toEqual(['one', 'two']);
    expect(parsed.problems).toEqual(['line 2: not valid JSON', 'line 3: no text']);
  });

  it('uses the field named by --text-field, and refuses a file without a text column', () => {
    expect(parseExport('x', 'csv', 'note\nhello\n', { textField: 'note' }).groups[0]?.comments[0]?.text).toBe('hello');
    expect(() => parseExport('x', 'csv', 'a,b\n1,2\n')).toThrow(InputError);
    expect(() => parseExport('x', 'csv', 'a,b\n1,2\n')).toThrow(/no text column/);
  });
});

describe('analyze with exports', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-exports-'));
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'thread.jsonl'), '{"id":"a1","text":"What a scam 🙄"}\nnot json\n{"id":"a2","text":"Thank you, lovely work"}\n');
    writeFileSync(path.join(dir, 'in', 'nocolumn.csv'), 'x,y\n1,2\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('classifies every row, keeps row ids, reports bad rows and bad files, and exits 1', async () => {
    const result = await cliInProcess(['in', '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nocolumn.csv: no text column');
    expect(result.stderr).toContain('thread.jsonl: 1 row(s) skipped: line 2: not valid JSON');
    const comments = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'out', 'comments.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(comments.map((c) => c.comment_id)).toEqual(['a1', 'a2']);
    const articles = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'out', 'articles.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(articles.find((a) => a.source_file === 'nocolumn.csv')?.status).toMatch(/^error: no text column/);
    expect(articles.find((a) => a.source_file === 'thread.jsonl')?.status).toBe('ok: 1 row(s) skipped: line 2: not valid JSON');
  });
});

describe('large exports, read in blocks of lines', () => {
  // More than one block (about 256k characters) of JSON lines, with every kind of line break.
  const rows = 4000;
  const lineOf = (i: number): string =>
    i === 2500 ? '{broken' : JSON.stringify(i % 7 === 0 ? { text: `Comment number ${i} is a scam ${'x'.repeat(100 + (i % 50))}` } : { id: `r${i}`, text: `Thank you, row ${i} ${'y'.repeat(100 + (i % 90))}` });
  const big = (lineBreak: string): string => Array.from({ length: rows }, (_, i) => lineOf(i + 1)).join(lineBreak) + lineBreak;

  for (const [name, lineBreak] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`numbers lines across blocks (${name}): messages and ids name the right line, no row is lost or split`, async () => {
      // The built library: worker threads run the built code.
      const { analyzeInputs } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
      const dir = mkdtempSync(path.join(tmpdir(), 'reaction-blocks-'));
      try {
        writeFileSync(path.join(dir, 'big.jsonl'), big(lineBreak));
        const run1 = await analyzeInputs({ inputs: [path.join(dir, 'big.jsonl')], jobs: 1 });
        const [group] = run1.articles;
        expect(group?.status).toBe('ok');
        expect(group?.detail).toBe('1 row(s) skipped: line 2500: not valid JSON');
        const ids = group?.comments.map((c) => c.id) ?? [];
        expect(ids).toHaveLength(rows - 1);
        // Rows without an id are named by their line; after the bad line 2500, line L is comment L - 1.
        const file = path.join(dir, 'big.jsonl');
        expect(ids[7 - 1]).toBe(`${file}#7`);
        expect(ids[2498 - 1]).toBe('r2498');
        expect(ids[3500 - 2]).toBe(`${file}#3500`);
        expect(ids[3501 - 2]).toBe('r3501');
        expect(group?.comments[3501 - 2]?.text).toBe((JSON.parse(lineOf(3501)) as { text: string }).text);
        expect(group?.comments.map((c) => c.index)).toEqual(Array.from({ length: rows - 1 }, (_, i) => i + 1));
        const run2 = await analyzeInputs({ inputs: [path.join(dir, 'big.jsonl')], jobs: 2 });
        expect(run2.articles).toEqual(run1.articles);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('the encoding of a large export', () => {
  it('reads UTF-8 whose characters straddle the chunks it is read in, and falls back to windows-1252 for the rest', async () => {
    const { analyzeInputs } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'reaction-encoding-'));
    try {
      // '{"text":"' is 9 bytes and '€' 3, so the first megabyte ends inside a '€'.
      const text = `Scam ${'€'.repeat(400_000)}`;
      const utf8 = Buffer.from(`${JSON.stringify({ text })}\n${JSON.stringify({ text: 'Thank you' })}\n`);
      writeFileSync(path.join(dir, 'utf8.jsonl'), utf8);
      writeFileSync(path.join(dir, 'cp1252.jsonl'), Buffer.concat([utf8, Buffer.from('{"text":"caf\xe9"}\n', 'latin1')]));
      const { articles } = await analyzeInputs({ inputs: [path.join(dir, 'utf8.jsonl'), path.join(dir, 'cp1252.jsonl')], jobs: 1 });
      const [plain, fallback] = articles;
      expect(plain?.detail).toBe('');
      expect(plain?.comments.map((c) => c.text)).toEqual([text, 'Thank you']);
      expect(fallback?.detail).toBe('not valid UTF-8; decoded as windows-1252');
      expect(fallback?.comments.at(-1)?.text).toBe('café');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads UTF-16 JSON lines, with a byte-order mark, as it reads the same lines in UTF-8', async () => {
    const { analyzeInputs } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'reaction-utf16-'));
    try {
      // About 400 KB: more than one block of lines.
      const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `c${i}`, text: i % 2 ? `Naïve “fix” ${i} 🙄 ${"so ".repeat(60)}` : `Merci ${i} ❤️` })).join('\r\n');
      writeFileSync(path.join(dir, 'a-utf8.jsonl'), lines);
      writeFileSync(path.join(dir, 'b-utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]));
      const { articles } = await analyzeInputs({ inputs: [dir], jobs: 2 });
      const [utf8, utf16] = articles;
      expect(utf8?.comments).toHaveLength(3000);
      expect(utf16?.comments).toEqual(utf8?.comments);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a caller's model in memory", () => {
  it('classifies on every worker thread, not only on the run thread', async () => {
    const { analyzeInputs } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    // A model that knows only its prior, set hard for skeptical: every comment must come out skeptical.
    const alwaysSkeptical = {
      format: 'reaction-analyzer/stance-model', version: 1, name: 'always-skeptical', classes: ['skeptical', 'supportive', 'neutral'],
      thresholds: { article: 0, export: 0 }, trainedOn: [], weights: { bias: [10, 0, 0] },
    } as const;
    const dir = mkdtempSync(path.join(tmpdir(), 'reaction-model-'));
    try {
      const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `c${i}`, text: i % 2 ? 'Lovely news, well done' : 'What time does it open?' }));
      writeFileSync(path.join(dir, 'comments.jsonl'), `${lines.join('\n')}\n`);
      const run = await analyzeInputs({ inputs: [path.join(dir, 'comments.jsonl')], jobs: 2, model: alwaysSkeptical as unknown as import('../src/index.js').StanceModel });
      const stances = new Set(run.articles.flatMap((a) => a.comments.map((c) => c.stance.stance)));
      expect(run.model).toBe('always-skeptical');
      expect([...stances]).toEqual(['skeptical']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
