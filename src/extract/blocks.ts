import { allHandleLabels, BULLET, HANDLE_LED, handlesAreAuthors, MIN_HANDLE_LED_POSTS } from './lists.js';
import { CREDIT_LINE, DATED_CREDIT_LINE, DATED_NAME_LINE, GLUED_LEAD_IN, FACEBOOK_CREDIT_LINE, POST_CREDIT, RUN_ANNOUNCEMENT, RUN_NARRATION, SIGNATURE, THREAD_ACTION, THREAD_TIMESTAMP } from './lexicon.js';
import { isWholeQuote } from './quotes.js';
import type { Line, Paragraph } from './text.js';
import { parseThreadEntry } from './threads.js';
import { linesOf, splitParagraphs } from './text.js';
import { reportsSpeech, speechVerbForms } from './verbs.js';

// Scraped pages often lose their blank lines: each HTML paragraph becomes one line, and the
// article's paragraphs are separated by a single line break. Read that way as a whole, a page is
// one paragraph, and every reader that works paragraph by paragraph fails on it. Such text is
// cut into one block per line, then the lines that only make sense with their neighbour (a post's
// credit, a thread's time and action lines, a list's bullets) are joined back to it.

/** A paragraph of at least this many lines is checked for being a page that lost its blank lines. */
const MIN_LINES = 3;

/** A line that ends a sentence: most lines of a page without blank lines do. */
const ENDS_SENTENCE = /[.!?…:"”’')\]]$|\p{Extended_Pictographic}$/u;

/**
 * Whether a paragraph's line breaks separate paragraphs (a scraped page) rather than wrap
 * running prose at a fixed width (a plain-text article typed with hard line breaks).
 */
function linesAreParagraphs(lines: readonly Line[]): boolean {
  if (lines.length < MIN_LINES) return false;
  let wrapped = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]?.text ?? '';
    const next = lines[i]?.text ?? '';
    if (!ENDS_SENTENCE.test(previous) && /^\p{Ll}/u.test(next)) wrapped++;
  }
  if (wrapped * 2 >= lines.length - 1) return false;
  // Lists, threads and a post with its credit are multi-line structures of their own: only a
  // paragraph with running prose in it is a page.
  return lines.some((line) => line.text.length >= 60 && /\s/.test(line.text) && !BULLET.test(line.text));
}

/** A post's credit on a line of its own, with its dash or, dated, without. */
function isCreditLine(text: string): boolean {
  return CREDIT_LINE.test(text) || (text.includes('(@') && DATED_CREDIT_LINE.test(text)) || (text.startsWith('Posted by ') && FACEBOOK_CREDIT_LINE.test(text));
}

/** "…—" then "@handle": a post's credit cut after its dash. */
function continuesCutCredit(previous: string, text: string): boolean {
  return /[—–]$/.test(previous) && /^@[\w.]{1,30}\b/.test(text);
}

/** A line with a verb-first lead-in run onto its end ("…Good riddance.Adds Tim:"), as the two lines the page lost. */
function splitGluedLeadIn(line: Line): Line[] {
  if (!line.text.endsWith(':')) return [line];
  const glued = GLUED_LEAD_IN.exec(line.text);
  const [, before = '', leadIn = '', verb = ''] = glued ?? [];
  if (!glued || !speechVerbForms().has(verb.toLowerCase())) return [line];
  return [{ text: before, start: line.start }, { text: leadIn, start: line.start + line.text.length - leadIn.length }];
}

/** Whether a line belongs with the line before it rather than starting a block. */
function joinsPrevious(previous: Line, line: Line): boolean {
  const text = line.text;
  if (isCreditLine(text)) return true;
  if (continuesCutCredit(previous.text, text)) return true;
  if (THREAD_ACTION.test(text) || THREAD_TIMESTAMP.test(text) || THREAD_TIMESTAMP.test(previous.text) || DATED_NAME_LINE.test(previous.text)) return true;
  return BULLET.test(previous.text) && BULLET.test(text);
}

/** The longest line read as one line of a post spread over several; narration runs longer. */
const MAX_POST_LINE = 120;

/**
 * The lines of a post before the one its credit follows, taken off the blocks: between two
 * credits, short lines that introduce nothing are one post the page printed a line at a time.
 */
