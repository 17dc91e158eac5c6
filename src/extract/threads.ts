import type { Part } from './candidate.js';
import { makePart } from './candidate.js';
import { DATED_NAME_LINE, THREAD_ACTION, THREAD_TIMESTAMP } from './lexicon.js';
import type { Paragraph } from './text.js';
import { linesOf } from './text.js';

// A comment copied from a comment section: the commenter's name on its own line, usually a
// time line ("2d", "1 day ago", "Tuesday at 10:14"), the comment, and often a "Reply" line.

export interface ThreadEntry {
  name: string;
  body: Part;
}

function isNameLine(line: string): boolean {
  return line.length <= 60 && line.split(/\s+/).length <= 6 && !/[.!?:,;"“”]$/.test(line) && !/^["“‘'•-]/.test(line);
}

export function parseThreadEntry(paragraph: Paragraph): ThreadEntry | undefined {
  const lines = linesOf(paragraph);
  let end = lines.length;
  while (end > 0 && THREAD_ACTION.test(lines[end - 1]?.text ?? '')) end--;
  const hasAction = end < lines.length;
  const [nameLine, second] = lines;
  if (!nameLine || !second) return undefined;
  const dated = DATED_NAME_LINE.exec(nameLine.text);
  if (!dated && !isNameLine(nameLine.text)) return undefined;
  let bodyFrom: number;
  let name = nameLine.text;
  const inlineTime = /^(.+?)\s*[·•|]\s*(.+)$/.exec(nameLine.text);
  if (dated) {
    // Several comments pasted one after another, each under its dated name: not one entry.
    if (lines.slice(1).some((line) => DATED_NAME_LINE.test(line.text))) return undefined;
    name = nameLine.text;
    bodyFrom = 1;
  } else if (inlineTime && THREAD_TIMESTAMP.test(inlineTime[2] ?? '')) {
    name = inlineTime[1] ?? name;
    bodyFrom = 1;
  } else if (THREAD_TIMESTAMP.test(second.text)) {
    bodyFrom = 2;
  } else if (hasAction) {
    bodyFrom = 1;
  } else {
    return undefined;
  }
  const bodyLines = lines.slice(bodyFrom, end);
  const first = bodyLines[0];
  const last = bodyLines[bodyLines.length - 1];
  if (!first || !last) return undefined;
  const text = paragraph.text.slice(first.start - paragraph.start, last.start - paragraph.start + last.text.length);
  const body = makePart(text, first.start);
  return body ? { name, body } : undefined;
}
