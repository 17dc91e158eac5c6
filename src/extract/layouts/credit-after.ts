import { judgeAttribution } from '../attribution.js';
import type { LayoutReader } from '../layout.js';
import { POSTED_ABOVE } from '../lexicon.js';
import { scanQuotes } from '../quotes.js';

// A "best comments" page: the comment as a quote on its own, then a paragraph that says who
// posted it ("Lindsey Phoenix sounded off on a report by …"). The credit claims the quote above
// it when no other layout did.

export const creditAfter: LayoutReader = {
  read({ paragraph }, reading) {
    const quote = reading.unclaimed;
    if (!quote || !reading.subject.reactionPage || scanQuotes(paragraph.text).length > 0) return undefined;
    const credit = POSTED_ABOVE.exec(paragraph.text);
    if (!credit) return undefined;
    const clause = credit[0].replace(/[\s.,:]+$/, '').replace(/\s+(?:on|under|to|in|about)$/, '');
    const attribution = judgeAttribution(clause, 'before', reading.subject);
    if (!attribution) return undefined;
    // The page goes on to discuss the comment ("Phoenix's comment prompted a debate"), which
    // makes its poster one of the story's people; only one the title names is its subject.
    const inTitle = attribution.speaker.toLowerCase().split(/\s+/).some((w) => reading.subject.title.has(w));
    if (!attribution.isReader && (inTitle || attribution.score < -5 || !/^(?:\p{Lu}|@)/u.test(attribution.speaker))) return undefined;
    return [{ parts: [quote], attribution: clause, layout: 'quote-attribution', isReader: true }];
  },
};
