import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_FILE_SIZE, oversize, readErrorReason } from '../input/limits.js';
import type { StanceModel } from '../classify/index.js';
import { getDefaultModel } from '../classify/index.js';
import type { InputFile } from '../input/discover.js';
import { discoverInputs } from '../input/discover.js';
import { streamExportRows } from '../input/export-stream.js';
import type { PackedAnalyses } from './article-file.js';
import type { ExportRowsJob, ExportRowsResult } from './export-rows.js';
import type { CompactComments } from './compact-comments.js';
import { classifiedComment, commentLanguage, NO_STANCE } from './compact-comments.js';
import { HashSet64 } from './text-hash.js';
import type { ExportColumns } from '../input/export-columns.js';
import { describeColumns, findColumns } from '../input/export-columns.js';
import type { LineBlock } from '../input/export-stream.js';
import type { ExportFormat, ExportOptions, ExportRow, LeftOut } from '../input/exports.js';
import { COLUMN_SAMPLE_ROWS, jsonLines, noneLeftOut, noTextColumnError } from '../input/exports.js';
import { analysisFailure, failedAnalysis } from './results.js';
import type { ArticleSummary, CommentSource } from '../report/aggregate.js';
import { GroupBuilder, summarize } from '../report/aggregate.js';
import { commentBatch, commentGroupCells, commentLines } from '../report/csv.js';
import type { Executor } from './worker-pool.js';
import { createExecutor } from './worker-pool.js';
import type { ArticleAnalysis, ClassifiedComment, CommentBatch, GroupInfo, Stance, Utf8Bytes } from '../types.js';
import { STANCES } from '../types.js';

export { DEFAULT_MAX_FILE_SIZE } from '../input/limits.js';

export interface AnalyzeOptions {
  inputs: string[];
  /** Files already found, read after those found under `inputs`. */
  files?: InputFile[];
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
  /**
   * Threads that classify; 1 runs everything in this thread. 'auto': one per core, or this
   * thread alone for inputs under PARALLEL_FROM_BYTES.
   */
  jobs?: number | 'auto';
}

/** Where a run's results go, in input order: the comments as they are classified, then each group's summary. */
export interface RunSink {
  /** Comments a batch at a time. */
  comments(batch: CommentBatch): Promise<void> | void;
  end(summary: ArticleSummary): Promise<void> | void;
  /** Something worth telling the user about a file as it is read: where an export keeps its fields. */
  note?(sourceFile: string, message: string): void;
  /** Called once the run knows how many files it will read. */
  start?(files: number): void;
}

export interface RunResult {
  model: StanceModel;
  skippedFiles: number;
  /** Inputs or files that failed, including the inputs that could not be found or listed. */
  failures: number;
  /** Of the failures, inputs that could not be found or listed: no file was read for them. */
  inputProblems: number;
  analyzed: number;
}

/** Comments classified per task when an export is split among threads. */
const BATCH = 2000;
/**
 * Articles analyzed per task: a few, so that a thread is not handed each small article by a
 * message of its own; not too many bytes, so that a batch's results stay small.
 */
const ARTICLES_PER_TASK = 32;
const ARTICLE_BYTES_PER_TASK = 1 << 20;

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Below this many bytes of input, starting threads costs more than they save: each loads the
 * code and the model (and, for articles, the NLP library) and warms up on its own share. On this
 * project's 2-core machine one thread was faster up to 2,000 articles (6.6 MB) and threads from
 * 4,000 (13 MB). Exports cross over sooner, between 25,000 comments (4 MB) and 50,000 (8 MB),
 * where threads were about a tenth faster: one threshold for both, as a run can mix them.
 */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

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

/** A group (an article, or a group of an export) as its comments are applied: what it is, its cells of comments.csv, and its summary so far. */
interface GroupState {
  info: GroupInfo;
  /** Its cells of comments.csv, in UTF-8, made with its first comment: most articles have none. */
  cells?: Buffer;
  builder: GroupBuilder;
  count: number;
}

function groupState(info: GroupInfo): GroupState {
  return { info, builder: new GroupBuilder(), count: 0 };
}

/**
 * A batch's comments, applied in order to the group each is in (`groupOf`, by the batch's
 * group numbers): each gets its index in its group and a place in its group's summary, and the
 * batch its lines of comments.csv. A comment is made as an object only if a summary keeps it.
 */
