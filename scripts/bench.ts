// npm run bench: measures the real CLI on generated data, from a fixed seed.
//   (a) a JSONL export of 1,000,000 comments, and of 500,000;
//   (b) 20,000 articles in the roundup genre, and 10,000.
// For each: wall time, comments per second, MB per second and peak RSS; for the export also the
// floor: bare sentiment.analyze over the same texts read from the same file on one core.
// Data is generated once into .bench/ (ignored by git); delete it to regenerate.
// Each input runs --runs times (floor and pipeline in turn, so both meet the machine in the same
// state), and the table gives the best run with the spread of all: on a shared machine one run
// can take a fifth longer than the next for no reason in the code.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { seededRandom } from '../src/random.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, '.bench');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const SEED = 20261121;


// Vocabulary for comments: everyday words, the genre's reaction phrases, names, emoji.
const WORDS = (
  'the a and to of in is it that this for on with as was are be at by not but they he she we you i my so just ' +
  'really very about all what who when why how more no one time people like would could should still even new ' +
  'price year week day fans club team show game app bank council city school study phone service company plan ' +
  'story video post statement news report money ticket refund update launch delay match player coach mayor ' +
  'think know said says want need love hate feel believe trust wait pay buy watch read saw made make going ' +
  'good bad great awful best worst better worse fair unfair right wrong honest sad happy angry tired proud ' +
  'again already never always maybe actually honestly literally seriously genuinely clearly probably'
).split(' ');
const PHRASES = [
  'funny how', 'not buying it', 'yeah right', 'oh great', 'leave him alone', 'thank you', 'well done', 'so proud',
  'what a joke', 'who signed this off', 'does anyone know', 'is there', 'good on them', 'about time', 'get well soon',
  'give them a break', 'total scam', 'the media', 'sending love', 'makes sense', 'just saying', 'fair play', 'lol',
];
const EMOJI = ['🙄', '😂', '❤️', '🙏', '👏', '💀', '🤡', '😭', '🔥', '👀'];
const NAMES = ['Harbridge', 'Lumen', 'Northgate', 'Korvan', 'Vireo', 'Ashcombe', 'Meridian', 'Saltmarsh', 'Kingsmere', 'Brightwater'];

function comment(r: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const n = 6 + Math.floor(r() * 22);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.06) words.push(pick(PHRASES));
    else if (x < 0.09) words.push(pick(NAMES));
    else if (x < 0.11) words.push(String(Math.floor(r() * 1000)));
    else words.push(pick(WORDS));
  }
  let text = words.join(' ');
  text = text.charAt(0).toUpperCase() + text.slice(1) + pick(['.', '.', '!', '?', '...', '']);
  if (r() < 0.25) text += ` ${pick(EMOJI)}`;
  if (r() < 0.1) text = `@${pick(NAMES).toLowerCase()}_fan ${text}`;
  return text;
}

