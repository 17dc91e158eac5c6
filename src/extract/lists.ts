import type { Part } from './candidate.js';
import type { Paragraph } from './text.js';
import { linesOf } from './text.js';

/** A bullet or number that starts a list item. */
export const BULLET = /^(?:[•·▪◦●‣∙*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u;

/** The items of a paragraph that is a list (every line a bullet), without their bullets. */
export function listItems(paragraph: Paragraph): Part[] | undefined {
  const lines = linesOf(paragraph);
  if (lines.length === 0 || !lines.every((l) => BULLET.test(l.text))) return undefined;
  return lines.map((line) => {
    const marker = BULLET.exec(line.text)?.[0] ?? '';
    return { text: line.text.slice(marker.length), start: line.start + marker.length };
  });
}
