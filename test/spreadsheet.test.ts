import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'dist', 'cli.js');

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

// Comments that a spreadsheet would run, convert or mangle if the CSV let it.
const HOSTILE = [
  '=HYPERLINK("http://evil.example";"click") cheap',
  '+SUM(1;2)',
  '-2 stars',
  '@SUM(1+1)',
  '00123',
  '1e5',
  '2024-01-02',
  '3/4',
  '12:30',
  'TRUE',
  '45%',
  '$1,200',
  'café, naïve, Zoë — “quotes” and ’apostrophes’',
  'emoji 😂🙄❤️👍🏽 and 中文 and עברית',
  'line one\nline two',
];

describe.skipIf(!SOFFICE)('comments.csv opened in a real spreadsheet (LibreOffice Calc)', () => {
  let dir: string;
  let written: string[][];
  let readBack: string[][];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-calc-'));
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'export.jsonl'), HOSTILE.map((text, i) => JSON.stringify({ id: String(1000 + i), title: 'Spreadsheet test', date: '2024-05-06', text })).join('\n'));
    await run(process.execPath, [CLI, 'in', '--out', 'out', '-q', '-j', '1'], { cwd: dir });
    // Import the way a user opening a UTF-8 CSV would, and save it straight back out as CSV.
    await run(SOFFICE as string, [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false',
      '--outdir', path.join(dir, 'calc'),
      path.join(dir, 'out', 'comments.csv'),
    ], { timeout: 120_000 });
    const parse = (file: string) => Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;
    written = parse(path.join(dir, 'out', 'comments.csv'));
    readBack = parse(path.join(dir, 'calc', 'comments.csv'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every text cell back as the text that was written, and every number as the same number', () => {
    expect(readBack.length).toBe(HOSTILE.length + 1);
    const numeric = new Set(['comment_index', 'confidence', 'sentiment']);
    const columns = written[0] as string[];
    written.forEach((row, r) => {
      row.forEach((cell, c) => {
        const back = readBack[r]?.[c];
        if (r > 0 && numeric.has(columns[c] as string)) expect(Number(back), `${columns[c]} row ${r}`).toBe(Number(cell));
        else expect(back, `${columns[c]} row ${r}`).toBe(cell);
      });
    });
  });

  it('evaluates no formula and turns no comment into a number or date', () => {
    const comments = readBack.slice(1).map((row) => row[6]);
    expect(comments).toContain("'=HYPERLINK(\"http://evil.example\";\"click\") cheap");
    expect(comments).toContain("'00123");
    expect(comments).toContain("'1e5");
    expect(comments).toContain("'2024-01-02");
  });

  it('keeps accents, emoji and other scripts intact', () => {
    const comments = readBack.slice(1).map((row) => row[6]);
    expect(comments).toContain('café, naïve, Zoë — “quotes” and ’apostrophes’');
    expect(comments).toContain('emoji 😂🙄❤️👍🏽 and 中文 and עברית');
  });
});
