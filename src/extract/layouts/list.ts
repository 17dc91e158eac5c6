import type { Attribution } from '../attribution.js';
import { judgeAttribution } from '../attribution.js';
import type { Candidate, Part } from '../candidate.js';
import { makePart } from '../candidate.js';
import { readInlineQuotes } from '../inline.js';
import type { LayoutReader } from '../layout.js';
import { HANDLE_LED } from '../lists.js';
import { isWholeQuote } from '../quotes.js';
import type { SubjectNames } from '../subject.js';

// A bulleted or numbered list of comments (lists.ts finds the items), under a run's lead-in or
// of two items or more: `@x: "..."`, `"..."`, `"..." wrote one user`, or bare text in a run.

/** A list item or run paragraph: `@x: "..."`, `"..."`, or (inside a run) bare text. */
function itemCandidate(item: Part, subject: SubjectNames, inRun: boolean): Candidate | undefined {
  const label = /^([^:"“‘'\n]{1,60}):\s*(?=\S)/u.exec(item.text) ?? HANDLE_LED.exec(item.text);
  let attribution: Attribution | undefined;
  let rest = item;
  if (label) {
    attribution = judgeAttribution(label[1] ?? '', 'label', subject);
    if (attribution) rest = { text: item.text.slice(label[0].length), start: item.start + label[0].length };
  }
  const quote = isWholeQuote(rest.text);
  if (!quote && !attribution) {
    // "• "This is daylight robbery!" wrote one Twitter user": an item attributed like prose.
    const inline = readInlineQuotes(rest, subject, false).candidates;
    if (inline.length === 1 && inline[0]?.layout === 'quote-attribution') return { ...inline[0], layout: 'list-item' };
  }
  if (!quote && !attribution && !inRun) return undefined;
  // "• “Lover” by Taylor Swift:": an item that ends in a colon heads what follows it.
  if (!quote && !attribution && /:\s*$/.test(rest.text)) return undefined;
  const part = quote ? makePart(rest.text.slice(quote.contentStart, quote.contentEnd), rest.start + quote.contentStart) : makePart(rest.text, rest.start);
  if (!part) return undefined;
  return { parts: [part], attribution: attribution?.speaker ?? '', layout: 'list-item', isReader: attribution ? attribution.isReader : true };
}

export const list: LayoutReader = {
  read({ items }, reading) {
    if (!items || !(reading.inRun || items.length > 1)) return undefined;
    const found = items.map((item) => itemCandidate(item, reading.subject, reading.inRun)).filter((c): c is Candidate => c !== undefined);
    return found.length > 0 || reading.inRun ? found : undefined;
  },
};
