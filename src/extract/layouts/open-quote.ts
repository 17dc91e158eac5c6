import { makePart } from '../candidate.js';
import type { LayoutReader, QuotedBody } from '../layout.js';
import { wholeQuoteBody } from '../layout.js';
import { scanQuotes } from '../quotes.js';
import { wordCount } from '../text.js';
import { HANDLE_ONLY } from '../lexicon.js';
import type { Paragraph } from '../text.js';

// A comment over several paragraphs: each reopened with a quote mark and closed once, or left
// open on one line and closed at the end of the next.

/** A block that ends an open quote without reopening it: its text up to the closing mark. */
function closingRest(paragraph: Paragraph): QuotedBody | undefined {
  const close = /["”’]\s*$/.exec(paragraph.text);
  if (!close || scanQuotes(paragraph.text).length > 0) return undefined;
  return { part: makePart(paragraph.text.slice(0, close.index), paragraph.start), open: false };
}

/** Paragraphs an open quote may run through without a mark before one closes it. */
const MAX_UNMARKED = 3;
const MAX_UNMARKED_WORDS = 40;

/** "If u know u have crayfish bring it": a short paragraph inside a quote the page did not reopen. */
function unmarkedInside(paragraph: Paragraph): boolean {
  const text = paragraph.text;
  return !text.includes('\n') && !/[:"“”]/.test(text) && !HANDLE_ONLY.test(text.trim()) && wordCount(text) <= MAX_UNMARKED_WORDS && scanQuotes(text).length === 0;
}

export const openQuote: LayoutReader = {
  read({ paragraph }, reading) {
    const open = reading.open;
    if (!open) return undefined;
    const more = wholeQuoteBody(paragraph) ?? closingRest(paragraph);
    const pending = reading.openPending ?? [];
    if (!more?.part) {
      const part = unmarkedInside(paragraph) && pending.length < MAX_UNMARKED ? makePart(paragraph.text, paragraph.start) : undefined;
      if (part) {
        reading.openPending = [...pending, part];
        return [];
      }
      reading.open = undefined;
      reading.openPending = undefined;
      return undefined;
    }
    open.parts.push(...pending, more.part);
    reading.openPending = undefined;
    reading.readerContinued = open.isReader;
    if (!more.open) reading.open = undefined;
    return [];
  },
};
