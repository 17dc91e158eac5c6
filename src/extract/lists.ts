import type { Part } from './candidate.js';
import type { Paragraph } from './text.js';
import { linesOf } from './text.js';

/** A bullet or number that starts a list item. */
export const BULLET = /^(?:[•·▪◦●‣∙*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u;

/** "@handle: text", a line of a round-up that gives each post after its account. */
export const HANDLE_LABEL = /^@\w{1,30}:\s+\S/u;

/** Whether every line of a paragraph is "@handle: text". */
export function allHandleLabels(paragraph: Paragraph): boolean {
  const lines = linesOf(paragraph);
  return lines.length > 0 && lines.every((l) => HANDLE_LABEL.test(l.text));
}

/**
 * The items of a paragraph that is a list (every line a bullet), without their bullets, or of
 * two lines or more that each give a post after its account.
 */
export function listItems(paragraph: Paragraph): Part[] | undefined {
  const lines = linesOf(paragraph);
  if (lines.length > 1 && allHandleLabels(paragraph)) return lines.map((line) => ({ text: line.text, start: line.start }));
  if (lines.length === 0 || !lines.every((l) => BULLET.test(l.text))) return undefined;
  return lines.map((line) => {
    const marker = BULLET.exec(line.text)?.[0] ?? '';
    return { text: line.text.slice(marker.length), start: line.start + marker.length };
  });
}
