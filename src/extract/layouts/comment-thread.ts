import type { LayoutReader } from '../layout.js';
import { isOwnAccount } from '../subject.js';

// A comment copied from a comment section (threads.ts): name, time, comment, "Reply".

export const commentThread: LayoutReader = {
  read({ thread }, reading) {
    if (!thread) return undefined;
    reading.pendingLead = undefined;
    return [{ parts: [thread.body], attribution: thread.name, layout: 'comment-thread', isReader: !isOwnAccount(thread.name, '', reading.subject) }];
  },
};
