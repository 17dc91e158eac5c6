import path from 'node:path';
import type { StanceModel } from '../classify/index.js';
import { parseArticle } from '../input/article.js';
import type { InputFile } from '../input/discover.js';
import { inputFormat } from '../input/discover.js';
import { DEFAULT_MAX_FILE_SIZE, readBounded, readErrorReason } from '../input/limits.js';
import { extractReactions } from '../extract/index.js';
import { analyzeArticle, articleAnalysis, classifyArticleComments } from './article.js';
import { analysisFailure, failedAnalysis } from './results.js';
import type { CompactComments } from './compact-comments.js';
import { CompactingQueue } from './compact-comments.js';
import type { Article, ArticleAnalysis } from '../types.js';

/** Reads one whole article file and analyzes it; a file that cannot be read, decoded or parsed becomes an error entry. */
export function analyzeArticleFile(file: InputFile, model?: StanceModel, maxFileSize = DEFAULT_MAX_FILE_SIZE): ArticleAnalysis[] {
  const read = readFile(file, maxFileSize);
  return 'article' in read ? [analyzeArticle(read.article, model)] : read.analyses;
}

/** A file's analyses, when it needs no more steps: an export, or a failure. */
interface Analyzed {
  analyses: ArticleAnalysis[];
}

/**
 * Reads one whole article. A file that cannot be read, decoded or parsed becomes an error entry;
 * so does an export, which a run reads as a stream instead.
 */
function readFile(file: InputFile, maxFileSize: number): { article: Article } | Analyzed {
  try {
    const read = readBounded(file, maxFileSize);
    if ('tooLarge' in read) return { analyses: [failedAnalysis(file.sourceFile, read.tooLarge)] };
    if (typeof file.format === 'object') throw new Error('an export is read by a run, not as an article');
    return { article: parseArticle(file.sourceFile, read.bytes, file.format) };
  } catch (error) {
    return { analyses: [failedAnalysis(file.sourceFile, readErrorReason(error))] };
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

/** A step of a file's analysis, or, if it went wrong, the file's error entry. */
function attempt<T>(file: InputFile, step: () => T): T | Analyzed {
  try {
    return step();
  } catch (error) {
    // Whatever goes wrong with one file, the others of the batch are still analyzed.
    return { analyses: [failedAnalysis(file.sourceFile, analysisFailure(error))] };
  }
}

/**
 * Analyzes a batch of files (a few small articles, as one task of a run). Each step runs over
 * the whole batch before the next starts: reading, then extracting, then classifying. Taking
 * each article through all the steps in turn was a fifth slower on a thread, the code and
 * tables of each step pushing the others' out of the processor's caches.
 */
export function analyzeFiles(files: readonly InputFile[], model?: StanceModel, maxFileSize = DEFAULT_MAX_FILE_SIZE): PackedAnalyses {
  const read = files.map((file) => attempt(file, () => readFile(file, maxFileSize)));
  const extracted = read.map((r, k) => ('article' in r ? attempt(files[k] as InputFile, () => ({ article: r.article, ...extractReactions(r.article) })) : r));
  const packer = new AnalysesPacker();
  extracted.forEach((r, k) => {
    const done = 'article' in r ? attempt(files[k] as InputFile, () => ({ analyses: [articleAnalysis(r.article, classifyArticleComments(r.article, r.comments, model, r.narration))] })) : r;
    packer.add(done.analyses);
  });
  return packer.finish();
}

/** An InputFile for a path named relative to a folder (as gold files name their articles). */
export function inputFileIn(folder: string, relative: string): InputFile {
  return { path: path.join(folder, relative), sourceFile: relative, format: inputFormat(relative) ?? 'text' };
}
