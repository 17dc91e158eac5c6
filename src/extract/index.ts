import type { Article, ReaderComment } from '../types.js';
import type { Attribution } from './attribution.js';
import { judgeAttribution } from './attribution.js';
import type { Candidate, Part } from './candidate.js';
import { makePart, toComment } from './candidate.js';
import { readInlineQuotes } from './inline.js';
import { DOCUMENT_NOUNS, NARRATION_SOURCES, NON_READER_LEAD_IN, OFFICIAL_ACCOUNT, REACTION_LEAD_IN, SOURCE_NARRATION } from './lexicon.js';
import { listItems } from './lists.js';
import type { EmbeddedPost } from './posts.js';
import { findEmbeddedPosts } from './posts.js';
import { isWholeQuote, scanQuotes } from './quotes.js';
import type { SubjectNames } from './subject.js';
import { isOwnHandle, isSubjectName, subjectNames } from './subject.js';
import type { Paragraph } from './text.js';
import { isBoilerplate, lastSentence, linesOf, sentenceStarts, wordCount } from './text.js';
import { articleBlocks } from './blocks.js';
import type { ThreadEntry } from './threads.js';
import { parseThreadEntry } from './threads.js';

/** Lead-ins that announce several comments ("Here is what people said:") rather than one. */
const RUN_LEAD_IN =
  /^(?:here|below|these|the following)\b|\b(?:including|some of (?:them|the)|a few (?:of|more)|a selection|what (?:\w+ ){0,3}(?:said|say|think|thought|wrote|posted|had to say))\b/i;
const SINGULAR_SPEAKER = /^(?:one|another|a|an|this|that)\b|^@|^u\//i;
/** Speakers that stand for many commenters: their lead-in introduces a run, not one comment. */
const PLURAL_SPEAKER = /\b(?:people|fans|users|readers|viewers|followers|others|some|many|commenters|parents|customers|owners|residents|subscribers|supporters|critics|everyone|they)\b/i;
const MAX_HEADER_PARAGRAPHS = 3;

interface Structure {
  paragraph: Paragraph;
  posts: EmbeddedPost[];
  thread?: ThreadEntry;
  items?: Part[];
}

function announcesSeveral(leadIn: string, lead: Attribution): boolean {
  if (RUN_LEAD_IN.test(leadIn)) return true;
  return PLURAL_SPEAKER.test(lead.speaker) && !SINGULAR_SPEAKER.test(lead.speaker);
}

/** Paragraphs before and including the headline are the header: nothing there is a comment. */
function bodyParagraphs(paragraphs: Paragraph[], title: string): Paragraph[] {
  if (!title) return paragraphs;
  const headerEnd = paragraphs.slice(0, MAX_HEADER_PARAGRAPHS).findIndex((p) => p.text.split('\n').some((l) => l.trim() === title));
  return headerEnd < 0 ? paragraphs : paragraphs.slice(headerEnd + 1);
}

function proseWithoutQuotes(structures: Structure[]): string {
  return structures
    .filter((s) => s.posts.length === 0 && !s.thread && !s.items)
    .map(({ paragraph }) => outsideQuotes(paragraph.text))
    .join('\n');
}

/** A paragraph's text with its quotes taken out. */
function outsideQuotes(text: string): string {
  let out = '';
  let from = 0;
  for (const span of scanQuotes(text)) {
    out += text.slice(from, span.open);
    from = span.close < 0 ? text.length : span.close + 1;
  }
  return out + text.slice(from);
}

