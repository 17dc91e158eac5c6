import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentDate } from '../src/input/dates.js';
import { findColumns } from '../src/input/export-columns.js';
import { parseExport } from '../src/input/exports.js';
import { cliInProcess } from './helpers.js';

// Exports as social-listening tools and platform APIs write them, in miniature and in our own
// words: what a user brings without naming a single column.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reaction-platforms-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

async function analyze(inputs: string[], ...flags: string[]) {
  const out = path.join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const result = await cliInProcess(['analyze', ...inputs, '-o', out, '-j', '1', '--json', ...flags]);
  const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(path.join(out, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
  return { ...result, out, csv, read };
}

describe('exports from platforms and tools, with no flags', () => {
  it('reads a YouTube-style CSV: text, author, date and video, ids as they were', async () => {
    const file = write('youtube.csv', [
      'id,authorDisplayName,publishedAt,textOriginal,likeCount,videoTitle',
      'Ugx0042,Ann,2024-05-01T10:00:00Z,This is a scam and everyone knows it,3,Launch video',
      '0042,Bob,2024-05-02T11:30:00+02:00,Love this so much well done,5,Launch video',
      '1787000000000000001,Cy,2024-05-03T09:00:00Z,When does it ship?,0,Launch video',
    ].join('\n'));
    const { code, stderr, csv } = await analyze([file]);
    expect(code).toBe(0);
    expect(stderr).toContain('text from "textOriginal", id from "id", author from "authorDisplayName", date from "publishedAt", grouped by "videoTitle"');
    const rows = csv('comments.csv');
    expect(rows.map((r) => r.comment_id)).toEqual(['Ugx0042', '0042', '1787000000000000001']);
    expect(rows.map((r) => r.attribution)).toEqual(['Ann', 'Bob', 'Cy']);
    expect(rows.map((r) => r.article_title)).toEqual(['Launch video', 'Launch video', 'Launch video']);
    expect(rows.map((r) => r.comment_date)).toEqual(['2024-05-01T10:00:00Z', '2024-05-02T09:30:00Z', '2024-05-03T09:00:00Z']);
  });

  it("reads Reddit's API JSON: comments and their replies from listings, with epoch dates and the thread's title", async () => {
    const comment = (id: string, author: string, body: string, created: number, replies: unknown = '') => ({ kind: 't1', data: { id, author, body, created_utc: created, replies } });
    const listing = (...children: unknown[]) => ({ kind: 'Listing', data: { children } });
    const thread = [
      listing({ kind: 't3', data: { id: 'p1', title: 'Town to close the old library', selftext: '' } }),
      listing(
        comment('c1', 'ann', 'Absolutely shameful decision', 1714550400, listing(comment('c2', 'bob', 'Agreed, a disgrace', 1714636800))),
        comment('c3', 'AutoModerator', 'Please remember the rules of this subreddit.', 1714550401),
        comment('c4', 'cy', '[deleted]', 1714550402),
        { kind: 'more', data: { count: 3 } },
      ),
    ];
    const { code, csv, read } = await analyze([write('reddit.json', JSON.stringify(thread))]);
    expect(code).toBe(0);
    const rows = csv('comments.csv');
    expect(rows.map((r) => [r.comment_id, r.attribution, r.comment, r.comment_date])).toEqual([
      ['c1', 'ann', 'Absolutely shameful decision', '2024-05-01T08:00:00Z'],
      ['c2', 'bob', 'Agreed, a disgrace', '2024-05-02T08:00:00Z'],
    ]);
    expect(rows[0]?.article_title).toBe('Town to close the old library');
    expect(read('summary.md')).toContain('Export rows left out as not reader comments: 2 (1 deleted or removed, 1 by bots)');
  });

  it('reads Reddit things as JSON lines through data.body, and a field the user names by its dotted path', async () => {
    const lines = [{ kind: 't1', data: { id: 'a', body: 'Nope, not buying it', author: 'x', meta: { who: 'first' } } }, { kind: 't1', data: { id: 'b', body: 'Great news!', author: 'y', meta: { who: 'second' } } }];
    const file = write('things.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'));
    const plain = await analyze([file]);
    expect(plain.csv('comments.csv').map((r) => [r.comment_id, r.comment, r.attribution])).toEqual([['a', 'Nope, not buying it', 'x'], ['b', 'Great news!', 'y']]);
    const named = await analyze([file], '--author-field', 'data.meta.who');
    expect(named.csv('comments.csv').map((r) => r.attribution)).toEqual(['first', 'second']);
  });

  it('finds a CSV header below report lines, as Brandwatch-style exports have, and does not group by per-row urls or titles', async () => {
    const file = write('brandwatch.csv', [
      'Report:,Mentions export',
      'Brand:,Acme',
      'Date range:,2024-05-01 - 2024-05-31',
      '',
      'Query Id,Date,Title,Url,Author,Full Text,Sentiment',
      '991,2024-05-01 10:00:00.0,So is this real,https://x.example/1,@ann,So is this real? Sounds fake,neutral',
      '991,2024-05-02 11:00:00.0,Acme you legends,https://x.example/2,@bob,Acme you legends thank you,positive',
    ].join('\r\n'));
    const { code, csv, stderr } = await analyze([file]);
    expect(code).toBe(0);
    expect(stderr).toContain('text from "Full Text"');
    expect(stderr).toContain('one group');
    const rows = csv('comments.csv');
    expect(rows.map((r) => r.comment)).toEqual(['So is this real? Sounds fake', 'Acme you legends thank you']);
    expect(rows.map((r) => r.comment_date)).toEqual(['2024-05-01T10:00:00', '2024-05-02T11:00:00']);
    // The rows share no title or url: one group for the file, not one per comment.
    expect(csv('articles.csv')).toHaveLength(1);
  });

  it('groups by a url the rows share', () => {
    const rows = [{ url: 'https://a.example/story', text: 'one' }, { url: 'https://a.example/story', text: 'two' }, { url: 'https://b.example/other', text: 'three' }];
    const parsed = parseExport('x.json', 'json', JSON.stringify(rows));
    expect(parsed.groups.map((g) => [g.title, g.comments.length])).toEqual([['https://a.example/story', 2], ['https://b.example/other', 1]]);
  });

  it('reads a .tsv file', async () => {
    const file = write('export.tsv', 'id\ttext\tauthor\nt1\tWhat a joke, this is\tann\nt2\tThis, honestly, is great\tbob\n');
    const { csv } = await analyze([file]);
    expect(csv('comments.csv').map((r) => [r.comment_id, r.comment])).toEqual([['t1', 'What a joke, this is'], ['t2', 'This, honestly, is great']]);
  });

  it('names the file and lists the columns it found when none holds the text', async () => {
    const file = write('notext.csv', 'post_id,likes,when\n1,2,2024-05-01\n');
    const { code, stderr } = await analyze([file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/notext\.csv: .*no text column: expected one of text, full_text, .*; found "post_id", "likes", "when" \(name it with --text-field\)/);
  });

  it('leaves out repeated texts within a group and counts them; --keep-duplicates keeps them', async () => {
    const file = write('dups.jsonl', ['Buy cheap followers now', 'Buy cheap followers now', 'Genuinely moving story', 'Buy cheap followers now'].map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\n'));
    const dropped = await analyze([file]);
    expect(dropped.csv('comments.csv').map((r) => r.comment_id)).toEqual(['d0', 'd2']);
    expect(dropped.read('summary.md')).toContain('Export rows left out as not reader comments: 2 (2 duplicates of a comment before them)');
    expect(JSON.parse(dropped.read('summary.json')).left_out).toEqual({ deleted: 0, bots: 0, duplicates: 2 });
    const kept = await analyze([file], '--keep-duplicates');
    expect(kept.csv('comments.csv')).toHaveLength(4);
  });

  it('charts stance by the comments’ own dates, and draws no trend from a handful of comments', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, text: `Comment number ${i} here`, created_utc: 1714550400 + (i % 2) * 86400 }));
    const few = Array.from({ length: 4 }, (_, i) => ({ id: `f${i}`, text: `Another comment ${i}`, created_utc: 1714550400 + i * 86400 }));
    const big = await analyze([write('many.jsonl', many.map((r) => JSON.stringify(r)).join('\n'))]);
    const summary = big.read('summary.md');
    expect(summary).toContain('| 2024-05-01 | 15 |');
    expect(summary).toContain('| 2024-05-02 | 15 |');
    expect(summary).toContain('xychart-beta');
    const small = await analyze([write('few.jsonl', few.map((r) => JSON.stringify(r)).join('\n'))]);
    expect(small.read('summary.md')).toContain('No trend is drawn: 4 dates of 4 hold fewer than 10 comments');
    expect(small.read('summary.md')).not.toContain('xychart-beta');
  });
});

