#!/usr/bin/env -S node --max-semi-space-size=8 --heap-growing-percent=20 --single-threaded-gc --no-allocation-site-pretenuring
// The command-line entry. The first two V8 flags trade a little speed for memory in every thread:
// smaller young generations and an old generation grown by 20% at a time instead of V8's much
// larger default steps (a 100,000-comment export on 2 cores: 480 -> 274 MB peak, 3.9 -> 4.3 s).
// The third has each thread collect its own garbage. A large run keeps both cores busy with the
// run thread and two workers, and V8's helper threads for parallel scavenges and concurrent
// marking then take CPU from the work they were meant to hide. On 2 cores, in turn with and
// without it: 20,000 articles 9.4-9.9 -> 8.4-9.7 s, 1,000,000 comments 17.0-17.7 -> 16.3-16.8 s,
// peak RSS 15-20 MB higher. A small run on one thread, with a core to spare, lost nothing.
// The fourth stops V8 from allocating objects straight into the old generation at the sites
// whose objects it has seen survive a young collection. A thread holds a batch of articles or
// rows through several steps, and a heap profile found objects that live for one comment (made
// by sentiment and by the features) dying in the old generation, left to full collections: 60
// of them on 20,000 articles with pretenuring, 37 without. In turn with and without it:
// 20,000 articles 8.5-8.8 -> 7.7-8.5 s, 1,000,000 comments 16.1-16.6 -> 15.1-15.9 s, peak RSS
// about 5 MB higher, 1,000 articles on one thread unchanged.
// It installs the interrupt handlers before anything else loads (the
// modules and the model take a moment), so that a run stopped at any time exits 130 and leaves the
// previous reports as they were, with no temporary files.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { EXIT } from './exit.js';
import { removePendingWrites } from '../report/write.js';

// When a thread starts marking its heap for a full collection. Under V8's own rule the run
// thread, whose heap is about 20 MB, started marking again soon after each full collection
// (--trace-incremental-marking showed 16 MB of room left each time): 16-20 full collections on
// 20,000 articles, though it promoted only 23 MB in all. With these, marking starts by how much of
// the room the last collection left is used: from a task at 70%, at once at 80%. The workers,
// busy with one task after another, rarely run the task, and started marking at the second
// threshold; at 98% (1 MB of room left) their committed heaps climbed to 69 MB between
// collections, and a run's peak RSS depended on where in that cycle it ended (10,000 articles 234
// MB, 20,000 articles 258 MB); at 80%, 47 MB, and 209 and 213 MB (best of 3 in turn, wall time the
// same). Run-thread CPU on 20,000 articles with the first setting (90/98): 1,470-1,490 ->
// 1,170-1,230 ms, three runs each. Set here rather than in the first line, which older Linux
// kernels cut at 127 characters; V8 reads them at each decision, so setting them before the run
// is enough. Only for the command: a program that imports this module keeps its own settings.
const MARKING_TRIGGERS = ['--incremental-marking-soft-trigger=70', '--incremental-marking-hard-trigger=80'];

// How much code TurboFan may inline into one optimized function: 200 bytes of bytecode instead of
// V8's 920. A run is short and every thread compiles the same code for itself, so compiling is a
// large share of its work: of the 14 s of CPU that 20,000 articles took on 2 cores, V8's compiler
// threads used 2.1-2.3 s, and 1.4-1.6 s with this; a large function that had inlined much was
// compiled again whole after each deoptimization. The code that runs is barely slower for it.
// 20,000 articles, in turn with and without, given on the command line: mean 7.02 -> 6.76 s over
// ten runs each (faster in all ten pairs), 7.68 -> 7.34 s over eight in a slower hour (100, 150
// and 300 gave less); set here: 7.26 -> 7.11 s over ten (faster in seven). A 500,000-comment
// export, whose work is mostly in a few small functions, was unchanged (8.94 vs 8.88 s, 5 each).
const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative=200';

const interrupted = (): void => {
  removePendingWrites();
  process.exit(EXIT.interrupted);
};

// npm runs a bin through a symlink (node_modules/.bin/reaction-analyzer), so compare real paths.
const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) {
  for (const flag of [...MARKING_TRIGGERS, INLINING_BUDGET]) v8.setFlagsFromString(flag);
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  const [{ main }, { hideBin }] = await Promise.all([import('./commands.js'), import('yargs/helpers')]);
  try {
    process.exitCode = await main(hideBin(process.argv));
  } catch (error) {
    process.stderr.write(`reaction-analyzer: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.usage;
  }
}

export { EXIT };
