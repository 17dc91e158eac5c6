import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPORT_FILES } from '../src/report/index.js';
import { ROOT } from './helpers.js';

const run = promisify(execFile);

describe('the committed sample reports', () => {
  it('match what npm start writes today (run `npm start` and commit reports/ when this fails)', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'reaction-sample-'));
    try {
      await run(process.execPath, [path.join(ROOT, 'dist', 'cli', 'main.js'), 'analyze', 'data/articles', '--out', out, '-q'], { cwd: ROOT });
      for (const name of REPORT_FILES) expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(readFileSync(path.join(ROOT, 'reports', name), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the README', () => {
  it('shows report lines that npm start writes today', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const reports = ['comments.csv', 'articles.csv'].map((name) => readFileSync(path.join(ROOT, 'reports', name), 'utf8').split('\r\n'));
    for (const line of blocks.flatMap((b) => b.trim().split('\n'))) expect(reports.some((lines) => lines.includes(line)), line.slice(0, 80)).toBe(true);
  });
});
