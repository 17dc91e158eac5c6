import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_FILE_SIZE, oversize, readFailure } from './input/limits.js';
import type { StanceModel } from './classify/index.js';
import { getDefaultModel } from './classify/index.js';
import type { InputFile } from './input/discover.js';
import { discoverInputs } from './input/discover.js';
import { streamExportRows } from './input/export-stream.js';
import type { ExportFormat, ExportOptions, GroupMeta } from './input/exports.js';
import { ExportGrouper } from './input/exports.js';
import { failedAnalysis } from './results.js';
import type { ArticleSummary } from './report/aggregate.js';
import { GroupBuilder, summarize } from './report/aggregate.js';
import type { Executor } from './run/executor.js';
import { createExecutor } from './run/executor.js';
import type { ArticleAnalysis, ClassifiedComment, GroupComments, GroupInfo, StanceResult } from './types.js';

export { DEFAULT_MAX_FILE_SIZE } from './input/limits.js';

export interface AnalyzeOptions {
  inputs: string[];
  /** Folders never read as input (the output folder). */
  exclude?: string[];
  /** The stance model; the shipped one when not given. */
  model?: StanceModel;
  /** Where the model was read from, for worker threads to read it too. */
  modelFile?: string;
  /** Where comment exports keep the text and id. */
  exportOptions?: ExportOptions;
  /** Files larger than this many bytes are skipped with a message. */
  maxFileSize?: number;
  /** Threads that classify; 1 runs everything in this thread. */
  jobs?: number;
}

/** Where a run's results go, in input order: the comments as they are classified, then each group's summary. */
export interface RunSink {
  /** Runs of consecutive comments of one group, a batch at a time. */
  comments(batch: readonly GroupComments[]): Promise<void> | void;
  end(summary: ArticleSummary): void;
  /** Called once the run knows how many files it will read. */
  start?(files: number): void;
}

export interface RunResult {
  model: StanceModel;
  skippedFiles: number;
  failures: number;
  analyzed: number;
}

/** Comments classified per task when an export is split among threads. */
const BATCH = 2000;

export function defaultJobs(): number {
  return availableParallelism();
}

/** A unit of output, applied to the sink in input order once its work is done. */
type Unit = () => Promise<void>;

/**
 * Keeps at most `window` units of work under way and applies their results in the order they
 * were queued, so the output is the same whatever finishes first.
 */
class OrderedQueue {
  private readonly queue: Array<Promise<Unit>> = [];
  constructor(private readonly window: number) {}

  async push(unit: Promise<Unit>): Promise<void> {
    // A failed unit must not stop the run before its turn: its turn reports the failure.
    unit.catch(() => undefined);
    this.queue.push(unit);
    while (this.queue.length > this.window) await this.applyNext();
  }

  private async applyNext(): Promise<void> {
    const next = this.queue.shift();
    if (next) await (await next)();
  }

  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.applyNext();
  }
}

/** An export group as its rows are read: what it is, and its summary so far. */
interface ExportGroupState {
  meta: GroupMeta;
  info: GroupInfo;
  builder: GroupBuilder;
  count: number;
}

class Run {
  skippedFiles = 0;
  failures = 0;
  analyzed = 0;
  constructor(
    private readonly options: AnalyzeOptions,
    private readonly sink: RunSink,
    private readonly executor: Executor,
    private readonly queue: OrderedQueue,
  ) {}

  drain(): Promise<void> {
    return this.queue.drain();
  }

  private end(summary: ArticleSummary): void {
    if (summary.status === 'error') this.failures++;
    else this.analyzed++;
    this.sink.end(summary);
  }

  private async emit(analyses: ArticleAnalysis[]): Promise<void> {
    const batch = analyses.filter((a) => a.comments.length > 0).map((a) => ({ group: a, comments: a.comments }));
    if (batch.length > 0) await this.sink.comments(batch);
    for (const a of analyses) this.end(summarize(a));
  }

  async failure(sourceFile: string, reason: string): Promise<void> {
    await this.queue.push(Promise.resolve(async () => this.emit([failedAnalysis(sourceFile, reason)])));
  }

  async article(file: InputFile): Promise<void> {
    const task = this.executor.run({ kind: 'article', file, maxFileSize: this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, exportOptions: this.options.exportOptions });
    await this.queue.push(
      task.then(
        (analyses) => () => this.emit(analyses as ArticleAnalysis[]),
        (error: unknown) => () => this.emit([failedAnalysis(file.sourceFile, `could not be analyzed: ${error instanceof Error ? error.message : String(error)}`)]),
      ),
    );
  }

