import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationReport } from '../src/eval/evaluate.js';
import { matchTexts, normalizeForMatch, tokenF1, tokens } from '../src/eval/match.js';
import { expectedCalibrationError, reliabilityBins, stanceMetrics } from '../src/eval/metrics.js';
import { cliInProcess, FIXTURES, ROOT } from './helpers.js';


describe('matching predicted comments to gold', () => {
  it('normalizes Unicode, quote marks, case and punctuation', () => {
    expect(normalizeForMatch('“Don’t ＳＴＯＰ,” she… said!')).toBe(normalizeForMatch('"Dont stop" she said'));
  });

  it('matches on token F1 >= 0.8, one to one', () => {
    expect(tokenF1(tokens('a b c d e'), tokens('a b c d'))).toBeCloseTo(8 / 9, 6);
    const pairs = matchTexts(['the same comment here', 'the same comment here', 'unrelated'], ['The same comment, here!']);
    expect(pairs).toEqual([[0, 0]]);
    expect(matchTexts(['one two three four five six'], ['one two three'])).toEqual([]);
  });
});

describe('stance metrics', () => {
  it('computes accuracy, per-class figures, macro-F1 and the confusion matrix', () => {
    const m = stanceMetrics(['skeptical', 'skeptical', 'supportive', 'neutral'], ['skeptical', 'neutral', 'supportive', 'neutral']);
    expect(m.accuracy).toBe(0.75);
    expect(m.confusion.skeptical.neutral).toBe(1);
    expect(m.perClass.skeptical).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(m.perClass.neutral.precision).toBe(0.5);
    expect(m.macroF1).toBeCloseTo((2 / 3 + 1 + 2 / 3) / 3, 6);
  });

  it('averages macro-F1 over the classes that occur', () => {
    expect(stanceMetrics(['skeptical', 'supportive'], ['skeptical', 'supportive']).macroF1).toBe(1);
  });

  it('measures calibration: zero when confidence equals accuracy', () => {
    expect(expectedCalibrationError([0.75, 0.75, 0.75, 0.75], [true, true, true, false])).toBeCloseTo(0, 9);
    expect(expectedCalibrationError([1, 1], [false, false])).toBeCloseTo(1, 9);
  });

  it('lays confidence against accuracy bin by bin, the table the calibration error is read from', () => {
    const bins = reliabilityBins([0.95, 0.95, 0.55, 0.55], [true, false, true, true]);
    expect(bins.map((b) => [b.from, b.count, b.accuracy])).toEqual([[0.5, 2, 1], [0.9, 2, 0.5]]);
    expect(bins[0]?.meanConfidence).toBeCloseTo(0.55, 9);
    expect(expectedCalibrationError([0.95, 0.95, 0.55, 0.55], [true, false, true, true])).toBeCloseTo(0.45, 9);
  });
});

describe('reaction-analyzer eval', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-eval-'));
    mkdirSync(path.join(dir, 'articles'));
    writeFileSync(
      path.join(dir, 'articles', 'a.txt'),
      'Club Signs New Striker\n\nThe club confirmed the deal.\n\n"Brilliant signing, welcome!" wrote one fan.\n\n' +
        '"Does anyone know his shirt number?" asked another.\n\n"We are delighted," the club said.',
    );
    writeFileSync(
      path.join(dir, 'gold.json'),
      JSON.stringify([
        {
          file: 'a.txt',
          comments: [
            { text: 'Brilliant signing, welcome!', attribution: 'wrote one fan', stance: 'supportive' },
            { text: 'Does anyone know his shirt number?', attribution: 'asked another', stance: 'neutral' },
            { text: 'A comment the article does not have', attribution: '', stance: 'skeptical' },
          ],
          not_comments: ['We are delighted'],
        },
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints extraction, stance and AFINN figures, and what each article missed', async () => {
    const { stdout } = await cliInProcess(['eval', '--gold', path.join(dir, 'gold.json')]);
    expect(stdout).toMatch(/Extraction: precision 1\.000, recall 0\.667/);
    expect(stdout).toContain('not_comments extracted: 0');
    expect(stdout).toContain('AFINN baseline on the same comments');
    expect(stdout).toContain('missed: "A comment the article does not have"');
  });

  it('prints the same as one JSON object with --json', async () => {
    const { stdout } = await cliInProcess(['eval', '--gold', path.join(dir, 'gold.json'), '--json']);
    const report = JSON.parse(stdout) as EvaluationReport;
    expect(report.extraction).toMatchObject({ matched: 2, predicted: 2, gold: 3, notCommentsExtracted: 0 });
    expect(report.stance.n).toBe(2);
    expect(report.afinn.n).toBe(2);
    expect(report.articles[0]?.missed).toEqual(['A comment the article does not have']);
  });

  it('exits 2 with a clear message for a gold file it cannot use', async () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"not": "an array"}');
    expect(await cliInProcess(['eval', '--gold', path.join(dir, 'bad.json')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('bad.json: cannot use as a gold file: expected a JSON array'),
    });
  });
});

// dev: the project's development articles; own: articles we wrote in layouts the dev set lacks
// (Markdown and HTML input, numbered lists, "— Name" credits, "@x · 2h" threads, u/ handles).
describe.each(['dev', 'own'])('extraction on the %s articles', (set) => {
  it('meets the targets: precision >= 0.97, recall >= 0.95, no not_comments extracted', async () => {
    const { stdout } = await cliInProcess(['eval', '--gold', path.join(FIXTURES, set, 'gold.json'), '--json']);
    const report = JSON.parse(stdout) as EvaluationReport;
    expect(report.extraction.precision).toBeGreaterThanOrEqual(0.97);
    expect(report.extraction.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.extraction.notCommentsExtracted).toBe(0);
  });
});

// The web-style articles in ../shared (scraped-page layouts): read from there, skipped where absent.
// Their targets (0.97 / 0.95) are not met yet; this holds what has been reached against regressions.
const WEB_GOLD = path.join(ROOT, '..', 'shared', 'eval', 'web', 'gold.json');
describe.skipIf(!existsSync(WEB_GOLD))('extraction on the web-style articles', () => {
  it('holds precision >= 0.90 and recall >= 0.78', async () => {
    const { stdout } = await cliInProcess(['eval', '--gold', WEB_GOLD, '--json']);
    const report = JSON.parse(stdout) as EvaluationReport;
    expect(report.extraction.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.extraction.recall).toBeGreaterThanOrEqual(0.78);
  });
});
