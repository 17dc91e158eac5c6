import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyStance, loadModel } from '../src/classify/index.js';
import { LabelledFormatError, parseLabelled } from '../src/classify/labelled.js';
import { ModelFormatError, serializeModel, validateModel } from '../src/classify/model.js';
import { ARTICLE_SOURCE_WEIGHT, trainModel, weightExamples } from '../src/classify/train.js';
import { CONTEXT_FEATURES } from '../src/classify/context-model.js';
import type { ContextExampleRow } from '../src/classify/context-examples.js';
import { CONTEXT_EXAMPLES_FORMAT, ContextExamplesFormatError, textModelFingerprint, validateContextExamples } from '../src/classify/context-examples.js';
import { trainTwoStageModel } from '../src/pipeline/stance-training.js';
import { cliInProcess, ROOT } from './helpers.js';


// A small labelled set written for these tests: the words decide the stance.
const LABELLED = [
  ['Total scam, I do not believe a word of it', 'skeptical'],
  ['This is a scam and a lie', 'skeptical'],
  ['Lies, all lies, what a scam', 'skeptical'],
  ['What a lovely gesture, well done', 'supportive'],
  ['Lovely news, so happy for them', 'supportive'],
  ['Well done, lovely to see', 'supportive'],
  ['What time does the shop open tomorrow?', 'neutral'],
  ['Which day does the shop open?', 'neutral'],
  ['Does the shop open on Sundays?', 'neutral'],
] as const;

describe('labelled comment files', () => {
  it('reads JSONL, CSV, JSON arrays and gold files, and reports unusable rows', () => {
    const jsonl = parseLabelled('a.jsonl', '{"text":"good","label":"supportive"}\nnot json\n{"text":"x","label":"angry"}\n');
    expect(jsonl.comments).toEqual([{ text: 'good', label: 'supportive', source: 'article' }]);
    expect(jsonl.problems).toEqual(['a.jsonl line 2: not valid JSON', 'a.jsonl line 3: label "angry" is not skeptical, supportive or neutral']);
    expect(parseLabelled('b.csv', 'text,label\n"a, b",neutral\n').comments).toEqual([{ text: 'a, b', label: 'neutral', source: 'article' }]);
    const gold = parseLabelled('gold.json', JSON.stringify([{ file: 'x.txt', comments: [{ text: 'hi', stance: 'neutral' }], not_comments: [] }]));
    expect(gold.comments).toEqual([{ text: 'hi', label: 'neutral', source: 'article' }]);
  });

  it('reads a row that answers a claim as a reply, or as an essay when it is long, as an export row would be read', () => {
    const essay = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
    const rows = [
      { text: 'no way this is true', label: 'skeptical', context: 'The mayor resigned' },
      { text: essay, label: 'supportive', context: 'We need more parks' },
      { text: essay, label: 'neutral' },
      { text: 'sure', label: 'neutral', claim: 'x' },
      { text: 'god is great #blessed', label: 'skeptical', context: 'Target: Atheism' },
    ];
    const parsed = parseLabelled('r.jsonl', rows.map((r) => JSON.stringify(r)).join('\n'), undefined, ['context']);
    expect(parsed.comments.map((c) => c.source)).toEqual(['export', 'essay', 'article', 'article', 'target']);
    expect(parseLabelled('r.jsonl', JSON.stringify(rows[3]), undefined, ['context', 'claim']).comments[0]?.source).toBe('export');
  });

  it('refuses a CSV without text and label columns, naming the file', () => {
    expect(() => parseLabelled('c.csv', 'body,stance_x\nhi,neutral\n')).toThrow(LabelledFormatError);
    expect(() => parseLabelled('c.csv', 'body\nhi\n')).toThrow(/c\.csv: a labelled CSV needs "text" and "label"/);
  });
});