  /** An export, row by row: rows are classified in batches on the threads, results applied in order. */
  async export(file: InputFile, format: ExportFormat): Promise<void> {
    let stream;
    try {
      const tooLarge = await oversize(file, this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      if (tooLarge) return this.failure(file.sourceFile, tooLarge);
      stream = await streamExportRows(file.path, format);
    } catch (error) {
      return this.failure(file.sourceFile, readFailure(file.sourceFile, error).detail);
    }
    const grouper = new ExportGrouper(this.options.exportOptions);
    const groups = new Map<string, ExportGroupState>();
    let rows = 0;
    let batch: Array<{ group: ExportGroupState; id: string; index: number; text: string; author: string }> = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const rowsOfBatch = batch;
      batch = [];
      const task = this.executor.run({ kind: 'classify', texts: rowsOfBatch.map((r) => r.text), source: 'export' });
      await this.queue.push(
        task.then((results) => async () => {
          const stances = results as StanceResult[];
          const runs: GroupComments[] = [];
          let from = 0;
          // Consecutive rows of one group make one run.
          for (let i = 1; i <= rowsOfBatch.length; i++) {
            if (i < rowsOfBatch.length && rowsOfBatch[i]?.group === rowsOfBatch[from]?.group) continue;
            const group = rowsOfBatch[from]?.group as ExportGroupState;
            const comments: ClassifiedComment[] = rowsOfBatch.slice(from, i).map((r, k) => ({
              text: r.text, attribution: r.author, parts: [r.text], offset: 0, layout: 'export-row', index: r.index, id: r.id,
              stance: stances[from + k] as StanceResult,
            }));
            group.builder.add(comments);
            runs.push({ group: group.info, comments });
            from = i;
          }
          await this.sink.comments(runs);
        }),
      );
    };
    try {
      for await (const { row, where } of stream.rows) {
        rows++;
        const accepted = grouper.accept(row, where);
        if ('problem' in accepted) {
          stream.problems.push(accepted.problem);
          continue;
        }
        let group = groups.get(accepted.group.key);
        if (!group) {
          const meta = accepted.group;
          group = { meta, info: { sourceFile: file.sourceFile, title: meta.title, date: meta.date }, builder: new GroupBuilder(), count: 0 };
          groups.set(accepted.group.key, group);
        }
        group.count++;
        batch.push({ group, id: accepted.comment.id || `${file.sourceFile}#${rows}`, index: group.count, text: accepted.comment.text, author: accepted.comment.author });
        if (batch.length >= BATCH) await flush();
      }
      await flush();
    } catch (error) {
      return this.failure(file.sourceFile, readFailure(file.sourceFile, error).detail);
    }
    await this.queue.push(
      Promise.resolve(async () => {
        if (rows > 0 && !grouper.sawTextField) return this.emit([failedAnalysis(file.sourceFile, grouper.noTextColumnError().message)]);
        const problems = stream.problems;
        const skipped = problems.length > 0 ? `${problems.length} row(s) skipped: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}` : '';
        const detail = [stream.note, skipped].filter(Boolean).join('; ');
        if (groups.size === 0) return this.emit([{ sourceFile: file.sourceFile, title: '', date: '', status: 'no-comments', detail, comments: [] }]);
        for (const g of groups.values()) this.end(g.builder.finish({ sourceFile: file.sourceFile, title: g.meta.title, date: g.meta.date, detail }));
      }),
    );
  }
}

/**
 * Reads every input, one file at a time and exports row by row, and sends the results to `sink`
 * in input order. Work is spread over `jobs` threads; the output does not depend on how many.
 */
export async function runAnalysis(options: AnalyzeOptions, sink: RunSink): Promise<RunResult> {
  const model = options.model ?? getDefaultModel();
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const discovery = await discoverInputs(options.inputs, options.exclude);
  sink.start?.(discovery.files.length + discovery.problems.length);
  const executor = createExecutor(jobs, model, options.modelFile);
  const run = new Run(options, sink, executor, new OrderedQueue(jobs * 4));
  try {
    for (const problem of discovery.problems) await run.failure(problem.input, problem.reason);
    for (const file of discovery.files) {
      if (typeof file.format === 'object') await run.export(file, file.format.export);
      else await run.article(file);
    }
    await run.drain();
  } finally {
    await executor.close();
  }
  return { model, skippedFiles: discovery.skipped, failures: run.failures, analyzed: run.analyzed };
}

/** The whole run in memory: for the library and for small inputs. Reports stream instead (ReportStream). */
export async function analyzeInputs(options: AnalyzeOptions): Promise<{ inputs: string[]; articles: ArticleAnalysis[]; skippedFiles: number; model: string; failures: number }> {
  const articles: ArticleAnalysis[] = [];
  const pending = new Map<string, ClassifiedComment[]>();
  const key = (g: GroupInfo): string => `${g.sourceFile}\u0000${g.title}\u0000${g.date}`;
  const result = await runAnalysis(options, {
    comments(batch) {
      for (const { group, comments } of batch) {
        const list = pending.get(key(group)) ?? [];
        pending.set(key(group), list);
        list.push(...comments);
      }
    },
    end(summary) {
      const k = key(summary);
      articles.push({ sourceFile: summary.sourceFile, title: summary.title, date: summary.date, status: summary.status, detail: summary.detail, comments: pending.get(k) ?? [] });
      pending.delete(k);
    },
  });
  return { inputs: options.inputs, articles, skippedFiles: result.skippedFiles, model: result.model.name, failures: result.failures };
}
