import { judgeAttribution } from '../attribution.js';
import type { Candidate } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { namesSource, OPENS_WITH_QUOTE, wholeQuoteBody } from '../layout.js';
import { NON_READER_LEAD_IN, SOURCE_NARRATION } from '../lexicon.js';
import { scanQuotes } from '../quotes.js';
import type { SubjectNames } from '../subject.js';
import { lastSentence, wordCount } from '../text.js';
import { speechVerbForms } from '../verbs.js';

// A quote standing as a paragraph of its own on a page of reactions, after narration that names
// the poster ("Patty Ramos was also left lost for words.") or after another reader's comment.

/**
 * Whether narration can introduce the standalone quote after it: a finished sentence of prose,
 * not itself a quote, that names no document or official source.
 */
function introducesStandaloneQuote(narration: string, subject: SubjectNames): boolean {
  if (scanQuotes(narration).length > 0 || !/[.!?…]$/.test(narration)) return false;
  const last = lastSentence(narration);
  if (NON_READER_LEAD_IN.test(narration) || SOURCE_NARRATION.test(narration) || namesSource(last)) return false;
  // "However Paul hit back.": a sentence ending in its speech verb hands over to its speaker, so
  // one who counts against a reader (a pronoun, a role, the story's own people) takes the quote.
  const clause = last.replace(/[.!?…]+$/, '');
  return !endsInSpeechVerb(clause) || (judgeAttribution(clause, 'before', subject)?.score ?? 0) >= 0;
}

function endsInSpeechVerb(clause: string): boolean {
  const words = clause.toLowerCase().split(/\s+/);
  const forms = speechVerbForms();
  return forms.has(words.slice(-1).join(' ')) || forms.has(words.slice(-2).join(' '));
}

/** A quoted subheading: a short line in single quotes with no closing punctuation ("'Resign lah'"). */
function isQuotedHeading(text: string): boolean {
  return /^['‘]/.test(text) && !/[.!?…]['’]?$/.test(text) && wordCount(text) <= 12;
}

/** A short line in single quotes, which after a comment is more likely a subheading than another comment. */
function isShortSingleQuoted(text: string): boolean {
  return /^['‘]/.test(text) && wordCount(text) <= 8;
}

export const standaloneQuote: LayoutReader = {
  read({ paragraph }, reading) {
    const before = reading.before;
    if (!before || !OPENS_WITH_QUOTE.test(paragraph.text)) return undefined;
    const body = wholeQuoteBody(paragraph);
    if (!body?.part || isQuotedHeading(paragraph.text)) return undefined;
    // "'Do you feel better now? …' another said. ¶ 'Oh, and by the way, …'": credited at its end,
    // the comment goes on in the bare quote after it; a new commenter would get a credit of their own.
    const goesOn = reading.creditedLast;
    if (goesOn && !body.open) {
      goesOn.parts.push(body.part);
      return [];
    }
    if (reading.inRun || !reading.subject.reactionPage) return undefined;
    if (!introducesStandaloneQuote(before.text, reading.subject) && !(reading.readerBefore && !isShortSingleQuoted(paragraph.text))) return undefined;
    const candidate: Candidate = { parts: [body.part], attribution: '', layout: 'quote-run', isReader: true };
    if (body.open) reading.open = candidate;
    return [candidate];
  },
};
