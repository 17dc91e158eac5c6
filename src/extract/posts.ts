import type { Part } from './candidate.js';
import { makePart } from './candidate.js';
import { DATED_CREDIT_LINE, FACEBOOK_CREDIT_LINE, GLUED_DATE_CREDIT, POST_CREDIT, SIGNATURE, TRAILING_POST_LINKS } from './lexicon.js';
import { scanQuotes } from './quotes.js';
import type { Line, Paragraph } from './text.js';
import { linesOf } from './text.js';

// Embedded social posts pasted as text: the body, then a credit line
//   — Display Name (@handle) December 7, 2013
// or a one-line form: “body” — @handle

/** "“body” — @handle" on one line. */
const HANDLE_CREDIT = /\s[—–-]\s*(@[\w.]{1,30})\s*$/u;
const DASH = /[—–]|â€/;
/** The longest run of links and a date read as a glued credit. */
const MAX_GLUED_CREDIT = 400;
/** "@handle" (maybe a date after it) on the line after a body that ends in a dash: a credit cut in two. */
const HANDLE_LINE = /^(@[\w.]{1,30})(?:\s+[^@\n]{0,40})?$/u;
/** "“body” — Pauline M." on one line: a quote credited to a name. */
const NAME_CREDIT = /\s*[—–]\s*([\p{Lu}@][^\n—–"“”]{0,59})$/u;

export interface EmbeddedPost {
  /** The body's pieces: one, or one per paragraph of a post the page spread over blank lines. */
  body: Part[];
  displayName: string;
  handle: string;
  /** The credit as the article gives it ("— Gareth Pimm (@gpimm_81) March 3, 2014"). */
  credit: string;
  /** The accounts the body @mentions: the one most posts address is the story's subject. */
  mentions: string[];
  /** Whether the credit gives only a name, which must then be judged like any attribution. */
  nameOnly: boolean;
}

/** A whole-quote line credited to a name after a dash. */
function nameCredit(line: string): RegExpExecArray | undefined {
  const match = NAME_CREDIT.exec(line);
  if (!match) return undefined;
  const spans = scanQuotes(line.slice(0, match.index).trim());
  const only = spans[0];
  return spans.length === 1 && only?.open === 0 && only.close === line.slice(0, match.index).trim().length - 1 ? match : undefined;
}

/** A post's links and glued date at a line's end, as a match of the whole line. */
function gluedDateCredit(line: string): RegExpExecArray | undefined {
  // Only a line ending in a year can end so, and only its tail is read: on a line of many links
  // the expression would be tried from each of them.
  if (!/\d{4}$/.test(line)) return undefined;
  const from = Math.max(0, line.length - MAX_GLUED_CREDIT);
  const match = GLUED_DATE_CREDIT.exec(line.slice(from));
  if (match) match.index += from;
  return match ?? undefined;
}

/** Embedded posts in a paragraph, or none when no line carries a credit. */
export function findEmbeddedPosts(paragraph: Paragraph): EmbeddedPost[] {
  const lines = linesOf(paragraph);
  const posts: EmbeddedPost[] = [];
  let bodyStart = 0; // index of the first line of the current post body
  lines.forEach((line, i) => {
    // Every credit has a dash, and one by handle an @: most lines have neither, and the
    // expressions, which cannot start from a literal, would try every position of them.
    const cut = i > bodyStart && /[—–]$/.test(lines[i - 1]?.text ?? '') ? HANDLE_LINE.exec(line.text) : null;
    if (cut) {
      const bodyLines = lines.slice(bodyStart, i);
      const last = bodyLines[bodyLines.length - 1] as Line;
      bodyLines[bodyLines.length - 1] = { text: last.text.replace(/\s*[—–]$/u, ''), start: last.start };
      bodyStart = i + 1;
      const body = bodyPart(paragraph, bodyLines);
      if (body) posts.push({ body, displayName: '', handle: cut[1] ?? '', nameOnly: false, credit: line.text, mentions: mentions(body) });
      return;
    }
    const signed = line.text.startsWith('~') ? SIGNATURE.exec(line.text) : null;
    if (signed && i > bodyStart) {
      const body = bodyPart(paragraph, lines.slice(bodyStart, i));
      bodyStart = i + 1;
      if (body) posts.push({ body, displayName: signed[1] ?? '', handle: '', nameOnly: true, credit: signed[1] ?? '', mentions: mentions(body) });
      return;
    }
    const dashed = DASH.test(line.text);
    const credit = dashed ? (POST_CREDIT.exec(line.text) ?? undefined) : undefined;
    const handleOnly = credit || !line.text.includes('@') ? undefined : (HANDLE_CREDIT.exec(line.text) ?? undefined);
    const named = credit || handleOnly || !dashed ? undefined : nameCredit(line.text);
    const glued = credit || handleOnly || named ? undefined : gluedDateCredit(line.text);
    const dated = credit || handleOnly || named || glued || !line.text.includes('(@') ? undefined : (DATED_CREDIT_LINE.exec(line.text) ?? undefined);
    const facebook = i > bodyStart && line.text.startsWith('Posted by ') ? (FACEBOOK_CREDIT_LINE.exec(line.text) ?? undefined) : undefined;
    if (!credit && !handleOnly && !named && !glued && !dated && !facebook) return;
    const match = (credit ?? handleOnly ?? named ?? glued ?? dated ?? facebook) as RegExpExecArray;
    const bodyLines: Line[] = lines.slice(bodyStart, i);
    const before = line.text.slice(0, match.index).trimEnd();
    if (before) bodyLines.push({ text: before, start: line.start });
    bodyStart = i + 1;
    const body = bodyPart(paragraph, bodyLines);
    if (!body) return;
    posts.push({
      body,
      displayName: ((credit ?? dated ?? facebook)?.[1] ?? named?.[1] ?? '').trim(),
      handle: ((credit ?? dated)?.[2] ?? handleOnly?.[1]) ?? '',
      nameOnly: named !== undefined,
      credit: glued ? (glued[1] ?? '') : line.text.slice(match.index).trim().replace(/^(?:[—–-]|â€.)\s*/u, ''),
      mentions: mentions(body),
    });
  });
  return posts;
}

/** The @handles a post's body names, each once. */
function mentions(body: Part[]): string[] {
  return [...new Set(body.flatMap((part) => part.text.match(/(?<![\w@])@\w{2,30}/g) ?? []))];
}

/** The lines of one post body, as they stand in the article, in pieces at blank lines. */
function bodyPart(paragraph: Paragraph, lines: Line[]): Part[] | undefined {
  const whole = bodyText(paragraph, lines);
  if (!whole) return undefined;
  const parts: Part[] = [];
  let from = 0;
  for (const gap of whole.text.matchAll(/\n[ \t]*\n\s*/g)) {
    const part = unquoted(whole.text.slice(from, gap.index), whole.start + from);
    if (part) parts.push(part);
    from = gap.index + gap[0].length;
  }
  const last = unquoted(whole.text.slice(from), whole.start + from);
  if (last) parts.push(last);
  return parts.length > 0 ? parts : undefined;
}

/** A piece of a body without the quote marks that enclose it, if it is wholly quoted. */
function unquoted(text: string, start: number): Part | undefined {
  const spans = scanQuotes(text);
  const only = spans[0];
  const end = text.trimEnd().length - 1;
  if (spans.length === 1 && only && only.open === 0 && (only.close === end || only.close < 0)) {
    return makePart(text.slice(only.contentStart, only.contentEnd), start + only.contentStart);
  }
  return makePart(text, start);
}

/** The body as one piece; a body wholly in quote marks loses them. */
function bodyText(paragraph: Paragraph, lines: Line[]): Part | undefined {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return undefined;
  const from = first.start - paragraph.start;
  const whole = paragraph.text.slice(from, last.start - paragraph.start + last.text.length);
  const links = TRAILING_POST_LINKS.exec(whole);
  const text = links && links.index > 0 ? whole.slice(0, links.index) : whole;
  return unquoted(text, first.start);
}
