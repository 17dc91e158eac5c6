import { judgeAttribution } from '../attribution.js';
import type { LayoutReader } from '../layout.js';
import { namesOrganization } from '../nlp.js';
import { isOwnAccount } from '../subject.js';

// Embedded social posts pasted as text, found by posts.ts: the body, then "— Name (@handle) date".
// A post from the subject's own account, or from a brand's, is no reader's; one credited by a
// name alone is judged like any attribution.

export const embeddedPost: LayoutReader = {
  read({ posts }, reading) {
    if (posts.length === 0) return undefined;
    reading.pendingLead = undefined;
    return posts.map((post) => {
      const own = isOwnAccount(post.displayName, post.handle, reading.subject) || namesOrganization(post.displayName);
      const reader = post.nameOnly ? judgeAttribution(post.displayName, 'label', reading.subject)?.isReader === true : true;
      return { parts: post.body, attribution: post.credit, layout: 'embedded-post', isReader: reader && !own };
    });
  },
};
