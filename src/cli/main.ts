#!/usr/bin/env node
// The command-line entry. It installs the interrupt handlers before anything else loads (the
// modules and the model take a moment), so that a run stopped at any time exits 130 and leaves the
// previous reports as they were, with no temporary files.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT } from './exit.js';
import { removePendingWrites } from '../report/write.js';

const interrupted = (): void => {
  removePendingWrites();
  process.exit(EXIT.interrupted);
};

// npm runs a bin through a symlink (node_modules/.bin/reaction-analyzer), so compare real paths.
const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) {
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
