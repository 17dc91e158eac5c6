import type { Attribution } from './attribution.js';
import { judgeAttribution } from './attribution.js';
import type { Candidate } from './candidate.js';
import { makePart } from './candidate.js';
import { scanQuotes } from './quotes.js';
import type { SubjectNames } from './subject.js';
import type { Paragraph } from './text.js';
import { firstSentence, lastSentence, wordCount } from './text.js';
import { reportsSpeech, speechVerbPositions } from './verbs.js';
import { HANDLE_ONLY, PRONOUNS, READER_NOUNS } from './lexicon.js';

// Quotes inside running prose, attributed before or after:
//   "...," wrote one user.        Another fan wrote, "..."        Erl: "..."
//   "...," another wrote. "..."   (one comment split around its attribution)

export interface InlineOutcome {
  /** Every attributed quote, reader or not: non-readers are kept so that their continuations are too. */
  candidates: Candidate[];
  /** The candidate whose quote the paragraph leaves unclosed: the next paragraph may continue it. */
  open?: Candidate;
  /** The paragraph's closing sentence when it ends in a colon: it introduces what follows. */
  leadIn?: string;
}

/**
 * How far before and after a quote to look for its attribution. Attribution clauses are short
 * (judgeAttribution takes at most 30 words); the bound keeps reading linear in the paragraph's
 * length however many quotes a hostile paragraph holds.
 */
const CLAUSE_WINDOW = 400;

const BARE_SPEECH_VERB_END = /\b(?:wrote|said|added|commented|replied|posted|tweeted|asked|responded|argued|wondered|questioned|reacted|saying|writing|adding|commenting|tweeting|posting)$/i;
const MAX_LABEL_WORDS = 6;
const BY_NAME = /(?:^|[,;]\s*)by ((?:@[\w.]{2,30})|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}):$/u;
/** A short name in title case: "Fox & Friends", "Love Island", "The Great British Bake Off". */
const TITLE_CASE = /^(?:The |A )?\p{Lu}\p{Ll}+(?: (?:&|and|of|the|\p{Lu}\p{Ll}+)){0,4}$/u;

/** The narration right before a quote, when it can introduce it. */
function leadInBefore(available: string): string | undefined {
  const trimmed = available.trim();
  if (!trimmed) return undefined;
  const sentence = lastSentence(trimmed).trim();
  if (/[:,\u2014\u2013]$/.test(sentence) || BARE_SPEECH_VERB_END.test(sentence)) return sentence;
  return undefined;
}

function labelBefore(available: string, subject: SubjectNames): Attribution | undefined {
  const trimmed = available.trim();
  // "@mazi_duce “…”": a handle alone before a quote labels it as a colon would.
  if (HANDLE_ONLY.test(trimmed)) return judgeAttribution(trimmed, 'label', subject);
  // "Here's the first one, by Harmoni Lucio: “…”": the name after "by" labels it.
  const byName = BY_NAME.exec(trimmed);
  if (byName) return judgeAttribution(byName[1] ?? '', 'label', subject);
  if (!trimmed.endsWith(':') || wordCount(trimmed) > MAX_LABEL_WORDS) return undefined;
  return judgeAttribution(trimmed.slice(0, -1), 'label', subject);
}

/**
 * Whether a quote stands where an utterance can start: at the paragraph's start, after a finished
 * sentence or colon, or after a short adverbial ("Meanwhile, '...' wrote another"). A quote in
 * the middle of a sentence is a title, a scare quote or a fragment of reported speech.
 */
