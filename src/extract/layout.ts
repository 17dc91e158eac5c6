import type { Attribution } from './attribution.js';
import { DOCUMENT_NOUNS, NARRATION_SOURCES } from './lexicon.js';
import type { Candidate, Part } from './candidate.js';
import { makePart } from './candidate.js';
import type { EmbeddedPost } from './posts.js';
import { scanQuotes } from './quotes.js';
import type { SubjectNames } from './subject.js';
import type { Paragraph } from './text.js';
import { wordCount } from './text.js';
import type { ThreadEntry } from './threads.js';

// What every layout reader sees and shares. A reader (layouts/) takes a block in its layout and
// gives the comments it holds; the resolver in index.ts asks the readers in their order of rank
// and the first that claims a block reads it. Adding a layout is adding a reader and its fixtures.

/** A block of the article with what the structural parsers found in it. */
export interface Block {
  paragraph: Paragraph;
  /** Embedded posts credited in the block (none for most). */
  posts: EmbeddedPost[];
  /** The block as one entry of a copied comment thread. */
  thread?: ThreadEntry;
  /** The block's items when every line of it is a bullet. */
  items?: Part[];
}

/** What reading the blocks before has left for the next one. */
export interface Reading {
  subject: SubjectNames;
  /** The block before this one. */
  before?: Paragraph;
  /** A run of comments is under way ("Here is what people said:"). */
  inRun: boolean;
  /** A lead-in whose comment is the next block ("Another fan wrote:"). */
  pendingLead?: Attribution;
  /** A comment whose quote the blocks before left open. */
  open?: Candidate;
  /** Paragraphs after it with no quote mark, its own if a later one closes the quote. */
  openPending?: Part[];
  /** The block before ended on a reader's comment credited after its quote ("'…' another said."): a bare quote next goes on with it. */
  creditedLast?: Candidate;
  /** Text after the last dated signature of the block before: a comment, if a signature opens this block. */
  unsigned?: Part;
  /** The block before was a quote standing alone that no layout took: a credit after it may claim it. */
  unclaimed?: Part;
  /** The block before was a short unquoted paragraph that no layout took: a name below it may sign it. */
  unclaimedProse?: Part;
  /** The block before was one comment the page printed without a credit: a name below it may sign it. */
  uncredited?: Candidate;
  /** Below a blog's "13 Comments on …" heading: numbered paragraphs are its comments. */
  commentSection?: { last?: Candidate };
  /** The page has announced a run of comments ("Here's what they had to say:"). */
  runAnnounced?: boolean;
  /** The block before ended on a reader's comment or went on with one. */
  readerBefore: boolean;
  /** This block went on with a reader's comment: read by the resolver for the next block. */
  readerContinued: boolean;
  /** The last block of a run read as a comment the page printed without quote marks. */
  unquotedComment?: Paragraph;
}

export interface LayoutReader {
  /** The comments the block holds in this layout (maybe none), or undefined when the block is not in it. */
  read(block: Block, reading: Reading): Candidate[] | undefined;
}

/** A block's text as a comment's body: a quote (maybe left open) that fills it, or undefined. */
export interface QuotedBody {
  part?: Part;
  open: boolean;
}

/** A block that is one quote from its start, maybe left open: the continuation of an open quote, or a quote standing alone. */
export function wholeQuoteBody(paragraph: Paragraph): QuotedBody | undefined {
  const spans = scanQuotes(paragraph.text);
  const first = spans[0];
  if (!first || first.open !== 0) return undefined;
  const after = first.close < 0 ? '' : paragraph.text.slice(first.close + 1);
  if (!/^[\s.,!?;:…]*$/.test(after)) return undefined;
  return { part: makePart(paragraph.text.slice(first.contentStart, first.contentEnd), paragraph.start + first.contentStart), open: first.close < 0 };
}

/** The comment a lead-in introduces: a quote (maybe unclosed) at the block's start, or the whole block. */
export function introducedBody(paragraph: Paragraph): QuotedBody {
  return wholeQuoteBody(paragraph) ?? { part: withoutStrayMarks(paragraph), open: false };
}

/**
 * A block's text without a quote mark the quote scanner could not pair: ”Our gov’t is vry silly…”
 * opened with a closing mark, or a mark opened and never closed.
 */
function withoutStrayMarks(paragraph: Paragraph): Part | undefined {
  const lead = /^["“”]/.test(paragraph.text) ? 1 : 0;
  const text = paragraph.text.slice(lead).replace(/["“”]$/, '');
  return makePart(text, paragraph.start + lead);
}

/** Words a comment printed without quote marks may have: more is an article's narration. */
const MAX_UNQUOTED_COMMENT_WORDS = 80;

/** A one-line paragraph with no quote marks and no lead-in colon, short enough to be a comment printed bare. */
export function printedBare(text: string): boolean {
  return !text.includes('\n') && !text.endsWith(':') && wordCount(text) <= MAX_UNQUOTED_COMMENT_WORDS && scanQuotes(text).length === 0;
}

/** A paragraph's text with its quotes taken out. */
export function outsideQuotes(text: string): string {
  let out = '';
  let from = 0;
  for (const span of scanQuotes(text)) {
    out += text.slice(from, span.open);
    from = span.close < 0 ? text.length : span.close + 1;
  }
  return out + text.slice(from);
}

/** A paragraph that can be a quote standing alone starts with a quote mark. */
export const OPENS_WITH_QUOTE = /^["“‘'«„]/;

/** Whether narration names a source or a document ("a spokeswoman", "this error message"): what it introduces is theirs. */
export function namesSource(narration: string): boolean {
  return narration.toLowerCase().split(/[^\p{L}-]+/u).some((w) => NARRATION_SOURCES.has(w) || DOCUMENT_NOUNS.has(w));
}
