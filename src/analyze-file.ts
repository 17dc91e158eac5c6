import path from 'node:path';
import type { StanceModel } from './classify/index.js';
import { parseArticle } from './input/article.js';
import { decodeBytes } from './input/decode.js';
import type { InputFile } from './input/discover.js';
import { inputFormat } from './input/discover.js';
import type { ExportOptions } from './input/exports.js';
import { parseExport } from './input/exports.js';
import { DEFAULT_MAX_FILE_SIZE, readBounded, readFailure } from './input/limits.js';
import { analyzeArticle, analyzeExport } from './pipeline.js';
import { analysisFailure, failedAnalysis } from './results.js';
import type { CompactComments } from './run/compact-comments.js';
import { compactComments } from './run/compact-comments.js';
import type { ArticleAnalysis } from './types.js';

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
    const read = readBounded(file, maxFileSize);
    if ('tooLarge' in read) return [failedAnalysis(file.sourceFile, read.tooLarge)];
    const { bytes } = read;
    if (typeof file.format === 'object') {
      return analyzeExport(file.sourceFile, parseExport(file.sourceFile, file.format.export, decodeBytes(bytes).text, exportOptions), model);
    }
    return [analyzeArticle(parseArticle(file.sourceFile, bytes, file.format), model)];
  } catch (error) {
    return [readFailure(file.sourceFile, error)];
  }
}

/** Analyses as a thread hands them back: each one's figures, and all their comments packed. */
export interface PackedAnalyses {
  analyses: Array<Omit<ArticleAnalysis, 'comments'>>;
  /** Their comments in order; a comment's group is the index of its analysis. */
  comments: CompactComments;
}

export function packAnalyses(analyses: readonly ArticleAnalysis[]): PackedAnalyses {
  return {
    analyses: analyses.map(({ comments: _, ...figures }) => figures),
    comments: compactComments(analyses.flatMap((a, group) => a.comments.map((c) => ({ group, id: c.id, comment: c, stance: c.stance })))),
  };
}

/** Analyzes files one after another (a batch of small articles, as one task of a run). */
export async function analyzeFiles(files: readonly InputFile[], model?: StanceModel, exportOptions?: ExportOptions, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<PackedAnalyses> {
  const analyses: ArticleAnalysis[] = [];
  for (const file of files) {
    try {
      analyses.push(...(await analyzeFile(file, model, exportOptions, maxFileSize)));
    } catch (error) {
      // Whatever goes wrong with one file, the others of the batch are still analyzed.
      analyses.push(failedAnalysis(file.sourceFile, analysisFailure(error)));
    }
  }
  return packAnalyses(analyses);
}

/** An InputFile for a path named relative to a folder (as gold files name their articles). */
export function inputFileIn(folder: string, relative: string): InputFile {
  return { path: path.join(folder, relative), sourceFile: relative, format: inputFormat(relative) ?? 'text' };
}
