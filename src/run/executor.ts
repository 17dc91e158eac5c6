import { Worker } from 'node:worker_threads';
import type { StanceModel } from '../classify/index.js';
import type { Task, TaskResult } from './tasks.js';
import { runTask } from './tasks.js';

/** Runs tasks: in this thread (one job) or on a pool of worker threads. */
export interface Executor {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

class InlineExecutor implements Executor {
  constructor(private readonly model: StanceModel) {}
  run(task: Task): Promise<TaskResult> {
    return runTask(task, this.model);
  }
  async close(): Promise<void> {}
}

interface Pending {
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
}

/** A fixed pool of worker threads; each task goes to the worker with the fewest tasks waiting. */
class WorkerPool implements Executor {
  private readonly workers: Array<{ worker: Worker; load: number }>;
  private readonly pending = new Map<number, Pending & { slot: number }>();
  private nextId = 0;

  constructor(jobs: number, modelFile: string | undefined) {
    this.workers = Array.from({ length: jobs }, (_, slot) => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { modelFile } });
      worker.on('message', (m: { id: number; result?: TaskResult; error?: string }) => this.settle(m));
      worker.on('error', (error) => this.failAll(error));
      return { worker, load: 0, slot };
    });
  }

  private settle(m: { id: number; result?: TaskResult; error?: string }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    const slot = this.workers[p.slot];
    if (slot) slot.load--;
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve(m.result as TaskResult);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  run(task: Task): Promise<TaskResult> {
    let slot = 0;
    this.workers.forEach((w, i) => {
      if (w.load < (this.workers[slot]?.load ?? Infinity)) slot = i;
    });
    const target = this.workers[slot] as { worker: Worker; load: number };
    target.load++;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      target.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

export function createExecutor(jobs: number, model: StanceModel, modelFile: string | undefined): Executor {
  return jobs <= 1 ? new InlineExecutor(model) : new WorkerPool(jobs, modelFile);
}
