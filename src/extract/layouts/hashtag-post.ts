import { judgeAttribution } from '../attribution.js';
import { makePart } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { HASHTAGS_AFTER_SPEAKER } from '../lexicon.js';
import { speechVerbForms } from '../verbs.js';

// "Another fan wrote #AlwaysInOurHeartsZaynMalik.": a post that is hashtags alone, printed after
// its speaker without quote marks.

export const hashtagPost: LayoutReader = {
  read({ paragraph }, reading) {
    if (paragraph.text.includes('\n')) return undefined;
    const match = HASHTAGS_AFTER_SPEAKER.exec(paragraph.text);
    const clause = match?.groups?.clause;
    const tags = match?.groups?.tags;
    // The tags follow the verb itself: "Writing to him with #DearMinister" is a heading.
    if (!clause || !tags || !speechVerbForms().has(clause.trim().split(/\s+/).pop()?.toLowerCase() ?? '')) return undefined;
    const lead = judgeAttribution(clause, 'before', reading.subject);
    if (!lead?.isReader || !lead.verb) return undefined;
    const part = makePart(tags, paragraph.start + (match.index ?? 0) + match[0].indexOf(tags));
    return part ? [{ parts: [part], attribution: lead.text, layout: 'attribution-quote', isReader: true }] : undefined;
  },
};
