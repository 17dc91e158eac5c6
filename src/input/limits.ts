import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from './decode.js';
import type { InputFile } from './discover.js';

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : `${bytes} bytes`;
}

function oversizeReason(size: number, maxFileSize: number): string | undefined {
  return size > maxFileSize ? `skipped: ${formatBytes(size)} is over the ${formatBytes(maxFileSize)} limit (--max-file-size)` : undefined;
}

/** Why a file is too large to read, or undefined when it is not. */
export async function oversize(file: InputFile, maxFileSize: number): Promise<string | undefined> {
  return oversizeReason((await stat(file.path)).size, maxFileSize);
}

/**
 * A whole file's bytes, or why it is too large to read, from one open file. Synchronous: a
 * thread reading one small article after another would spend more on handing each step of an
 * asynchronous read to the I/O pool than on the read (a third of its time, measured on 2,000
 * articles).
 */
export function readBounded(file: InputFile, maxFileSize: number): { bytes: Buffer } | { tooLarge: string } {
  const fd = openSync(file.path, 'r');
  try {
    const { size } = fstatSync(fd);
    const tooLarge = oversizeReason(size, maxFileSize);
    if (tooLarge) return { tooLarge };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be read, for the reports; an error that is not about reading is thrown again. */
export function readErrorReason(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return code === 'ENOENT' ? 'no such file' : `cannot read: ${code}`;
  throw error;
}
