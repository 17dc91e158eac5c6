import type { LayoutReader } from '../layout.js';
import { RUN_ANNOUNCEMENT } from '../lexicon.js';
import { scanQuotes } from '../quotes.js';
import { lastSentence } from '../text.js';

// "Below are a few of our favourite comments from customers." opens a run without a colon.

export const runAnnouncement: LayoutReader = {
  read({ paragraph }, reading) {
    if (!RUN_ANNOUNCEMENT.test(lastSentence(paragraph.text)) || scanQuotes(paragraph.text).length > 0) return undefined;
    reading.inRun = true;
    return [];
  },
};
