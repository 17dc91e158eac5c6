// What the commands share: their usage errors, the model and labelled files they read, and the
// options more than one command takes.
import path from 'node:path';
import yargs from 'yargs';
import type { StanceModel } from '../classify/index.js';
import { getDefaultModel, loadModel } from '../classify/index.js';
import type { LabelledComment, RowFilter } from '../classify/labelled.js';
import type { ContextExamplesFile } from '../classify/context-examples.js';
import { LabelledFileError, readContextExamples, readLabelledFile } from '../pipeline/labelled-files.js';
import { DEFAULT_FIELDS } from '../input/export-columns.js';

export class UsageError extends Error {}

/** The model a command asked for, or the shipped one; an unusable file is a usage error. */
export function modelFrom(file: string | undefined): StanceModel {
  if (!file) return getDefaultModel();
  try {
    return loadModel(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`${file}: cannot use as a stance model: ${reason}`);
  }
}

/** Reads labelled comment files; problems with single rows are reported and those rows skipped. */
export function readLabelled(files: string[], filter?: RowFilter): LabelledComment[][] {
  const warn = (problem: string): void => {
    process.stderr.write(`reaction-analyzer: ${problem}\n`);
  };
  return files.map((file) => {
    try {
      return readLabelledFile(file, warn, filter);
    } catch (error) {
      if (error instanceof LabelledFileError) throw new UsageError(error.message);
      throw error;
    }
  });
}

/** Reads a context examples file; a file that cannot be used is a usage error naming it. */
export function readExamples(file: string): ContextExamplesFile {
  try {
    return readContextExamples(file);
  } catch (error) {
    if (error instanceof LabelledFileError) throw new UsageError(error.message);
    throw error;
  }
}

// Options more than one command takes.
/** Where an export keeps each field: the options `analyze` and `classify` share. */
export const FIELD_OPTIONS = {
  'text-field': { describe: `field or column of an export that holds the comment, a dotted path into nested JSON (data.body) (default: the first of ${DEFAULT_FIELDS.text.join(', ')})`, type: 'string', requiresArg: true },
  'id-field': { describe: `field or column of an export that holds the comment's id (default: the first of ${DEFAULT_FIELDS.id.join(', ')} whose values differ from row to row)`, type: 'string', requiresArg: true },
  'author-field': { describe: `field or column of an export that holds its author (default: the first of ${DEFAULT_FIELDS.author.join(', ')})`, type: 'string', requiresArg: true },
  'date-field': { describe: `field or column of an export that holds its date: ISO 8601, common date formats, epoch seconds or milliseconds (default: the first of ${DEFAULT_FIELDS.date.join(', ')})`, type: 'string', requiresArg: true },
  'group-field': { describe: `field or column of an export that holds the article, video or post it answers: rows are grouped by it (default: the first of ${DEFAULT_FIELDS.group.join(', ')} whose values rows share)`, type: 'string', requiresArg: true },
  'context-field': { describe: `field or column of an export that holds the post, claim or target it answers (default: the first of ${DEFAULT_FIELDS.context.join(', ')})`, type: 'string', requiresArg: true },
} as const;

export const MODEL_OPTION = { alias: 'm', describe: 'stance model file made by `train`', type: 'string', defaultDescription: 'the shipped model' } as const;
export const EXCEL_OPTION = { describe: 'start the CSV files with a UTF-8 byte-order mark, so Excel shows accents and emoji right', type: 'boolean', default: false } as const;
export const JSON_OPTION = { describe: 'also write comments.jsonl and summary.json (what merge reads)', type: 'boolean', default: false } as const;
export const XLSX_OPTION = { describe: 'also write comments.xlsx and articles.xlsx, with ids and text as text, numbers as numbers and dates as dates', type: 'boolean', default: false } as const;
export const QUIET_OPTION = { alias: 'q', describe: 'print nothing but errors', type: 'boolean', default: false } as const;

/** What `-` (stdin) is called while yargs parses: it drops a bare `-` from positionals. */
export const STDIN_INPUT = '\u0000stdin';
