import { makePart } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { BULLET } from '../lists.js';
import { COMMENT_SECTION_HEADING } from '../lexicon.js';
import { wordCount } from '../text.js';

// A blog page copied with its comment section: "13 Comments on The New Kit", then each comment
// numbered ("1. This kit is a howler. …"), its further paragraphs unnumbered below it.

const NUMBERED = /^\d{1,3}[.)]\s+/u;
/** The most words of a line of page furniture after a comment section. */
const MAX_FURNITURE_WORDS = 6;

export const commentSection: LayoutReader = {
  read({ paragraph }, reading) {
    const text = paragraph.text.trim();
    if (COMMENT_SECTION_HEADING.test(text)) {
      reading.commentSection = {};
      return [];
    }
    const section = reading.commentSection;
    if (!section) return undefined;
    const lead = paragraph.text.length - paragraph.text.trimStart().length;
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      const bullet = BULLET.exec(text)?.[0] ?? numbered[0];
      const part = makePart(text.slice(bullet.length), paragraph.start + lead + bullet.length);
      if (!part) return [];
      section.last = { parts: [part], attribution: '', layout: 'comment-thread', isReader: true };
      return [section.last];
    }
    // A short line that ends no sentence ("Leave a Reply", "Share this") is the page again: the
    // section is over.
    if (wordCount(text) <= MAX_FURNITURE_WORDS && !/[.!?…)"”’']$/u.test(text)) {
      reading.commentSection = undefined;
      return undefined;
    }
    // A comment's next paragraph; anything else on the page before its first comment is not one.
    const part = makePart(paragraph.text, paragraph.start);
    if (section.last && part) section.last.parts.push(part);
    return section.last ? [] : undefined;
  },
};
