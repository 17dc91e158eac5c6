// `reaction-analyzer merge`: the --json outputs of runs over disjoint inputs, into one run's reports.
import { pipeline } from 'node:stream/promises';
import { EXIT } from './exit.js';
import { UsageError } from './shared.js';

export interface MergeArgs {
  runs: string[];
  out: string;
  quiet: boolean;
  excel: boolean;
  json: boolean;
  xlsx: boolean;
}

export async function runMerge(args: MergeArgs): Promise<number> {
  const { MergeError, mergeRuns } = await import('../pipeline/merge.js');
  try {
    const { written, failures } = await mergeRuns(args.runs, args.out, { excel: args.excel, json: args.json, xlsx: args.xlsx });
    if (!args.quiet) process.stderr.write(`Merged ${args.runs.length} run(s); wrote ${written.join(', ')}\n`);
    return failures > 0 ? EXIT.someInputsFailed : EXIT.ok;
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
  }
}