function startsUtterance(available: string): boolean {
  const trimmed = available.trim();
  if (!trimmed || /[.!?…:]["”’')]*$/.test(trimmed)) return true;
  return /,$/.test(trimmed) && wordCount(lastSentence(trimmed)) <= 3;
}

/** What may stand between two quotes of one list: "“…,” and “…”", "“…”, “…”". */
const QUOTE_LIST_JOINER = /^[\s,;]*(?:and|or)?\s*$/i;

/**
 * The reader whose words a partial quote in reported speech gives ("This fan noted that it will
 * “inspire generations.”", "One user asked if the account was “trying to make us feel rich”"):
 * a single commenter named before a speech verb earlier in the quote's sentence. A crowd ("Fans
 * called it “a disgrace”") gives no one's words.
 */
function reportedSpeaker(available: string, subject: SubjectNames): Attribution | undefined {
  const trimmed = available.trim();
  // A partial quote stands inside a sentence; after a finished one, a quote starts its own.
  if (!trimmed || /[.!?…:]["”’')]*$/.test(trimmed)) return undefined;
  return oneCommenterReporting(lastSentence(trimmed), subject);
}

/**
 * The reader a finished sentence reports, when the quote after it has no credit of its own:
 * "Another noted that Charli is only 16. "If charli did something…"". Only one commenter named
 * before the sentence's one speech verb counts, as for a partial quote.
 */
function narratedSpeaker(available: string, subject: SubjectNames): Attribution | undefined {
  const trimmed = available.trim();
  if (!/[.!?…]$/.test(trimmed)) return undefined;
  return oneCommenterReporting(lastSentence(trimmed), subject);
}

/** The single commenter a sentence names before its one speech verb ("This fan noted that …"). */
function oneCommenterReporting(sentence: string, subject: SubjectNames): Attribution | undefined {
  // Only a sentence that names one commenter can report one: most are told apart here, unparsed.
  if (!NAMES_ONE.test(sentence)) return undefined;
  const words = sentence.split(/\s+/);
  const verbs = speechVerbPositions(words);
  // One report only: in "after tweeting that a passenger told her ...", whose words are quoted is unclear.
  const at = verbs[0];
  if (verbs.length !== 1 || at === undefined || at === 0 || at > MAX_REPORTING_WORDS) return undefined;
  const clause = words.slice(0, at + 1).join(' ');
  if (!NAMES_ONE.test(clause)) return undefined;
  const attribution = judgeAttribution(clause, 'before', subject);
  // A reader noun, a quantifier or a handle names the commenter (score 3 or more), not a name alone.
  if (!attribution || attribution.score < 3 || !SINGLE_COMMENTER.test(attribution.speaker)) return undefined;
  return { ...attribution, text: clause.replace(/[,:;]+$/, '') };
}

/** A speaker who is one commenter: "this fan", "one user", "another", "@handle". */
const SINGLE_COMMENTER = /^(?:(?:as|and|but)\s+)?(?:one|another|this|that|a|an|a second|a third|@[\w.]+)\b/i;
const MAX_REPORTING_WORDS = 8;
/** Words without which no clause names a single commenter: a quantifier, a handle, a reader noun. */
const NAMES_ONE = new RegExp(`\\b(?:one|another|${[...READER_NOUNS].filter((n) => /^[a-z-]+$/.test(n)).join('|')})s?\\b|@`, 'i');
/** A crowd's quote this long is a comment quoted as an example of what they wrote. */
const MIN_CROWD_QUOTE_WORDS = 8;
/** A partial quote in one commenter's reported speech this long is a comment, shorter the gist of one. */
const MIN_REPORTED_QUOTE_WORDS = 4;

/** The attribution in the narration right after a quote, if the narration attributes it. */
function trailingAttribution(trail: string, content: string, followedByQuote: boolean, subject: SubjectNames): Attribution | undefined {
  const clause = trail.trim();
  if (!clause || clause.endsWith(':')) return undefined;
  // "“Fox & Friends” posted a photo": a name in title case, no comma after it, is what acts.
  if (TITLE_CASE.test(content.trim()) && !/^\s*,/.test(trail)) return undefined;
  // "...done." Another fan replied, "..." : the comma-ended clause introduces the next quote.
  if (followedByQuote && /,$/.test(clause) && !/[,?!…—–-]$/.test(content.trim())) return undefined;
  return judgeAttribution(clause, 'after', subject) ?? cutCredit(clause, followedByQuote, subject);
}

/**
 * "“What sad news,” a fourth commen": a page that stops inside a credit. The cut word is read as
 * a speech verb, and the credit counts only if it then names a reader.
 */
function cutCredit(clause: string, followedByQuote: boolean, subject: SubjectNames): Attribution | undefined {
  if (followedByQuote || /[.!?…:;,)"”’]$/.test(clause) || wordCount(clause) < 2) return undefined;
  const read = judgeAttribution(clause.replace(/\S+$/, 'said'), 'after', subject);
  return read?.isReader ? { ...read, text: clause } : undefined;
}

/**
 * "“…” one user wrote, while another user tweeted, “…”": the rest of a quote's trailing clause,
 * when it introduces the next quote with a speaker of its own (left for that quote to read).
 */
function introducesAnother(trail: string, attribution: Attribution, subject: SubjectNames): string {
  const at = trail.indexOf(attribution.text);
  if (at < 0) return '';
  const rest = trail.slice(at + attribution.text.length);
  if (!/[,:]\s*$/.test(rest) || wordCount(rest) < 2) return '';
  const next = judgeAttribution(rest.replace(/^[\s,;]*(?:while|and|but|as|with)?\s*/i, ''), 'before', subject);
  return next && next.speaker && next.speaker.toLowerCase() !== attribution.speaker.toLowerCase() ? rest : '';
}

export function readInlineQuotes(paragraph: Paragraph, subject: SubjectNames, allowLabel: boolean): InlineOutcome {
  const text = paragraph.text;
  const spans = scanQuotes(text);
  const candidates: Candidate[] = [];
  let consumed = 0;
  let previous: { candidate: Candidate; byTrailing: boolean } | undefined;
  let open: Candidate | undefined;
  let usedEnd = 0;

  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (!span) continue;
    const spanEnd = span.close < 0 ? text.length : span.close + 1;
    // The narration starts after the last quote used: a quote that attributed nothing (a scare
    // quote, a title) is part of the narration after it ("admired the ‘Nightmare’ hitmaker, saying:").
    const available = text.slice(Math.max(usedEnd, consumed, span.open - CLAUSE_WINDOW), span.open);
    const content = text.slice(span.contentStart, span.contentEnd);
    const nextOpen = spans[i + 1]?.open;
    const afterEnd = Math.min(nextOpen ?? text.length, span.close + 1 + CLAUSE_WINDOW);
    const after = span.close < 0 ? '' : text.slice(span.close + 1, afterEnd);
    const trail = firstSentence(after).sentence;
    const trailing = (): Attribution | undefined => trailingAttribution(trail, content, nextOpen !== undefined, subject);

    // The second half of a quote split around its attribution.
    if (previous?.byTrailing && available.trim() === '' && trailing() === undefined) {
      const part = makePart(content, paragraph.start + span.contentStart);
      if (part) previous.candidate.parts.push(part);
      previous = { candidate: previous.candidate, byTrailing: false };
      usedEnd = spanEnd;
      if (span.close < 0) open = previous.candidate;
      continue;
    }

    // "they tweeted things like: “…,” and “…”": a quote joined to the last by "and" shares its attribution.
    // Not when the quote is credited after it in a clause of its own ("“…,” the Daily Star quoted X as saying").
    const creditedAfter = !/:\s*$/.test(trail) && reportsSpeech(trail);
    if (previous && !previous.byTrailing && QUOTE_LIST_JOINER.test(available) && !creditedAfter) {
      const parts = previous.candidate.parts;
      const last = parts[parts.length - 1];
      if (last) parts[parts.length - 1] = makePart(last.text, last.start, true) ?? last;
      const part = makePart(content, paragraph.start + span.contentStart, true);
      if (part) {
        const candidate: Candidate = { ...previous.candidate, parts: [part] };
        candidates.push(candidate);
        previous = { candidate, byTrailing: false };
      }
      usedEnd = spanEnd;
      continue;
    }

    // '"Ivan Drago" commented, "…"': a name in quote marks before a speech verb is who speaks.
    if (TITLE_CASE.test(content.trim()) && speechVerbPositions(trail.trim().split(/\s+/, 1)).length > 0) {
      previous = undefined;
      continue;
    }
    const lead = leadInBefore(available);
    let attribution = lead ? judgeAttribution(lead, 'before', subject) : undefined;
    const reported = !attribution && !lead ? reportedSpeaker(available, subject) : undefined;
    attribution ??= reported;
    // "@a: “…” @b: “…”": labels may follow one another in one paragraph, each after the last's quote.
    const labelChain = previous?.candidate.layout === 'label';
    const label = !attribution && (i === 0 || labelChain) && allowLabel ? labelBefore(available, subject) : undefined;
    attribution ??= label;
    let byTrailing = false;
    // "She penned: “…,” one fan wrote": a reader named after the quote outranks a bare pronoun before it.
    const pronounLead = attribution !== undefined && !attribution.isReader && PRONOUNS.has(attribution.speaker.toLowerCase());
    if ((!attribution && startsUtterance(available)) || pronounLead) {
      const after = trailing();
      if (after && (!pronounLead || after.isReader)) {
        attribution = after;
        byTrailing = true;
        consumed = span.close + 1 + trail.length - introducesAnother(trail, after, subject).length;
      }
    }
    // A quote the paragraph's last sentence introduces without a colon, when nothing after it credits it.
    if (!attribution && i === spans.length - 1 && trail.trim() === '') attribution = narratedSpeaker(available, subject);
    if (!attribution) {
      previous = undefined;
      continue;
    }
    // "John: “back to hibernation”, excuse me, I want cat videos!": after a bare label, a quote
    // the rest of the paragraph goes on from is part of the comment, which runs to the end.
    // A new sentence after the quote ("… ¶ It received over 3,000 Likes.") is the page's, not the comment's.
    const goesOn = attribution === label && i === spans.length - 1 && span.close >= 0 && wordCount(text.slice(span.close + 1)) >= 3 && /^\s*(?:[,;:–—-]|\p{Ll})/u.test(text.slice(span.close + 1));
    const part = goesOn ? makePart(text.slice(span.open), paragraph.start + span.open) : makePart(content, paragraph.start + span.contentStart, byTrailing || /^\s*\p{Ll}/u.test(after));
    if (!part) continue;
    // "where people said, “this was what empathy looks like”": a crowd's few words are its gist, not a
    // comment; after a colon they are an example of what the crowd posted.
    const crowdGist = attribution.crowd && !lead?.endsWith(':') && wordCount(part.text) < MIN_CROWD_QUOTE_WORDS;
    // "confessed to feeling ‘disloyal’", "said it looked like an “exit button”": a word or two
    // inside one's reported speech names what they said; a clause of it, or a question, is theirs.
    const namedGist = attribution === reported && wordCount(part.text) < MIN_REPORTED_QUOTE_WORDS && !/[?!]["”’']*$/.test(part.text.trim());
    const candidate: Candidate = {
      parts: [part],
      attribution: attribution.text,
      layout: byTrailing ? 'quote-attribution' : attribution.verb ? 'attribution-quote' : 'label',
      isReader: attribution.isReader && !crowdGist && !namedGist,
    };
    candidates.push(candidate);
    previous = { candidate, byTrailing };
    usedEnd = spanEnd;
    if (span.close < 0) open = candidate;
  }

  const last = spans[spans.length - 1];
  const tailStart = last ? (last.close < 0 ? text.length : Math.max(last.close + 1, consumed)) : 0;
  const tail = text.slice(Math.max(tailStart, text.length - CLAUSE_WINDOW)).trim();
  // "One person tweeted;": some pages end a lead-in with a semicolon.
  const leadIn = /[:;]$/.test(tail) ? lastSentence(tail).trim() : undefined;
  return { candidates, open, leadIn };
}