describe('finding columns', () => {
  it('takes an id only when rows differ by it, and a group only when rows share it', () => {
    const sample = [{ 'Query Id': '7', id: 'same', Title: 'a', text: 'x' }, { 'Query Id': '7', id: 'same', Title: 'b', text: 'y' }];
    const columns = findColumns(sample);
    expect(columns.id).toBeUndefined();
    expect(columns.group).toBeUndefined();
    expect(columns.text).toEqual(['text']);
  });
});

describe('comment dates', () => {
  it.each([
    ['2024-05-06', '2024-05-06'],
    ['2024-05-06T12:30:00.123+02:00', '2024-05-06T10:30:00Z'],
    ['2024-05-06 12:30:00.0', '2024-05-06T12:30:00'],
    ['Wed Oct 10 20:19:24 +0000 2018', '2018-10-10T20:19:24Z'],
    [1715000000, '2024-05-06T12:53:20Z'],
    ['1715000000000', '2024-05-06T12:53:20Z'],
    ['5/6/2024 12:30 PM', '2024-05-06T12:30:00'],
    ['13/5/2024', '2024-05-13'],
    ['May 6, 2024', '2024-05-06'],
    ['2024-02-30', ''],
    ['yesterday', ''],
  ] as Array<[string | number, string]>)('reads %s as %s', (value, expected) => {
    expect(commentDate(value)).toBe(expected);
  });
});

