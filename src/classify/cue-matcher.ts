import type { Cue } from './cues.js';

// Finds the cue lexicon's phrases in a comment without running hundreds of alternatives at every
// character. Each phrase that starts with a literal word is filed under that word's first three
// letters and tried, as a sticky regular expression, only where a word of the comment begins
// with them; the few phrases that start otherwise (punctuation, emoji, a choice of words) form
// one small residual expression run over the whole text.

export interface CueMatch {
  cue: number;
  /** Offset of the match in the normalized text. */
  start: number;
  text: string;
}

interface Phrase {
  cue: number;
  /** The literal text every match starts with: a cheap test before the regular expression. */
  prefix: string;
  pattern: RegExp;
}

const WORD_CHAR = /[\p{L}\p{N}_']/u;
const KEY_LENGTH = 3;

/** Whether the character at i can be part of a word; ASCII is checked without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 39 || (code >= 65 && code <= 90);
  return WORD_CHAR.test(text[i] as string);
}

/** The phrase's alternatives, split at top-level bars. */
function alternatives(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  out.push(inner.slice(from));
  return out;
}

/** The literal text at the start of a phrase, up to its first special character. */
function literalPrefix(alternative: string): string {
  const literal = /^[a-z0-9' ]+/.exec(alternative)?.[0] ?? '';
  // A quantifier after the literal makes its last character optional.
  return /^[?*{]/.test(alternative[literal.length] ?? '') ? literal.slice(0, -1) : literal;
}

/** The key a phrase is filed under, or undefined when it does not start with a literal word. */
function keyOf(alternative: string): string | undefined {
  const literal = /^[a-z0-9']+/.exec(alternative)?.[0] ?? '';
  if (!literal) return undefined;
  const next = alternative[literal.length];
  // The literal must be a whole word, or long enough that its first letters are certain.
  const whole = next === undefined || next === ' ';
  if (!whole && literal.length < KEY_LENGTH) return undefined;
  if (/^[?*{]/.test(next ?? '')) return literal.length - 1 >= KEY_LENGTH ? literal.slice(0, KEY_LENGTH) : undefined;
  return literal.slice(0, KEY_LENGTH);
}

export class CueMatcher {
  private readonly index = new Map<string, Phrase[]>();
  private readonly residual: RegExp | undefined;
  private readonly residualCues: number[] = [];

  constructor(cues: readonly Cue[]) {
    const residual: string[] = [];
    cues.forEach((cue, c) => {
      for (const alternative of alternatives(cue.inner)) {
        const key = keyOf(alternative);
        if (key === undefined) {
          residual.push(`(${alternative})`);
          this.residualCues.push(c);
          continue;
        }
        const list = this.index.get(key) ?? [];
        list.push({ cue: c, prefix: literalPrefix(alternative), pattern: new RegExp(`(?:${alternative})(?![\\p{L}\\p{N}])`, 'uy') });
        this.index.set(key, list);
      }
    });
    this.residual = residual.length > 0 ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${residual.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  }

  /** Every cue phrase in `text` (already normalized), in order of position; one per cue and position. */
  match(text: string): CueMatch[] {
    const found: CueMatch[] = [];
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const wordChar = isWordChar(text, i);
      if (!wordChar || inWord) {
        inWord = wordChar;
        continue;
      }
      inWord = true;
      // A word starts at i: its key is its first letters, up to the word's end.
      let end = i + 1;
      while (end < i + KEY_LENGTH && end < text.length && isWordChar(text, end)) end++;
      const candidates = this.index.get(text.slice(i, end));
      if (!candidates) continue;
      let lastCue = -1;
      for (const phrase of candidates) {
        if (phrase.cue === lastCue || !text.startsWith(phrase.prefix, i)) continue;
        phrase.pattern.lastIndex = i;
        const m = phrase.pattern.exec(text);
        if (m) {
          found.push({ cue: phrase.cue, start: i, text: m[0] });
          lastCue = phrase.cue;
        }
      }
    }
    if (this.residual) {
      for (const m of text.matchAll(this.residual)) {
        let group = 0;
        while (group < this.residualCues.length && m[group + 1] === undefined) group++;
        const matched = m[group + 1] as string;
        found.push({ cue: this.residualCues[group] as number, start: m.index + m[0].length - matched.length, text: matched });
      }
    }
    return found.sort((a, b) => a.start - b.start || a.cue - b.cue);
  }
}
