import type { Attribution } from '../attribution.js';
import { judgeAttribution } from '../attribution.js';
import { readInlineQuotes } from '../inline.js';
import type { LayoutReader } from '../layout.js';
import { namesSource, outsideQuotes } from '../layout.js';
import { NAMES_A_READER, NON_READER_LEAD_IN, OPENS_ON_A_COMMENTER, PLURAL_SPEAKER, PRONOUN_ATTRIBUTION, REACTION_LEAD_IN, RUN_LEAD_IN, SINGULAR_SPEAKER, TELLS_OF_POSTING } from '../lexicon.js';
import { scanQuotes } from '../quotes.js';
import type { SubjectNames } from '../subject.js';
import { lastSentence, wordCount } from '../text.js';

// Quotes in running prose, attributed before or after (inline.ts reads them): the layout every
// block falls to when no other claims it. Its closing lead-in may introduce the next block's
// comment, or a run of them.

function announcesSeveral(leadIn: string, lead: Attribution): boolean {
  if (RUN_LEAD_IN.test(leadIn)) return true;
  return PLURAL_SPEAKER.test(lead.speaker) && !SINGULAR_SPEAKER.test(lead.speaker);
}

/** Narration without quotes whose last sentence is about one commenter. */
function toldOfOneCommenter(narration: string): boolean {
  if (scanQuotes(narration).length > 0) return false;
  return OPENS_ON_A_COMMENTER.test(lastSentence(narration.trim()).trim());
}

/**
 * "Demi Moore posted a throwback to her wedding. “…,” she wrote on Twitter": the sentence before
 * the quote tells of one person posting, whom the pronoun stands for; a reader if they would be
 * one named at the quote.
 */
function toldOfPosting(before: string, subject: SubjectNames): boolean {
  const sentence = lastSentence(before.replace(/[\s"“‘']+$/u, '')).trim();
  if (scanQuotes(sentence).length > 0) return false;
  const poster = TELLS_OF_POSTING.exec(sentence)?.[0];
  return poster !== undefined && judgeAttribution(poster, 'before', subject)?.isReader === true;
}

export const inlineQuotes: LayoutReader = {
  read({ paragraph }, reading) {
    const { subject } = reading;
    const inline = readInlineQuotes(paragraph, subject, true);
    // "she said" with nothing else narrated, after a reader's comment, is that commenter; and
    // "Take Twitter user @x, who blasted the show. '…,' they wrote" is the reader named before it.
    const afterReader = reading.readerBefore && wordCount(outsideQuotes(paragraph.text)) <= 4;
    // "Another was pleased to see him go. ¶ '…,' they wrote": the commenter the narration before told of.
    const toldOfReader = reading.before !== undefined && !reading.readerBefore && toldOfOneCommenter(reading.before.text);
    // "“…,” says Atria … “…,” she shared": a pronoun after a reader this paragraph quoted is that reader.
    let readerQuoted = toldOfReader;
    inline.candidates.forEach((c, i) => {
      if (!c.isReader && PRONOUN_ATTRIBUTION.test(c.attribution)) {
        const before = paragraph.text.slice(0, (c.parts[0]?.start ?? paragraph.start) - paragraph.start);
        // After a quote of this paragraph, a pronoun is that quote's speaker, reader or not
        // ("“…,” read the caption to the post. “…,” she added"), whoever the narration named first.
        const namedReader = i === 0 && (NAMES_A_READER.test(before) || toldOfPosting(before, subject));
        if (afterReader || readerQuoted || namedReader) c.isReader = true;
      }
      readerQuoted = c.isReader;
    });
    reading.open = inline.open;
    if (inline.leadIn && !inline.open) {
      const lead = judgeAttribution(inline.leadIn, 'before', subject);
      const announcesReaders = !NON_READER_LEAD_IN.test(inline.leadIn) && !namesSource(inline.leadIn);
      if (lead && !announcesSeveral(inline.leadIn, lead)) reading.pendingLead = lead;
      else if (announcesReaders && REACTION_LEAD_IN.test(inline.leadIn)) reading.inRun = true;
    }
    return inline.candidates;
  },
};
