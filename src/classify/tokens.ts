// The tokens of a normalized comment, found in one pass of character tests. It gives what this
// regular expression gives, alternatives tried in order at each position:
//
//   (https?:\/\/\S+|www\.\S+)           a link            -> _url_
//   (?<!\S)(@[\w.]+)                    a mention         -> _mention_
//   (#\w+)                              a hashtag         -> itself
//   (\d+(?:[.,]\d+)*)                   a number          -> _num_
//   (\p{Extended_Pictographic})         an emoji          -> itself
//   ([?!])                              ? or !            -> itself
//   ([.,;:…]+)                          clause punctuation -> BOUNDARY
//   ([\p{L}\p{N}_']+)                   a word            -> itself, without outer apostrophes
//
// (the test suite holds the two to the same tokens); the expression took a sixth of a comment's
// classification time, mostly in building a match object per token.

export const BOUNDARY = '_|_';

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isClausePunctuation = (c: number): boolean => c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026;
/** \w: ASCII letters, digits and the underscore. */
const isAsciiWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}

/** [\p{L}\p{N}_'] at i: the length of the character there (1 or 2), or 0 when it is not one. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWord(c) || c === 39 ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  const length = cp > 0xffff ? 2 : 1;
  return LETTER_OR_NUMBER.test(text.slice(i, i + length)) ? length : 0;
}

/** The end of a run of non-space characters from i. */
function nonSpaceEnd(text: string, i: number): number {
  while (i < text.length && !isSpace(text, i)) i++;
  return i;
}

function linkEnd(text: string, i: number): number {
  let after = -1;
  if (text.startsWith('http://', i)) after = i + 7;
  else if (text.startsWith('https://', i)) after = i + 8;
  else if (text.startsWith('www.', i)) after = i + 4;
  if (after < 0 || after >= text.length || isSpace(text, after)) return -1;
  return nonSpaceEnd(text, after);
}

/** Lower-cased tokens of a text already normalized for cues (see normalizeForCues). */
export function tokensOfNormalized(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 104 || c === 119) {
      const end = linkEnd(text, i);
      if (end > 0) {
        tokens.push('_url_');
        i = end;
        continue;
      }
    }
    if (c === 64 && (i === 0 || isSpace(text, i - 1)) && i + 1 < n && (isAsciiWord(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 46)) {
      i++;
      while (i < n && (isAsciiWord(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
      tokens.push('_mention_');
      continue;
    }
    if (c === 35 && i + 1 < n && isAsciiWord(text.charCodeAt(i + 1))) {
      const start = i;
      i++;
      while (i < n && isAsciiWord(text.charCodeAt(i))) i++;
      tokens.push(text.slice(start, i));
      continue;
    }
    if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      while (i + 1 < n && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      tokens.push('_num_');
      continue;
    }
    if (c >= 128) {
      const cp = text.codePointAt(i) as number;
      const length = cp > 0xffff ? 2 : 1;
      const ch = text.slice(i, i + length);
      if (PICTOGRAPHIC.test(ch)) {
        tokens.push(ch);
        i += length;
        continue;
      }
    }
    if (c === 63 || c === 33) {
      tokens.push(text[i] as string);
      i++;
      continue;
    }
    if (isClausePunctuation(c)) {
      while (i < n && isClausePunctuation(text.charCodeAt(i))) i++;
      tokens.push(BOUNDARY);
      continue;
    }
    let length = wordCharLength(text, i);
    if (length === 0) {
      // Nothing starts here: step over the character, both halves of a surrogate pair at once.
      i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do i += length;
    while (i < n && (length = wordCharLength(text, i)) > 0);
    let from = start;
    let to = i;
    while (from < to && text.charCodeAt(from) === 39) from++;
    while (to > from && text.charCodeAt(to - 1) === 39) to--;
    if (to > from) tokens.push(text.slice(from, to));
  }
  return tokens;
}
