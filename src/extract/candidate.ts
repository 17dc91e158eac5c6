import type { CommentLayout, ReaderComment } from '../types.js';

/** A piece of comment text and its offset in the article. */
export interface Part {
  text: string;
  start: number;
}

/** A comment found by one of the layout readers, before it is accepted. */
export interface Candidate {
  parts: Part[];
  attribution: string;
  layout: CommentLayout;
  isReader: boolean;
  /** The narration that introduces it or its run; set once its block is read. */
  framing?: string;
}

/**
 * Trims a piece of comment text and the comma that belongs to the quoting ("...," wrote one user),
 * keeping the offset pointed at the first kept character.
 */
export function makePart(text: string, start: number, dropTrailingComma = false): Part | undefined {
  const lead = text.length - text.trimStart().length;
  let trimmed = text.trim();
  if (dropTrailingComma && trimmed.endsWith(',')) trimmed = trimmed.slice(0, -1).trimEnd();
  if (!trimmed) return undefined;
  return { text: trimmed, start: start + lead };
}

export function toComment(candidate: Candidate): ReaderComment {
  return {
    text: candidate.parts.map((p) => p.text).join(' '),
    attribution: candidate.attribution,
    parts: candidate.parts.map((p) => p.text),
    offset: candidate.parts[0]?.start ?? 0,
    layout: candidate.layout,
    framing: candidate.framing ?? '',
  };
}
