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

/**
 * Runs the command line in this process, from the built dist/ as `npm test` builds it first, and
 * returns its exit code and what it printed: a test of what a command does need not start a Node
 * process for it (the tests of the process itself, signals and the bin, still do).
 */
export async function cliInProcess(args: string[], options: { cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { vi } = await import('vitest');
  const { pathToFileURL } = await import('node:url');
  const { main } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'cli', 'commands.js')).href)) as typeof import('../src/cli/commands.js');
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const cwd = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
    out.mockRestore();
    err.mockRestore();
  }
}
