import type { Candidate } from '../candidate.js';
import { makePart } from '../candidate.js';
import type { LayoutReader } from '../layout.js';
import { DATED_SIGNATURE } from '../lexicon.js';

// Comments copied from a news site's comment section, each signed after it with the commenter's
// name, place and the time of posting: "…balance the accounts.- Jim, Norwich England, 2/9/2009
// 18:45". Pasted pages run a signature into the comment's last word or put it at the start of
// the next paragraph, so a comment is the text between one signature and the next.

export const datedSignature: LayoutReader = {
  read({ paragraph }, reading) {
    const text = paragraph.text;
    const signatures = [...text.matchAll(DATED_SIGNATURE)];
    const pending = reading.unsigned;
    reading.unsigned = undefined;
    if (signatures.length === 0) return undefined;
    const found: Candidate[] = [];
    let from = 0;
    signatures.forEach((signature, i) => {
      const at = signature.index ?? 0;
      const body = text.slice(from, at);
      // The first signature may open the block: it signs the text the block before ended on.
      const part = i === 0 && body.trim() === '' ? pending : makePart(body, paragraph.start + from);
      if (part) found.push({ parts: [part], attribution: signature[0].replace(/^[-–—]\s?/, ''), layout: 'quote-attribution', isReader: true });
      from = at + signature[0].length;
    });
    const rest = text.slice(from);
    if (rest.trim() !== '' && !/:\s*$/.test(rest)) reading.unsigned = makePart(rest, paragraph.start + from);
    return found;
  },
};
