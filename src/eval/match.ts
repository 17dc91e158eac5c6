// Matching predicted comments to gold ones the way the eval specification says: texts normalized
// (NFKC, quote marks and apostrophes unified, case and punctuation ignored), token-level F1 >= 0.8,
// each gold comment matched at most once.

export const MATCH_THRESHOLD = 0.8;

export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const normalized = normalizeForMatch(text);
  return normalized ? normalized.split(' ') : [];
}

export function tokenF1(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / b.length;
  const recall = overlap / a.length;
  return (2 * precision * recall) / (precision + recall);
}

/** One-to-one pairs [predictedIndex, goldIndex], best-scoring pairs first. */
export function matchTexts(predicted: string[], gold: string[], threshold = MATCH_THRESHOLD): Array<[number, number]> {
  const p = predicted.map(tokens);
  const g = gold.map(tokens);
  const scored: Array<{ i: number; j: number; f1: number }> = [];
  p.forEach((pt, i) => g.forEach((gt, j) => {
    const f1 = tokenF1(gt, pt);
    if (f1 >= threshold) scored.push({ i, j, f1 });
  }));
  scored.sort((x, y) => y.f1 - x.f1 || x.i - y.i || x.j - y.j);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of scored) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}