function postLinesBefore(blocks: Paragraph[], first: number, credit: string): Line[] {
  const from = postRunStart(blocks, blocks.length, first, isPostLine, creditAuthor(credit));
  const before = blocks[from - 1];
  if (from === blocks.length || from === first || !before || !endsWithCreditLine(before)) return [];
  return blocks.splice(from).map((b) => ({ text: b.text, start: b.start }));
}

/** Where the post's lines before `end` begin, not before `floor`: blocks `isLine` takes that do not name its author. */
function postRunStart(blocks: readonly Paragraph[], end: number, floor: number, isLine: (block: Paragraph) => boolean, author: string | undefined): number {
  let from = end;
  while (from > floor && isLine(blocks[from - 1] as Paragraph) && !namesAuthor((blocks[from - 1] as Paragraph).text, author)) from--;
  return from;
}

/**
 * A paragraph between two posts that belongs to the second: a post line that does not narrate
 * ("Others leapt to her defence, arguing …", "The tweet has been shared 18,000 times.").
 */
function isPostParagraph(block: Paragraph): boolean {
  return isPostLine(block) && !/;$/.test(block.text) && !narrates(block.text);
}

/** Narration about the posts or their people, an announcement of them, a link, or reported speech. */
function narrates(text: string): boolean {
  return RUN_NARRATION.test(text) || POST_NARRATION.test(text) || RUN_ANNOUNCEMENT.test(text) || PAGE_LINK.test(text) || reportsSpeech(text);
}

/** The display name a post's credit gives ("josh groban" of "— josh groban (@joshgroban) …"). */
function creditAuthor(credit: string): string | undefined {
  const name = POST_CREDIT.exec(credit)?.[1] ?? DATED_CREDIT_LINE.exec(credit)?.[1];
  const words = name?.trim().toLowerCase();
  return words && words.length >= 4 ? words : undefined;
}

/** A line that names the next post's author speaks about it ("Josh Groban had a lot to say"): narration, not the post. */
function namesAuthor(text: string, author: string | undefined): boolean {
  return author !== undefined && text.toLowerCase().includes(author);
}

/** A page's link to another of its stories: "See Also: …", "Read more: …". */
const PAGE_LINK = /^(?:see also|read more|read next|related|also read|recommended(?: read)?|watch)\b/i;
/** Narration about a post or the reaction to it. */
const POST_NARRATION = /^(?:the|this|that|his|her|their) (?:tweet|post|video|clip|comment|thread|message)s?\b|\b(?:reaction|reactions|users|fans|people|viewers) (?:online )?(?:was|were|have|had)\b/i;

/** One line, not a lead-in, neither a credit nor ending in one: how each line of a post looks. */
function isUncreditedLine(text: string): boolean {
  return !text.includes('\n') && !text.endsWith(':') && !isCreditLine(text) && !endsWithCredit(text);
}

function isPostLine(block: Paragraph): boolean {
  return block.text.length <= MAX_POST_LINE && isUncreditedLine(block.text);
}

