import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StanceModel } from './classify/index.js';
import { InputError, parseArticle } from './input/article.js';
import { decodeBytes } from './input/decode.js';
import type { InputFile } from './input/discover.js';
import { inputFormat } from './input/discover.js';
import type { ExportOptions } from './input/exports.js';
import { parseExport } from './input/exports.js';
import { analyzeArticle, analyzeExport, failedAnalysis } from './pipeline.js';
import type { ArticleAnalysis } from './types.js';

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

/**
 * Reads one whole file and analyzes it: an article gives one analysis, an export one per group.
 * A file that cannot be read, decoded or parsed becomes an error entry.
 */
export async function analyzeFile(
  file: InputFile,
  model?: StanceModel,
  exportOptions?: ExportOptions,
  maxFileSize = DEFAULT_MAX_FILE_SIZE,
): Promise<ArticleAnalysis[]> {
  try {
    const tooLarge = await oversize(file, maxFileSize);
    if (tooLarge) return [failedAnalysis(file.sourceFile, tooLarge)];
    const bytes = await readFile(file.path);
    if (typeof file.format === 'object') {
      return analyzeExport(file.sourceFile, parseExport(file.format.export, decodeBytes(bytes).text, exportOptions), model);
    }
    return [analyzeArticle(parseArticle(file.sourceFile, bytes, file.format), model)];
  } catch (error) {
    return [readFailure(file.sourceFile, error)];
  }
}

/** An InputFile for a path named relative to a folder (as gold files name their articles). */
export function inputFileIn(folder: string, relative: string): InputFile {
  return { path: path.join(folder, relative), sourceFile: relative, format: inputFormat(relative) ?? 'text' };
}