async function writeExport(file: string, count: number): Promise<void> {
  if (existsSync(file)) return;
  const r = seededRandom(SEED);
  const out = createWriteStream(`${file}.part`);
  for (let i = 0; i < count; i++) {
    const story = Math.floor(r() * 500);
    const line = `${JSON.stringify({ id: `c${i}`, title: `Story ${story}`, date: `2024-${String(1 + (story % 12)).padStart(2, '0')}-15`, text: comment(r) })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  execFileSync('mv', [`${file}.part`, file]);
}

function article(r: () => number, i: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const name = pick(NAMES);
  const sentence = (): string => {
    const s = Array.from({ length: 12 + Math.floor(r() * 14) }, () => pick(WORDS)).join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const paragraphs = [`date 2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, `${name} ${pick(['Faces Backlash Over', 'Defends', 'Apologises For', 'Celebrates'])} ${pick(['New Plan', 'Price Rise', 'Late Launch', 'Viral Video'])} ${i}`, `By Staff Reporter`];
  for (let p = 0; p < 4; p++) paragraphs.push(`${sentence()} ${sentence()} ${sentence()}`);
  paragraphs.push(`"${sentence()} ${sentence()}" a spokesperson for ${name} said.`, 'Article continues below advertisement', 'The reaction online was swift.');
  const layouts = [
    () => `"${comment(r)}," wrote one user.`,
    () => `Another fan wrote, "${comment(r)}"`,
    () => `"${comment(r)}," said another. "${comment(r)}"`,
    () => `@${pick(NAMES).toLowerCase()}_${Math.floor(r() * 99)} replied: "${comment(r)}"`,
    () => `"${comment(r)}," one follower tweeted.`,
  ];
  for (let c = 0; c < 6 + Math.floor(r() * 7); c++) paragraphs.push(pick(layouts)());
  paragraphs.push('Here is what other readers said:', Array.from({ length: 3 }, () => `• "${comment(r)}"`).join('\n'));
  paragraphs.push(`${sentence()} "${sentence()}" he said.`);
  return `${paragraphs.join('\n\n')}\n`;
}

function writeArticles(dir: string, count: number): void {
  if (existsSync(dir)) return;
  const r = seededRandom(SEED + 1);
  const part = `${dir}.part`;
  rmSync(part, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const sub = path.join(part, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `a${String(i).padStart(6, '0')}.txt`), article(r, i));
  }
  execFileSync('mv', [part, dir]);
}

function bytesUnder(target: string): number {
  const s = statSync(target);
  if (!s.isDirectory()) return s.size;
  return readdirSync(target).reduce((a, name) => a + bytesUnder(path.join(target, name)), 0);
}

interface Measured {
  seconds: number;
  peakRssMb: number;
}

/** Runs a command, timing it and reading its peak RSS from /proc while it runs (threads included). */
function measure(command: string, args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // the process has just exited
      }
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0 && code !== 1) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peakKb / 1024 });
    });
  });
}

/** The floor: read the same JSONL, parse each line, run sentiment.analyze on its text, one core. */
async function floorChild(file: string): Promise<void> {
  const { default: Sentiment } = await import('sentiment');
  const sentiment = new Sentiment();
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    sentiment.analyze((JSON.parse(line) as { text: string }).text);
    n++;
  }
  process.stderr.write(`${n}\n`);
}

/** The best of several runs, with the spread of all of them. */
interface Runs {
  best: number;
  spread: string;
}

function runs(values: readonly number[], digits: number, best: (a: number, b: number) => number = Math.min): Runs {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const spread = low.toFixed(digits) === high.toFixed(digits) ? low.toFixed(digits) : `${low.toFixed(digits)}–${high.toFixed(digits)}`;
  return { best: values.reduce((a, b) => best(a, b)), spread };
}

function measured(input: string, n: number, mb: number, pipeline: readonly Measured[]): Record<string, string> {
  const wall = runs(pipeline.map((m) => m.seconds), 1);
  return {
    input,
    'wall s': wall.spread,
    'comments/s': Math.round(n / wall.best).toLocaleString('en'),
    'MB/s': (mb / wall.best).toFixed(1),
    'peak RSS MB': runs(pipeline.map((m) => m.peakRssMb), 0, Math.max).spread,
  };
}

