// Makes a context examples file (src/classify/context-examples.ts) from gold files whose articles
// lie beside them: what the context stage reads of each comment, as numbers, and its label. For
// pages whose text may not be shipped (real pages, annotated outside the repository); each gold
// argument is one batch (several gold files joined by "+" make one). The text model is the shipped one, which must never have seen the pages.
// Usage: tsx scripts/context-examples.ts --out models/context-examples.json <gold files...>
import { writeFileSync } from 'node:fs';
import { CONTEXT_EXAMPLES_FORMAT, textModelFingerprint } from '../src/classify/context-examples.js';
import type { ContextExamplesFile } from '../src/classify/context-examples.js';
import { CONTEXT_FEATURES } from '../src/classify/context-model.js';
import { getDefaultModel } from '../src/classify/index.js';
import { readFramedGold } from '../src/pipeline/labelled-files.js';
import { contextExampleRows } from '../src/pipeline/stance-training.js';

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : undefined;
const golds = args.filter((_, i) => i !== at && i !== at + 1);
if (!out || golds.length === 0) {
  process.stderr.write('usage: tsx scripts/context-examples.ts --out <file> <gold files...>\n');
  process.exit(2);
}
const model = getDefaultModel();
const rows = golds.flatMap((batch, b) =>
  batch.split('+').flatMap((file) => {
    const framed = readFramedGold(file);
    if (!framed) throw new Error(`${file}: not a gold file with its articles beside it`);
    return contextExampleRows(framed, model, `batch ${b + 1}`);
  }),
);
const data: ContextExamplesFile = {
  format: CONTEXT_EXAMPLES_FORMAT,
  version: 1,
  description: `${rows.length} comments of ${golds.length} batches of real web pages of the genre, annotated outside the repository (their text is third-party and not kept here)`,
  features: [...CONTEXT_FEATURES],
  textModel: textModelFingerprint(model),
  rows,
};
writeFileSync(out, `${JSON.stringify({ ...data, rows: [] }, null, 2).replace('"rows": []', `"rows": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`)}\n`);
process.stdout.write(`Wrote ${out}: ${rows.length} rows\n`);
