import type { ExportRowsJob, ExportRowsResult } from '../analyze-rows.js';
import type { StanceModel } from '../classify/index.js';
import type { InputFile } from '../input/discover.js';
import type { ExportOptions } from '../input/exports.js';
import type { ArticleAnalysis } from '../types.js';

// The units of work a run hands out: read and analyze one article file, or a batch of an export's
// rows. Each is a pure function of its input and the model, so running them on
// any number of threads gives the same results.

export type Task =
  | { kind: 'article'; file: InputFile; maxFileSize: number; exportOptions?: ExportOptions }
  | { kind: 'export-rows'; job: ExportRowsJob };

export type TaskResult = ArticleAnalysis[] | ExportRowsResult;

/** The memory of a task's result that a thread hands over rather than copies. */
export async function transferList(result: TaskResult): Promise<ArrayBuffer[]> {
  if (Array.isArray(result)) return [];
  const { exportRowsTransfer } = await import('../analyze-rows.js');
  return exportRowsTransfer(result);
}

// Loaded on first use: a thread that only classifies exported comments never loads the
// extraction code and its NLP library.
export async function runTask(task: Task, model: StanceModel): Promise<TaskResult> {
  if (task.kind === 'article') {
    const { analyzeFile } = await import('../analyze-file.js');
    return analyzeFile(task.file, model, task.exportOptions, task.maxFileSize);
  }
  const { analyzeExportRows } = await import('../analyze-rows.js');
  return analyzeExportRows(task.job, model);
}
