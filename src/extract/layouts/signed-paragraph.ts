import { judgeAttribution } from '../attribution.js';
import { makePart } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { BARE_CREDIT, FIRST_PERSON, FIRST_PERSON_PLURAL } from '../lexicon.js';
import { scanQuotes } from '../quotes.js';
import { linesOf, wordCount } from '../text.js';

// A comments page that prints each comment as a paragraph of its own, unquoted, signed on the
// line below it: "I hope there is no break up of the union, … ¶ Barrington Bartlett, Frankfurt".

/** Shorter than this, a line over a name is a caption or a heading, not a comment. */
const MIN_COMMENT_WORDS = 12;
/** A signature is a name, maybe with a place: a longer line is prose. */
const MAX_SIGNATURE_WORDS = 6;

export const signedParagraph: LayoutReader = {
  read({ paragraph }, reading) {
    if (!reading.subject.reactionPage) return undefined;
    const lines = linesOf(paragraph);
    const signature = lines[lines.length - 1];
    if (lines.length < 2 || !signature || wordCount(signature.text) > MAX_SIGNATURE_WORDS) return undefined;
    const name = BARE_CREDIT.exec(signature.text)?.[1];
    if (!name) return undefined;
    const body = paragraph.text.slice(0, signature.start - paragraph.start).trimEnd();
    // A comment in the commenter's own voice, not narration or a quote the page attributes.
    if (wordCount(body) < MIN_COMMENT_WORDS || scanQuotes(body).some((q) => q.open === 0) || !(FIRST_PERSON.test(body) || FIRST_PERSON_PLURAL.test(body))) return undefined;
    if (!judgeAttribution(name, 'label', reading.subject)?.isReader) return undefined;
    const part = makePart(body, paragraph.start);
    return part ? [{ parts: [part], attribution: signature.text.trim(), layout: 'quote-attribution', isReader: true }] : undefined;
  },
};
