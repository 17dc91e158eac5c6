// A 53-bit hash of a text, to find repeated comments without keeping their texts: a run over a
// million comments keeps a number for each, not the comment. Two FNV-1a hashes of the UTF-16
// code units with different offsets, one giving the high 32 bits and the other the low 21. Two
// different texts share one with odds of about 1 in 10^16 per pair; a million comments in one
// group, about 1 in 20,000 runs, would then lose one comment as a duplicate.

export function textHash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}
