// `reaction-analyzer eval`: extraction and stance against a gold file, or stance against labelled comments.
import { readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import type { StanceModel } from '../classify/index.js';
import { classifyStance } from '../classify/index.js';
import type { RowFilter } from '../classify/labelled.js';
import { evaluate, evaluateStance } from '../eval/evaluate.js';
import { formatEvaluation, formatStanceEvaluation } from '../eval/format.js';
import { GoldFormatError, parseGold } from '../eval/gold.js';
import type { ArticleAnalysis } from '../types.js';
import { EXIT } from './exit.js';
import { UsageError, modelFrom, readLabelled } from './shared.js';

export interface EvalArgs {
  gold?: string;
  labels?: string;
  articles?: string;
  json: boolean;
  model?: string;
  where?: string;
}

export function rowFilter(where: string | undefined): RowFilter | undefined {
  if (where === undefined) return undefined;
  const match = /^([^=]+)=(.*)$/.exec(where);
  if (!match) throw new UsageError(`--where takes field=value, not "${where}"`);
  return { field: match[1] ?? '', value: match[2] ?? '' };
}

export function runLabelsEval(file: string, model: StanceModel, json: boolean, filter?: RowFilter): number {
  const [comments = []] = readLabelled([file], filter);
  const results = comments.map((c) => classifyStance(c.text, { model, source: c.source }));
  const report = evaluateStance(comments.map((c) => c.label), results);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatStanceEvaluation(report));
  return EXIT.ok;
}

export async function runEval(args: EvalArgs): Promise<number> {
  const model = modelFrom(args.model);
  if (args.labels) return runLabelsEval(args.labels, model, args.json, rowFilter(args.where));
  if (!args.gold) throw new UsageError('eval needs --gold <gold.json> or --labels <file>');
  let gold;
  try {
    gold = parseGold(JSON.parse(readFileSync(args.gold, 'utf8')));
  } catch (error) {
    const reason = error instanceof GoldFormatError || error instanceof SyntaxError ? error.message : (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`${args.gold}: cannot use as a gold file: ${reason}`);
  }
  const folder = args.articles ?? path.join(path.dirname(args.gold), 'articles');
  const { analyzeFile } = await import('../pipeline/run.js');
  const { inputFileIn } = await import('../pipeline/article-file.js');
  const analyses = new Map<string, ArticleAnalysis>();
  for (const entry of gold) {
    const [analysis] = await analyzeFile(inputFileIn(folder, entry.file), model);
    if (analysis) analyses.set(entry.file, analysis);
  }
  const report = evaluate(gold, analyses);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvaluation(report));
  const failed = report.articles.filter((a) => a.error);
  for (const a of failed) process.stderr.write(`reaction-analyzer: ${path.join(folder, a.file)}: ${a.error}\n`);
  return failed.length > 0 ? EXIT.someInputsFailed : EXIT.ok;
}
