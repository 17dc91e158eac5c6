import { judgeAttribution } from '../attribution.js';
import type { LayoutReader } from '../layout.js';
import { namesOrganization, namesPerson } from '../nlp.js';
import { PERSON_NAME } from '../lexicon.js';
import type { SubjectNames } from '../subject.js';
import { isOwnAccount, isSubjectName } from '../subject.js';

// Embedded social posts pasted as text, found by posts.ts: the body, then "— Name (@handle) date".
// A post from the subject's own account, or from a brand's, is no reader's; one credited by a
// name alone is judged like any attribution.

/**
 * "Hip-hop artist MC Hammer expressed his condolences … ¶ Stunned. … — MC HAMMER (@MCHammer)": on
 * a page of reactions, a person the narration names only to introduce their post is one of the
 * people reacting, as scoreSpeaker holds for a public figure who posts; the subject is named in
 * the title or over and over.
 */
function reactingInPassing(displayName: string, subject: SubjectNames): boolean {
  if (!subject.reactionPage || !PERSON_NAME.test(displayName) || isSubjectName(displayName, subject)) return false;
  return !subject.lead.has(displayName.toLowerCase()) && namesPerson(displayName);
}

export const embeddedPost: LayoutReader = {
  read({ posts }, reading) {
    if (posts.length === 0) return undefined;
    reading.pendingLead = undefined;
    return posts.map((post) => {
      const own = (isOwnAccount(post.displayName, post.handle, reading.subject) && !reactingInPassing(post.displayName, reading.subject)) || namesOrganization(post.displayName);
      const reader = post.nameOnly ? judgeAttribution(post.displayName, 'label', reading.subject)?.isReader === true : true;
      return { parts: post.body, attribution: post.credit, layout: 'embedded-post', isReader: reader && !own };
    });
  },
};
