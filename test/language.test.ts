import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/classify/language.js';
import { cliInProcess, ROOT } from './helpers.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Papa from 'papaparse';

// Comments in languages the English stance model cannot read get no stance: never a guess.

const OTHER_LANGUAGES: Array<[string, string]> = [
  ['fra', "Franchement c'est du grand n'importe quoi, personne n'y croit plus."],
  ['spa', 'Qué vergüenza, la empresa miente y todos lo sabemos desde hace años.'],
  ['deu', 'Ich glaube kein Wort davon, die erzählen uns seit Jahren Märchen.'],
  ['ita', 'Che bella notizia, finalmente qualcuno che pensa ai cittadini.'],
  ['por', 'Parabéns pela coragem, vocês merecem todo o nosso apoio sempre.'],
  ['nld', 'Wat een onzin, niemand gelooft nog een woord van wat ze zeggen.'],
  ['tgl', 'Grabe talaga, hindi ako makapaniwala na ginawa nila iyon sa atin.'],
  ['rus', 'Какая чушь, никто в это не поверит никогда.'],
];
const ENGLISH = [
  'This is all so over the top',
  "@user lol no way that's real",
  'Ferguson Missouri, obvs.',
  'Love this, great decision!',
  'When does this start?',
  'Total scam',
  'Absolutely shameful. Resign now #outrage',
];

describe('which language a comment is in', () => {
  it.each(OTHER_LANGUAGES)('tells %s from English', (language, text) => {
    // Russian and Bulgarian share a script and most letters: either says "not English".
    if (language === 'rus') expect(detectLanguage(text)).toMatch(/^(rus|bul|ukr)$/);
    else expect(detectLanguage(text)).toBe(language);
  });

  it.each(ENGLISH)('reads %j as English or too short to tell, never as another language', (text) => {
    expect(['eng', 'und']).toContain(detectLanguage(text));
  });

  const replies = path.join(ROOT, '..', 'shared', 'datasets', 'semeval2016_task6', 'train.jsonl');
  it.skipIf(!existsSync(replies))('leaves fewer than 1% of English tweets without a stance (SemEval-2016 train)', () => {
    const texts = readFileSync(replies, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
    const other = texts.filter((t) => !['eng', 'und'].includes(detectLanguage(t)));
    expect(other.length / texts.length).toBeLessThan(0.01);
  });
});

describe('a comment the model cannot read, end to end', () => {
  it('has no stance, is counted apart in the summary and in no share', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reaction-language-'));
    try {
      const rows = [...OTHER_LANGUAGES.slice(0, 2).map(([, text]) => text), 'What an absolute joke, nobody believes this', 'Thank you so much, this is wonderful news'];
      writeFileSync(path.join(dir, 'mixed.jsonl'), rows.map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n'));
      const { code } = await cliInProcess(['analyze', path.join(dir, 'mixed.jsonl'), '-o', path.join(dir, 'out'), '-q', '-j', '1']);
      expect(code).toBe(0);
      const comments = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'out', 'comments.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
      expect(comments.map((c) => [c.language, c.stance === '', c.confidence === ''])).toEqual([['fra', true, true], ['spa', true, true], ['eng', false, false], ['eng', false, false]]);
      const [article] = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'out', 'articles.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
      expect(article?.comments).toBe('4');
      expect(article?.not_classified).toBe('2');
      expect(Number(article?.skeptical) + Number(article?.supportive) + Number(article?.neutral)).toBe(2);
      const summary = readFileSync(path.join(dir, 'out', 'summary.md'), 'utf8');
      expect(summary).toContain('Not classified: 2 comments in a language the stance model does not read (fra 1, spa 1;');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
