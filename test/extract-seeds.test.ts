import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchTexts } from '../src/eval/match.js';
import { extractComments } from '../src/extract/index.js';
import type { GoldEntry } from './helpers.js';
import { articleFromFile, FIXTURES, ROOT } from './helpers.js';

const gold = JSON.parse(readFileSync(path.join(FIXTURES, 'seeds-gold.json'), 'utf8')) as GoldEntry[];

describe('extraction on the bundled seed articles', () => {
  for (const entry of gold) {
    const comments = extractComments(articleFromFile(path.join(ROOT, 'data', 'articles', entry.file)));

    it(`${entry.file}: finds exactly the gold comments, in order, with their full text`, () => {
      expect(comments.map((c) => c.text)).toEqual(entry.comments.map((c) => c.text));
    });

    it(`${entry.file}: keeps a split quote's pieces as one comment`, () => {
      entry.comments.forEach((g, i) => expect(comments[i]?.parts).toEqual(g.parts ?? [g.text]));
    });

    it(`${entry.file}: extracts none of the quoted text that is not a reader comment`, () => {
      expect(matchTexts(comments.map((c) => c.text), entry.not_comments)).toEqual([]);
    });
  }

  it('keeps the attribution a reader is given', () => {
    const comments = extractComments(articleFromFile(path.join(ROOT, 'data', 'articles', '004_02730e8839d3b705.txt')));
    expect(comments.map((c) => c.attribution)).toEqual([
      'wrote one user', 'another commented', 'another wrote', 'said another', 'suggested another fan', 'Another fan wrote',
    ]);
  });
});
