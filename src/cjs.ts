import { createRequire } from 'node:module';

// The CommonJS packages (papaparse, sentiment, iconv-lite, cli-progress, compromise's one-file
// build) are loaded with require, not import. Importing a CommonJS package from an ES module has
// Node run its export lexer over the package's source first, and in every thread that loads it:
// papaparse took 16-20 ms against 4 ms, sentiment 19-31 against 5, iconv-lite 32 against 4.
export const requireCommonJs = createRequire(import.meta.url);
