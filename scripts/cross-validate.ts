// Measures the shipped training recipe without testing on what it trained on: folds by article
// over the comments quoted in articles (gold files with their articles beside them), every other
// labelled set in each fold's training. Both stages are measured: the text model alone, and with
// the context stage that reads the article's framing. Writes the figures beside the shipped model
// for summary.md to quote. Usage: tsx scripts/cross-validate.ts <labelled files...>
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MODEL_FILE } from '../src/classify/index.js';
import { metricsFileFor } from '../src/classify/metrics-file.js';
import { evaluateStance } from '../src/eval/evaluate.js';
import { formatStanceEvaluation, stanceBlock } from '../src/eval/format.js';
import { readContextExamples, readFramedGold, readLabelledFile } from '../src/pipeline/labelled-files.js';
import { expectedCalibrationError, stanceMetrics } from '../src/eval/metrics.js';
import { STANCES } from '../src/types.js';
import { crossValidatedPredictions, FOLDS } from '../src/pipeline/stance-training.js';

const argv = process.argv.slice(2);
const at = argv.indexOf('--context-examples');
const examplesFile = at >= 0 ? argv[at + 1] : undefined;
const files = argv.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
const missing = files.filter((f) => !existsSync(f));
if (files.length === 0 || missing.length > 0) {
  process.stderr.write(`cross-validate: ${files.length === 0 ? 'name the labelled files' : `missing: ${missing.join(', ')} (is ../shared beside the project?)`}\n`);
  process.exit(2);
}
const framedByFile = files.map((f) => readFramedGold(f));
const others = files.filter((_, i) => framedByFile[i] === undefined).map((f) => readLabelledFile(f, (p) => process.stderr.write(`${p}\n`)));
const framed = framedByFile.flatMap((f) => f ?? []);
if (framed.length === 0) {
  process.stderr.write('cross-validate: no gold file with its articles beside it among the files\n');
  process.exit(2);
}
const examples = examplesFile ? readContextExamples(examplesFile).rows : [];
const { textOnly, withContext, rows } = crossValidatedPredictions(others, framed, examples);

const sets = [...new Set(framed.map((c) => c.set))];
const figures: Array<{ set: string; comments: number; macroF1: number; accuracy: number; calibrationError: number; textOnlyMacroF1?: number; afinnMacroF1?: number }> = [];
for (const set of sets) {
  const idx = framed.flatMap((c, i) => (c.set === set ? [i] : []));
  const gold = idx.map((i) => framed[i]!.label);
  const plain = evaluateStance(gold, idx.map((i) => textOnly[i]!));
  const framedReport = evaluateStance(gold, idx.map((i) => withContext[i]!));
  process.stdout.write(`\n== ${set}: ${idx.length} comments, ${FOLDS}-fold by article ==\n-- text model alone --\n${formatStanceEvaluation(plain)}-- with the article's framing --\n${formatStanceEvaluation(framedReport)}`);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  figures.push({ set, comments: idx.length, macroF1: r(framedReport.stance.macroF1), accuracy: r(framedReport.stance.accuracy), calibrationError: r(framedReport.stance.calibrationError), textOnlyMacroF1: r(plain.stance.macroF1), afinnMacroF1: r(framedReport.afinn.macroF1) });
}
if (examples.length > 0) {
  // The comments kept as numbers: each batch by a context stage trained without it.
  const gold = examples.map((e) => e.label);
  const predicted = rows.map((p) => STANCES.reduce((a, b) => (p[b] > p[a] ? b : a)));
  const confidence = rows.map((p, i) => p[predicted[i]!]);
  const m = stanceMetrics(gold, predicted);
  const ece = expectedCalibrationError(confidence, predicted.map((s, i) => s === gold[i]));
  const batches = new Set(examples.map((e) => e.group)).size;
  process.stdout.write(`\n== real pages (${examplesFile}): ${examples.length} comments, each of ${batches} batches left out in turn ==\n${stanceBlock('Stance', m).join('\n')}\n  expected calibration error: ${ece.toFixed(3)}\n`);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  figures.push({ set: 'real pages', comments: examples.length, macroF1: r(m.macroF1), accuracy: r(m.accuracy), calibrationError: r(ece) });
}
// summary.md quotes the set most like real pages: the web-style articles when they were used.
const headline = figures.find((f) => f.set === 'web') ?? figures[0]!;
const metrics = {
  description: `${FOLDS}-fold cross-validation by article on comments quoted in ${headline.set === 'web' ? 'web-style' : headline.set} articles; no fold's model saw its articles`,
  macroF1: headline.macroF1,
  accuracy: headline.accuracy,
  comments: headline.comments,
  sets: figures,
};
const target = metricsFileFor(fileURLToPath(DEFAULT_MODEL_FILE));
writeFileSync(target, `${JSON.stringify(metrics, null, 2)}\n`);
process.stdout.write(`\nWrote ${target}\n`);
