import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyStance } from '../src/classify/index.js';
import type { GoldEntry } from './helpers.js';
import { FIXTURES } from './helpers.js';

const seedComments = (JSON.parse(readFileSync(path.join(FIXTURES, 'seeds-gold.json'), 'utf8')) as GoldEntry[]).flatMap((e) => e.comments);

describe('stance, not sentiment', () => {
  it('gets every bundled seed comment right', () => {
    expect(seedComments.map((c) => classifyStance(c.text).stance)).toEqual(seedComments.map((c) => c.stance));
  });

  it('reads sympathy in sad words, and blame aimed at the media, as support', () => {
    const result = classifyStance("It's sad, the media doesn't care who they hurt");
    expect(result.sentiment).toBeLessThan(0);
    expect(result.stance).toBe('supportive');
  });

  it('reads sarcasm in positive words as skepticism', () => {
    const result = classifyStance('Oh great, another flawless recall');
    expect(result.sentiment).toBeGreaterThan(0);
    expect(result.stance).toBe('skeptical');
  });

  it('lets negation flip a cue', () => {
    expect(classifyStance('I doubt him.').stance).toBe('skeptical');
    expect(classifyStance("I don't doubt him for a second.").stance).toBe('supportive');
  });

  it('reads a question asking for information as neutral', () => {
    expect(classifyStance('Does anyone know when the new timetable starts?').stance).toBe('neutral');
  });
});

describe('AFINN', () => {
  it('reports the plain AFINN score, untouched by the slang the model adds', async () => {
    const { afinnScore, afinnScores } = await import('../src/classify/sentiment.js');
    const plain = afinnScore('that is cap 🙄');
    for (const text of ['that is cap 🙄', 'not cap, W move 🙏', 'this is sus and not a scam', 'i do not love this']) {
      expect(afinnScores(text).plain).toBe(afinnScore(text));
    }
    expect(afinnScores('that is cap 🙄').extended).toBeLessThan(plain);
    expect(afinnScore('that is cap 🙄')).toBe(plain);
    expect(classifyStance('that is cap 🙄').sentiment).toBe(plain);
  });
});

describe('the result a user reads', () => {
  it('gives a probability for the chosen stance and probabilities that sum to one', () => {
    const result = classifyStance('Funny how the apology only came after the backlash 🙄');
    const sum = result.probabilities.skeptical + result.probabilities.supportive + result.probabilities.neutral;
    expect(sum).toBeCloseTo(1, 6);
    expect(result.confidence).toBeCloseTo(result.probabilities[result.stance], 3);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('explains itself in at most three plain-word cues, never raw feature ids', () => {
    for (const text of ['Funny how the apology only came after the backlash 🙄 lol... yeah right', 'Sending love, stay strong', 'What time does it open?']) {
      const result = classifyStance(text);
      expect(result.cues.length).toBeGreaterThan(0);
      expect(result.cues.length).toBeLessThanOrEqual(3);
      for (const cue of result.cues) expect(cue).not.toMatch(/^(?:cue|w|shape|afinn|len|article|export)[:|]|>|\|/);
    }
    expect(classifyStance('Funny how the apology only came after the backlash 🙄').cues.some((c) => c.startsWith('doubt: '))).toBe(true);
  });

  it('is deterministic', () => {
    const text = 'Leave her alone, she owned it straight away.';
    expect(classifyStance(text)).toEqual(classifyStance(text));
  });
});
