import { judgeAttribution } from '../attribution.js';
import { makePart } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { OPENS_WITH_QUOTE } from '../layout.js';
import { BARE_CREDIT } from '../lexicon.js';
import { scanQuotes } from '../quotes.js';

// A comment section pasted into a page of reactions: "“Good on the council. …” Karen Whitfield",
// a quote credited by a bare name (or username, maybe with a place) after it.

export const nameCredit: LayoutReader = {
  read({ paragraph }, reading) {
    if (!reading.subject.reactionPage || !OPENS_WITH_QUOTE.test(paragraph.text)) return undefined;
    const spans = scanQuotes(paragraph.text);
    const first = spans[0];
    if (spans.length !== 1 || !first || first.open !== 0 || first.close < 0) return undefined;
    const credit = paragraph.text.slice(first.close + 1);
    const name = BARE_CREDIT.exec(credit)?.[1];
    if (!name || !judgeAttribution(name, 'label', reading.subject)?.isReader) return undefined;
    const part = makePart(paragraph.text.slice(first.contentStart, first.contentEnd), paragraph.start + first.contentStart);
    return part ? [{ parts: [part], attribution: credit.trim(), layout: 'quote-attribution', isReader: true }] : undefined;
  },
};
