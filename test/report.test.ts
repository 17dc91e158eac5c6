import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { ARTICLE_COLUMNS, articlesCsv, COMMENT_COLUMNS, commentsCsv } from '../src/report/csv.js';
import { summaryMarkdown } from '../src/report/markdown.js';
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
  const md = summaryMarkdown({ inputs: ['data'], articles: [analysis, empty], skippedFiles: 0, model: 'test' });

  it('names the articles without reader comments', () => {
    const section = md.slice(md.indexOf('## Articles without reader comments'));
    expect(section).toContain('council.txt');
  });

  it('lets no comment text break a table or inject HTML', () => {
    expect(md).not.toContain('<b>');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(line.startsWith('| stance') || line.startsWith('| skeptical') || line.startsWith('| supportive') || line.startsWith('| neutral') ? 5 : line.startsWith('|---') ? (line.match(/\|/g)?.length ?? 0) + 1 : 9);
    }
  });
});
