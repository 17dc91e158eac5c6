// Hashes of texts, to find repeated comments without keeping their texts: a run over a million
// comments keeps 8 bytes for each, not the comment. Two 32-bit FNV-style hashes of the UTF-16
// code units with different primes make 64 bits: two different texts share them with odds of
// about 1 in 10^19 per pair, so a million comments in one group lose one to a false repeat about
// once in 40,000 runs.

/** The two 32-bit halves of a text's hash, written at `at` and `at + 1`. */
export function textHashInto(text: string, out: Uint32Array, at: number): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  out[at] = a >>> 0;
  out[at + 1] = b >>> 0;
}

/**
 * A set of 64-bit hashes in one typed array, open addressing with linear probing: no object per
 * entry, which a Set of numbers made (a boxed number each, and a quarter of the run thread's time
 * on a large export went to looking them up).
 */
export class HashSet64 {
  private slots = new Uint32Array(2 * 1024);
  private size = 0;
  /** Whether the all-zero hash, which marks an empty slot, has been added. */
  private zero = false;

  /** Adds a hash; whether it was not there before. */
  add(hi: number, lo: number): boolean {
    if (hi === 0 && lo === 0) {
      const added = !this.zero;
      this.zero = true;
      return added;
    }
    if ((this.size + 1) * 2 > this.slots.length / 2) this.grow();
    return this.insert(this.slots, hi, lo);
  }

  private insert(slots: Uint32Array, hi: number, lo: number): boolean {
    const mask = slots.length / 2 - 1;
    for (let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      const h = slots[2 * i] as number;
      const l = slots[2 * i + 1] as number;
      if (h === 0 && l === 0) {
        slots[2 * i] = hi;
        slots[2 * i + 1] = lo;
        if (slots === this.slots) this.size++;
        return true;
      }
      if (h === hi && l === lo) return false;
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== 0 || old[i + 1] !== 0) this.insert(slots, old[i] as number, old[i + 1] as number);
    }
    this.slots = slots;
  }
}
