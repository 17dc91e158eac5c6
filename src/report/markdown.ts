import type { ClassifiedComment, MeasuredAccuracy, Stance, StanceCounts } from '../types.js';
import { STANCES } from '../types.js';
import type { ArticleSummary, QuotedComment, RunAggregate } from './aggregate.js';
import { fixed, percent } from './format.js';
import { stripControl } from './sanitize.js';

const MAX_COMMENT_CHARS = 500;

export interface SummaryContext {
  inputs: string[];
  model: string;
  skippedFiles: number;
  accuracy?: MeasuredAccuracy;
}

/** Anything escapeMarkdown would change in text without control characters. */
const NEEDS_ESCAPE = /\n|[&<>\\`*_{}[\]#+!|~]|^\s*[-=]|:\/\/|\bwww\./i;

/** Text without control characters, its line breaks all \n (a lone \r is one too, to a Markdown viewer). */
function lines(text: string): string {
  const clean = stripControl(text);
  return clean.includes('\r') ? clean.replace(/\r\n?/g, '\n') : clean;
}

/**
 * Text safe inside a Markdown table cell or list item: markup, HTML, pipes and line breaks are
 * escaped or flattened, so a comment can neither break the table nor start a heading or list.
 */
export function escapeMarkdown(text: string): string {
  const clean = lines(text);
  // Most titles and comments hold nothing to escape: one test spares them eight passes, which
  // were most of the time summary.md took for a run of 20,000 articles.
  if (!NEEDS_ESCAPE.test(clean)) return clean;
  return clean
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]#+!|~]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-=])/, '$1\\$2')
    // A URL in a comment is shown, never made a link: escaping breaks GFM's autolinks.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** A file name or path as inline code: backticks cannot close it early, and nothing inside is escaped. */
function code(text: string): string {
  return `\`${lines(text).replace(/\s*\n\s*/g, ' ').replace(/`/g, "'")}\``;
}

function shorten(text: string, max = MAX_COMMENT_CHARS): string {
  // No more UTF-16 units than the limit means no more characters either.
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
}

function articleName(a: { title: string; sourceFile: string }): string {
  return escapeMarkdown(shorten(a.title || a.sourceFile, 120));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function commentLine(c: ClassifiedComment): string {
  const who = c.attribution ? ` — ${escapeMarkdown(shorten(c.attribution, 80))}` : '';
  const cues = c.stance.cues.map((cue) => escapeMarkdown(cue)).join('; ');
  const stance = c.stance.stance === null ? `**no stance** (${c.stance.language})` : `**${c.stance.stance}** (${fixed(c.stance.confidence, 2)})`;
  return `${c.index}. ${stance} “${escapeMarkdown(shorten(c.text))}”${who}  \n   cues: ${cues}`;
}

/** The line after a list cut short, if it was: how many more, and that articles.csv has them. */
function more(rest: number, one: string, which: string): string[] {
  return rest > 0 ? ['', `…and ${plural(rest, `more ${one}`)}: \`articles.csv\` lists them all (${which}).`] : [];
}

function headline(total: StanceCounts, comments: number, articles: number, unread: number): string {
  if (comments === 0) return `No reader comments were found in ${plural(articles, 'article')}.`;
  const classified = comments - unread;
  const part = (s: Stance): string => `${total[s]} ${s} (${percent(total[s], classified)})`;
  const apart = unread > 0 ? `; ${unread} in other languages have no stance` : '';
  return `Of ${plural(comments, 'reader comment')} across ${plural(articles, 'article')}, ${part('skeptical')}, ${part('supportive')} and ${part('neutral')}${apart}.`;
}

// One colour per stance in every chart: red skeptical, green supportive, grey neutral.
const COLOURS: Record<Stance, string> = { skeptical: '#d62728', supportive: '#2ca02c', neutral: '#8c8c8c' };
const COLOUR_NAMES = 'skeptical red, supportive green, neutral grey';
const MAX_CHART_POINTS = 12;

function pie(total: StanceCounts): string[] {
  const colours = STANCES.map((s, i) => `"pie${i + 1}": "${COLOURS[s]}"`).join(', ');
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {${colours}}}}%%`,
    'pie showData title Stance of reader comments',
    ...STANCES.map((s) => `    "${s}" : ${total[s]}`),
    '```',
  ];
}

