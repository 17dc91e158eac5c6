import type { Part } from './candidate.js';
import type { Paragraph } from './text.js';
import { linesOf } from './text.js';

/** A bullet or number that starts a list item. */
export const BULLET = /^(?:[•·▪◦●‣∙*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u;

/** "@handle: text", a line of a round-up that gives each post after its account. */
export const HANDLE_LABEL = /^@\w{1,30}:\s+\S/u;

/** "@handle text": a post given after its account without a colon, as a page transcribes tweets. */
export const HANDLE_LED = /^(@\w{1,30})\s+(?=\S)/u;

/** Whether every line of a paragraph is "@handle: text". */
export function allHandleLabels(paragraph: Paragraph): boolean {
  const lines = linesOf(paragraph);
  return lines.length > 0 && lines.every((l) => HANDLE_LABEL.test(l.text));
}

/**
 * Whether "@handle text" lines give posts after their accounts: several accounts. The same handle
 * opening every line is whom replies address ("@SkyJet your app is down again").
 */
export function handlesAreAuthors(lines: readonly { text: string }[]): boolean {
  const handles = new Set(lines.map((l) => HANDLE_LED.exec(l.text)?.[1]?.toLowerCase()));
  return lines.length >= MIN_HANDLE_LED_POSTS && handles.size >= 2 && !handles.has(undefined);
}

/** Fewer "@handle text" lines in a row are as likely replies that open on whom they address. */
export const MIN_HANDLE_LED_POSTS = 3;

/**
 * The items of a paragraph that is a list (every line a bullet), without their bullets, or of
 * two lines or more that each give a post after its account.
 */
export function listItems(paragraph: Paragraph): Part[] | undefined {
  const lines = linesOf(paragraph);
  if (lines.length > 1 && (allHandleLabels(paragraph) || handlesAreAuthors(lines))) return lines.map((line) => ({ text: line.text, start: line.start }));
  if (lines.length === 0 || !lines.every((l) => BULLET.test(l.text))) return undefined;
  return lines.map((line) => {
    const marker = BULLET.exec(line.text)?.[0] ?? '';
    return { text: line.text.slice(marker.length), start: line.start + marker.length };
  });
}
