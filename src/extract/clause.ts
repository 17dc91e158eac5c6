/** A word of an attribution clause with its part-of-speech tags (compromise's tag names). */
export interface Term {
  /** The word with any punctuation that follows it ("reader," keeps its comma). */
  text: string;
  normal: string;
  tags: Set<string>;
}

export interface ParsedClause {
  terms: Term[];
  /** Index ranges [start, end) of verbs, with their infinitives. */
  verbs: Array<{ start: number; end: number; infinitive: string }>;
}
