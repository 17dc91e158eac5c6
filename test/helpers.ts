import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/input/article.js';
import type { Article } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export function articleFromText(text: string, sourceFile = 'fixture.txt'): Article {
  return parseArticle(sourceFile, new TextEncoder().encode(text), 'text');
}

export function articleFromFile(file: string): Article {
  return parseArticle(path.basename(file), readFileSync(file), 'text');
}

export interface GoldEntry {
  file: string;
  comments: Array<{ text: string; parts?: string[]; attribution: string; stance: 'skeptical' | 'supportive' | 'neutral' }>;
  not_comments: string[];
}
