import { parentPort, workerData } from 'node:worker_threads';
import { getDefaultModel, loadModel } from '../classify/index.js';
import type { Task } from './tasks.js';
import { runTask } from './tasks.js';

// A worker thread: loads the model once, then runs the tasks it is sent, one at a time.
const { modelFile } = workerData as { modelFile?: string };
const model = modelFile ? loadModel(modelFile) : getDefaultModel();

parentPort?.on('message', (message: { id: number; task: Task }) => {
  runTask(message.task, model).then(
    (result) => parentPort?.postMessage({ id: message.id, result }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
