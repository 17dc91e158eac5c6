import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInputs } from '../src/analyze.js';
import { renderReports, REPORT_FILES } from '../src/report/index.js';
import { ROOT } from './helpers.js';

describe('the committed sample reports', () => {
  it('match what npm start writes today (run `npm start` and commit reports/ when this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const run = await analyzeInputs({ inputs: ['data/articles'], exclude: ['reports'] });
      const rendered = renderReports(run);
      for (const name of REPORT_FILES) expect(rendered[name], name).toBe(readFileSync(path.join(ROOT, 'reports', name), 'utf8'));
    } finally {
      process.chdir(cwd);
    }
  });
});
