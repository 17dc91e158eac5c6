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
import { CompactingQueue } from './run/compact-comments.js';
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

/** Analyses made one by one, packed as they come so that a batch's comments do not pile up as objects. */
class AnalysesPacker {
  private readonly figures: Array<Omit<ArticleAnalysis, 'comments'>> = [];
  private readonly comments = new CompactingQueue();

  add(analyses: readonly ArticleAnalysis[]): void {
    for (const { comments, ...figures } of analyses) {
      const group = this.figures.length;
      this.figures.push(figures);
      for (const c of comments) this.comments.add({ group, id: c.id, comment: c, stance: c.stance });
    }
  }

  finish(): PackedAnalyses {
    return { analyses: this.figures, comments: this.comments.finish() };
  }
}

/** Analyzes files one after another (a batch of small articles, as one task of a run). */
export async function analyzeFiles(files: readonly InputFile[], model?: StanceModel, exportOptions?: ExportOptions, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<PackedAnalyses> {
  const packer = new AnalysesPacker();
  for (const file of files) {
    try {
      packer.add(await analyzeFile(file, model, exportOptions, maxFileSize));
    } catch (error) {
      // Whatever goes wrong with one file, the others of the batch are still analyzed.
      packer.add([failedAnalysis(file.sourceFile, analysisFailure(error))]);
    }
  }
  return packer.finish();
}

/** An InputFile for a path named relative to a folder (as gold files name their articles). */
export function inputFileIn(folder: string, relative: string): InputFile {
  return { path: path.join(folder, relative), sourceFile: relative, format: inputFormat(relative) ?? 'text' };
}
