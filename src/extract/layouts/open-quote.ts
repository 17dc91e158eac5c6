import { makePart } from '../candidate.js';
import type { LayoutReader, QuotedBody } from '../layout.js';
import { wholeQuoteBody } from '../layout.js';
import { scanQuotes } from '../quotes.js';
import type { Paragraph } from '../text.js';

// A comment over several paragraphs: each reopened with a quote mark and closed once, or left
// open on one line and closed at the end of the next.

/** A block that ends an open quote without reopening it: its text up to the closing mark. */
function closingRest(paragraph: Paragraph): QuotedBody | undefined {
  const close = /["”’]\s*$/.exec(paragraph.text);
  if (!close || scanQuotes(paragraph.text).length > 0) return undefined;
  return { part: makePart(paragraph.text.slice(0, close.index), paragraph.start), open: false };
}

export const openQuote: LayoutReader = {
  read({ paragraph }, reading) {
    const open = reading.open;
    if (!open) return undefined;
    const more = wholeQuoteBody(paragraph) ?? closingRest(paragraph);
    if (!more?.part) {
      reading.open = undefined;
      return undefined;
    }
    open.parts.push(more.part);
    reading.readerContinued = open.isReader;
    if (!more.open) reading.open = undefined;
    return [];
  },
};
