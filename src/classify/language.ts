import { franc, francAll } from 'franc-min';
import type { CommentStance, StanceResult } from '../types.js';
import { ENGLISH_MARKERS } from './english-words.js';

// Which language a comment is in, so that one the stance model cannot read gets no stance rather
// than a guess. A cheap test first: a comment with enough English marker words is English, and
// one too short to tell is undetermined. Only the rest (about one comment in a hundred on English
// exports) go to franc, whose trigram profiles take 20-1000 µs a comment and take short English
// tweets for French or Swedish one time in five: it is trusted only when English is well behind.

/** ISO 639-3 for English, and for a comment too short to tell. */
export const ENGLISH = 'eng';
export const UNDETERMINED = 'und';

/**
 * A marker as a whole word. ASCII word boundaries: an accented letter beside a marker's letters
 * ends it, which only lets "the" in "thé" through as not a marker, and irregexp runs an ASCII
 * alternation several times faster than one with Unicode classes and lookbehind.
 */
const MARKER = new RegExp(`\\b(?:${ENGLISH_MARKERS.map((w) => w.replace(/'/g, "['’]")).join('|')})\\b(?!['’])`, 'g');
const LETTER = /\p{L}/gu;

/** Words, as runs of anything but spaces: an emoji or a number counts as one too, which only makes the marker share stricter. */
const TOKEN = /\S+/g;
const NOT_WORDS = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+/gu;
const MAY_HOLD_NOT_WORDS = /[@#]|http|www\./;
/** A letter outside ASCII: accents, other scripts. */
const NON_ASCII_LETTER = /[^\p{ASCII}\P{L}]/u;
const LATIN = /\p{Script=Latin}/gu;
/** Letters enough to tell a language of another script (Cyrillic, Arabic, Chinese…) by. */
const MIN_OTHER_SCRIPT_LETTERS = 5;
/** Fewer letters than this say too little to tell a language by. */
const MIN_LETTERS = 20;
/** At least one word in this many a marker makes a comment English. */
const MARKER_SHARE = 5;
/** Letters enough to tell a language without accents (Indonesian, Tagalog, Swahili) by. */
const MIN_ASCII_LETTERS = 40;
/** Languages often written in plain ASCII, and those that look like them to franc (ISO 639-3). */
const UNACCENTED_LANGUAGES = ['eng', 'sco', 'ind', 'zlm', 'tgl', 'ceb', 'ilo', 'swh', 'hau', 'yor', 'ibo', 'som', 'zul', 'xho', 'nld', 'deu', 'fra', 'spa', 'ita', 'por', 'ron', 'pcm', 'jav', 'sun', 'uzn'];
/** franc's score for English, as a share of its best language's, above which English is kept. */
const ENGLISH_CLOSE = 0.85;

/** The language of a comment, ISO 639-3 ('eng', 'fra', …), or 'und' when it is too short to tell. Pure. */
export function detectLanguage(text: string): string {
  // Most comments hold no handle, hashtag or link: one test spares them a replacing pass.
  const plain = MAY_HOLD_NOT_WORDS.test(text) ? text.replace(NOT_WORDS, ' ') : text;
  const lower = plain.toLowerCase();
  // Counted by one scan each, without making a string per word: this runs on every comment.
  const words = lower.match(TOKEN)?.length ?? 0;
  const markers = lower.match(MARKER)?.length ?? 0;
  if (markers > 0 && markers * MARKER_SHARE >= words) return ENGLISH;
  const letters = (lower.match(LETTER) ?? []).length;
  // Scripts other than Latin say a lot in few letters (and Chinese or Japanese has no spaces between words).
  if (letters >= MIN_OTHER_SCRIPT_LETTERS && (plain.match(LATIN) ?? []).length * 2 < letters) {
    const language = franc(plain, { minLength: MIN_OTHER_SCRIPT_LETTERS });
    return language === ENGLISH ? ENGLISH : language;
  }
  if (letters < MIN_LETTERS) return UNDETERMINED;
  const ascii = !NON_ASCII_LETTER.test(plain);
  if (ascii) {
    // Plain ASCII with an English word in it is English with a lot of names or slang; without
    // one, a short text is mostly names ("Ferguson Missouri, obvs."), which franc takes for anything.
    if (markers > 0) return ENGLISH;
    if (letters < MIN_ASCII_LETTERS) return UNDETERMINED;
  }
  // Text without accents is English or one of the languages written without them: franc need
  // only weigh those (a third of the time of weighing all 82 of its languages).
  const ranked = francAll(plain, { minLength: MIN_LETTERS, only: ascii ? UNACCENTED_LANGUAGES : undefined });
  const [best, score] = ranked[0] ?? [UNDETERMINED, 1];
  if (best === UNDETERMINED || best === ENGLISH || best === 'sco') return best === UNDETERMINED ? UNDETERMINED : ENGLISH;
  const english = ranked.find(([language]) => language === ENGLISH)?.[1] ?? 0;
  return english >= ENGLISH_CLOSE * score ? ENGLISH : best;
}

/** Whether the stance model (trained on English) can read a comment in this language. */
export function modelReads(language: string): boolean {
  return language === ENGLISH || language === UNDETERMINED;
}

/**
 * A comment's stance as the reports take it: the classifier's, with the comment's language, or
 * no stance when the model cannot read that language. `result` is the classifier's fresh result
 * for the comment, and is given its language.
 */
export function stanceInItsLanguage(text: string, result: StanceResult): CommentStance {
  const language = detectLanguage(text);
  if (!modelReads(language)) return { stance: null, language, sentiment: result.sentiment, cues: [`not classified: written in ${language}`] };
  result.language = language;
  return result;
}
