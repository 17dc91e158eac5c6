import { Worker } from 'node:worker_threads';
import type { StanceModel } from '../classify/index.js';
import { getDefaultModel } from '../classify/index.js';
import type { Task, TaskResult } from './tasks.js';
import { runTask, taskTransfer } from './tasks.js';

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

interface Slot {
  worker: Worker;
  load: number;
}

/**
 * A fixed pool of worker threads; each task goes to the worker with the fewest tasks waiting.
 * A worker that dies fails only its own tasks and is replaced.
 */
class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending & { slot: Slot }>();
  private nextId = 0;
  private closing = false;

  constructor(jobs: number, private readonly model: WorkerModel) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: this.model }), load: 0 };
    slot.worker.on('message', (m: { id: number; result?: TaskResult; error?: string }) => this.settle(m));
    slot.worker.on('error', (error) => this.lost(slot, error));
    slot.worker.on('exit', (code) => this.lost(slot, new Error(`worker thread stopped (exit code ${code})`)));
    return slot;
  }

  private settle(m: { id: number; result?: TaskResult; error?: string }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    p.slot.load--;
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve(m.result as TaskResult);
  }

  private lost(slot: Slot, error: Error): void {
    if (this.closing) return;
    for (const [id, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(id);
      p.reject(error);
    }
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
  }

  run(task: Task): Promise<TaskResult> {
    const target = this.slots.reduce((best, s) => (s.load < best.load ? s : best));
    target.load++;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot: target });
      target.worker.postMessage({ id, task }, taskTransfer(task));
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * How a worker thread gets the run's model: it reads the same file, loads the shipped model
 * itself, or is handed a caller's model that lives only in memory.
 */
export type WorkerModel = { modelFile: string } | { model: StanceModel } | Record<string, never>;

export function createExecutor(jobs: number, model: StanceModel, modelFile: string | undefined): Executor {
  if (jobs <= 1) return new InlineExecutor(model);
  const handed: WorkerModel = modelFile ? { modelFile } : model === getDefaultModel() ? {} : { model };
  return new WorkerPool(jobs, handed);
}
