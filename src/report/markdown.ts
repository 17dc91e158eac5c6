import { stanceCounts } from '../pipeline.js';
import type { AnalysisRun, ArticleAnalysis, ClassifiedComment } from '../types.js';
import { fixed, percent } from './format.js';
import { stripControl } from './sanitize.js';

const MAX_COMMENT_CHARS = 500;

/** Text safe inside a Markdown table cell or list item: no markup, HTML or line breaks survive. */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~-]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;');
}

/** A file name or path as inline code: backticks cannot close it early, and nothing inside is escaped. */
function code(text: string): string {
  return `\`${stripControl(text).replace(/\s*\n\s*/g, ' ').replace(/`/g, "'")}\``;
}

function shorten(text: string, max = MAX_COMMENT_CHARS): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
}

function articleName(a: ArticleAnalysis): string {
  return escapeMarkdown(a.title || a.sourceFile);
}

function commentLine(c: ClassifiedComment): string {
  const who = c.attribution ? ` — ${escapeMarkdown(shorten(c.attribution, 80))}` : '';
  const cues = c.stance.cues.map((cue) => escapeMarkdown(cue)).join('; ');
  return `${c.index}. **${c.stance.stance}** (${fixed(c.stance.confidence, 2)}) “${escapeMarkdown(shorten(c.text))}”${who}  \n   cues: ${cues}`;
}

/** summary.md: what was analyzed, the overall stance, and each article's comments. */
export function summaryMarkdown(run: AnalysisRun): string {
  const analyzed = run.articles.filter((a) => a.status !== 'error');
  const all = analyzed.flatMap((a) => a.comments);
  const total = stanceCounts(all);
  const n = all.length;
  const lines: string[] = [];
  lines.push('# Reader reaction summary', '');
  lines.push(
    `Analyzed ${analyzed.length} article${analyzed.length === 1 ? '' : 's'} from ${run.inputs.map(code).join(', ')}` +
      ` with the ${escapeMarkdown(run.model)} classifier; found ${n} reader comment${n === 1 ? '' : 's'}.`,
    '',
  );
  lines.push('## Overall stance', '');
  lines.push('| stance | comments | share |', '|---|---:|---:|');
  for (const s of ['skeptical', 'supportive', 'neutral'] as const) lines.push(`| ${s} | ${total[s]} | ${percent(total[s], n)} |`);
  lines.push('');

  lines.push('## Articles', '');
  lines.push('| article | date | comments | skeptical | supportive | neutral | net stance |', '|---|---|---:|---:|---:|---:|---:|');
  for (const a of analyzed) {
    const c = stanceCounts(a.comments);
    const k = a.comments.length;
    lines.push(`| ${articleName(a)} | ${a.date || '–'} | ${k} | ${c.skeptical} | ${c.supportive} | ${c.neutral} | ${k > 0 ? fixed((c.supportive - c.skeptical) / k, 2) : '–'} |`);
  }
  lines.push('');

  for (const a of analyzed.filter((x) => x.comments.length > 0)) {
    lines.push(`### ${articleName(a)}`, '', `${code(a.sourceFile)}${a.date ? ` · ${a.date}` : ''}`, '');
    for (const c of a.comments) lines.push(commentLine(c));
    lines.push('');
  }

  const without = analyzed.filter((a) => a.comments.length === 0);
  lines.push('## Articles without reader comments', '');
  if (without.length === 0) lines.push('None.');
  for (const a of without) lines.push(a.title ? `- ${articleName(a)} (${code(a.sourceFile)})` : `- ${code(a.sourceFile)}`);
  lines.push('');

  const failed = run.articles.filter((a) => a.status === 'error');
  if (failed.length > 0) {
    lines.push('## Files not analyzed', '');
    for (const a of failed) lines.push(`- ${code(a.sourceFile)}: ${escapeMarkdown(a.detail)}`);
    lines.push('');
  }
  lines.push('## How to read this', '');
  lines.push(
    '- **skeptical**: doubts, questions, denies, mocks or criticizes the subject or its claim (sarcasm counts).',
    '- **supportive**: believes, defends, praises, thanks or sympathizes with the subject, including attacks on its critics or the media.',
    '- **neutral**: asks for information or takes no side.',
    '- **confidence** is the classifier\'s probability for the stance shown; a comment whose best stance is below the threshold is counted neutral.',
    '- **cues** are the signals that decided the stance; AFINN is the word-sentiment score, shown for comparison (sentiment is not stance).',
    '',
  );
  return lines.join('\n');
}