function lastLineOf(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

function endsWithCreditLine(block: Paragraph): boolean {
  return isCreditLine(lastLineOf(block.text));
}

/** A run of a paragraph's lines as a block of its own. */
function blockOf(paragraph: Paragraph, lines: readonly Line[]): Paragraph {
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  const from = first.start - paragraph.start;
  return { text: paragraph.text.slice(from, last.start - paragraph.start + last.text.length), start: first.start, lines: undefined };
}

/** The article's blocks: its paragraphs, with those that are a page's lines cut into one block per line. */
export function articleBlocks(text: string): Paragraph[] {
  const blocks: Paragraph[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const lines = linesOf(paragraph);
    if (!linesAreParagraphs(lines) || parseThreadEntry(paragraph)) {
      blocks.push(paragraph);
      continue;
    }
    const first = blocks.length;
    let run: Line[] = [];
    for (const line of lines.flatMap(splitGluedLeadIn)) {
      const previous = run[run.length - 1];
      if (previous && !joinsPrevious(previous, line)) {
        blocks.push(blockOf(paragraph, run));
        run = [];
      }
      if (run.length === 1 && isCreditLine(line.text)) run = [...postLinesBefore(blocks, first, line.text), ...run];
      // "***Boiler man puts down his toolbox***— Name (@handle) date": the credit run into the post's last line.
      else if (run.length === 0 && endsWithCredit(line.text)) run = postLinesBefore(blocks, first, line.text);
      run.push(line);
    }
    if (run.length > 0) blocks.push(blockOf(paragraph, run));
  }
  return joinHandleLabels(text, joinCredits(text, blocks));
}

/**
 * A post's credit standing alone after a blank line belongs to the block before it; so do the
 * blocks before a post that a wider gap (two blank lines or more) separates, as pages lay out a
 * post's own paragraphs.
 */
function joinCredits(text: string, blocks: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    const dangling = previous !== undefined && continuesCutCredit(previous.text, block.text);
    const credit = !block.text.includes('\n') && (isCreditLine(block.text) || dangling);
    const signature = !block.text.includes('\n') && SIGNATURE.test(block.text);
    if (!previous || !(credit || signature || endsWithCredit(block.text))) {
      out.push(block);
      continue;
    }
    let first = credit || signature ? out.length - 1 : out.length;
    // A signature ("~ SirBoggle") signs the quoted paragraphs above it, back to the last that is not one.
    if (signature) {
      if (!isWholeQuote((out[first] as Paragraph).text)) {
        out.push(block);
        continue;
      }
      while (first > 0 && isWholeQuote((out[first - 1] as Paragraph).text)) first--;
    }
    while (first > 0 && wideGap(text, out[first - 1] as Paragraph, out[first] ?? block)) first--;
    // "… 11 hours. ¶ 🤦 — Holly Rowe (@sportsiren) …": a post's last paragraph with no words is
    // its ending; the words are in the paragraph above it, unless that one narrates.
    const ending = out[first] ?? block;
    if (first === out.length && first > 0 && !hasWords(ending.text.slice(0, ending.text.search(POST_CREDIT))) && isPostBody(out[first - 1] as Paragraph)) first--;
    // Between two credited posts, short paragraphs that introduce nothing are the second post's own.
    const from = postRunStart(out, first, 0, isPostParagraph, creditAuthor(lastLineOf(block.text)));
    const before = out[from - 1];
    if (from < first && before && (endsWithCreditLine(before) || endsWithCredit(before.text))) first = from;
    const start = (out[first] ?? block).start;
    out.splice(first, out.length - first, { text: text.slice(start, block.start + block.text.length), start, lines: undefined });
  }
  return out;
}

function hasWords(text: string): boolean {
  return /\p{L}{2}/u.test(text);
}

/** A paragraph that can open a post: one line, not narration, not a lead-in, not itself credited. */
function isPostBody(block: Paragraph): boolean {
  return isUncreditedLine(block.text) && !narrates(block.text);
}

function endsWithCredit(block: string): boolean {
  const last = lastLineOf(block);
  // Every credit has "(@" and a dash: most lines have neither, and the expression would try each position.
  return last.includes('(@') && POST_CREDIT.test(last);
}

/** Two blank lines or more between blocks. */
function wideGap(text: string, before: Paragraph, after: Paragraph): boolean {
  const gap = text.slice(before.start + before.text.length, after.start);
  return (gap.match(/\n/g)?.length ?? 0) >= 3;
}

/**
 * Blocks in a row that each give posts as "@handle: text" are one round-up: read as one list,
 * whose items each name their account, though the page set each in a paragraph of its own.
 */
function joinHandleLabels(text: string, blocks: Paragraph[]): Paragraph[] {
  return joinHandleLed(text, joinColonLabels(text, blocks));
}

/** Paragraphs in a row that each give one post as "@handle text", several accounts: one list of them. */
function joinHandleLed(text: string, blocks: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let run: Paragraph[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.length >= MIN_HANDLE_LED_POSTS && handlesAreAuthors(run.map((b) => ({ text: b.text })))) {
      out.push({ text: text.slice(first.start, last.start + last.text.length), start: first.start, lines: undefined });
    } else out.push(...run);
    run = [];
  };
  for (const block of blocks) {
    if (!block.text.includes('\n') && HANDLE_LED.test(block.text) && !endsWithCredit(block.text)) run.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}

function joinColonLabels(text: string, blocks: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let runFrom = -1;
  for (const block of blocks) {
    const labelled = allHandleLabels(block);
    const previous = out[out.length - 1];
    if (labelled && previous && runFrom >= 0) {
      const start = (out[runFrom] as Paragraph).start;
      out.splice(runFrom, out.length - runFrom, { text: text.slice(start, block.start + block.text.length), start, lines: undefined });
      continue;
    }
    runFrom = labelled ? out.length : -1;
    out.push(block);
  }
  return out;
}