describe('training', () => {
  const examples = weightExamples(LABELLED.map(([text, label]) => ({ text, label, source: 'export' as const })));

  it('is deterministic: the same examples give the same model file, byte for byte', () => {
    expect(serializeModel(trainModel(examples))).toBe(serializeModel(trainModel(examples)));
  });

  it('learns essays in their own weights and leaves every other weight as it was', () => {
    const essay = (words: string): string => `${words} ${Array.from({ length: 40 }, (_, i) => `filler${i % 7}`).join(' ')}`;
    const essays = weightExamples([
      { text: essay('I agree entirely, this is the right call'), label: 'supportive', source: 'essay' },
      { text: essay('I disagree, this proposal is wrong and naive'), label: 'skeptical', source: 'essay' },
      { text: essay('It depends on the budget and on who runs it'), label: 'neutral', source: 'essay' },
    ]);
    const without = trainModel(examples).weights;
    const withEssays = trainModel([...examples, ...essays]).weights;
    const own = Object.keys(withEssays).filter((id) => id.startsWith('essay|'));
    expect(own.length).toBeGreaterThan(0);
    const others = Object.fromEntries(Object.entries(withEssays).filter(([id]) => !id.startsWith('essay|')));
    expect(others).toEqual(without);
  });

  it('teaches a post about a target its own weights and those of replies, which read it too', () => {
    const targeted = weightExamples(LABELLED.map(([text, label]) => ({ text, label, source: 'target' as const })));
    const ids = Object.keys(trainModel(targeted).weights);
    expect(ids.some((id) => id.startsWith('target|'))).toBe(true);
    expect(ids.some((id) => id.startsWith('export|'))).toBe(true);
    const model = trainModel(targeted, { thresholds: { article: 0.34, export: 0.34, target: 0.34 } });
    for (const [text, label] of LABELLED) expect(classifyStance(text, { model, source: 'target' }).stance).toBe(label);
  });

  it('learns the training comments', () => {
    const model = trainModel(examples, { thresholds: { article: 0.34, export: 0.34 } });
    for (const [text, label] of LABELLED) expect(classifyStance(text, { model, source: 'export' }).stance).toBe(label);
  });

  it('keeps weights and words only, never the comments', () => {
    const file = serializeModel(trainModel(examples));
    for (const [text] of LABELLED) expect(file).not.toContain(text);
  });

  it('balances classes within a file and counts comments from articles more', () => {
    const weighted = weightExamples([
      { text: 'a', label: 'neutral', source: 'export' },
      { text: 'b', label: 'neutral', source: 'export' },
      { text: 'c', label: 'skeptical', source: 'export' },
    ]);
    expect(weighted.map((e) => e.weight)).toEqual([0.75, 0.75, 1.5]);
    expect(weightExamples([{ text: 'a', label: 'neutral', source: 'article' }])[0]?.weight).toBe(ARTICLE_SOURCE_WEIGHT);
  });

  it('rejects a file that is not a stance model', () => {
    expect(() => validateModel({ format: 'other' }, 'm.json')).toThrow(ModelFormatError);
  });
});

describe('context examples kept as numbers', () => {
  // Comments whose text says nothing (the same probability for each class) and whose narration
  // names their stance: the context stage must learn to follow the narration.
  const narration = CONTEXT_FEATURES.indexOf('narration');
  const rows: ContextExampleRow[] = Array.from({ length: 30 }, (_, i) => {
    const label = i % 3 === 1 ? 'supportive' : 'skeptical';
    const features = new Array<number>(CONTEXT_FEATURES.length * 3).fill(0);
    for (let c = 0; c < 3; c++) features[c * CONTEXT_FEATURES.length] = Math.log(1 / 3);
    features[(label === 'skeptical' ? 0 : 1) * CONTEXT_FEATURES.length + narration] = 0.8;
    return { group: `batch ${i % 2}`, label, features };
  });

  it('teach the context stage what the narration is worth', () => {
    const examples = weightExamples(LABELLED.map(([text, label]) => ({ text, label, source: 'export' as const })));
    const model = trainTwoStageModel([examples], [], { name: 'x', trainedOn: [] }, rows);
    expect(model.context?.weights[narration]).toBeGreaterThan(1);
  });

  it('are refused, with the file named, when a row has the wrong number of features', () => {
    const file = { format: CONTEXT_EXAMPLES_FORMAT, version: 1, description: '', features: [...CONTEXT_FEATURES], textModel: 'x', rows: [{ ...rows[0], features: [1, 2] }] };
    expect(() => validateContextExamples(file, 'ex.json')).toThrow(ContextExamplesFormatError);
    expect(() => validateContextExamples(file, 'ex.json')).toThrow(/ex\.json: row 1 needs a group, a label and 18 numbers/);
    expect(validateContextExamples({ ...file, rows }, 'ex.json').rows).toHaveLength(30);
  });
});

