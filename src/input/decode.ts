import { requireCommonJs } from '../cjs.js';

const iconv: typeof import('iconv-lite') = requireCommonJs('iconv-lite');

// Bytes to text. Scraped files arrive in whatever encoding their source used, so this
// detects the common ones instead of assuming UTF-8.

export class InputError extends Error {}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: normalizeLineEnds(new TextDecoder('utf-8').decode(bytes.subarray(3))), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: normalizeLineEnds(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: normalizeLineEnds(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16be' };
  }
  // Text never holds NUL; without a UTF-16 byte-order mark it means a binary file.
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
  try {
    return { text: normalizeLineEnds(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the usual culprit is a Windows or Latin-1 export.
    // Node 20's TextDecoder reads 'windows-1252' as Latin-1 (0x93 stays U+0093), so iconv-lite does it.
    return { text: normalizeLineEnds(iconv.decode(Buffer.from(bytes), 'windows-1252')), encoding: 'windows-1252' };
  }
}
