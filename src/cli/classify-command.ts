// `reaction-analyzer classify`: a streaming filter from JSON lines to classified JSON lines.
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import type { ExportFieldOptions } from '../input/export-columns.js';
import { EXIT } from './exit.js';
import { UsageError, modelFrom } from './shared.js';

export interface ClassifyArgs extends ExportFieldOptions {
  model?: string;
}

/** Writes a line to stdout, waiting when the reader is behind: memory stays flat on any input. */
export async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

export async function runClassify(args: ClassifyArgs): Promise<number> {
  const model = modelFrom(args.model);
  const { classifyLine, COLUMN_SAMPLE_LINES, linesColumns, sampleRows } = await import('../pipeline/classify-lines.js');
  const { noTextColumnError } = await import('../input/exports.js');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  // The first lines are held until the fields are found from them, then written like the rest.
  let held: string[] | undefined = [];
  let columns: ReturnType<typeof linesColumns> = {};
  const release = async (first: string[]): Promise<void> => {
    columns = linesColumns(first, args);
    if (!columns.text) throw new UsageError(`stdin: ${noTextColumnError(args, sampleRows(first)[0]).message}`);
    for (const line of first) await writeLine(classifyLine(line, columns, model));
  };
  for await (const line of lines) {
    if (!held) await writeLine(classifyLine(line, columns, model));
    else if (held.push(line) >= COLUMN_SAMPLE_LINES) {
      await release(held);
      held = undefined;
    }
  }
  if (held && held.length > 0) await release(held);
  return EXIT.ok;
}
