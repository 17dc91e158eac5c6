// npm run language-rates: how many comments of each labelled set (all English) the language test
// leaves without a stance, which languages it names, and what it costs. Reads ../shared.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage, modelReads } from '../src/classify/language.js';

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'datasets');
const SETS = ['semeval2016_task6/train.jsonl', 'rumoureval2019/train.jsonl', 'rumoureval2019/dev.jsonl', 'arc_nyt_comments/train.jsonl'];

for (const set of SETS) {
  const file = path.join(SHARED, set);
  if (!existsSync(file)) {
    process.stdout.write(`${set}: not found (../shared is absent)\n`);
    continue;
  }
  const texts = readFileSync(file, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
  const started = performance.now();
  const languages = texts.map(detectLanguage);
  const micros = ((performance.now() - started) * 1000) / texts.length;
  const unread = languages.filter((l) => !modelReads(l));
  const byLanguage = new Map<string, number>();
  for (const l of unread) byLanguage.set(l, (byLanguage.get(l) ?? 0) + 1);
  const named = [...byLanguage].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ');
  process.stdout.write(`${set}: ${unread.length} of ${texts.length} without a stance (${named || 'none'}); ${micros.toFixed(1)} µs a comment\n`);
}
