import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledComment, RowFilter } from '../classify/labelled.js';
import { LabelledFormatError, parseLabelled } from '../classify/labelled.js';
import type { ContextExamplesFile } from '../classify/context-examples.js';
import { ContextExamplesFormatError, validateContextExamples } from '../classify/context-examples.js';
import { GoldFormatError, parseGold } from '../eval/gold.js';
import { articleFormat, parseArticle } from '../input/article.js';
import { DEFAULT_FIELDS } from '../input/export-columns.js';
import type { FramedComment } from './stance-training.js';
import { framedGoldComments } from './stance-training.js';
import type { Article } from '../types.js';

// Reading labelled comments for training and evaluating stance: the files' I/O, apart from
// the pure parsing and training they feed.

export class LabelledFileError extends Error {}

/** Labelled comments of one file; rows that cannot be used are passed to `warn` and skipped. */
export function readLabelledFile(file: string, warn: (problem: string) => void, filter?: RowFilter): LabelledComment[] {
  let parsed;
  try {
    parsed = parseLabelled(file, readFileSync(file, 'utf8'), filter, DEFAULT_FIELDS.context);
  } catch (error) {
    const reason = error instanceof LabelledFormatError ? error.message : `${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    throw new LabelledFileError(reason);
  }
  for (const problem of parsed.problems.slice(0, 5)) warn(`${problem} (skipped)`);
  if (parsed.problems.length > 5) warn(`${file}: ${parsed.problems.length - 5} more rows skipped`);
  if (parsed.comments.length === 0) throw new LabelledFileError(`${file}: no labelled comments`);
  return parsed.comments;
}

/** The folder of articles a gold file describes: `articles/` beside it. */
export function articlesBeside(goldFile: string): string {
  return path.join(path.dirname(goldFile), 'articles');
}

/**
 * A gold file's comments with their articles' framing, when the articles are beside it
 * (undefined for any other labelled file, or a gold file without its articles).
 */
export function readFramedGold(goldFile: string): FramedComment[] | undefined {
  const folder = articlesBeside(goldFile);
  if (!goldFile.toLowerCase().endsWith('.json') || !existsSync(folder)) return undefined;
  let gold;
  try {
    gold = parseGold(JSON.parse(readFileSync(goldFile, 'utf8')));
  } catch (error) {
    if (error instanceof GoldFormatError || error instanceof SyntaxError) return undefined;
    throw error;
  }
  const articles = new Map<string, Article>();
  for (const entry of gold) {
    const file = path.join(folder, entry.file);
    const format = articleFormat(entry.file);
    if (!format || !existsSync(file)) continue;
    articles.set(entry.file, parseArticle(entry.file, readFileSync(file), format));
  }
  return framedGoldComments(path.basename(path.dirname(goldFile)), gold, articles);
}

/** A context examples file (classify/context-examples.ts); LabelledFileError names the file and what is wrong. */
export function readContextExamples(file: string): ContextExamplesFile {
  try {
    return validateContextExamples(JSON.parse(readFileSync(file, 'utf8')), file);
  } catch (error) {
    if (error instanceof ContextExamplesFormatError) throw new LabelledFileError(error.message);
    if (error instanceof SyntaxError) throw new LabelledFileError(`${file}: not valid JSON (${error.message})`);
    throw new LabelledFileError(`${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
