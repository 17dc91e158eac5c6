import type { Article, ReaderComment } from '../types.js';
import { articleBlocks } from './blocks.js';
import type { Candidate, Part } from './candidate.js';
import { makePart, toComment } from './candidate.js';
import type { Block, Reading } from './layout.js';
import { outsideQuotes, printedBare, wholeQuoteBody } from './layout.js';
import { LAYOUT_READERS } from './layouts/index.js';
import { listItems } from './lists.js';
import { findEmbeddedPosts } from './posts.js';
import { subjectNames } from './subject.js';
import type { Paragraph } from './text.js';
import { isBoilerplate, sentenceStarts, wordCount } from './text.js';
import { parseThreadEntry } from './threads.js';

// Extraction: the article cut into blocks, each block read by the first layout reader that
// claims it (layouts/index.ts ranks them), the comments kept that a reader is found to have
// written, and each handed the narration that frames it.

const MAX_HEADER_PARAGRAPHS = 3;

/** Paragraphs before and including the headline are the header: nothing there is a comment. */
function bodyParagraphs(paragraphs: Paragraph[], title: string): Paragraph[] {
  if (!title) return paragraphs;
  const headerEnd = paragraphs.slice(0, MAX_HEADER_PARAGRAPHS).findIndex((p) => p.text.split('\n').some((l) => l.trim() === title));
  return headerEnd < 0 ? paragraphs : paragraphs.slice(headerEnd + 1);
}

function proseWithoutQuotes(blocks: Block[]): string {
  return blocks
    .filter((s) => s.posts.length === 0 && !s.thread && !s.items)
    .map(({ paragraph }) => outsideQuotes(paragraph.text))
    .join('\n');
}

/** Most of a framing kept: the last sentences of a long paragraph. */
const MAX_FRAMING = 300;

/**
 * The narration a comment is read against: the prose before its quote in its own paragraph when
 * there is a sentence of it, else the last paragraph of narration before it.
 */
function framingOf(paragraph: Paragraph, candidate: Candidate, narration: string): string {
  const inProse = candidate.layout === 'quote-attribution' || candidate.layout === 'attribution-quote';
  if (inProse) {
    const own = proseBefore(paragraph.text, Math.max(0, (candidate.parts[0]?.start ?? paragraph.start) - paragraph.start));
    if (wordCount(own) >= 5) return lastPart(own);
  }
  return lastPart(narration);
}

/**
 * A paragraph's prose before offset `at`, quote marks blanked. Only its end can matter (lastPart
 * keeps MAX_FRAMING characters), so a window is read when it decides as the whole would: reading
 * the whole for each comment made a paragraph of many comments quadratic (1,500: 2.9 s of 4.4).
 */
function proseBefore(text: string, at: number): string {
  const prose = (from: number): string => text.slice(from, at).replace(/["“”«»]/g, ' ').trim();
  const from = Math.max(0, at - 2 * MAX_FRAMING);
  const window = prose(from);
  return from === 0 || (window.length >= MAX_FRAMING && wordCount(window) >= 5) ? window : prose(0);
}

/** A framing's last sentences, at most MAX_FRAMING characters. */
function lastPart(text: string): string {
  if (text.length <= MAX_FRAMING) return text;
  const tail = text.slice(text.length - MAX_FRAMING);
  const start = sentenceStarts(tail).find((i) => i > 0);
  return (start === undefined ? tail : tail.slice(start)).trim();
}

/** Finds the reader comments in an article, in the order they appear. Pure. */
export function extractComments(article: Article): ReaderComment[] {
  return extractReactions(article).comments;
}

/** What extraction finds in an article: its reader comments, and the narration around them. */
export interface ExtractedReactions {
  comments: ReaderComment[];
  /** The article's prose outside quotes, posts, threads and lists: how it frames the reactions. */
  narration: string;
}

/** A paragraph that could be a comment printed bare. */
function unquotedProse(paragraph: Paragraph): Part | undefined {
  return printedBare(paragraph.text) ? makePart(paragraph.text, paragraph.start) : undefined;
}

/** Whether a paragraph ends with the comment's quote and the credit after it, nothing more. */
function endsOnItsCredit(paragraph: Paragraph, candidate: Candidate): boolean {
  const end = paragraph.text.lastIndexOf(candidate.attribution);
  return end >= 0 && /^[\s.!?…]*$/.test(paragraph.text.slice(end + candidate.attribution.length));
}

/** Finds an article's reader comments, in order, and the narration that frames them. Pure. */
export function extractReactions(article: Article): ExtractedReactions {
  const paragraphs = bodyParagraphs(articleBlocks(article.text), article.title).filter((p) => !isBoilerplate(p));
  const blocks: Block[] = paragraphs.map((paragraph) => {
    const posts = findEmbeddedPosts(paragraph);
    if (posts.length > 0) return { paragraph, posts };
    const thread = parseThreadEntry(paragraph);
    if (thread) return { paragraph, posts, thread };
    return { paragraph, posts, items: listItems(paragraph) };
  });
  const prose = proseWithoutQuotes(blocks);
  const subject = subjectNames(article.title, prose, blocks.flatMap((s) => s.posts.flatMap((p) => p.mentions)));

  const accepted: Candidate[] = [];
  const reading: Reading = { subject, inRun: false, readerBefore: false, readerContinued: false };
  // What each comment is read against: the narration that introduces it or its run.
  let narration = '';
  let fromCandidate = 0;
  const frame = (block: Block): void => {
    reading.readerBefore = reading.readerContinued;
    reading.readerContinued = false;
    reading.creditedLast = undefined;
    reading.unclaimed = undefined;
    reading.unclaimedProse = undefined;
    reading.uncredited = undefined;
    if (reading.inRun) reading.runAnnounced = true;
    if (accepted.length === fromCandidate) {
      const alone = block.posts.length === 0 && !block.thread ? wholeQuoteBody(block.paragraph) : undefined;
      if (alone && !alone.open) reading.unclaimed = alone.part;
      else if (!alone && block.posts.length === 0 && !block.thread && !block.items) reading.unclaimedProse = unquotedProse(block.paragraph);
      if (block.posts.length === 0 && !block.thread && !block.items) narration = block.paragraph.text;
      return;
    }
    for (let i = fromCandidate; i < accepted.length; i++) {
      const candidate = accepted[i] as Candidate;
      // Whoever a pronoun after this block stands for: the last speaker it quoted.
      reading.readerBefore = candidate.isReader;
      candidate.framing = framingOf(block.paragraph, candidate, narration);
    }
    const last = accepted[accepted.length - 1] as Candidate;
    if (last.isReader && last.layout === 'quote-attribution' && endsOnItsCredit(block.paragraph, last)) reading.creditedLast = last;
    if (last.isReader && last.attribution === '' && accepted.length - fromCandidate === 1) reading.uncredited = last;
    fromCandidate = accepted.length;
  };
  for (const block of blocks) {
    for (const reader of LAYOUT_READERS) {
      const found = reader.read(block, reading);
      if (found) {
        accepted.push(...found);
        break;
      }
    }
    frame(block);
    reading.before = block.paragraph;
  }

  const comments = accepted.filter((c) => c.isReader).sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0)).map(toComment);
  return { comments, narration: prose };
}
