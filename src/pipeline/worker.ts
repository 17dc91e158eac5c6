import { parentPort, workerData } from 'node:worker_threads';
import { getDefaultModel, loadModel } from '../classify/index.js';
import { validateModel } from '../classify/model.js';
import type { WorkerModel } from './worker-pool.js';
import type { Task } from './tasks.js';
import { runTask, transferList } from './tasks.js';

// A worker thread: loads the model once, then runs the tasks it is sent, one at a time.
const handed = workerData as WorkerModel;
const model = 'model' in handed ? validateModel(handed.model, 'the run\'s model') : 'modelFile' in handed ? loadModel(handed.modelFile) : getDefaultModel();

parentPort?.on('message', async (message: { id: number; task: Task }) => {
  try {
    const result = await runTask(message.task, model);
    parentPort?.postMessage({ id: message.id, result }, transferList(result));
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
