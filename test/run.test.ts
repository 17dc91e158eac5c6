import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.js';

// A run hands articles to threads a few at a time and gets their comments back packed; what a
// user gets must be what analyzing each file on its own gives, in input order.

describe('a run over many files', () => {
  let dir: string;
  const sources = [path.join(FIXTURES, 'dev', 'articles'), path.join(FIXTURES, 'own', 'articles')];

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-run-'));
    mkdirSync(path.join(dir, 'in'));
    for (const source of sources) for (const name of readdirSync(source)) copyFileSync(path.join(source, name), path.join(dir, 'in', `${path.basename(source) === 'own' ? 'o' : 'd'}${name}`));
    // Between the articles: a file that cannot be analyzed and an export, which a run reads differently.
    copyFileSync(path.join(FIXTURES, 'hostile', 'binary.txt'), path.join(dir, 'in', 'd20_binary.txt'));
    writeFileSync(path.join(dir, 'in', 'd30_thread.jsonl'), ['Total scam', 'So happy for them', 'When does it open?'].map((text, i) => JSON.stringify({ id: `t${i}`, title: 'Thread', text })).join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each file what analyzing it alone gives, in input order, whatever the number of threads', async () => {
    const { analyzeFile, analyzeInputs } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    const { discoverInputs } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'input', 'discover.js')).href)) as typeof import('../src/input/discover.js');
    const { files } = await discoverInputs([path.join(dir, 'in')]);
    expect(files.length).toBeGreaterThan(40);
    const alone = [];
    for (const file of files) alone.push(...(await analyzeFile(file)));
    // The comparison covers what packing must keep: split quotes, errors, exports.
    expect(alone.some((a) => a.comments.some((c) => c.parts.length > 1))).toBe(true);
    expect(alone.some((a) => a.status === 'error')).toBe(true);
    expect(alone.some((a) => a.comments.some((c) => c.layout === 'export-row'))).toBe(true);
    for (const jobs of [1, 2]) {
      const run = await analyzeInputs({ inputs: [path.join(dir, 'in')], jobs });
      expect(run.articles, `jobs ${jobs}`).toEqual(alone);
    }
  });
});

describe('a batch of articles', () => {
  it('fails only the file that goes wrong, naming it, and analyzes the others', async () => {
    const { analyzeFiles, inputFileIn } = await import('../src/pipeline/article-file.js');
    const seeds = path.join(ROOT, 'data', 'articles');
    const files = ['004_02730e8839d3b705.txt', '000_3956458fce522b6d.txt'].map((name) => inputFileIn(seeds, name));
    // A model that cannot score: classifying any comment throws, which no article causes by itself.
    const broken = {} as import('../src/classify/index.js').StanceModel;
    const { analyses } = await analyzeFiles(files, broken);
    expect(analyses.map((a) => [a.sourceFile, a.status])).toEqual([
      ['004_02730e8839d3b705.txt', 'error'],
      ['000_3956458fce522b6d.txt', 'no-comments'],
    ]);
    expect(analyses[0]?.detail).toMatch(/^could not be analyzed: /);
  });
});