describe('mistakes on the command line', () => {
  it('takes a misspelt command for a mistake, not for a file to analyze', async () => {
    const { code, stderr } = await cliInProcess(['analyse', 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'analyse' (did you mean 'analyze'?)");
  });

  it.each([
    [['x', '-o'], /Not enough arguments following: o/],
    [['x', '--max-file-size', '-5'], /--max-file-size must be a number of MB above 0/],
  ])('refuses %j', async (args, message) => {
    const { code, stderr } = await cliInProcess(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('fails at once, naming the folder, when reports cannot be written there', async () => {
    const { code, stderr } = await cliInProcess([write('one.jsonl', '{"text":"hi"}'), '-o', '/proc/reaction-analyzer/x', '-q']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot write reports to /proc/reaction-analyzer/x');
  });
});

describe('stance of exported comments', () => {
  it('reads a plain comment as a reaction: praise supportive, complaint skeptical, a question for information neutral', async () => {
    const rows = ['Absolute rip off, not paying that', 'Brilliant work from everyone involved, thank you', 'What time does the market open on Sunday?'];
    const { csv } = await analyze([write('plain.jsonl', rows.map((text, i) => JSON.stringify({ id: `p${i}`, text })).join('\n'))]);
    expect(csv('comments.csv').map((r) => r.stance)).toEqual(['skeptical', 'supportive', 'neutral']);
  });

  it('reads a reply to a claim with the weights learned from replies to claims', async () => {
    const { classifyStance } = await import('../src/classify/index.js');
    const text = 'Love how they never give a source for this';
    const { csv } = await analyze([write('claims.jsonl', JSON.stringify({ id: 'c', text, context: 'Rumour: the bridge will close for a year' }))]);
    const [row] = csv('comments.csv');
    const expected = classifyStance(text, { source: 'export' });
    expect([row?.stance, Number(row?.confidence)]).toEqual([expected.stance, Number(expected.confidence.toFixed(3))]);
  });
});

describe('comments.xlsx of a large export', () => {
  // Long comments, so that the rows run past the bytes the run lets wait for the zip (4 MB) and
  // the run has to wait for it.
  it('writes every row of an export larger than the zip may hold back, ids as text', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => JSON.stringify({ id: `0${i}`, text: `Comment number ${i}, honestly not sure what to make of this story at all. `.repeat(16) }));
    const { code, out } = await analyze([write('large.jsonl', rows.join('\n'))], '--xlsx');
    expect(code).toBe(0);
    const { createRequire } = await import('node:module');
    const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, 'comments.xlsx'));
    const sheet = book.getWorksheet('comments');
    expect(sheet?.rowCount).toBe(5_001);
    expect(sheet?.getRow(5_001).getCell(4).value).toBe('04999');
  }, 120_000);
});

describe('messages about an export', () => {
  it('names a file once, however many groups it has', async () => {
    const file = write('two-groups.jsonl', '{"text":"one","title":"A"}\n{"text":"two","title":"B"}\n{"text":"three","title":"A"}\n{broken\n');
    const { stderr } = await analyze([file]);
    expect(stderr.split('\n').filter((l) => l.includes('1 row(s) skipped: line 4: not valid JSON'))).toHaveLength(1);
  });
});
