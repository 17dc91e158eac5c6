import { requireCommonJs } from '../cjs.js';

const cliProgress: typeof import('cli-progress') = requireCommonJs('cli-progress');

// A progress bar on stderr for long runs: files, comments, rate and time left. Only on a
// terminal: a pipe or a log file gets nothing.

export interface Progress {
  start(files: number): void;
  /** A file's result (an export gives one per group: the file counts once). */
  file(sourceFile: string): void;
  comments(n: number): void;
  /** A line for the user, above the bar rather than over it. */
  log(line: string): void;
  stop(): void;
}

const silent: Progress = {
  start() {},
  file() {},
  comments() {},
  log(line) {
    process.stderr.write(`${line}\n`);
  },
  stop() {},
};

export function progressBar(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} files | {comments} comments | {rate}/s | {duration_formatted} elapsed, ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const began = Date.now();
  let comments = 0;
  let lastFile: string | undefined;
  let running = false;
  const payload = () => ({ comments, rate: Math.round(comments / Math.max(0.001, (Date.now() - began) / 1000)) });
  return {
    start(files) {
      bar.start(files, 0, payload());
      running = true;
    },
    file(sourceFile) {
      if (sourceFile === lastFile) return;
      lastFile = sourceFile;
      bar.increment(1, payload());
    },
    log(line) {
      if (!running) {
        process.stderr.write(`${line}\n`);
        return;
      }
      // Clears the bar's line, writes the message there, and draws the bar again below it. The bar
      // saved the cursor's place when it started and returns there when it stops: it is saved
      // again here (ESC 7), or the final message would overwrite this one.
      process.stderr.write(`\r\x1b[2K${line}\n\x1b7`);
      bar.render();
    },
    comments(n) {
      comments += n;
      bar.update(payload());
    },
    stop() {
      running = false;
      bar.stop();
    },
  };
}
