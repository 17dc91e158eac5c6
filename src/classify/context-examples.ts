import { createHash } from 'node:crypto';
import type { Stance } from '../types.js';
import { STANCES } from '../types.js';
import { CONTEXT_FEATURES } from './context-model.js';
import type { StanceModel } from './model.js';

// Examples for the context stage kept as numbers: what the stage reads of each comment (the text
// model's log-probabilities, the framing's lean, the peers') and its label, without the comment or
// its article. They carry what real pages teach about framing (most comments of a roundup take
// the side its narration names) into training, from pages whose text cannot be shipped. A row's
// text feature comes from one text model: `textModel` names it, and the rows are made again when
// that model changes (scripts/context-examples.ts).

export const CONTEXT_EXAMPLES_FORMAT = 'reaction-analyzer/context-examples';

export interface ContextExampleRow {
  /** The batch of pages the comment came from: folds and figures keep a batch together. */
  group: string;
  label: Stance;
  /** contextFeatures() of the comment: a row of CONTEXT_FEATURES per class, in class order. */
  features: number[];
}

export interface ContextExamplesFile {
  format: typeof CONTEXT_EXAMPLES_FORMAT;
  version: 1;
  description: string;
  features: string[];
  /** textModelFingerprint() of the text model whose probabilities the rows hold. */
  textModel: string;
  rows: ContextExampleRow[];
}

export class ContextExamplesFormatError extends Error {}

export function validateContextExamples(data: unknown, source: string): ContextExamplesFile {
  const f = data as Partial<ContextExamplesFile>;
  if (f?.format !== CONTEXT_EXAMPLES_FORMAT) throw new ContextExamplesFormatError(`${source}: not a context examples file (format "${String(f?.format)}")`);
  if (!Array.isArray(f.features) || f.features.join() !== CONTEXT_FEATURES.join()) {
    throw new ContextExamplesFormatError(`${source}: made for other context features (${String(f.features)}): make it again`);
  }
  const width = CONTEXT_FEATURES.length * STANCES.length;
  (f.rows ?? []).forEach((r, i) => {
    if (typeof r?.group !== 'string' || !STANCES.includes(r.label) || !Array.isArray(r.features) || r.features.length !== width || !r.features.every(Number.isFinite)) {
      throw new ContextExamplesFormatError(`${source}: row ${i + 1} needs a group, a label and ${width} numbers`);
    }
  });
  if (!Array.isArray(f.rows) || f.rows.length === 0 || typeof f.textModel !== 'string') throw new ContextExamplesFormatError(`${source}: needs rows and the text model they came from`);
  return f as ContextExamplesFile;
}

/** A short fingerprint of a model's text weights: the context stage and the thresholds are not part of it. */
export function textModelFingerprint(model: StanceModel): string {
  const hash = createHash('sha256');
  for (const id of Object.keys(model.weights).sort()) hash.update(`${id}:${(model.weights[id] ?? []).map((w) => Math.round(w * 1e4)).join(',')}\n`);
  return hash.digest('hex').slice(0, 16);
}