/** Dates with comments, by day, or by month or year when there are too many days to chart. */
function dateBuckets(dates: Array<[string, StanceCounts]>): Array<[string, StanceCounts]> {
  const withComments = dates.filter(([, c]) => c.skeptical + c.supportive + c.neutral > 0);
  for (const length of [10, 7, 4]) {
    const buckets = new Map<string, StanceCounts>();
    for (const [date, c] of withComments) {
      const key = date.slice(0, length);
      const b = buckets.get(key) ?? { skeptical: 0, supportive: 0, neutral: 0 };
      for (const s of STANCES) b[s] += c[s];
      buckets.set(key, b);
    }
    if (buckets.size <= MAX_CHART_POINTS || length === 4) return [...buckets.entries()];
  }
  return [];
}

/** The fewest comments a date may hold for a chart to draw its share as a point of a trend. */
export const MIN_COMMENTS_PER_POINT = 10;

const commentCount = (c: StanceCounts): number => c.skeptical + c.supportive + c.neutral;

function byDate(dates: Array<[string, StanceCounts]>): string[] {
  const table = [
    '| date | comments | skeptical | supportive | neutral |',
    '|---|---:|---:|---:|---:|',
    ...dates.map(([d, c]) => {
      const n = commentCount(c);
      return `| ${d} | ${n} | ${c.skeptical} (${percent(c.skeptical, n)}) | ${c.supportive} (${percent(c.supportive, n)}) | ${c.neutral} (${percent(c.neutral, n)}) |`;
    }),
  ];
  // A share of three comments moves by a third with one comment: no line is drawn through it.
  const few = dates.filter(([, c]) => commentCount(c) < MIN_COMMENTS_PER_POINT).length;
  if (few > 0) {
    return [`No trend is drawn: ${plural(few, 'date')} of ${dates.length} hold fewer than ${MIN_COMMENTS_PER_POINT} comments, too few for a share to mean much.`, '', ...table];
  }
  const shares = (s: Stance): string => dates.map(([, c]) => {
    const n = c.skeptical + c.supportive + c.neutral;
    return n > 0 ? Math.round((100 * c[s]) / n) : 0;
  }).join(', ');
  const palette = STANCES.map((s) => COLOURS[s]).join(', ');
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    '    title "Share of comments by stance (%)"',
    `    x-axis [${dates.map(([d]) => `"${d}"`).join(', ')}]`,
    '    y-axis "%" 0 --> 100',
    ...STANCES.map((s) => `    line [${shares(s)}]`),
    '```',
    '',
    `Lines: ${COLOUR_NAMES}.`,
    '',
    ...table,
  ];
}

function quoted(q: QuotedComment): string {
  return `> “${escapeMarkdown(shorten(q.comment.text, 300))}” — ${escapeMarkdown(q.comment.attribution || 'a reader')}, on *${escapeMarkdown(shorten(q.article, 120))}* (${fixed(q.confidence, 2)})`;
}

function articleSection(a: ArticleSummary): string[] {
  const lines = [`### ${articleName(a)}`, '', `${code(a.sourceFile)}${a.date ? ` · ${a.date}` : ''} · ${plural(a.comments, 'comment')}`, ''];
  for (const q of a.shown) lines.push(commentLine(q.comment));
  if (a.hidden > 0) {
    lines.push('', `…and ${plural(a.hidden, 'more comment')}: this group shows its most confident comments of each stance; \`comments.csv\` has them all.`);
  }
  lines.push('');
  return lines;
}

