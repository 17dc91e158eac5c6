import type { Candidate } from '../candidate.js';
import { makePart } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { printedBare } from '../layout.js';
import { ASKS_THE_READER, FIRST_PERSON, FIRST_PERSON_PLURAL, HANDLE_ITEM, RUN_NARRATION } from '../lexicon.js';
import { isWholeQuote, scanQuotes } from '../quotes.js';
import type { Paragraph } from '../text.js';
import { wordCount } from '../text.js';
import { reportsSpeech } from '../verbs.js';

// The paragraphs of a run of comments ("Here is what people said:"): quoted paragraphs, posts
// listed under their author ("@kh4irul - ...", "Jason Teoh - ..."), short paragraphs in a
// commenter's own voice that the page printed without quote marks, past the short headings that
// group them ("National pride"). Anything else ends the run.

/** Words a paragraph of a run may have to go on from a comment without a voice of its own to show. */
const MAX_CONTINUING_WORDS = 30;
const MIN_CONTINUING_WORDS = 4;

/**
 * "I bet he is the first to grab a mask": a paragraph in a commenter's own voice, unquoted; or,
 * right after such a comment, a short one that says what it thinks without "I" ("This list of
 * shame stinks", "Guilty until proven innocent") and does not tell of others as narration does.
 */
function unquotedComment(paragraph: Paragraph, continuing: boolean): Candidate | undefined {
  const text = paragraph.text;
  if (!printedBare(text) || ASKS_THE_READER.test(text)) return undefined;
  const words = wordCount(text);
  const voiced = FIRST_PERSON.test(text) || FIRST_PERSON_PLURAL.test(text) || /(?:^|\s)#\p{L}/u.test(text);
  const goesOn = continuing && words >= MIN_CONTINUING_WORDS && words <= MAX_CONTINUING_WORDS && !RUN_NARRATION.test(text) && !reportsSpeech(text);
  if (!voiced && !goesOn) return undefined;
  const part = makePart(text, paragraph.start);
  return part ? { parts: [part], attribution: '', layout: 'quote-run', isReader: true } : undefined;
}

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
    const unquoted = unquotedComment(paragraph, reading.before !== undefined && reading.unquotedComment === reading.before);
    if (unquoted) {
      reading.unquotedComment = paragraph;
      return [unquoted];
    }
    if (isRunHeading(paragraph.text)) return [];
    reading.inRun = false;
    return undefined;
  },
};
