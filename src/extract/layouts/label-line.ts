import { judgeAttribution } from '../attribution.js';
import type { Candidate } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { introducedBody } from '../layout.js';
import { scanQuotes } from '../quotes.js';
import { linesOf } from '../text.js';

// "muzypepsi said:" on one line, the comment on the lines below it.

export const labelLine: LayoutReader = {
  read({ paragraph }, reading) {
    const lines = linesOf(paragraph);
    const first = lines[0];
    if (lines.length < 2 || !first || !first.text.endsWith(':') || scanQuotes(first.text).length > 0) return undefined;
    const lead = judgeAttribution(first.text, 'before', reading.subject) ?? judgeAttribution(first.text.slice(0, -1), 'label', reading.subject);
    if (!lead) return undefined;
    const restStart = lines[1]?.start ?? paragraph.start;
    const body = introducedBody({ text: paragraph.text.slice(restStart - paragraph.start), start: restStart });
    if (!body.part) return undefined;
    const candidate: Candidate = { parts: [body.part], attribution: lead.text, layout: 'lead-in-block', isReader: lead.isReader };
    if (body.open) reading.open = candidate;
    return [candidate];
  },
};