/** summary.md: a report an analyst can forward, from the run's aggregates. Pure. */
export function summaryMarkdown(run: RunAggregate, context: SummaryContext): string {
  const dates = [...run.byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const buckets = dateBuckets(dates);
  const lines: string[] = ['# Reader reaction summary', '', headline(run.total, run.comments, run.analyzed, run.unread), ''];

  lines.push('## The run', '');
  lines.push(`- Inputs: ${context.inputs.map(code).join(', ')}`);
  lines.push(`- Articles analyzed: ${run.analyzed}${run.failed > 0 ? `; files not analyzed: ${run.failed}` : ''}${context.skippedFiles > 0 ? `; other files skipped: ${context.skippedFiles}` : ''}`);
  const { deleted, bots, duplicates } = run.leftOut;
  if (deleted + bots + duplicates > 0) {
    const why = [deleted && `${deleted} deleted or removed`, bots && `${bots} by bots`, duplicates && `${duplicates} duplicates of a comment before them`].filter(Boolean).join(', ');
    lines.push(`- Export rows left out as not reader comments: ${deleted + bots + duplicates} (${why})`);
  }
  lines.push(`- Dates: ${dates.length === 0 ? 'none given' : dates.length === 1 ? dates[0]?.[0] : `${dates[0]?.[0]} to ${dates[dates.length - 1]?.[0]}`}`);
  lines.push(`- Stance classifier: ${code(context.model)}`, '');

  lines.push('## Overall stance', '');
  if (run.comments > run.unread) lines.push(...pie(run.total), '', `Colours: ${COLOUR_NAMES}.`, '');
  lines.push('| stance | comments | share |', '|---|---:|---:|');
  for (const s of STANCES) lines.push(`| ${s} | ${run.total[s]} | ${percent(run.total[s], run.comments - run.unread)} |`);
  if (run.unread > 0) {
    const languages = [...run.unreadLanguages].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([language, n]) => `${language} ${n}`).join(', ');
    lines.push('', `Not classified: ${plural(run.unread, 'comment')} in a language the stance model does not read (${languages}; ISO 639-3 codes). They are in \`comments.csv\` with an empty stance and are in no share above.`);
  }
  lines.push('');
  if (buckets.length > 1) lines.push('## Stance by date', '', ...byDate(buckets), '');

  lines.push('## Articles', '', 'Most-commented first.', '');
  lines.push('| article | date | comments | skeptical | supportive | neutral | net stance |', '|---|---|---:|---:|---:|---:|---:|');
  for (const a of run.ranked) {
    const net = a.comments > 0 ? fixed((a.counts.supportive - a.counts.skeptical) / a.comments, 2) : '–';
    lines.push(`| ${articleName(a)} | ${a.date || '–'} | ${a.comments} | ${a.counts.skeptical} | ${a.counts.supportive} | ${a.counts.neutral} | ${net} |`);
  }
  const unranked = run.analyzed - run.ranked.length;
  if (unranked > 0) lines.push('', `…and ${plural(unranked, 'more article')}: \`articles.csv\` lists every one.`);
  lines.push('');

  if (run.top.skeptical.length + run.top.supportive.length > 0) {
    lines.push('## Most confident comments', '');
    for (const stance of ['skeptical', 'supportive'] as const) {
      if (run.top[stance].length === 0) continue;
      lines.push(`**${stance}**`, '');
      for (const q of run.top[stance]) lines.push(quoted(q), '');
    }
  }

  lines.push('## Comments by article', '');
  for (const a of run.listed) if (a.shown.length > 0) lines.push(...articleSection(a));
  if (run.unlisted > 0) lines.push(`The comments of the other ${plural(run.unlisted, 'article')} with comments are in \`comments.csv\`.`, '');

  lines.push('## Articles without reader comments', '');
  if (run.withoutCommentsCount === 0) lines.push('None.');
  for (const a of run.withoutComments) lines.push(a.title ? `- ${articleName(a)} (${code(a.sourceFile)})` : `- ${code(a.sourceFile)}`);
  lines.push(...more(run.withoutCommentsCount - run.withoutComments.length, 'article', 'the `no-comments` ones'));
  lines.push('');

  lines.push('## Files not analyzed', '');
  if (run.failed === 0) lines.push('None.');
  for (const a of run.failedFiles) lines.push(`- ${code(a.sourceFile)}: ${escapeMarkdown(a.detail)}`);
  lines.push(...more(run.failed - run.failedFiles.length, 'file', 'the `error` ones, with why'));
  lines.push('');

  lines.push('## How to read this', '');
  lines.push(
    '- **skeptical**: doubts, questions, denies, mocks or criticizes the subject or its claim (sarcasm counts).',
    '- **supportive**: believes, defends, praises, thanks or sympathizes with the subject, including attacks on its critics or the media.',
    '- **neutral**: asks for information or takes no side.',
    "- **confidence** is the classifier's probability for the stance shown. A comment quoted in an article is read with the article's framing (its narration and the sentence that introduces the comment); one from an export is read on its own, and counted neutral when its best stance is not probable enough.",
    '- **cues** are the signals that weighed most; AFINN is the word-sentiment score, shown for comparison (sentiment is not stance).',
    '- **net stance** is (supportive − skeptical) / comments, from −1 (all skeptical) to +1 (all supportive).',
  );
  if (context.accuracy) {
    const m = context.accuracy;
    lines.push(`- **accuracy**: on ${m.comments} labelled comments (${escapeMarkdown(m.description)}), the classifier's macro-F1 was ${fixed(m.macroF1, 2)} and its accuracy ${percent(Math.round(m.accuracy * 1000), 1000)}.`);
  }
  lines.push('');
  return lines.join('\n');
}
