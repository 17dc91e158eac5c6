import { STANCES } from '../types.js';
import type { EvaluationReport, StanceEvaluation } from './evaluate.js';
import type { ReliabilityBin, StanceMetrics } from './metrics.js';

const f3 = (x: number): string => x.toFixed(3);

export function stanceBlock(title: string, m: StanceMetrics): string[] {
  const lines = [`${title}: accuracy ${f3(m.accuracy)}, macro-F1 ${f3(m.macroF1)} (n = ${m.n})`];
  lines.push('  class        precision  recall  f1     support');
  for (const s of STANCES) {
    const c = m.perClass[s];
    lines.push(`  ${s.padEnd(12)} ${f3(c.precision).padStart(9)}  ${f3(c.recall).padStart(6)}  ${f3(c.f1)}  ${String(c.support).padStart(7)}`);
  }
  lines.push('  confusion (rows gold, columns predicted):');
  lines.push(`  ${''.padEnd(12)}${STANCES.map((s) => s.padStart(12)).join('')}`);
  for (const g of STANCES) lines.push(`  ${g.padEnd(12)}${STANCES.map((p) => String(m.confusion[g][p]).padStart(12)).join('')}`);
  return lines;
}

/** The reliability table: in each confidence bin, how often the stance shown was right. */
function reliabilityBlock(stance: { calibrationError: number; reliability: ReliabilityBin[] }): string[] {
  return [
    `  expected calibration error: ${f3(stance.calibrationError)}`,
    '  confidence    comments  mean confidence  accuracy',
    ...stance.reliability.map((b) => `  ${`${b.from.toFixed(1)}-${b.to.toFixed(1)}`.padEnd(12)}  ${String(b.count).padStart(8)}  ${f3(b.meanConfidence).padStart(15)}  ${f3(b.accuracy).padStart(8)}`),
  ];
}

function quoteShort(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > 100 ? `${flat.slice(0, 99)}…` : flat);
}

/** The evaluation as text for a terminal. */
export function formatEvaluation(report: EvaluationReport): string {
  const e = report.extraction;
  const lines = [
    `Extraction: precision ${f3(e.precision)}, recall ${f3(e.recall)}, F1 ${f3(e.f1)} ` +
      `(${e.matched} matched of ${e.predicted} extracted and ${e.gold} gold); not_comments extracted: ${e.notCommentsExtracted}`,
    '',
    ...stanceBlock('Stance on matched comments', report.stance),
    ...reliabilityBlock(report.stance),
    '',
    ...stanceBlock('AFINN baseline on the same comments', report.afinn),
    '',
    'Per article:',
  ];
  for (const a of report.articles) {
    const flag = a.missed.length || a.wrong.length || a.notComments.length || a.error ? '!' : ' ';
    lines.push(`${flag} ${a.file}: ${a.matched}/${a.gold} found, ${a.predicted} extracted${a.error ? ` — error: ${a.error}` : ''}`);
    for (const t of a.missed) lines.push(`    missed: ${quoteShort(t)}`);
    for (const t of a.wrong) lines.push(`    wrong:  ${quoteShort(t)}`);
    for (const t of a.notComments) lines.push(`    not a comment: ${quoteShort(t)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A stance-only evaluation (`eval --labels`) as text. */
export function formatStanceEvaluation(report: StanceEvaluation): string {
  return `${[
    ...stanceBlock('Stance', report.stance),
    ...reliabilityBlock(report.stance),
    '',
    ...stanceBlock('AFINN baseline on the same comments', report.afinn),
  ].join('\n')}\n`;
}
