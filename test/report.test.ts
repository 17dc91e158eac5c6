import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline/article.js';
import { ARTICLE_COLUMNS, articlesCsv, COMMENT_COLUMNS, commentsCsv } from '../src/report/csv.js';
import { RunAggregate } from '../src/report/aggregate.js';
import { summaryMarkdown } from '../src/report/markdown.js';
import type { ArticleAnalysis, ClassifiedComment } from '../src/types.js';
import { articleFromText } from './helpers.js';

const article = articleFromText(
  'Fans React To The Price Rise\n\nThe price went up.\n\n' +
    '"=HYPERLINK(\'http://evil\';1) I am not paying this," wrote one user.\n\n' +
    '"Honestly, it is still cheap, and the shows are good, I will pay it," said another.\n\n' +
    '"-1 for this | not ok <b>bold</b>\u202e reversed," one fan posted.',
  'prices.txt',
);
const analysis = analyzeArticle(article);
const empty = analyzeArticle(articleFromText('Council Meets On Tuesday\n\n"We will decide," the mayor said.', 'council.txt'));

describe('comments.csv', () => {
  const parsed = Papa.parse<Record<string, string>>(commentsCsv([analysis, empty]), { header: true, skipEmptyLines: true });

  it('has the documented columns, in order', () => {
    expect(parsed.meta.fields).toEqual([...COMMENT_COLUMNS]);
  });

  it('parses back to exactly the comments, one row each, with ids and indexes', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.comment_id)).toEqual(['prices.txt#1', 'prices.txt#2', 'prices.txt#3']);
    expect(parsed.data.map((r) => r.comment_index)).toEqual(['1', '2', '3']);
    expect(parsed.data[1]?.comment).toBe(analysis.comments[1]?.text);
    expect(parsed.data[1]?.stance).toBe(analysis.comments[1]?.stance.stance);
    expect(parsed.data[0]?.article_title).toBe('Fans React To The Price Rise');
  });

  it('never lets a cell start a formula, and keeps the text readable', () => {
    const first = parsed.data[0]?.comment ?? '';
    const third = parsed.data[2]?.comment ?? '';
    expect(first.startsWith("'=")).toBe(true);
    expect(first.slice(1)).toBe(analysis.comments[0]?.text);
    expect(third.startsWith("'-1")).toBe(true);
    for (const row of parsed.data) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('removes Unicode direction overrides', () => {
    expect(parsed.data[2]?.comment).not.toContain('\u202e');
  });
});

describe('articles.csv', () => {
  const parsed = Papa.parse<Record<string, string>>(articlesCsv([analysis, empty]), { header: true, skipEmptyLines: true });

  it('has one row per article with counts, shares, net stance and status', () => {
    expect(parsed.meta.fields).toEqual([...ARTICLE_COLUMNS]);
    const [row, none] = parsed.data;
    const n = analysis.comments.length;
    const skeptical = analysis.comments.filter((c) => c.stance.stance === 'skeptical').length;
    const supportive = analysis.comments.filter((c) => c.stance.stance === 'supportive').length;
    expect(row?.comments).toBe(String(n));
    expect(row?.net_stance).toBe(((supportive - skeptical) / n).toFixed(3));
    expect(row?.status).toBe('ok');
    expect(none?.comments).toBe('0');
    expect(none?.status).toBe('no-comments');
  });
});

describe('summary.md', () => {
  const aggregate = new RunAggregate();
  aggregate.add(analysis);
  aggregate.add(empty);
  const md = summaryMarkdown(aggregate, { inputs: ['data'], skippedFiles: 0, model: 'test' });

  it('names the articles without reader comments', () => {
    const section = md.slice(md.indexOf('## Articles without reader comments'));
    expect(section).toContain('council.txt');
  });

  it('shows URLs in comments as text, never as links', async () => {
    const { escapeMarkdown } = await import('../src/report/markdown.js');
    expect(escapeMarkdown('see http://evil.example and www.evil.example')).toBe('see http\\://evil.example and www\\.evil.example');
  });

  it('lets no comment text break a table or inject HTML', () => {
    expect(md).not.toContain('<b>');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(line.startsWith('| stance') || line.startsWith('| skeptical') || line.startsWith('| supportive') || line.startsWith('| neutral') ? 5 : line.startsWith('|---') ? (line.match(/\|/g)?.length ?? 0) + 1 : 9);
    }
  });
});

