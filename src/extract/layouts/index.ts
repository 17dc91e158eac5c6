import type { LayoutReader } from '../layout.js';
import { commentSection } from './comment-section.js';
import { commentThread } from './comment-thread.js';
import { creditAfter } from './credit-after.js';
import { datedSignature } from './dated-signature.js';
import { embeddedPost } from './embedded-post.js';
import { handleLine } from './handle-line.js';
import { hashtagPost } from './hashtag-post.js';
import { inlineQuotes } from './inline-quotes.js';
import { labelLine } from './label-line.js';
import { leadInBlock } from './lead-in-block.js';
import { list } from './list.js';
import { nameBelow } from './name-below.js';
import { nameCredit } from './name-credit.js';
import { openQuote } from './open-quote.js';
import { quoteRun } from './quote-run.js';
import { runAnnouncement } from './run-announcement.js';
import { signedParagraph } from './signed-paragraph.js';
import { standaloneQuote } from './standalone-quote.js';

/**
 * The layout readers in their order of rank: the first that claims a block reads it. Structure
 * found by the parsers (an open quote's continuation, posts, threads, the comment a lead-in
 * announced, lists) outranks what is read from wording; prose quotes come last, as the layout
 * every block falls to.
 */
export const LAYOUT_READERS: readonly LayoutReader[] = [
  openQuote,
  embeddedPost,
  datedSignature,
  commentSection,
  commentThread,
  leadInBlock,
  list,
  standaloneQuote,
  nameBelow,
  quoteRun,
  nameCredit,
  signedParagraph,
  creditAfter,
  labelLine,
  handleLine,
  hashtagPost,
  runAnnouncement,
  inlineQuotes,
];
