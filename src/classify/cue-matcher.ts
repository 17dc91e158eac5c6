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
  /** Absent when the phrase is its prefix: then the prefix followed by no letter or digit is a match. */
  pattern?: RegExp;
  /**
   * The prefix's last character when the key does not cover it, or -1. Phrases filed under a
   * word's key mostly go on with a space ("the media", "the left"); their last characters tell
   * them apart, and one comparison settles most before the whole prefix is compared.
   */
  probe: number;
}

const WORD_CHAR = /[\p{L}\p{N}_']/u;
const KEY_LENGTH = 3;
// A key is a number, so that finding a word's phrases makes no string: each of its up to three
// characters is one of a-z, 0-9 and the apostrophe (1-37), 0 past the word's end.
const KEY_BASE = 38;

/** The key digit of a character code, or 0 when no key can hold it. */
function keyDigit(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 48 + 27;
  return code === 39 ? 37 : 0;
}

function keyNumber(key: string): number {
  let n = 0;
  for (let i = 0; i < KEY_LENGTH; i++) n = n * KEY_BASE + (i < key.length ? keyDigit(key.charCodeAt(i)) : 0);
  return n;
}

/** Whether the character at i can be part of a word; ASCII is checked without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 39 || (code >= 65 && code <= 90);
  return WORD_CHAR.test(text[i] as string);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at i is a letter or digit (false past the end), as (?![\p{L}\p{N}]) tests. */
function isLetterOrDigit(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) as number));
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

/** Where the group opened at `open` closes. */
function closingParen(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return pattern.length;
}

/**
 * A phrase that starts with a choice, spelled out as one phrase per choice, so that each starts
 * with a literal word and can be filed under it: "(?:hope|bet) ..." as "hope ..." and "bet ...",
 * "(?:the )?media" as "the media" and "media", "it'?s" as "it's" and "its".
 */
function spelledOut(alternative: string): string[] {
  if (keyOf(alternative) !== undefined) return [alternative];
  if (alternative.startsWith('(?:')) {
    const close = closingParen(alternative, 0);
    let rest = alternative.slice(close + 1);
    const optional = rest.startsWith('?');
    if (optional) rest = rest.slice(1);
    const choices = alternatives(alternative.slice(3, close)).map((choice) => choice + rest);
    if (optional) choices.push(rest);
    return choices.flatMap(spelledOut);
  }
  const optionalChar = /^([a-z0-9']*)([a-z0-9'])\?/.exec(alternative);
  if (optionalChar) {
    const rest = alternative.slice(optionalChar[0].length);
    return [optionalChar[1] + (optionalChar[2] as string) + rest, optionalChar[1] + rest].flatMap(spelledOut);
  }
  return [alternative];
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
  const whole = next === undefined || next === ' ' || next === '-' || next === ',' || /^\\[.,!?s]/.test(alternative.slice(literal.length));
  if (!whole && literal.length < KEY_LENGTH) return undefined;
  if (/^[?*{]/.test(next ?? '')) return literal.length - 1 >= KEY_LENGTH ? literal.slice(0, KEY_LENGTH) : undefined;
  return literal.slice(0, KEY_LENGTH);
}

export class CueMatcher {
  private readonly index: Array<Phrase[] | undefined> = new Array(KEY_BASE ** KEY_LENGTH);
  private readonly residual: RegExp | undefined;
  private readonly residualCues: number[] = [];

  constructor(cues: readonly Cue[]) {
    const residual: string[] = [];
    cues.forEach((cue, c) => {
      for (const alternative of alternatives(cue.inner).flatMap(spelledOut)) {
        const key = keyOf(alternative);
        if (key === undefined) {
          // A phrase that starts inside a word must start a word; one that starts with an emoji or
          // punctuation may follow anything.
          residual.push(/^[\p{L}\p{N}]/u.test(alternative) ? `((?<![\\p{L}\\p{N}])${alternative})` : `(${alternative})`);
          this.residualCues.push(c);
          continue;
        }
        const list = (this.index[keyNumber(key)] ??= []);
        const prefix = literalPrefix(alternative);
        const pattern = prefix === alternative ? undefined : new RegExp(`(?:${alternative})(?![\\p{L}\\p{N}])`, 'uy');
        list.push({ cue: c, prefix, pattern, probe: prefix.length > KEY_LENGTH ? prefix.charCodeAt(prefix.length - 1) : -1 });
      }
    });
    this.residual = residual.length > 0 ? new RegExp(`(?:${residual.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
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
      let key = 0;
      let k = 0;
      for (; k < KEY_LENGTH && i + k < text.length && isWordChar(text, i + k); k++) {
        const digit = keyDigit(text.charCodeAt(i + k));
        if (digit === 0) break;
        key = key * KEY_BASE + digit;
      }
      // A word character no key holds (an accented letter, '_') means no phrase starts here.
      if (k === 0 || (k < KEY_LENGTH && i + k < text.length && isWordChar(text, i + k))) continue;
      for (; k < KEY_LENGTH; k++) key *= KEY_BASE;
      const candidates = this.index[key];
      if (!candidates) continue;
      let lastCue = -1;
      for (const phrase of candidates) {
        if (phrase.cue === lastCue) continue;
        if (phrase.probe >= 0 && text.charCodeAt(i + phrase.prefix.length - 1) !== phrase.probe) continue;
        if (!text.startsWith(phrase.prefix, i)) continue;
        let matched: string | undefined;
        if (phrase.pattern) {
          phrase.pattern.lastIndex = i;
          matched = phrase.pattern.exec(text)?.[0];
        } else if (!isLetterOrDigit(text, i + phrase.prefix.length)) matched = phrase.prefix;
        if (matched !== undefined) {
          found.push({ cue: phrase.cue, start: i, text: matched });
          lastCue = phrase.cue;
        }
      }
    }
    // Phrases filed by key are found in order of position, and at one position in cue order.
    let ordered = true;
    const { residual } = this;
    if (residual) {
      // exec in a loop, not matchAll, which copies the expression for every comment.
      residual.lastIndex = 0;
      for (let m = residual.exec(text); m !== null; m = residual.exec(text)) {
        if (m[0] === '') residual.lastIndex++;
        ordered = false;
        let group = 0;
        while (group < this.residualCues.length && m[group + 1] === undefined) group++;
        const matched = m[group + 1] as string;
        found.push({ cue: this.residualCues[group] as number, start: m.index + m[0].length - matched.length, text: matched });
      }
    }
    if (!ordered) found.sort((a, b) => a.start - b.start || a.cue - b.cue);
    if (found.length < 2) return found;
    // A phrase spelled out from an optional start ("the media ...", "media ...") matches once.
    return found.filter((m, i) => !found.some((o, j) => j < i && o.cue === m.cue && m.start < o.start + o.text.length));
  }
}