/** A short line in single quotes, which after a comment is more likely a subheading than another comment. */
function isShortSingleQuoted(text: string): boolean {
  return /^['‘]/.test(text) && wordCount(text) <= 8;
}

/** Whether a post or thread reply comes from the subject's or the publisher's own account. */
function isOwnAccount(name: string, handle: string, subject: SubjectNames): boolean {
  if (OFFICIAL_ACCOUNT.test(name)) return true;
  if (handle && (isSubjectName(handle, subject) || isOwnHandle(handle, subject))) return true;
  if (!name.includes(' ') && isOwnHandle(name, subject)) return true;
  if (!name) return false;
  return name.includes(' ') ? isSubjectName(name, subject) : subject.names.has(name.toLowerCase());
}

/** A list item or run paragraph: `@x: "..."`, `"..."`, or (inside a run) bare text. */
function itemCandidate(item: Part, subject: SubjectNames, inRun: boolean, layout: Candidate['layout']): Candidate | undefined {
  const label = /^([^:"“‘'\n]{1,60}):\s*(?=\S)/u.exec(item.text);
  let attribution: Attribution | undefined;
  let rest = item;
  if (label) {
    attribution = judgeAttribution(label[1] ?? '', 'label', subject);
    if (attribution) rest = { text: item.text.slice(label[0].length), start: item.start + label[0].length };
  }
  const quote = isWholeQuote(rest.text);
  if (!quote && !attribution) {
    // "• "This is daylight robbery!" wrote one Twitter user": an item attributed like prose.
    const inline = readInlineQuotes(rest, subject, false).candidates;
    if (inline.length === 1 && inline[0]?.layout === 'quote-attribution') return { ...inline[0], layout };
  }
  if (!quote && !attribution && !inRun) return undefined;
  const part = quote ? makePart(rest.text.slice(quote.contentStart, quote.contentEnd), rest.start + quote.contentStart) : makePart(rest.text, rest.start);
  if (!part) return undefined;
  return { parts: [part], attribution: attribution?.speaker ?? '', layout, isReader: attribution ? attribution.isReader : true };
}

/** The comment a lead-in introduces: a quote (maybe unclosed) at the paragraph's start, or the whole paragraph. */
function introducedBody(paragraph: Paragraph): { part?: Part; open: boolean } {
  const spans = scanQuotes(paragraph.text);
  const first = spans[0];
  if (first && first.open === 0) {
    const after = first.close < 0 ? '' : paragraph.text.slice(first.close + 1);
    if (/^[\s.,!?;:…]*$/.test(after)) {
      return { part: makePart(paragraph.text.slice(first.contentStart, first.contentEnd), paragraph.start + first.contentStart), open: first.close < 0 };
    }
  }
  return { part: makePart(paragraph.text, paragraph.start), open: false };
}

/** A paragraph that continues the previous paragraph's unclosed quote. */
function continuation(paragraph: Paragraph): { part?: Part; open: boolean } | undefined {
  const spans = scanQuotes(paragraph.text);
  const first = spans[0];
  if (!first || first.open !== 0) return undefined;
  const after = first.close < 0 ? '' : paragraph.text.slice(first.close + 1);
  if (!/^[\s.,!?;:…]*$/.test(after)) return undefined;
  return { part: makePart(paragraph.text.slice(first.contentStart, first.contentEnd), paragraph.start + first.contentStart), open: first.close < 0 };
}

/** A paragraph that ends an open quote without reopening it: its text up to the closing mark. */
function closingRest(paragraph: Paragraph): { part?: Part; open: boolean } | undefined {
  const close = /["”’]\s*$/.exec(paragraph.text);
  if (!close || scanQuotes(paragraph.text).length > 0) return undefined;
  return { part: makePart(paragraph.text.slice(0, close.index), paragraph.start), open: false };
}

/**
 * Whether narration can introduce the standalone quote after it: a finished sentence of prose,
 * not itself a quote, that names no document or official source.
 */
function introducesStandaloneQuote(narration: string): boolean {
  if (scanQuotes(narration).length > 0 || !/[.!?…]$/.test(narration)) return false;
  return !NON_READER_LEAD_IN.test(narration) && !SOURCE_NARRATION.test(narration) && !namesSource(lastSentence(narration));
}

/** Whether narration names a source or a document ("a spokeswoman", "this error message"): what it introduces is theirs. */
function namesSource(narration: string): boolean {
  return narration.toLowerCase().split(/[^\p{L}-]+/u).some((w) => NARRATION_SOURCES.has(w) || DOCUMENT_NOUNS.has(w));
}

/** A sentence announcing the comments that follow it. */
const RUN_ANNOUNCEMENT = /^(?:below|here)\s+(?:are|is)\b.*\b(?:comments?|reactions?|posts?|tweets?|responses?|replies|messages?)\b/i;
/** "@handle - text", "@handle text", "Jason Teoh - text": a post listed under its account or author. */
const HANDLE_ITEM = /^(@[\w.]{2,30}(?=\s)|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?=\s[-–—]\s))\s*(?:[-–—:]\s+|\s)(?=\S)/u;
/** What a bare credit after a quote looks like: a name or username, maybe with a place. */
const BARE_CREDIT = /^\s*([\p{Lu}@][\p{L}\p{N}_.'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}|[\p{L}][\p{L}\p{N}_.]*\d[\p{L}\p{N}_.]*)(?:,\s*[\p{Lu}][\p{L}'’ -]{1,40})?\s*$/u;

/** A short line of its own that heads a group of comments. */
function isRunHeading(text: string): boolean {
  return !text.includes('\n') && wordCount(text) <= 6 && !/[.!?:,;…"”’]$/.test(text) && scanQuotes(text).length === 0;
}

/** A listed post: "@kh4irulanwar - #DearLintas the only …". */
function handleItem(paragraph: Paragraph): Candidate | undefined {
  const match = HANDLE_ITEM.exec(paragraph.text);
  if (!match) return undefined;
  const part = makePart(paragraph.text.slice(match[0].length), paragraph.start + match[0].length);
  return part ? { parts: [part], attribution: match[1] ?? '', layout: 'list-item', isReader: true } : undefined;
}

/** A paragraph that is a quote followed by a bare credit naming a reader. */
function nameCredited(paragraph: Paragraph, subject: SubjectNames): Candidate | undefined {
  if (!OPENS_WITH_QUOTE.test(paragraph.text)) return undefined;
  const spans = scanQuotes(paragraph.text);
  const first = spans[0];
  if (spans.length !== 1 || !first || first.open !== 0 || first.close < 0) return undefined;
  const credit = paragraph.text.slice(first.close + 1);
  const match = BARE_CREDIT.exec(credit);
  const name = match?.[1];
  if (!name) return undefined;
  const judged = judgeAttribution(name, 'label', subject);
  if (!judged?.isReader) return undefined;
  const part = makePart(paragraph.text.slice(first.contentStart, first.contentEnd), paragraph.start + first.contentStart);
  return part ? { parts: [part], attribution: credit.trim(), layout: 'quote-attribution', isReader: true } : undefined;
}

/** A paragraph that can be a quote standing alone starts with a quote mark. */
const OPENS_WITH_QUOTE = /^["“‘'«„]/;

/** "she said", "he added": a pronoun for whoever the last paragraph quoted. */
const PRONOUN_ATTRIBUTION = /^(?:(?:he|she|they) \w+|\w+ (?:he|she|they))$/i;

/** Most of a framing kept: the last sentences of a long paragraph. */
const MAX_FRAMING = 300;

/**
 * The narration a comment is read against: the prose before its quote in its own paragraph when
 * there is a sentence of it, else the last paragraph of narration before it.
 */
function framingOf(paragraph: Paragraph, candidate: Candidate, narration: string): string {
  const inProse = candidate.layout === 'quote-attribution' || candidate.layout === 'attribution-quote';
  if (inProse) {
    const at = (candidate.parts[0]?.start ?? paragraph.start) - paragraph.start;
    const own = paragraph.text.slice(0, Math.max(0, at)).replace(/["“”«»]/g, ' ').trim();
    if (wordCount(own) >= 5) return lastPart(own);
  }
  return lastPart(narration);
}

/** A framing's last sentences, at most MAX_FRAMING characters. */
function lastPart(text: string): string {
  if (text.length <= MAX_FRAMING) return text;
  const tail = text.slice(text.length - MAX_FRAMING);
  const start = sentenceStarts(tail).find((i) => i > 0);
  return (start === undefined ? tail : tail.slice(start)).trim();
}

/** A one-line lead-in such as "@deborah.osas said:". */
function isLeadInLine(text: string, subject: SubjectNames): boolean {
  return !text.includes('\n') && text.endsWith(':') && scanQuotes(text).length === 0 && judgeAttribution(text, 'before', subject) !== undefined;
}

/** A quoted subheading: a short line in single quotes with no closing punctuation ("'Resign lah'"). */
function isQuotedHeading(text: string): boolean {
  return /^['‘]/.test(text) && !/[.!?…]['’]?$/.test(text) && wordCount(text) <= 12;
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

/** Finds an article's reader comments, in order, and the narration that frames them. Pure. */
export function extractReactions(article: Article): ExtractedReactions {
  const paragraphs = bodyParagraphs(articleBlocks(article.text), article.title).filter((p) => !isBoilerplate(p));
  const structures: Structure[] = paragraphs.map((paragraph) => {
    const posts = findEmbeddedPosts(paragraph);
    if (posts.length > 0) return { paragraph, posts };
    const thread = parseThreadEntry(paragraph);
    if (thread) return { paragraph, posts, thread };
    return { paragraph, posts, items: listItems(paragraph) };
  });
  const prose = proseWithoutQuotes(structures);
  const subject = subjectNames(article.title, prose, structures.flatMap((s) => s.posts.flatMap((p) => p.mentions)));

  const accepted: Candidate[] = [];
  let inRun = false;
  let pendingLead: Attribution | undefined;
  let open: Candidate | undefined;

  let previous: Paragraph | undefined;
  // What each comment is read against: the narration that introduces it or its run.
  let narration = '';
  let fromCandidate = 0;
  // Whether the last block gave a reader's comment, or went on with one: a bare quote or a
  // "she said" after it is most likely the same run of commenters.
  let readerBefore = false;
  let readerContinued = false;
  const frame = (block: Structure | undefined): void => {
    if (!block) return;
    readerBefore = readerContinued;
    readerContinued = false;
    if (accepted.length === fromCandidate) {
      if (block.posts.length === 0 && !block.thread && !block.items) narration = block.paragraph.text;
      return;
    }
    for (let i = fromCandidate; i < accepted.length; i++) {
      const candidate = accepted[i] as Candidate;
      readerBefore ||= candidate.isReader;
      candidate.framing = framingOf(block.paragraph, candidate, narration);
    }
    fromCandidate = accepted.length;
  };
  let last: Structure | undefined;
  for (const structure of structures) {
    frame(last);
    last = structure;
    const { paragraph, posts, thread, items } = structure;
    const before = previous;
    previous = paragraph;
    if (open) {
      const more = continuation(paragraph) ?? closingRest(paragraph);
      if (more?.part) {
        open.parts.push(more.part);
        readerContinued = open.isReader;
        if (!more.open) open = undefined;
        continue;
      }
      open = undefined;
    }

    if (posts.length > 0) {
      for (const post of posts) {
        const own = isOwnAccount(post.displayName, post.handle, subject);
        const reader = post.nameOnly ? judgeAttribution(post.displayName, 'label', subject)?.isReader === true : true;
        accepted.push({ parts: post.body, attribution: post.credit, layout: 'embedded-post', isReader: reader && !own });
      }
      pendingLead = undefined;
      continue;
    }
    if (thread) {
      const own = isOwnAccount(thread.name, '', subject);
      accepted.push({ parts: [thread.body], attribution: thread.name, layout: 'comment-thread', isReader: !own });
      pendingLead = undefined;
      continue;
    }
    if (pendingLead) {
      const lead = pendingLead;
      pendingLead = undefined;
      // A credit whose comment the page lost is followed by the next credit, not by a comment.
      const body: { part?: Part; open?: boolean } = isLeadInLine(paragraph.text, subject) ? {} : introducedBody(paragraph);
      if (body.part) {
        const candidate: Candidate = { parts: [body.part], attribution: lead.text, layout: 'lead-in-block', isReader: lead.isReader };
        accepted.push(candidate);
        if (body.open) open = candidate;
        continue;
      }
    }
    if (items && (inRun || items.length > 1)) {
      const found = items.map((item) => itemCandidate(item, subject, inRun, 'list-item')).filter((c): c is Candidate => c !== undefined);
      if (found.length > 0 || inRun) {
        accepted.push(...found);
        continue;
      }
    }
    // A quote standing as a paragraph of its own after narration, on a page of reactions: the
    // narration before it names the poster ("Patty Ramos was also left lost for words.").
    const standalone = !inRun && subject.reactionPage && before && OPENS_WITH_QUOTE.test(paragraph.text) ? continuation(paragraph) : undefined;
    if (standalone?.part && before && !isQuotedHeading(paragraph.text)) {
      const introduced = introducesStandaloneQuote(before.text);
      const body = introduced || (readerBefore && !isShortSingleQuoted(paragraph.text)) ? standalone : undefined;
      if (body?.part) {
        const candidate: Candidate = { parts: [body.part], attribution: '', layout: 'quote-run', isReader: true };
        accepted.push(candidate);
        if (body.open) open = candidate;
        continue;
      }
    }
    if (inRun) {
      const whole = isWholeQuote(paragraph.text);
      if (whole) {
        const part = makePart(paragraph.text.slice(whole.contentStart, whole.contentEnd), paragraph.start + whole.contentStart);
        if (part) accepted.push({ parts: [part], attribution: '', layout: 'quote-run', isReader: true });
        continue;
      }
      const handled = handleItem(paragraph);
      if (handled) {
        accepted.push(handled);
        continue;
      }
      // A run grouped under short headings ("National pride", "Selling out") goes on past them.
      if (isRunHeading(paragraph.text)) continue;
      inRun = false;
    }

    // "“Good on the council. …” Karen Whitfield": a quote credited by a bare name after it.
    const credited = subject.reactionPage ? nameCredited(paragraph, subject) : undefined;
    if (credited) {
      accepted.push(credited);
      continue;
    }

    // "muzypepsi said:" on one line, the comment on the lines below it.
    const lines = linesOf(paragraph);
    const firstLine = lines[0];
    if (lines.length >= 2 && firstLine && firstLine.text.endsWith(':') && scanQuotes(firstLine.text).length === 0) {
      const lead = judgeAttribution(firstLine.text, 'before', subject) ?? judgeAttribution(firstLine.text.slice(0, -1), 'label', subject);
      const restStart = lines[1]?.start ?? paragraph.start;
      if (lead) {
        const body = introducedBody({ text: paragraph.text.slice(restStart - paragraph.start), start: restStart });
        if (body.part) {
          const candidate: Candidate = { parts: [body.part], attribution: lead.text, layout: 'lead-in-block', isReader: lead.isReader };
          accepted.push(candidate);
          if (body.open) open = candidate;
          continue;
        }
      }
    }

    // "Below are a few of our favourite comments from customers." opens a run without a colon.
    if (RUN_ANNOUNCEMENT.test(lastSentence(paragraph.text)) && scanQuotes(paragraph.text).length === 0) {
      inRun = true;
      continue;
    }

    const inline = readInlineQuotes(paragraph, subject, true);
    if (readerBefore && inline.candidates.some((c) => !c.isReader) && wordCount(outsideQuotes(paragraph.text)) <= 4) {
      for (const c of inline.candidates) if (!c.isReader && PRONOUN_ATTRIBUTION.test(c.attribution)) c.isReader = true;
    }
    accepted.push(...inline.candidates);
    open = inline.open;
    if (inline.leadIn && !open) {
      const lead = judgeAttribution(inline.leadIn, 'before', subject);
      const announcesReaders = !NON_READER_LEAD_IN.test(inline.leadIn) && !namesSource(inline.leadIn);
      if (lead && !announcesSeveral(inline.leadIn, lead)) pendingLead = lead;
      else if (announcesReaders && REACTION_LEAD_IN.test(inline.leadIn)) inRun = true;
    }
  }

  frame(last);
  const comments = accepted.filter((c) => c.isReader).sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0)).map(toComment);
  return { comments, narration: prose };
}
