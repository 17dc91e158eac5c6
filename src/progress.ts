import { requireCommonJs } from './cjs.js';

const cliProgress: typeof import('cli-progress') = requireCommonJs('cli-progress');

// A progress bar on stderr for long runs: files, comments, rate and time left. Only on a
// terminal: a pipe or a log file gets nothing.

export interface Progress {
  start(files: number): void;
  file(comments: number): void;
  comments(n: number): void;
  stop(): void;
}

const silent: Progress = { start() {}, file() {}, comments() {}, stop() {} };

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
  const payload = () => ({ comments, rate: Math.round(comments / Math.max(0.001, (Date.now() - began) / 1000)) });
  return {
    start(files) {
      bar.start(files, 0, payload());
    },
    file() {
      bar.increment(1, payload());
    },
    comments(n) {
      comments += n;
      bar.update(payload());
    },
    stop() {
      bar.stop();
    },
  };
}
