import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// The commands a batch engine runs: a filter from stdin to stdout, and an analysis of stdin.

const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

function runWithInput(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('reaction-analyzer classify', () => {
  it('gives one JSON line per line in, in order, with stance, confidence, probabilities, cues and language added', async () => {
    const rows = [
      { id: 1, body: 'Absolute rip off, not paying that', likes: 3 },
      { id: 2, body: 'Brilliant work from everyone involved, thank you' },
      { id: 3, body: "C'est vraiment n'importe quoi, personne ne croit à cette histoire." },
      { id: 4, note: 'no text here' },
    ];
    const input = [...rows.map((r) => JSON.stringify(r)), '{broken', '', JSON.stringify({ id: 5, body: 'What time does the market open on Sunday?' })].join('\n');
    const { code, stdout } = await runWithInput(['classify'], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout.split('\n').slice(0, -1);
    expect(out).toHaveLength(7);
    const parsed = out.map((l) => (l ? JSON.parse(l) : null));
    expect(parsed[0]).toMatchObject({ id: 1, body: rows[0]?.body, likes: 3, stance: 'skeptical', language: 'eng' });
    expect(Object.keys(parsed[0].probabilities).sort()).toEqual(['neutral', 'skeptical', 'supportive']);
    expect(parsed[0].cues.length).toBeGreaterThan(0);
    expect(parsed[1]).toMatchObject({ id: 2, stance: 'supportive' });
    expect(parsed[2]).toMatchObject({ id: 3, stance: null, language: 'fra' });
    expect(parsed[3]).toMatchObject({ id: 4, error: 'no text', stance: null });
    expect(parsed[4]).toMatchObject({ error: 'not valid JSON', stance: null });
    expect(parsed[5]).toBeNull();
    expect(parsed[6]).toMatchObject({ id: 5, stance: 'neutral' });
  });

  it('refuses input without a text field, naming the fields it found', async () => {
    const { code, stderr } = await runWithInput(['classify'], '{"a":1,"b":2}\n');
    expect(code).toBe(2);
    expect(stderr).toContain('no text column');
    expect(stderr).toContain('found "a", "b"');
  });
});

describe('reaction-analyzer analyze -', () => {
  it('reads an export from stdin', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reaction-stdin-'));
    try {
      const input = ['id,text', 'a1,Total rip off', 'a2,"Lovely idea, well done"'].join('\n');
      const { code } = await runWithInput(['analyze', '-', '-o', dir, '-q'], input);
      expect(code).toBe(0);
      const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'comments.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
      expect(rows.map((r) => [r.source_file, r.comment_id, r.comment])).toEqual([['stdin', 'a1', 'Total rip off'], ['stdin', 'a2', 'Lovely idea, well done']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
