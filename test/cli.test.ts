import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, ROOT } from './helpers.js';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the CLI, end to end', () => {
  let dir: string;
  // The command in this process, its paths made absolute (a test of the process itself starts one: below).
  const at = (p: string) => path.join(dir, p);
  const inProcess = (args: string[]) => cliInProcess(args.map((a) => (/^(?:articles|out|a|b|c|excel|quiet|never|no-such-folder|none|only-bad|bad-out)(?:\/|$)/.test(a) ? at(a) : a)));
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-analyzer-'));
    cpSync(path.join(ROOT, 'data', 'articles'), path.join(dir, 'articles'), { recursive: true });
    writeFileSync(path.join(dir, 'articles', 'notes.pdf'), 'not an article');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('analyzes a folder, writes the three reports and exits 0', async () => {
    const result = await inProcess(['analyze', 'articles', '--out', 'out']);
    expect(result.code).toBe(0);
    for (const name of ['comments.csv', 'articles.csv', 'summary.md']) expect(existsSync(path.join(dir, 'out', name))).toBe(true);
    const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'out', 'comments.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(6);
    expect(rows[0]?.source_file).toBe('004_02730e8839d3b705.txt');
    expect(result.stderr).toContain('1 other file(s) skipped');
  });

  it('gives byte-identical reports for the same input, whatever --jobs is', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Story ${i % 7}`, text: i % 3 ? `What a scam ${i} 🙄` : `Lovely news ${i}, thank you` }));
    writeFileSync(path.join(dir, 'articles', 'export.jsonl'), `${lines.join('\n')}\n`);
    await inProcess(['articles', '-o', 'a', '-q', '--jobs', '1']);
    await inProcess(['articles', '-o', 'b', '-q', '--jobs', '2']);
    await inProcess(['articles', '-o', 'c', '-q', '--jobs', '3']);
    for (const name of ['comments.csv', 'articles.csv', 'summary.md']) {
      expect(readFileSync(path.join(dir, 'b', name), 'utf8'), name).toBe(readFileSync(path.join(dir, 'a', name), 'utf8'));
      expect(readFileSync(path.join(dir, 'c', name), 'utf8'), name).toBe(readFileSync(path.join(dir, 'a', name), 'utf8'));
    }
    rmSync(path.join(dir, 'articles', 'export.jsonl'));
  });

  it('--excel starts the CSV files with a UTF-8 byte-order mark; --json adds comments.jsonl and summary.json', async () => {
    await inProcess(['articles', '-o', 'excel', '-q', '--excel', '--json']);
    for (const name of ['comments.csv', 'articles.csv']) expect([...readFileSync(path.join(dir, 'excel', name)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const jsonl = readFileSync(path.join(dir, 'excel', 'comments.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl).toHaveLength(6);
    expect(jsonl[0]).toMatchObject({ source_file: '004_02730e8839d3b705.txt', comment_index: 1, stance: expect.stringMatching(/skeptical|supportive|neutral/) });
    const summary = JSON.parse(readFileSync(path.join(dir, 'excel', 'summary.json'), 'utf8'));
    expect(summary.comments).toBe(6);
    expect(summary.articles).toHaveLength(2);
  });

  it('keeps a named file’s path as given in source_file', async () => {
    await cli(['articles/000_3956458fce522b6d.txt', '-o', 'single', '-q'], dir);
    const csv = readFileSync(path.join(dir, 'single', 'articles.csv'), 'utf8');
    expect(csv).toContain('articles/000_3956458fce522b6d.txt,,2021-12-09,0,');
    expect(csv).toContain('no-comments');
  });

  it('prints nothing with --quiet', async () => {
    const result = await inProcess(['articles', '-o', 'quiet', '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown flag without writing anything', async () => {
    const result = await inProcess(['articles', '-o', 'never', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown argument: bogus/);
    expect(existsSync(path.join(dir, 'never'))).toBe(false);
  });

  it('exits 2 on a --jobs that is not a whole number of threads, naming the option', async () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const result = await inProcess(['articles', '-o', 'never', '--jobs', jobs]);
      expect(result.code, jobs).toBe(2);
      expect(result.stderr, jobs).toContain('--jobs must be a whole number of at least 1');
    }
    expect(existsSync(path.join(dir, 'never'))).toBe(false);
  });

  it('exits 2 when no article is found, naming the input', async () => {
    const result = await inProcess(['no-such-folder', '-o', 'none']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-folder');
  });

  it('exits 1 and still writes reports naming the files when every file found fails', async () => {
    mkdirSync(path.join(dir, 'only-bad'), { recursive: true });
    writeFileSync(path.join(dir, 'only-bad', 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const result = await inProcess(['only-bad', '-o', 'bad-out', '-q']);
    expect(result.code).toBe(1);
    expect(readFileSync(path.join(dir, 'bad-out', 'articles.csv'), 'utf8')).toContain('binary.txt,,,0,0,0,0,,,,,error: binary file');
  });

  it('runs when started through a symlink, as npm installs a bin', async () => {
    const link = path.join(dir, 'reaction-analyzer');
    symlinkSync(CLI, link);
    const { stdout } = await run(process.execPath, [link, '--version'], { cwd: dir });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('shows help with examples, and the version', async () => {
    const help = await cli(['--help'], dir);
    expect(help.stdout).toContain('Examples:');
    const version = await cli(['--version'], dir);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