describe('the shipped model', () => {
  // What this checks: the shipped file records exactly the sources `npm run train` lists, in order,
  // has both stages, and holds weights only (no example text). Retraining takes ../shared and
  // half a minute; `npm run train` then `git diff models/` shows whether the file is current.
  it('records the sources `npm run train` lists, has the context stage, and names no third-party text', () => {
    const model = loadModel(path.join(ROOT, 'models', 'stance.json'));
    const script = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.train ?? '';
    const sources = script.slice(script.indexOf('--data') + 6).trim().split(/\s+/);
    expect(model.trainedOn.map((t) => t.source)).toEqual(sources);
    expect(model.context?.features).toEqual([...CONTEXT_FEATURES]);
    expect(Object.keys(model.weights).length).toBeGreaterThan(1000);
    expect(JSON.stringify(model)).not.toMatch(/"text"\s*:/);
  });

  it('was taught context examples made with its own text model, and they hold no text', () => {
    const raw = readFileSync(path.join(ROOT, 'models', 'context-examples.json'), 'utf8');
    const examples = validateContextExamples(JSON.parse(raw), 'context-examples.json');
    expect(examples.textModel).toBe(textModelFingerprint(loadModel(path.join(ROOT, 'models', 'stance.json'))));
    expect(raw).not.toMatch(/"text"\s*:/);
  });
});

describe('train, analyze --model and eval --labels from the command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-train-'));
    writeFileSync(path.join(dir, 'labels.jsonl'), LABELLED.map(([text, label]) => JSON.stringify({ text, label })).join('\n'));
    writeFileSync(path.join(dir, 'story.txt'), 'Shop Opens New Branch\n\nThe shop opened.\n\n"What a scam," wrote one user.\n\n"Lovely news," said another.');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trains a model file that analyze and eval then use', async () => {
    expect((await cliInProcess(['train', '--data', 'labels.jsonl', '--out', 'model.json', '-q'], { cwd: dir })).code).toBe(0);
    const model = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
    expect(model.trainedOn).toEqual([{ source: 'labels.jsonl', examples: 9, weight: 10 }]);

    expect((await cliInProcess(['story.txt', '--model', 'model.json', '-o', 'out', '-q'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'summary.md'), 'utf8')).toContain('Stance classifier: `model`');

    const { stdout } = await cliInProcess(['eval', '--labels', 'labels.jsonl', '--model', 'model.json', '--json'], { cwd: dir });
    const report = JSON.parse(stdout);
    expect(report.stance.n).toBe(9);
    expect(report.afinn.n).toBe(9);
    expect(report.stance.calibrationError).toBeGreaterThanOrEqual(0);
    expect(report.stance.reliability.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(9);
    const text = (await cliInProcess(['eval', '--labels', 'labels.jsonl', '--model', 'model.json'], { cwd: dir })).stdout;
    expect(text).toMatch(/expected calibration error: \d\.\d{3}\n  confidence +comments +mean confidence +accuracy\n  \d\.\d-\d\.\d/);

    writeFileSync(path.join(dir, 'mixed.jsonl'), '{"text":"a scam","label":"skeptical","platform":"x"}\n{"text":"lovely","label":"supportive","platform":"y"}\n');
    const only = JSON.parse((await cliInProcess(['eval', '--labels', 'mixed.jsonl', '--where', 'platform=x', '--json'], { cwd: dir })).stdout);
    expect(only.stance.n).toBe(1);
  });

  it('exits 2 naming a model file it cannot use', async () => {
    writeFileSync(path.join(dir, 'bad-model.json'), '{"format":"nope"}');
    expect(await cliInProcess(['story.txt', '--model', 'bad-model.json', '-o', 'x'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('bad-model.json: cannot use as a stance model'),
    });
  });
});
