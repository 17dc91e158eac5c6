import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, FIXTURES, ROOT } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

// One file for each kind of hostile input (test/fixtures/hostile), plus links made here because
// git cannot be trusted to keep them: a loop, a link to the parent, a dangling link.
const EXPECTED_STATUS: Record<string, RegExp> = {
  'bad-lines.jsonl': /^ok: 3 row\(s\) skipped: line 2: not valid JSON; line 5: not a JSON object; line 6: no text$/,
  'binary.txt': /^error: binary file \(contains NUL bytes\)$/,
  'cr-only.txt': /^ok$/,
  'crlf.txt': /^ok$/,
  'dangling.txt': /^error: cannot read: a link to a file that does not exist$/,
  'empty.txt': /^no-comments$/,
  'injection.txt': /^ok$/,
  'million-char-comment.txt': /^ok$/,
  'no-line-breaks.txt': /^ok$/,
  'no-text-column.csv': /^error: no text column/,
  'odd name ‘quotes’ & spaces.txt': /^ok$/,
  'oversize.txt': /^error: skipped: 1\.53 MB is over the 1\.50 MB limit \(--max-file-size\)$/,
  'ragged.csv': /^ok: \d row\(s\) skipped: row 3: Too few fields/,
  'utf16be.txt': /^ok$/,
  'utf16le.txt': /^ok$/,
  'utf8-bom.txt': /^ok$/,
  'whitespace-only.txt': /^no-comments$/,
  'windows-1252.txt': /^ok: not valid UTF-8; decoded as windows-1252$/,
};

describe('hostile input, end to end', () => {
  let dir: string;
  let result: { code: number; stderr: string };
  let articles: Array<Record<string, string>>;
  let comments: Array<Record<string, string>>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-hostile-'));
    const input = path.join(dir, 'in');
    cpSync(path.join(FIXTURES, 'hostile'), input, { recursive: true });
    symlinkSync('.', path.join(input, 'loop'));
    mkdirSync(path.join(input, 'sub'));
    symlinkSync('..', path.join(input, 'sub', 'up'));
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(input, 'dangling.txt'));
    // Earlier reports inside the input folder: they must not be read as comment exports.
    mkdirSync(path.join(input, 'reports'));
    writeFileSync(path.join(input, 'reports', 'comments.csv'), 'text\nold report row\n');
    result = await cliInProcess(['in', '--out', 'in/reports', '--max-file-size', '1.5'], { cwd: dir });
    const read = (name: string) => Papa.parse<Record<string, string>>(readFileSync(path.join(input, 'reports', name), 'utf8'), { header: true, skipEmptyLines: true }).data;
    articles = read('articles.csv');
    comments = read('comments.csv');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 because some inputs failed, and still writes the reports', () => {
    expect(result.code).toBe(1);
    expect(articles.length).toBeGreaterThan(0);
  });

  it('gives every file the status it should have, and reads each file once', () => {
    const statuses = Object.fromEntries(articles.map((a) => [a.source_file, a.status]));
    expect(Object.keys(statuses).sort()).toEqual(Object.keys(EXPECTED_STATUS).sort());
    for (const [file, pattern] of Object.entries(EXPECTED_STATUS)) expect(statuses[file], file).toMatch(pattern);
  });

  it('names each failed file and its reason on stderr, one line each', () => {
    for (const a of articles.filter((x) => x.status?.startsWith('error'))) {
      expect(result.stderr.split('\n').filter((l) => l.startsWith(`reaction-analyzer: ${a.source_file}: `))).toHaveLength(1);
    }
  });

  it('reads every encoding to the same comments', () => {
    const texts = (file: string) => comments.filter((c) => c.source_file === file).map((c) => c.comment);
    const expected = ['This is a disgrace', 'Fair enough, the roads need fixing'];
    for (const file of ['utf8-bom.txt', 'utf16le.txt', 'utf16be.txt', 'crlf.txt', 'cr-only.txt']) expect(texts(file), file).toEqual(expected);
    expect(texts('windows-1252.txt')).toEqual(['This is a disgrâce', 'Fair enough, the roads need fixing']);
  });

  it('keeps a million-character comment whole and finds every comment in an article without line breaks', () => {
    expect(comments.find((c) => c.source_file === 'million-char-comment.txt')?.comment?.length ?? 0).toBeGreaterThan(1_000_000);
    expect(comments.filter((c) => c.source_file === 'no-line-breaks.txt')).toHaveLength(1500);
  });

  it('lets nothing in a comment execute: no formula, control character or direction override survives', () => {
    const injected = comments.filter((c) => c.source_file === 'injection.txt');
    expect(injected).toHaveLength(7);
    for (const c of injected) {
      expect(c.comment).not.toMatch(/^[=+\-@\t\r]/);
      expect(c.comment).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(injected[0]?.comment).toBe("'=HYPERLINK('http://evil.example';'click') I am not paying");
    const summary = readFileSync(path.join(dir, 'in', 'reports', 'summary.md'), 'utf8');
    expect(summary).not.toContain('<script>');
    expect(summary).not.toMatch(/[\u202a-\u202e\u0007]/);
  });

  it('leaves no temporary files and does not modify any input', () => {
    expect(readdirSync(path.join(dir, 'in', 'reports')).sort()).toEqual(['articles.csv', 'comments.csv', 'summary.md']);
    for (const name of readdirSync(path.join(FIXTURES, 'hostile'))) {
      // Buffer.equals: toEqual compares a megabyte's bytes one by one, in seconds.
      expect(readFileSync(path.join(dir, 'in', name)).equals(readFileSync(path.join(FIXTURES, 'hostile', name))), name).toBe(true);
    }
  });
});

describe('an interrupted run', () => {
  // The signal is sent once the run's temporary reports exist, from a run far longer than the
  // wait (50,000 comments on one thread), so it always lands mid-run.
  it.each(['SIGINT', 'SIGTERM'] as const)('on %s exits 130 and leaves the previous reports as they were', async (signal) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reaction-interrupt-'));
    try {
      mkdirSync(path.join(dir, 'in'));
      const rows = Array.from({ length: 50_000 }, (_, i) => JSON.stringify({ id: i, text: `Comment ${i}: what a scam, nobody believes this` }));
      writeFileSync(path.join(dir, 'in', 'export.jsonl'), rows.join('\n'));
      mkdirSync(path.join(dir, 'out'));
      const previous = { 'comments.csv': 'old comments\n', 'articles.csv': 'old articles\n', 'summary.md': '# old summary\n' };
      for (const [name, content] of Object.entries(previous)) writeFileSync(path.join(dir, 'out', name), content);

      const child = execFile(process.execPath, [CLI, 'in', '-o', 'out', '-q', '-j', '1'], { cwd: dir });
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const writing = () => readdirSync(path.join(dir, 'out')).some((name) => name.endsWith('.tmp'));
      while (!writing()) await new Promise((resolve) => setTimeout(resolve, 5));
      child.kill(signal);

      expect(await exit).toBe(130);
      expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['articles.csv', 'comments.csv', 'summary.md']);
      for (const [name, content] of Object.entries(previous)) expect(readFileSync(path.join(dir, 'out', name), 'utf8')).toBe(content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
