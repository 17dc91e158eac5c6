// `reaction-analyzer train`: a stance model from labelled comments and gold articles.
import path from 'node:path';
import { serializeModel } from '../classify/model.js';
import { readFramedGold } from '../pipeline/labelled-files.js';
import { textModelFingerprint } from '../classify/context-examples.js';
import { ARTICLE_SOURCE_WEIGHT } from '../classify/train.js';
import { trainTwoStageModel } from '../pipeline/stance-training.js';
import { writeAtomic } from '../report/write.js';
import { EXIT } from './exit.js';
import { readExamples, readLabelled } from './shared.js';

export interface TrainArgs {
  data: string[];
  contextExamples?: string;
  out: string;
  quiet: boolean;
}

export async function runTrain(args: TrainArgs): Promise<number> {
  const files = readLabelled(args.data);
  // Gold files whose articles lie beside them also train the context stage, with their framing.
  const framed = args.data.map((file) => readFramedGold(file));
  const others = files.filter((_, i) => framed[i] === undefined);
  const examples = args.contextExamples === undefined ? undefined : readExamples(args.contextExamples);
  const model = trainTwoStageModel(others, framed.flatMap((f) => f ?? []), {
    name: path.basename(args.out).replace(/\.json$/i, ''),
    trainedOn: args.data.map((file, i) => ({
      source: file,
      examples: files[i]?.length ?? 0,
      weight: files[i]?.[0]?.source === 'article' ? ARTICLE_SOURCE_WEIGHT : 1,
    })),
  }, examples?.rows);
  if (examples && examples.textModel !== textModelFingerprint(model)) {
    process.stderr.write(`warning: ${args.contextExamples} was made with another text model; make it again with scripts/context-examples.ts\n`);
  }
  await writeAtomic(args.out, serializeModel(model));
  if (!args.quiet) {
    const total = model.trainedOn.reduce((a, t) => a + t.examples, 0);
    const kept = examples ? ` and ${examples.rows.length} kept as numbers` : '';
    const stage = model.context ? `, and the context stage on ${framed.flat().length} comments quoted in articles${kept}` : '';
    process.stderr.write(`Trained on ${total} comments${stage}; wrote ${args.out} (${Object.keys(model.weights).length} features)\n`);
  }
  return EXIT.ok;
}
