import type { Candidate } from '../candidate.js';
import { makePart } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { HANDLE_ITEM } from '../lexicon.js';
import { isWholeQuote, scanQuotes } from '../quotes.js';
import type { Paragraph } from '../text.js';
import { wordCount } from '../text.js';

// The paragraphs of a run of comments ("Here is what people said:"): quoted paragraphs, posts
// listed under their author ("@kh4irul - ...", "Jason Teoh - ..."), past the short headings that
// group them ("National pride"). Anything else ends the run.

/** A short line of its own that heads a group of comments. */
function isRunHeading(text: string): boolean {
  return !text.includes('\n') && wordCount(text) <= 6 && !/[.!?:,;…"”’]$/.test(text) && scanQuotes(text).length === 0;
}

/** A listed post: "@kh4irulanwar - #DearLintas the only …". */
function listedPost(paragraph: Paragraph): Candidate | undefined {
  const match = HANDLE_ITEM.exec(paragraph.text);
  if (!match) return undefined;
  const part = makePart(paragraph.text.slice(match[0].length), paragraph.start + match[0].length);
  return part ? { parts: [part], attribution: match[1] ?? '', layout: 'list-item', isReader: true } : undefined;
}

export const quoteRun: LayoutReader = {
  read({ paragraph }, reading) {
    if (!reading.inRun) return undefined;
    const whole = isWholeQuote(paragraph.text);
    if (whole) {
      const part = makePart(paragraph.text.slice(whole.contentStart, whole.contentEnd), paragraph.start + whole.contentStart);
      return part ? [{ parts: [part], attribution: '', layout: 'quote-run', isReader: true }] : [];
    }
    const listed = listedPost(paragraph);
    if (listed) return [listed];
    if (isRunHeading(paragraph.text)) return [];
    reading.inRun = false;
    return undefined;
  },
};
