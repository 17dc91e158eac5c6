import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContextExample } from '../src/classify/context-model.js';
import { CONTEXT_FEATURES, contextFeatures, fitTemperature, trainContextWeights } from '../src/classify/context-model.js';
import { classifyStance, getDefaultModel, peerMeans, readFraming } from '../src/classify/index.js';
import { analyzeArticle } from '../src/pipeline/article.js';
import { bestThreshold } from '../src/pipeline/stance-training.js';
import { articleFromText, cliInProcess, ROOT } from './helpers.js';


describe('reading how narration frames the comments', () => {
  it('finds which side a sentence leans to, and a turn against the run before', () => {
    expect(readFraming('Fans slammed the club and mocked its statement.')).toMatchObject({ skeptical: 2, supportive: 0, contrast: false });
    expect(readFraming('But not everyone was upset, and some rushed to her defence.')).toMatchObject({ supportive: 1, contrast: true });
    expect(readFraming('Supporters reacted on Twitter.').skeptical + readFraming('Supporters reacted on Twitter.').supportive).toBe(0);
  });

  it('does not count a framing word that is negated, but counts "not impressed" as skeptical', () => {
    expect(readFraming('Viewers were not angry at the mix-up.').skeptical).toBe(0);
    expect(readFraming('Viewers were not impressed.')).toMatchObject({ skeptical: 1, supportive: 0 });
  });
});

describe('the context stage', () => {
  it('learns from framed examples that framing predicts the stance, and never lets framing push the other way', () => {
    // The text is unsure (one third each); the narration before each comment says which way it leans.
    const even = [1 / 3, 1 / 3, 1 / 3];
    const examples: ContextExample[] = [];
    for (let i = 0; i < 40; i++) {
      const side = i % 2 === 0 ? 'skeptical' : 'supportive';
      const local = readFraming(side === 'skeptical' ? 'Fans slammed it:' : 'Fans praised it:');
      examples.push({ features: contextFeatures(even, { local }), label: side === 'skeptical' ? 0 : 1, weight: 1 });
    }
    const weights = trainContextWeights(examples);
    const local = CONTEXT_FEATURES.indexOf('local');
    expect(weights.weights[local]).toBeGreaterThan(1);
    expect(weights.weights.every((w) => w >= 0)).toBe(true);
  });

  it('moves an unsure comment toward the stance its narration announces, and names the framing when it decided', () => {
    const text = 'Well that was something.';
    const model = getDefaultModel();
    const outraged = classifyStance(text, { model, context: { local: readFraming('Even after the apology, users were still outraged, responding:') } });
    const praising = classifyStance(text, { model, context: { local: readFraming('Fans rushed to praise her, writing:') } });
    expect(outraged.probabilities.skeptical).toBeGreaterThan(praising.probabilities.skeptical);
    expect(praising.probabilities.supportive).toBeGreaterThan(outraged.probabilities.supportive);
    // Alone, the text leans skeptical: praise in the narration is what makes it supportive.
    expect(classifyStance(text, { model }).stance).toBe('skeptical');
    expect(praising.stance).toBe('supportive');
    expect(praising.cues[0]).toMatch(/^framing: 'praise'/);
  });

  it("reads an article's comments in their framing, end to end", () => {
    const article = articleFromText(
      'Fans Slam Club Over Ticket Prices\n\nSupporters were furious after the club set away tickets at £70.\n\n"Well that was something," wrote one fan.',
    );
    const [comment] = analyzeArticle(article).comments;
    if (comment?.stance.stance === null) throw new Error('an English comment must have a stance');
    const bare = classifyStance('Well that was something', { model: getDefaultModel(), source: 'article' });
    expect(comment?.stance.probabilities.skeptical).toBeGreaterThan(bare.probabilities.skeptical);
  });
});

describe('an article’s other comments', () => {
  it('give each comment the mean of the others’ probabilities, and none to a comment alone', () => {
    const means = peerMeans([[0.6, 0.3, 0.1], [0.2, 0.7, 0.1], [0.1, 0.1, 0.8]]);
    expect(Array.from(means[0] ?? []).map((x) => Math.round(x * 1000) / 1000)).toEqual([0.15, 0.4, 0.45]);
    expect(Array.from(means[2] ?? []).map((x) => Math.round(x * 1000) / 1000)).toEqual([0.4, 0.5, 0.1]);
    expect(peerMeans([[0.5, 0.3, 0.2]])).toEqual([undefined]);
  });
});

