import { judgeAttribution } from '../attribution.js';
import type { LayoutReader } from '../layout.js';
import { HANDLE_ONLY } from '../lexicon.js';

// "@MpumiTech" alone on a line, its post in the next block: the handle introduces it as a
// colon lead-in would.

export const handleLine: LayoutReader = {
  read({ paragraph }, reading) {
    const text = paragraph.text.trim();
    if (!HANDLE_ONLY.test(text)) return undefined;
    const lead = judgeAttribution(text, 'label', reading.subject);
    if (!lead) return undefined;
    reading.pendingLead = lead;
    return [];
  },
};
