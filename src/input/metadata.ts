import { isoDate } from './dates.js';

// Title and date of a plain-text article. Roundup articles start with a header (headline,
// standfirst, byline, dateline) before the body; both facts are looked for only there.

const HEADER_LINES = 8;
/** `date 2024-03-12`, the marker scraped articles in this genre start with. */
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const DATELINE = /^(?:by\b|published|posted|updated|last updated|on\b|dated?\b)/i;
const BREADCRUMB = /\s\/\s/;
/** "— Name (@handle)": an embedded post's credit, which a page can print before any headline. */
const POST_CREDIT_MARK = /\(@[\w.]{1,30}\)/;

export interface TextMetadata {
  title: string;
  date: string;
  /** The text with a leading `date YYYY-MM-DD` marker removed. */
  body: string;
}

function headerLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, HEADER_LINES);
}

function isHeadlineLike(line: string): boolean {
  return (
    line.length >= 8 && line.length <= 250 && line.split(/\s+/).length <= 25 && !/[.:;,]["”’']?$/.test(line) &&
    !DATELINE.test(line) && !BREADCRUMB.test(line) && !POST_CREDIT_MARK.test(line)
  );
}

/** Headlines in Title Case are the surest sign of a headline among header lines. */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => w.length >= 4);
  if (words.length < 3) return false;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized / words.length >= 0.75;
}

export function findTitle(lines: string[]): string {
  const candidates = lines.map((line) => line.replace(DATE_MARKER, '')).filter(Boolean).slice(0, 3);
  return candidates.find((line) => isHeadlineLike(line) && isTitleCase(line)) ??
    (candidates[0] !== undefined && isHeadlineLike(candidates[0]) ? candidates[0] : '');
}

export function findDate(lines: string[]): string {
  for (const line of lines) {
    const marker = DATE_MARKER.exec(line);
    if (marker) return isoDate(marker[1] ?? '');
    if (DATELINE.test(line) || line.length <= 40) {
      const date = isoDate(line);
      if (date) return date;
    }
  }
  return '';
}

export function textMetadata(text: string, heading = ''): TextMetadata {
  const lines = headerLines(text);
  const date = findDate(lines);
  const body = text.replace(DATE_MARKER, '');
  return { title: heading || findTitle(lines), date, body };
}
