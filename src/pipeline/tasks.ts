import type { ExportRowsJob, ExportRowsResult } from './export-rows.js';
import type { StanceModel } from '../classify/index.js';
import type { InputFile } from '../input/discover.js';
import type { PackedAnalyses } from './article-file.js';
import { compactTransfer } from './compact-comments.js';

// The units of work a run hands out: read and analyze a few article files, or a batch of an
// export's rows. Each is a pure function of its input and the model, so running them on
// any number of threads gives the same results.

export type Task =
  | { kind: 'articles'; files: InputFile[]; maxFileSize: number }
  | { kind: 'export-rows'; job: ExportRowsJob };

export type TaskResult = PackedAnalyses | ExportRowsResult;

/** The memory of a task that is handed to a thread rather than copied. */
export function taskTransfer(task: Task): ArrayBuffer[] {
  return task.kind === 'export-rows' && task.job.lines ? [task.job.lines.bytes.buffer as ArrayBuffer] : [];
}

/** The memory of a task's result that a thread hands over rather than copies. */
export function transferList(result: TaskResult): ArrayBuffer[] {
  const hashes = 'textHashes' in result ? [result.textHashes.buffer as ArrayBuffer] : [];
  return [...compactTransfer(result.comments), ...hashes];
}

// Loaded on first use: a thread that only classifies exported comments never loads the
// extraction code and its NLP library.
export async function runTask(task: Task, model: StanceModel): Promise<TaskResult> {
  if (task.kind === 'articles') {
    const { analyzeFiles } = await import('./article-file.js');
    return analyzeFiles(task.files, model, task.maxFileSize);
  }
  const { analyzeExportRows } = await import('./export-rows.js');
  return analyzeExportRows(task.job, model);
}