describe('summary.md for a large comment group', () => {
  it('shows its most confident comments of each stance and counts the rest', () => {
    const stances = ['skeptical', 'supportive', 'neutral'] as const;
    const comments = Array.from({ length: 60 }, (_, i) => ({
      text: `comment ${i}`, attribution: '', parts: [`comment ${i}`], offset: 0, layout: 'export-row' as const, index: i + 1, id: `x#${i + 1}`,
      stance: { stance: stances[i % 3] as (typeof stances)[number], confidence: (i % 50) / 50, sentiment: 0, cues: ['no stance cue'], probabilities: { skeptical: 0, supportive: 0, neutral: 0 } },
    }));
    const aggregate = new RunAggregate();
    aggregate.add({ sourceFile: 'export.jsonl', title: 'Big thread', date: '2024-01-02', status: 'ok', detail: '', comments });
    const md = summaryMarkdown(aggregate, { inputs: ['x'], skippedFiles: 0, model: 'm' });
    const section = md.slice(md.indexOf('### Big thread'), md.indexOf('## Articles without'));
    expect(section.match(/^\d+\. \*\*/gm)).toHaveLength(15);
    expect(section).toContain('…and 45 more comments');
    expect(section).toContain('49. **skeptical** (0.96)');
    expect(section).toContain('50. **supportive** (0.98)');
  });

  it('charts stance by date only over dates with comments, by month when days are too many', () => {
    const aggregate = new RunAggregate();
    const one = (date: string, stance: 'skeptical' | 'supportive') => ({
      sourceFile: `${date}.txt`, title: date, date, status: 'ok' as const, detail: '',
      comments: [{ text: 'x', attribution: '', parts: ['x'], offset: 0, layout: 'export-row' as const, index: 1, id: `${date}#1`, stance: { stance, confidence: 0.9, sentiment: 0, cues: [], probabilities: { skeptical: 0, supportive: 0, neutral: 0 } } }],
    });
    for (let d = 1; d <= 20; d++) aggregate.add(one(`2024-0${d <= 10 ? 1 : 2}-${String(d).padStart(2, '0')}`, d % 2 ? 'skeptical' : 'supportive'));
    aggregate.add({ sourceFile: 'none.txt', title: 'none', date: '2024-03-01', status: 'no-comments', detail: '', comments: [] });
    const md = summaryMarkdown(aggregate, { inputs: ['x'], skippedFiles: 0, model: 'm' });
    expect(md).toContain('x-axis ["2024-01", "2024-02"]');
    expect(md).toContain('| 2024-01 | 10 | 5 (50%) | 5 (50%) | 0 (0%) |');
    expect(md.slice(md.indexOf('## Stance by date'), md.indexOf('## Articles'))).not.toContain('2024-03');
  });

  it('opens with a one-sentence headline and draws the stance shares', () => {
    const aggregate = new RunAggregate();
    aggregate.add(analysis);
    const md = summaryMarkdown(aggregate, { inputs: ['x'], skippedFiles: 0, model: 'm' });
    expect(md.split('\n')[2]).toMatch(/^Of 3 reader comments across 1 article, \d+ skeptical \(\d+%\), \d+ supportive \(\d+%\) and \d+ neutral \(\d+%\)\.$/);
    expect(md).toMatch(/```mermaid\n%%\{init: \{"themeVariables": \{"pie1": "#d62728"[^\n]*\npie showData/);
  });
});

describe('memory for a run of many articles', () => {
  const comment = (i: number, k: number): ClassifiedComment => ({
    text: `c${k}`, attribution: '', parts: [`c${k}`], offset: 0, layout: 'export-row', index: k + 1, id: `a${i}#${k + 1}`,
    stance: { stance: 'neutral', confidence: 0.5, sentiment: 0, cues: [], probabilities: { skeptical: 0, supportive: 0, neutral: 1 } },
  });
  /** Every other article has no comments, the others 1 to 7; then files that failed. */
  const articles = (ok: number, failed: number): ArticleAnalysis[] => [
    ...Array.from({ length: ok }, (_, i) => ({
      sourceFile: `a${i}.txt`, title: `Article ${i}`, date: '', status: 'ok' as const, detail: '',
      comments: Array.from({ length: i % 2 === 0 ? 0 : 1 + (i % 7) }, (_, k) => comment(i, k)),
    })),
    ...Array.from({ length: failed }, (_, i) => ({ sourceFile: `bad${i}.txt`, title: '', date: '', status: 'error' as const, detail: 'cannot read: EACCES', comments: [] })),
  ];

  it('keeps the most-commented articles, the first without comments and the first failures, and says where the rest are', async () => {
    const { MAX_ARTICLES_LISTED } = await import('../src/report/aggregate.js');
    const ok = 2 * MAX_ARTICLES_LISTED + 50;
    const input = articles(ok, MAX_ARTICLES_LISTED + 3);
    const aggregate = new RunAggregate();
    for (const a of input) aggregate.add(a);
    expect(() => aggregate.articles).toThrow(/keepAll/);

    // The table's articles: the most-commented, ties to the earlier, as a stable sort gives them.
    const expected = input.filter((a) => a.status === 'ok').sort((a, b) => b.comments.length - a.comments.length).slice(0, MAX_ARTICLES_LISTED);
    expect(aggregate.ranked.map((a) => a.sourceFile)).toEqual(expected.map((a) => a.sourceFile));
    expect(aggregate.ranked.every((a) => a.shown.length === a.comments)).toBe(true);
    expect(aggregate.withoutComments).toHaveLength(MAX_ARTICLES_LISTED);
    expect(aggregate.failedFiles).toHaveLength(MAX_ARTICLES_LISTED);

    const md = summaryMarkdown(aggregate, { inputs: ['x'], skippedFiles: 0, model: 'm' });
    const table = md.slice(md.indexOf('## Articles\n'), md.indexOf('## Comments by article'));
    expect(table.split('\n').filter((l) => l.startsWith('| Article '))).toHaveLength(MAX_ARTICLES_LISTED);
    expect(table).toContain(`…and ${ok - MAX_ARTICLES_LISTED} more articles: \`articles.csv\` lists every one.`);
    expect(md).toContain(`- Articles analyzed: ${ok}; files not analyzed: ${MAX_ARTICLES_LISTED + 3}`);
    expect(md).toContain(`The comments of the other ${ok / 2 - MAX_ARTICLES_LISTED} articles with comments are in \`comments.csv\`.`);
    expect(md).toContain(`…and ${ok / 2 - MAX_ARTICLES_LISTED} more articles: \`articles.csv\` lists them all (the \`no-comments\` ones).`);
    expect(md).toContain('…and 3 more files: `articles.csv` lists them all (the `error` ones, with why).');
  });

  it('keeps every article when asked to (for summary.json), and summary.md reads the same', () => {
    const input = articles(30, 2);
    const all = new RunAggregate({ keepAll: true });
    const bounded = new RunAggregate();
    for (const a of input) {
      all.add(a);
      bounded.add(a);
    }
    expect(all.articles.map((a) => a.sourceFile)).toEqual(input.map((a) => a.sourceFile));
    const context = { inputs: ['x'], skippedFiles: 0, model: 'm' };
    expect(summaryMarkdown(bounded, context)).toBe(summaryMarkdown(all, context));
    expect(summaryMarkdown(bounded, context)).not.toContain('…and');
  });
});
