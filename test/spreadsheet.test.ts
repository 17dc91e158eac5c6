import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from './helpers.js';

const run = promisify(execFile);

function soffice(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
const SOFFICE = soffice();
// .ci/run installs LibreOffice Calc; on a machine without it this test says so and is skipped.
if (!SOFFICE) console.warn('spreadsheet.test: soffice (LibreOffice Calc) not found; skipping. .ci/run installs it.');

// Comments that a spreadsheet would run, convert or mangle.
const FORMULAS = ['=HYPERLINK("http://evil.example";"click") cheap', '+SUM(1;2)', '-2 stars', '@SUM(1+1)'];
const DATA = ['00123', '1e5', '2024-01-02', '3/4', '12:30', 'TRUE', '45%', '$1,200'];
const TEXT = ['café, naïve, Zoë — “quotes” and ’apostrophes’', 'emoji 😂🙄❤️👍🏽 and 中文 and עברית', 'line one\nline two'];
const HOSTILE = [...FORMULAS, ...DATA, ...TEXT];
// Ids as platforms give them: 19 digits (more than a double holds), leading zeros, a small number.
const IDS = HOSTILE.map((_, i) => (i === 0 ? '1787000000000000001' : i === 1 ? '0042' : i === 2 ? '4' : String(1000 + i)));

function parse(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;
}

describe('comments.csv is the input as it came, defused', () => {
  let dir: string;
  let written: string[][];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-faithful-'));
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'export.jsonl'), HOSTILE.map((text, i) => JSON.stringify({ id: IDS[i], title: 'Spreadsheet test', date: '2024-05-06', text })).join('\n'));
    await cliInProcess(['in', '--out', 'out', '-q', '-j', '1'], { cwd: dir });
    written = parse(path.join(dir, 'out', 'comments.csv'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every id and every text as the input had it, and prefixes only what a spreadsheet would run', () => {
    const columns = written[0] as string[];
    const rows = written.slice(1);
    expect(rows.map((r) => r[columns.indexOf('comment_id')])).toEqual(IDS);
    expect(rows.map((r) => r[columns.indexOf('comment')])).toEqual(HOSTILE.map((t) => (FORMULAS.includes(t) ? `'${t}` : t)));
  });
});

describe.skipIf(!SOFFICE)('comments.csv opened in a real spreadsheet (LibreOffice Calc)', () => {
  let dir: string;
  let readBack: string[][];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-calc-'));
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'export.jsonl'), HOSTILE.map((text, i) => JSON.stringify({ id: IDS[i], title: 'Spreadsheet test', date: '2024-05-06', text })).join('\n'));
    await cliInProcess(['in', '--out', 'out', '-q', '-j', '1'], { cwd: dir });
    // Import the way a user opening a UTF-8 CSV would, and save it straight back out as CSV.
    await run(SOFFICE as string, [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false',
      '--outdir', path.join(dir, 'calc'),
      path.join(dir, 'out', 'comments.csv'),
    ], { timeout: 120_000 });
    readBack = parse(path.join(dir, 'calc', 'comments.csv'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('evaluates no formula: each reads back as the text that was written', () => {
    const comments = readBack.slice(1).map((row) => row[6]);
    for (const formula of FORMULAS) expect(comments).toContain(`'${formula}`);
  });

  it('keeps accents, emoji and other scripts intact', () => {
    const comments = readBack.slice(1).map((row) => row[6]);
    for (const text of TEXT.slice(0, 2)) expect(comments).toContain(text);
  });
});

describe.skipIf(!SOFFICE)('comments.xlsx opened in a real spreadsheet (LibreOffice Calc)', () => {
  let dir: string;
  let readBack: string[][];
  let first: Buffer;
  let second: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-xlsx-'));
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'export.jsonl'), HOSTILE.map((text, i) => JSON.stringify({ id: IDS[i], title: 'Spreadsheet test', created_utc: 1714550400 + i * 3600, text })).join('\n'));
    for (const out of ['out', 'again']) await cliInProcess(['in', '--out', out, '-q', '-j', '1', '--xlsx'], { cwd: dir });
    first = readFileSync(path.join(dir, 'out', 'comments.xlsx'));
    second = readFileSync(path.join(dir, 'again', 'comments.xlsx'));
    await run(SOFFICE as string, [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false',
      '--outdir', path.join(dir, 'calc'),
      path.join(dir, 'out', 'comments.xlsx'),
    ], { timeout: 120_000 });
    readBack = parse(path.join(dir, 'calc', 'comments.csv'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every id and every text exactly, with no prefix and no formula run', () => {
    const columns = readBack[0] as string[];
    const rows = readBack.slice(1);
    expect(rows.map((r) => r[columns.indexOf('comment_id')])).toEqual(IDS);
    expect(rows.map((r) => r[columns.indexOf('comment')])).toEqual(HOSTILE);
  });

  it('shows numbers as numbers and dates as dates', () => {
    const columns = readBack[0] as string[];
    const row = readBack[1] as string[];
    expect(row[columns.indexOf('comment_index')]).toBe('1');
    expect(row[columns.indexOf('comment_date')]).toBe('2024-05-01 08:00:00');
    expect(Number(row[columns.indexOf('confidence')])).toBeGreaterThan(0);
  });

  it('is the same bytes for the same input', () => {
    expect(first.equals(second)).toBe(true);
  });
});
