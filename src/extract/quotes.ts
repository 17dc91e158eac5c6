// Finds quoted spans in a paragraph. Articles mix curly and straight, double and single quote
// marks, use the same character for a closing single quote and an apostrophe, and sometimes leave
// a quote unclosed; the scanner resolves each of those from the characters around the mark.

export interface QuoteSpan {
  /** Index of the opening mark within the scanned text. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs to the end unclosed. */
  close: number;
  /** Content bounds, quote marks excluded. */
  contentStart: number;
  contentEnd: number;
}

const CLOSERS: Record<string, string> = {
  '“': '”',
  '"': '"',
  '‘': '’',
  "'": "'",
  '«': '»',
  '„': '“”',
};

const LETTER = /[\p{L}\p{N}]/u;
// What may stand right before an opening straight or single quote mark.
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,•*>]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function canOpen(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (ch === '“' || ch === '«' || ch === '„') return true;
  const prev = text[i - 1];
  const next = text[i + 1];
  // At the start of a line a quote mark can only open, even before stray white space.
  if (next !== undefined && (prev === undefined || prev === '\n') && /[ \t]/.test(next)) return true;
  if (next === undefined || /\s/.test(next)) return false;
  if (prev !== undefined && !OPEN_CONTEXT.test(prev) && !(prev in CLOSERS)) return false;
  // '90s, 'til: an apostrophe at a word's start, not a quote.
  if ((ch === "'" || ch === '‘') && /^\d\ds\b|^(?:til|tis|em|cause|n)\b/i.test(text.slice(i + 1, i + 6))) return false;
  return true;
}

/** Whether the closing-mark candidate at i closes a single-quoted span rather than being an apostrophe. */
function closesSingle(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isLetter(prev) && isLetter(next)) return false; // it's, don’t
  if (isLetter(next)) return false; // ’s after a closing mark is an apostrophe
  return true;
}

/** A possessive plural ("dogs’ abuse") looks like a closing mark followed by more words. */
function looksPossessive(text: string, i: number): boolean {
  return /[sS]/.test(text[i - 1] ?? '') && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));
}

/** The first of `chars` in `text` at or after `from`, or -1. */
function nextOf(text: string, chars: string, from: number): number {
  let first = -1;
  for (const ch of chars) {
    const at = text.indexOf(ch, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

function findClose(text: string, from: number, opener: string): number {
  const closers = CLOSERS[opener] ?? opener;
  if (opener === '"') {
    for (let i = text.indexOf('"', from); i >= 0; i = text.indexOf('"', i + 1)) {
      // A straight quote followed by a letter after a space opens a nested quote: skip past its close.
      if (isLetter(text[i + 1]) && /\s/.test(text[i - 1] ?? '')) {
        const nested = text.indexOf('"', i + 1);
        if (nested < 0) return i;
        i = nested;
        continue;
      }
      return i;
    }
    return -1;
  }
  if (opener === "'" || opener === '‘') {
    let deferred = -1;
    for (let i = nextOf(text, closers, from); i >= 0; i = nextOf(text, closers, i + 1)) {
      if (!closesSingle(text, i)) continue;
      if (looksPossessive(text, i)) {
        if (deferred < 0) deferred = i;
        continue;
      }
      return i;
    }
    return deferred;
  }
  const close = nextOf(text, closers, from);
  // "… a treat to her. “": a page that typed the opening mark again to close, at the paragraph's end.
  if (close < 0 && opener === '“') {
    const last = text.trimEnd();
    if (last.endsWith('“') && last.length - 1 > from && /[.!?…,\s]/u.test(last[last.length - 2] ?? '')) return last.length - 1;
  }
  return close;
}

// Every opening mark; the scanner jumps from one to the next instead of testing each character.
const OPENERS = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');

/** Top-level quoted spans of `text`, in order. Quotes nested inside a span are part of its content. */
export function scanQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const openers = new RegExp(OPENERS);
  for (let m = openers.exec(text); m; m = openers.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (!canOpen(text, i)) continue;
    const close = findClose(text, i + 1, ch);
    const contentEnd = close < 0 ? text.length : close;
    spans.push({ open: i, close, contentStart: i + 1, contentEnd });
    if (close < 0) break;
    openers.lastIndex = close + 1;
  }
  return spans;
}

/** Whether `text` is one quote from start to end (trailing punctuation and white space aside). */
export function isWholeQuote(text: string): QuoteSpan | undefined {
  const spans = scanQuotes(text);
  const first = spans[0];
  if (spans.length !== 1 || first === undefined || first.open !== 0) return undefined;
  const after = first.close < 0 ? '' : text.slice(first.close + 1);
  return /^[\s.,!?;:…]*$/.test(after) ? first : undefined;
}
