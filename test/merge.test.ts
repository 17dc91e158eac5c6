import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, FIXTURES } from './helpers.js';

// A job cut into shards, each analyzed on its own, then merged: the reports must be the bytes one
// run over all the shards writes.

describe('reaction-analyzer merge', () => {
  let dir: string;
  const shard = (name: string) => path.join(dir, name);

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'reaction-merge-'));
    mkdirSync(shard('a'));
    mkdirSync(shard('b'));
    const dev = path.join(FIXTURES, 'dev', 'articles');
    const names = readdirSync(dev).sort();
    for (const name of names.slice(0, 6)) copyFileSync(path.join(dev, name), path.join(shard('a'), name));
    copyFileSync(path.join(FIXTURES, 'hostile', 'binary.txt'), path.join(shard('a'), 'zz_binary.txt'));
    for (const name of names.slice(6, 12)) copyFileSync(path.join(dev, name), path.join(shard('b'), name));
    const rows = Array.from({ length: 60 }, (_, i) => ({
      id: `r${i}`,
      title: i % 3 === 0 ? 'Bridge toll' : 'Library closure',
      created_utc: 1714550400 + i * 7200,
      text: i === 7 ? '[deleted]' : i === 9 ? "C'est vraiment n'importe quoi, personne n'y croit." : `${['Total rip off', 'Brilliant news, thank you', 'When does it start?'][i % 3]} (${i})`,
    }));
    writeFileSync(path.join(shard('b'), 'export.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns the --json outputs of runs over disjoint inputs into the reports of one run over all of them', async () => {
    const one = await cliInProcess(['analyze', shard('a'), shard('b'), '-o', shard('one'), '-q', '-j', '1']);
    const a = await cliInProcess(['analyze', shard('a'), '-o', shard('run-a'), '-q', '-j', '1', '--json']);
    const b = await cliInProcess(['analyze', shard('b'), '-o', shard('run-b'), '-q', '-j', '1', '--json']);
    const merged = await cliInProcess(['merge', shard('run-a'), shard('run-b'), '-o', shard('merged'), '-q']);
    expect([one.code, a.code, b.code, merged.code]).toEqual([1, 1, 0, 1]);
    for (const name of ['comments.csv', 'articles.csv', 'summary.md']) {
      expect(readFileSync(path.join(shard('merged'), name), 'utf8'), name).toBe(readFileSync(path.join(shard('one'), name), 'utf8'));
    }
  });

  it('names a folder that was not made with --json', async () => {
    const { code, stderr } = await cliInProcess(['merge', shard('a'), '-o', shard('nowhere'), '-q']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/summary\.json: cannot read .*made with --json/);
  });
});