describe('the neutral threshold', () => {
  it('is where held-out macro-F1 is best: above the neutral comments\' doubt, below the sure ones', () => {
    // skeptical, supportive, neutral: neutral comments lean skeptical at 0.45-0.55, the others are sure.
    const p = (a: number, b: number, c: number) => Float64Array.from([a, b, c]);
    const probabilities = [p(0.8, 0.1, 0.1), p(0.72, 0.18, 0.1), p(0.1, 0.75, 0.15), p(0.55, 0.15, 0.3), p(0.45, 0.2, 0.35), p(0.5, 0.3, 0.2)];
    const labels = ['skeptical', 'skeptical', 'supportive', 'neutral', 'neutral', 'neutral'] as const;
    expect(bestThreshold(probabilities, labels)).toBe(0.56);
  });
});

describe('train with a gold file and its articles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-context-'));
    mkdirSync(path.join(dir, 'set', 'articles'), { recursive: true });
    const gold = [];
    for (let i = 0; i < 10; i++) {
      const skeptical = i % 2 === 0;
      const comment = skeptical ? `Absolute joke, number ${i}` : `Lovely idea, number ${i}`;
      writeFileSync(
        path.join(dir, 'set', 'articles', `a${i}.txt`),
        `Town ${skeptical ? 'Residents Slam' : 'Residents Praise'} Plan ${i}\n\nThe council voted on Tuesday.\n\nResidents ${skeptical ? 'were furious' : 'were delighted'}, writing:\n\n"${comment}"`,
      );
      gold.push({ file: `a${i}.txt`, comments: [{ text: comment, attribution: '', stance: skeptical ? 'skeptical' : 'supportive' }], not_comments: [] });
    }
    writeFileSync(path.join(dir, 'set', 'gold.json'), JSON.stringify(gold));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trains the context stage from the articles beside the gold file', async () => {
    const { stderr } = await cliInProcess(['train', '--data', path.join('set', 'gold.json'), '--out', 'model.json'], { cwd: dir });
    expect(stderr).toContain('context stage on 10 comments');
    const model = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
    expect(model.context.features).toEqual([...CONTEXT_FEATURES]);
  });
});

describe('the context stage’s temperature', () => {
  // Right 90% of the time at 0.6 is underconfident; right a third of the time at 0.9, overconfident.
  const predictions = (confidence: number, rightEvery: number) => {
    const p = Array.from({ length: 60 }, () => Float64Array.from([confidence, (1 - confidence) / 2, (1 - confidence) / 2]));
    const labels = p.map((_, i) => (i % rightEvery === 0 ? 0 : 1 + (i % 2)));
    return { p, labels };
  };

  it('sharpens underconfident probabilities and softens overconfident ones', () => {
    const under = predictions(0.6, 1);
    expect(fitTemperature(under.p, under.labels)).toBeLessThan(1);
    const over = predictions(0.9, 3);
    expect(fitTemperature(over.p, over.labels)).toBeGreaterThan(1);
  });

  it('changes the confidence shown, never the stance', () => {
    const model = getDefaultModel();
    const context = { local: readFraming('Fans rushed to praise her, writing:') };
    const hot = { ...model, context: { ...(model.context as NonNullable<typeof model.context>), temperature: 2 } };
    for (const text of ['Well that was something.', 'What a disgrace', 'Love this so much']) {
      const a = classifyStance(text, { model, context });
      const b = classifyStance(text, { model: hot, context });
      expect(b.stance).toBe(a.stance);
      if (a.stance !== 'neutral' || b.stance !== 'neutral') expect(b.confidence).not.toBe(a.confidence);
    }
  });
});

describe('framing phrases', () => {
  it('count the people quoted defending someone, not the subject defending itself', () => {
    expect(readFraming('President Trump defended his remarks on Tuesday').supportive).toBe(0);
    expect(readFraming('Fans rushed to defend her after the show').supportive).toBe(1);
    expect(readFraming('Stars are coming to Jemele Hill’s defense').supportive).toBe(1);
  });

  it('are named as a cue only when they lean the way the stance went', () => {
    const model = getDefaultModel();
    const context = { local: readFraming('Comments ranged from the comical to the outraged.'), article: readFraming('Fans praised her, hailed her and cheered her on.') };
    const result = classifyStance('Well that was something.', { model, context });
    expect(result.stance).toBe('supportive');
    expect(result.cues.filter((c) => c.startsWith('framing:'))).not.toContain("framing: 'outraged'");
  });
});

