// Measures the shipped training recipe without testing on what it trained on: k-fold
// cross-validation over the comments quoted in articles (gold files), with every exported
// dataset in each fold's training. Usage: tsx scripts/cross-validate.ts <labelled files...>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyStance, DEFAULT_MODEL_FILE } from '../src/classify/index.js';
import { metricsFileFor } from '../src/classify/metrics-file.js';
import type { LabelledComment } from '../src/classify/labelled.js';
import { parseLabelled } from '../src/classify/labelled.js';
import { trainModel, weightExamples } from '../src/classify/train.js';
import { evaluateStance } from '../src/eval/evaluate.js';
import { formatStanceEvaluation } from '../src/eval/format.js';

const FOLDS = 5;
const files = process.argv.slice(2);
const missing = files.filter((f) => !existsSync(f));
if (files.length === 0 || missing.length > 0) {
  process.stderr.write(`cross-validate: ${files.length === 0 ? 'name the labelled files' : `missing: ${missing.join(', ')} (is ../shared beside the project?)`}\n`);
  process.exit(2);
}
const loaded = files.map((f) => parseLabelled(f, readFileSync(f, 'utf8')).comments);
const inGenre = loaded.flat().filter((c) => c.source === 'article');
const others = loaded.filter((comments) => comments[0]?.source !== 'article');
const results = new Array<ReturnType<typeof classifyStance>>(inGenre.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const training: LabelledComment[] = inGenre.filter((_, i) => i % FOLDS !== fold);
  const model = trainModel([...others.flatMap((c) => weightExamples(c)), ...weightExamples(training)]);
  inGenre.forEach((c, i) => {
    if (i % FOLDS === fold) results[i] = classifyStance(c.text, { model, source: 'article' });
  });
}
const report = evaluateStance(inGenre.map((c) => c.label), results);
process.stdout.write(`${FOLDS}-fold cross-validation on ${inGenre.length} comments quoted in articles:\n`);
process.stdout.write(formatStanceEvaluation(report));
// Beside the shipped model, for summary.md's "How to read this" to quote.
const metrics = {
  description: `${FOLDS}-fold cross-validation on comments quoted in news articles, not used to train each fold`,
  macroF1: Math.round(report.stance.macroF1 * 1000) / 1000,
  accuracy: Math.round(report.stance.accuracy * 1000) / 1000,
  comments: inGenre.length,
};
const target = metricsFileFor(fileURLToPath(DEFAULT_MODEL_FILE));
writeFileSync(target, `${JSON.stringify(metrics, null, 2)}\n`);
process.stdout.write(`Wrote ${target}\n`);
