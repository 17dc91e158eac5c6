// Strings packed as UTF-8 into one byte array, for passing many of them between threads: the
// array moves without a copy and makes no garbage on the side that receives it, which takes out
// only the strings it needs. Handing over thousands of strings one by one made most of the
// run thread's garbage on a large export.

export interface PackedStrings {
  bytes: Uint8Array;
  /** Where each string's bytes end; string i starts where string i - 1 ends. */
  ends: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function packStrings(strings: readonly string[]): PackedStrings {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => {
    end += utf8Length(s);
    ends[i] = end;
  });
  // TextEncoder gives an array of its own: one from Buffer's shared pool must never be transferred.
  return { bytes: encoder.encode(strings.join('')), ends };
}

/** Packed strings one after another, as if packed at once. */
export function concatPacked(parts: readonly PackedStrings[]): PackedStrings {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.bytes.length, 0));
  const ends = new Uint32Array(parts.reduce((n, p) => n + p.ends.length, 0));
  let base = 0;
  let k = 0;
  for (const p of parts) {
    bytes.set(p.bytes, base);
    for (const end of p.ends) ends[k++] = end + base;
    base += p.bytes.length;
  }
  return { bytes, ends };
}

/** Where string i starts in the bytes. */
export function packedStart(packed: PackedStrings, i: number): number {
  return i === 0 ? 0 : (packed.ends[i - 1] as number);
}

/** String i, as a string of its own (not a slice that would keep the whole batch alive). */
export function unpackString(packed: PackedStrings, i: number): string {
  return decoder.decode(packed.bytes.subarray(packedStart(packed, i), packed.ends[i]));
}

/** The memory a transfer should move rather than copy. */
export function packedBuffers(packed: PackedStrings): ArrayBuffer[] {
  return [packed.bytes.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer];
}