function applyComments(c: CompactComments, groupOf: readonly GroupState[], keep?: (i: number, group: GroupState) => boolean): CommentBatch {
  const n = c.groups.length;
  // A comment left out (a duplicate) has no group here.
  const groups: Array<GroupState | undefined> = new Array(n);
  const indexes = new Uint32Array(n);
  const source: CommentSource = { comment: (position, index) => classifiedComment(c, position, index) };
  let size = 0;
  for (let i = 0; i < n; i++) {
    const group = groupOf[c.groups[i] as number] as GroupState;
    if (keep && !keep(i, group)) continue;
    const index = ++group.count;
    groups[i] = group;
    indexes[i] = index;
    size++;
    const stance = c.stances[i] as number;
    if (stance === NO_STANCE) group.builder.addUnread(commentLanguage(c, i), c.sentiments[i] as number);
    else group.builder.addFrom(STANCES[stance] as Stance, c.probabilities[i * STANCES.length + stance] as number, c.sentiments[i] as number, index, source, i, c.days[i] as number);
  }
  // The comments as objects, made once when a report asks for them (comments.csv's lines, the
  // JSON report's runs); a comment left out has none.
  let made: Array<ClassifiedComment | undefined> | undefined;
  const comments = (): Array<ClassifiedComment | undefined> =>
    (made ??= Array.from({ length: n }, (_, i) => (groups[i] ? classifiedComment(c, i, indexes[i] as number) : undefined)));
  let lines: Utf8Bytes | undefined;
  const csvLines = (): Utf8Bytes => {
    lines ??= commentLines(comments(), groups.map((g) => g && (g.cells ??= Buffer.from(commentGroupCells(g.info)))), indexes);
    return lines;
  };
  return {
    size,
    csvLines,
    runs: () => {
      const all = comments();
      const runs: Array<{ group: GroupInfo; comments: ClassifiedComment[] }> = [];
      for (let i = 0; i < n; i++) {
        const group = groups[i];
        const comment = all[i];
        if (!group || !comment) continue;
        const last = runs[runs.length - 1];
        if (last && last.group === group.info) last.comments.push(comment);
        else runs.push({ group: group.info, comments: [comment] });
      }
      return runs;
    },
  };
}

/** Problems with rows named in an export's status; the rest are counted. */
const SHOWN_PROBLEMS = 3;

class Run {
  skippedFiles = 0;
  failures = 0;
  analyzed = 0;
  private articles: InputFile[] = [];
  private articleBytes = 0;
  constructor(
    private readonly options: AnalyzeOptions,
    private readonly sink: RunSink,
    private readonly executor: Executor,
    private readonly queue: OrderedQueue,
  ) {}

  async drain(): Promise<void> {
    await this.flushArticles();
    await this.queue.drain();
  }

  private async end(summary: ArticleSummary): Promise<void> {
    if (summary.status === 'error') this.failures++;
    else this.analyzed++;
    await this.sink.end(summary);
  }

  /** A file or input with nothing for comments.csv: one that failed, or an export without comments. */
  private async endWithout(analysis: ArticleAnalysis): Promise<void> {
    await this.end(summarize(analysis));
  }

  async failure(sourceFile: string, reason: string): Promise<void> {
    await this.flushArticles();
    await this.queue.push(Promise.resolve(async () => this.endWithout(failedAnalysis(sourceFile, reason))));
  }

  /** Queues an article; articles go to threads a few at a time. */
  async article(file: InputFile): Promise<void> {
    this.articles.push(file);
    this.articleBytes += file.size ?? 0;
    if (this.articles.length >= ARTICLES_PER_TASK || this.articleBytes >= ARTICLE_BYTES_PER_TASK) await this.flushArticles();
  }

  /** Sends the queued articles as one task. Anything queued after them must wait for this. */
  async flushArticles(): Promise<void> {
    if (this.articles.length === 0) return;
    const files = this.articles;
    this.articles = [];
    this.articleBytes = 0;
    await this.queue.push(this.analyzeArticles(files));
  }

