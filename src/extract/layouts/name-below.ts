import type { LayoutReader } from '../layout.js';
import { namesPerson } from '../nlp.js';
import { isSubjectName } from '../subject.js';

// A readers' round-up that prints each comment bare and the commenter's name on the line below
// it: "Use it or lose it. ¶ John Macklin". Only after the page has announced its run of comments
// ("Here's what they have had to say:"), where a paragraph and a name under it are a comment and
// its writer, not narration and a caption.

/** Two to four capitalised words. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;

export const nameBelow: LayoutReader = {
  read({ paragraph }, reading) {
    const name = paragraph.text.trim();
    // A name, not a heading that groups the comments ("National pride"): compromise knows it as a person's.
    if (!reading.runAnnounced || !CAPITALISED_NAME.test(name) || !namesPerson(name) || isSubjectName(name, reading.subject)) return undefined;
    // A comment the run already read without its writer ("Had my party there. ¶ Priya Shah").
    if (reading.uncredited) {
      reading.uncredited.attribution = name;
      return [];
    }
    const comment = reading.unclaimedProse;
    return comment ? [{ parts: [comment], attribution: name, layout: 'quote-attribution', isReader: true }] : undefined;
  },
};
