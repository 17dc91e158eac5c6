import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { LeftOutCounts } from '../report/aggregate.js';
import { GroupBuilder } from '../report/aggregate.js';
import { commentBatch } from '../report/csv.js';
import type { ReportOptions, SummaryContext } from '../report/index.js';
import { ReportStream } from '../report/index.js';
import type { ArticleStatus, ClassifiedComment, CommentStance, GroupInfo, Stance } from '../types.js';

// `reaction-analyzer merge`: the reports of runs over disjoint inputs, made one. Each run's
// `--json` output holds every comment (comments.jsonl) and every article's figures
// (summary.json); replaying them in order through the same report writer gives the bytes one
// run over all the inputs writes. So a large job can be cut into shards, each analyzed anywhere.

/** What merge reads of a run's summary.json. */
interface RunSummary {
  inputs: string[];
  model: string;
  accuracy: SummaryContext['accuracy'] | null;
  skipped_files?: number;
  articles: Array<{ source_file: string; title: string; date: string; status: ArticleStatus; detail: string; left_out?: LeftOutCounts }>;
}

/** A line of comments.jsonl, as commentJson writes it. */
interface CommentLine {
  source_file: string;
  article_title: string;
  article_date: string;
  comment_id: string;
  comment_index: number;
  attribution: string;
  comment: string;
  stance: Stance | null;
  confidence: number | null;
  probabilities: Record<Stance, number> | null;
  sentiment: number;
  cues: string[];
  comment_date?: string;
  language?: string;
}

export class MergeError extends Error {}

/** A comment as the reports take it, from its line of comments.jsonl. */
function commentFromLine(line: CommentLine): ClassifiedComment {
  const stance: CommentStance =
    line.stance === null
      ? { stance: null, language: line.language ?? '', sentiment: line.sentiment, cues: line.cues }
      : { stance: line.stance, confidence: line.confidence ?? 0, sentiment: line.sentiment, cues: line.cues, probabilities: line.probabilities ?? { skeptical: 0, supportive: 0, neutral: 0 } };
  if (stance.stance !== null && line.language) stance.language = line.language;
  const comment: ClassifiedComment = { text: line.comment, attribution: line.attribution, parts: [line.comment], offset: 0, layout: 'export-row', index: line.comment_index, id: line.comment_id, stance };
  if (line.comment_date) comment.date = line.comment_date;
  return comment;
}

const groupKey = (g: { sourceFile: string; title: string; date: string }): string => `${g.sourceFile}\u0000${g.title}\u0000${g.date}`;

/** Comments written to the reports at a time. */
const BATCH = 2000;

function readSummary(folder: string): RunSummary {
  const file = path.join(folder, 'summary.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RunSummary;
  } catch (error) {
    throw new MergeError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); merge takes the folders of runs made with --json`);
  }
}

/** Replays one run's comments, then its articles, into the reports. */
async function replayRun(folder: string, summary: RunSummary, reports: ReportStream): Promise<void> {
  const builders = new Map<string, GroupBuilder>();
  const file = path.join(folder, 'comments.jsonl');
  let runs: Array<{ group: GroupInfo; comments: ClassifiedComment[] }> = [];
  let pending = 0;
  const flush = async (): Promise<void> => {
    if (pending === 0) return;
    for (const run of runs) {
      const key = groupKey(run.group);
      let builder = builders.get(key);
      if (!builder) builders.set(key, (builder = new GroupBuilder()));
      builder.add(run.comments);
      builder.settle();
    }
    await reports.comments(commentBatch(runs));
    runs = [];
    pending = 0;
  };
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const text of lines) {
      number++;
      if (!text) continue;
      const line = JSON.parse(text) as CommentLine;
      const group = { sourceFile: line.source_file, title: line.article_title, date: line.article_date };
      const last = runs[runs.length - 1];
      if (last && groupKey(last.group) === groupKey(group)) last.comments.push(commentFromLine(line));
      else runs.push({ group, comments: [commentFromLine(line)] });
      if (++pending >= BATCH) await flush();
    }
  } catch (error) {
    if (error instanceof SyntaxError) throw new MergeError(`${file}: line ${number} is not valid JSON`);
    throw new MergeError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  await flush();
  for (const a of summary.articles) {
    const meta = { sourceFile: a.source_file, title: a.title, date: a.date, detail: a.detail, leftOut: a.left_out };
    const builder = builders.get(groupKey(meta)) ?? new GroupBuilder();
    await reports.end(builder.finish(a.status === 'error' ? { ...meta, status: 'error' } : meta));
  }
}

export interface MergeResult {
  written: string[];
  failures: number;
}

/** Merges the `--json` outputs of runs over disjoint inputs, in the order given, into `outDir`. */
export async function mergeRuns(folders: readonly string[], outDir: string, options: ReportOptions = {}): Promise<MergeResult> {
  const summaries = folders.map(readSummary);
  const models = new Set(summaries.map((s) => s.model));
  if (models.size > 1) throw new MergeError(`the runs used different models (${[...models].join(', ')}): their stances cannot be merged`);
  const reports = await ReportStream.open(outDir, options);
  try {
    for (const [i, folder] of folders.entries()) await replayRun(folder, summaries[i] as RunSummary, reports);
    const first = summaries[0] as RunSummary;
    const written = await reports.finish({
      inputs: summaries.flatMap((s) => s.inputs),
      model: first.model,
      skippedFiles: summaries.reduce((n, s) => n + (s.skipped_files ?? 0), 0),
      accuracy: first.accuracy ?? undefined,
    });
    return { written, failures: summaries.reduce((n, s) => n + s.articles.filter((a) => a.status === 'error').length, 0) };
  } catch (error) {
    await reports.abort();
    throw error;
  }
}