  private analyzeArticles(files: InputFile[]): Promise<Unit> {
    const task = this.executor.run({ kind: 'articles', files, maxFileSize: this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
    return task.then(
      (result) => () => this.applyAnalyses(result as PackedAnalyses),
      (error: unknown) => async () => {
        if (files.length === 1) return this.endWithout(failedAnalysis((files[0] as InputFile).sourceFile, analysisFailure(error)));
        // A thread that died took the whole batch with it: each file is tried again alone, so
        // that only the one to blame fails.
        for (const file of files) await (await this.analyzeArticles([file]))();
      },
    );
  }

  private async applyAnalyses(result: PackedAnalyses): Promise<void> {
    const groups = result.analyses.map((a) => groupState(a));
    const batch = applyComments(result.comments, groups);
    if (batch.size > 0) await this.sink.comments(batch);
    for (const [i, analysis] of result.analyses.entries()) await this.end((groups[i] as GroupState).builder.finish(analysis));
  }

  /**
   * An export, a part at a time: JSON lines in blocks, CSV records and JSON items in batches,
   * each analyzed on a thread; the results are applied in order.
   */
  async export(file: InputFile, format: ExportFormat): Promise<void> {
    await this.flushArticles();
    let stream;
    try {
      // Streamed exports can be any size; a JSON array is read whole, so the limit holds for it.
      const tooLarge = format === 'json' ? await oversize(file, this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE) : undefined;
      if (tooLarge) return this.failure(file.sourceFile, tooLarge);
      stream = await streamExportRows(file.path, format, { textField: this.options.exportOptions?.textField });
    } catch (error) {
      return this.failure(file.sourceFile, readErrorReason(error));
    }
    const options = this.options.exportOptions ?? {};
    const state = new ExportState(file.sourceFile, options);
    const analyze = async (job: Omit<ExportRowsJob, 'columns'>, sample: () => Array<Record<string, unknown>>): Promise<void> => {
      if (!state.columns) {
        const rows = sample();
        state.firstRow = rows[0];
        state.columns = findColumns(rows, options);
        if (state.columns.text) this.sink.note?.(file.sourceFile, describeColumns(state.columns));
      }
      const task = this.executor.run({ kind: 'export-rows', job: { ...job, columns: state.columns } });
      await this.queue.push(
        task.then(
          (result) => async () => {
            const batch = state.apply(result as ExportRowsResult);
            if (batch.size > 0) await this.sink.comments(batch);
          },
          (error: unknown) => async () => state.fail(error),
        ),
      );
    };
    const sourceFile = file.sourceFile;
    try {
      if (stream.lines) {
        for await (const lines of stream.lines) await analyze({ sourceFile, lines }, () => firstRowsOf(lines));
      } else if (stream.rows) {
        let rows: ExportRow[] = [];
        const sample = (): Array<Record<string, unknown>> => rows.slice(0, COLUMN_SAMPLE_ROWS).map((r) => r.row);
        for await (const row of stream.rows) {
          rows.push(row);
          if (rows.length >= BATCH) {
            await analyze({ sourceFile, rows }, sample);
            rows = [];
          }
        }
        if (rows.length > 0) await analyze({ sourceFile, rows }, sample);
      }
    } catch (error) {
      return this.failure(file.sourceFile, readErrorReason(error));
    }
    await this.queue.push(
      Promise.resolve(async () => {
        if (state.error) return this.endWithout(failedAnalysis(file.sourceFile, state.error));
        if (state.read > 0 && !state.sawTextField) return this.endWithout(failedAnalysis(file.sourceFile, noTextColumnError(options, state.firstRow).message));
        const detail = [stream.note, state.leftOutNote(), state.skippedRows()].filter(Boolean).join('; ');
        if (state.groups.size === 0) return this.end({ ...summarize({ sourceFile: file.sourceFile, title: '', date: '', status: 'no-comments', detail, comments: [] }), leftOut: state.leftOut });
        let first = true;
        for (const g of state.groups.values()) {
          // A file's left-out rows are counted once, with its first group.
          await this.end(g.builder.finish({ ...g.info, detail, leftOut: first ? state.leftOut : undefined }));
          first = false;
        }
      }),
    );
  }
}

// ignoreBOM: the first line keeps a U+FEFF, as the worker that parses the block will see it.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The first rows of a block of JSON lines, to find the file's columns from. */
function firstRowsOf(block: LineBlock): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const r of jsonLines(utf8.decode(block.bytes), block.firstLine, [])) {
    rows.push(r.row);
    if (rows.length >= COLUMN_SAMPLE_ROWS) break;
  }
  return rows;
}

/** What a run knows of an export as its batches are applied, in order. */
class ExportState {
  readonly groups = new Map<string, GroupState>();
  read = 0;
  sawTextField = false;
  error = '';
  /** Where the file keeps each field, found from its first rows. */
  columns: ExportColumns | undefined;
  firstRow: Record<string, unknown> | undefined;
  readonly leftOut: LeftOut = noneLeftOut();
  /** Hashes of each group's texts so far, to leave out a text the group had (textHash). */
  private readonly texts = new Map<GroupState, HashSet64>();
  private problems = 0;
  /** The first few problems, for the message; the rest are counted. */
  private readonly firstProblems: string[] = [];

  constructor(private readonly sourceFile: string, private readonly options: ExportOptions) {}

