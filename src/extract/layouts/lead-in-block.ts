import { judgeAttribution } from '../attribution.js';
import type { Candidate } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { introducedBody } from '../layout.js';
import { scanQuotes } from '../quotes.js';
import type { SubjectNames } from '../subject.js';

// The block after a one-comment lead-in ("Another fan wrote:") is that comment.

/** A one-line lead-in such as "@deborah.osas said:". */
function isLeadInLine(text: string, subject: SubjectNames): boolean {
  return !text.includes('\n') && text.endsWith(':') && scanQuotes(text).length === 0 && judgeAttribution(text, 'before', subject) !== undefined;
}

export const leadInBlock: LayoutReader = {
  read({ paragraph, items }, reading) {
    const lead = reading.pendingLead;
    if (!lead) return undefined;
    reading.pendingLead = undefined;
    // A list of several comments after a lead-in is a round-up it announced, each item its own.
    if (items && items.length > 1) return undefined;
    // A credit whose comment the page lost is followed by the next credit, not by a comment.
    const body = isLeadInLine(paragraph.text, reading.subject) ? undefined : introducedBody(paragraph);
    if (!body?.part) return undefined;
    const candidate: Candidate = { parts: [body.part], attribution: lead.text, layout: 'lead-in-block', isReader: lead.isReader };
    if (body.open) reading.open = candidate;
    return [candidate];
  },
};