async function main(): Promise<void> {
  const args = await yargs(hideBin(process.argv))
    .usage('npm run bench -- [--quick] [--runs N]')
    .option('quick', { type: 'boolean', default: false, describe: 'a tenth of the data' })
    .option('runs', { type: 'number', default: 3, describe: 'runs of each input; the best is reported with the spread' })
    .option('floor', { type: 'string', hidden: true })
    .check((a) => Number.isInteger(a.runs) && a.runs >= 1 || '--runs must be a whole number of at least 1')
    .strict()
    .parse();
  if (args.floor !== undefined) return floorChild(args.floor);
  if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run npm run build first (npm run bench does)');
  mkdirSync(BENCH, { recursive: true });
  const full = args.quick ? 100_000 : 1_000_000;
  const articles = args.quick ? 2_000 : 20_000;
  process.stderr.write('Generating data (once; cached in .bench/)…\n');
  const exports = [{ n: full / 2, file: path.join(BENCH, `comments-${full / 2}.jsonl`) }, { n: full, file: path.join(BENCH, `comments-${full}.jsonl`) }];
  for (const e of exports) await writeExport(e.file, e.n);
  const folders = [{ n: articles / 2, dir: path.join(BENCH, `articles-${articles / 2}`) }, { n: articles, dir: path.join(BENCH, `articles-${articles}`) }];
  for (const f of folders) writeArticles(f.dir, f.n);

  const out = path.join(tmpdir(), `reaction-bench-${process.pid}`);
  // The CLI as users run it: the bin, on Node's defaults.
  const run = (input: string): Promise<Measured> => measure(CLI, ['analyze', input, '--out', out, '-q', '--max-file-size', '100000']);
  const floorRun = (file: string): Promise<Measured> => measure(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--floor', file]);
  const rows: Array<Record<string, string>> = [];
  for (const e of exports) {
    const floors: Measured[] = [];
    const pipelines: Measured[] = [];
    for (let r = 0; r < args.runs; r++) {
      process.stderr.write(`Export of ${e.n.toLocaleString('en')} comments, run ${r + 1} of ${args.runs}…\n`);
      floors.push(await floorRun(e.file));
      pipelines.push(await run(e.file));
    }
    const floor = runs(floors.map((m) => m.seconds), 1);
    const ratio = runs(pipelines.map((m, r) => m.seconds / (floors[r] as Measured).seconds), 2);
    const best = Math.min(...pipelines.map((m) => m.seconds));
    const mb = statSync(e.file).size / 1e6;
    rows.push({
      ...measured(`JSONL export, ${e.n.toLocaleString('en')} comments (${mb.toFixed(0)} MB)`, e.n, mb, pipelines),
      'floor s': floor.spread,
      'pipeline/floor': (best / floor.best).toFixed(2),
      'each run': ratio.spread,
    });
  }
  for (const f of folders) {
    const pipelines: Measured[] = [];
    for (let r = 0; r < args.runs; r++) {
      process.stderr.write(`${f.n.toLocaleString('en')} articles, run ${r + 1} of ${args.runs}…\n`);
      pipelines.push(await run(f.dir));
    }
    const comments = readFileSync(path.join(out, 'comments.csv'), 'utf8').split('\r\n').length - 2;
    const mb = bytesUnder(f.dir) / 1e6;
    // Articles have no floor; what each run gives is their throughput, the goal they are held to.
    const throughput = runs(pipelines.map((m) => mb / m.seconds), 1, Math.max);
    rows.push({ ...measured(`${f.n.toLocaleString('en')} articles (${mb.toFixed(0)} MB)`, comments, mb, pipelines), 'floor s': '', 'pipeline/floor': '', 'each run': `${throughput.spread} MB/s` });
  }
  rmSync(out, { recursive: true, force: true });
  const columns = Object.keys(rows[0] ?? {});
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Machine: ${cpus().length} cores (${cpu}), Node ${process.version}; jobs: the default (one per core from 8 MB of input, else one).`,
    `${args.runs} run${args.runs === 1 ? '' : 's'} of each input: wall s, peak RSS MB and floor s give the range; comments/s, MB/s and pipeline/floor`,
    'are of the best pipeline run against the best floor run; "each run" is pipeline/floor run by run for an export,',
    'MB/s run by run for articles.',
    '',
    `| ${columns.join(' | ')} |`,
    `|${columns.map((c) => (c === 'input' ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${columns.map((c) => r[c]).join(' | ')} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  writeFileSync(path.join(BENCH, 'results.md'), `${lines.join('\n')}\n`);
}

await main();
