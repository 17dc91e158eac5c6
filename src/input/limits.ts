import { stat } from 'node:fs/promises';
import { failedAnalysis } from '../results.js';
import type { ArticleAnalysis } from '../types.js';
import { InputError } from './decode.js';
import type { InputFile } from './discover.js';

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : `${bytes} bytes`;
}

/** Why a file is too large to read, or undefined when it is not. */
export async function oversize(file: InputFile, maxFileSize: number): Promise<string | undefined> {
  const { size } = await stat(file.path);
  return size > maxFileSize ? `skipped: ${formatBytes(size)} is over the ${formatBytes(maxFileSize)} limit (--max-file-size)` : undefined;
}

/** The failure a read error means for the reports. */
export function readFailure(sourceFile: string, error: unknown): ArticleAnalysis {
  if (error instanceof InputError) return failedAnalysis(sourceFile, error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return failedAnalysis(sourceFile, code === 'ENOENT' ? 'no such file' : `cannot read: ${code}`);
  throw error;
}