  /** A batch's results: each comment gets its index in its group, and its line of comments.csv. */
  apply(result: ExportRowsResult): CommentBatch {
    if (this.error) return commentBatch([]);
    this.read += result.read;
    this.sawTextField ||= result.sawTextField;
    for (const k of ['deleted', 'bots'] as const) this.leftOut[k] += result.leftOut[k];
    this.problems += result.problems.length;
    for (const p of result.problems) if (this.firstProblems.length < SHOWN_PROBLEMS) this.firstProblems.push(p);
    const batchGroups = result.groups.map((meta) => {
      let group = this.groups.get(meta.key);
      if (!group) {
        group = groupState({ sourceFile: this.sourceFile, title: meta.title, date: meta.date });
        this.groups.set(meta.key, group);
      }
      return group;
    });
    const hashes = result.textHashes;
    let lastGroup: GroupState | undefined;
    let lastSeen: HashSet64 | undefined;
    const keep = this.options.keepDuplicates
      ? undefined
      : (i: number, group: GroupState): boolean => {
          // Comments of a group mostly come together: the last group's set is looked up once.
          let seen = group === lastGroup ? lastSeen : this.texts.get(group);
          if (!seen) this.texts.set(group, (seen = new HashSet64()));
          lastGroup = group;
          lastSeen = seen;
          if (!seen.add(hashes[2 * i] as number, hashes[2 * i + 1] as number)) {
            this.leftOut.duplicates++;
            return false;
          }
          return true;
        };
    const batch = applyComments(result.comments, batchGroups, keep);
    // An export's groups outlive its batches.
    for (const group of batchGroups) group.builder.settle();
    return batch;
  }

  fail(error: unknown): void {
    this.error ||= analysisFailure(error);
  }

  /** "4 row(s) left out as not reader comments: 1 deleted or removed, 3 duplicates" or ''. */
  leftOutNote(): string {
    const { deleted, bots, duplicates } = this.leftOut;
    const total = deleted + bots + duplicates;
    if (total === 0) return '';
    const parts = [deleted && `${deleted} deleted or removed`, bots && `${bots} by bots`, duplicates && `${duplicates} duplicate(s)`].filter(Boolean);
    return `${total} row(s) left out as not reader comments: ${parts.join(', ')}`;
  }

  /** "3 row(s) skipped: ..." or ''. */
  skippedRows(): string {
    if (this.problems === 0) return '';
    return `${this.problems} row(s) skipped: ${this.firstProblems.join('; ')}${this.problems > SHOWN_PROBLEMS ? '; …' : ''}`;
  }
}

/**
 * Reads every input, one file at a time and exports row by row, and sends the results to `sink`
 * in input order. Work is spread over `jobs` threads; the output does not depend on how many.
 */
export async function runAnalysis(options: AnalyzeOptions, sink: RunSink): Promise<RunResult> {
  const model = options.model ?? getDefaultModel();
  const auto = options.jobs === 'auto';
  const jobs = typeof options.jobs === 'number' ? Math.max(1, Math.floor(options.jobs)) : auto ? defaultJobs() : 1;
  // Threads start first: they load their code and the model while the inputs are listed.
  let executor = createExecutor(jobs, model, options.modelFile);
  try {
    const discovery = await discoverInputs(options.inputs, options.exclude);
    if (options.files) discovery.files.push(...options.files);
    if (auto && jobs > 1 && discovery.files.reduce((n, f) => n + (f.size ?? 0), 0) < PARALLEL_FROM_BYTES) {
      await executor.close();
      executor = createExecutor(1, model, options.modelFile);
    }
    sink.start?.(discovery.files.length + discovery.problems.length);
    const run = new Run(options, sink, executor, new OrderedQueue(jobs * 4));
    for (const problem of discovery.problems) await run.failure(problem.input, problem.reason);
    for (const file of discovery.files) {
      if (typeof file.format === 'object') await run.export(file, file.format.export);
      else await run.article(file);
    }
    await run.drain();
    return { model, skippedFiles: discovery.skipped, failures: run.failures, inputProblems: discovery.problems.length, analyzed: run.analyzed };
  } finally {
    await executor.close();
  }
}

/**
 * Reads one whole file and analyzes it: an article gives one analysis, an export one per group
 * (through a run, the one path every export takes). A file that cannot be read, decoded or
 * parsed becomes an error entry.
 */
export async function analyzeFile(file: InputFile, model?: StanceModel, exportOptions?: ExportOptions, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ArticleAnalysis[]> {
  if (typeof file.format === 'object') return (await analyzeInputs({ inputs: [], files: [file], model, exportOptions, maxFileSize, jobs: 1 })).articles;
  const { analyzeArticleFile } = await import('./article-file.js');
  return analyzeArticleFile(file, model, maxFileSize);
}

/** The whole run in memory: for the library and for small inputs. Reports stream instead (ReportStream). */
export async function analyzeInputs(options: AnalyzeOptions): Promise<{ inputs: string[]; articles: ArticleAnalysis[]; skippedFiles: number; model: string; failures: number }> {
  const articles: ArticleAnalysis[] = [];
  const pending = new Map<string, ClassifiedComment[]>();
  const key = (g: GroupInfo): string => `${g.sourceFile}\u0000${g.title}\u0000${g.date}`;
  const result = await runAnalysis(options, {
    comments(batch) {
      for (const { group, comments } of batch.runs()) {
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
