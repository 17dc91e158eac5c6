// The people and organisations an article is about. Their own posts and replies are quoted in
// the same layouts as readers' comments, so extraction needs to know their names.

import { ACCOUNT_PREFIX, ACCOUNT_SUFFIX, AUTHORITY_NOUNS, OFFICIAL_ACCOUNT, PUBLIC_FIGURE_NOUNS, REACTION_PAGE } from './lexicon.js';

export interface SubjectNames {
  /** Lower-cased words of names: the title's words and proper names repeated in the narration. */
  words: Set<string>;
  /** Lower-cased full names and @handles known to be the subject's. */
  names: Set<string>;
  /** Names of people and organisations the article names, squashed ("ashfordrovers"), for matching handles. */
  squashed: Set<string>;
  /** Whether the title or narration presents the page as a roundup of public reactions. */
  reactionPage: boolean;
  /** The title's words, lower-cased: a name there is the story's, whatever else it does. */
  title: Set<string>;
  /** The title's words, lower-cased, in order with one space between: its phrases. */
  titlePhrase: string;
  /** Given names of the story's people that are never their surnames ("henry" of "Henry Cavill"). */
  givenOnly: Set<string>;
  /** Proper names in the narration's opening, lower-cased: the lead names whom the story is about. */
  lead: Set<string>;
}

/** The most of the narration's first paragraph read as its lead. */
const LEAD_LENGTH = 400;

/** The narration's first paragraph, where a story says whom it is about. */
function leadOf(narration: string): string {
  const end = narration.indexOf('\n');
  return narration.slice(0, Math.min(end < 0 ? narration.length : end, LEAD_LENGTH));
}

const squash = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const STOPWORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'after', 'over', 'into', 'about', 'this', 'that', 'his', 'her', 'their', 'its',
  'are', 'was', 'were', 'has', 'have', 'had', 'not', 'but', 'new', 'says', 'say', 'said', 'as', 'at', 'of', 'on',
  'in', 'to', 'a', 'an', 'is', 'be', 'by', 'it', 'why', 'how', 'what', 'who', 'when', 'again', 'more', 'than',
]);

/** A run of capitalised words: a proper name. */
const PROPER_NAME = /\b\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)+/uy;

/**
 * The proper names in a text, as a global search for PROPER_NAME finds them. The expression is
 * tried only where a name can start, at a capital or a character past ASCII. Searching the whole
 * narration with it was half the time spent finding an article's subject (12 of 25 µs on a
 * bench article), mostly at lower-case letters; this way the subject takes 20 µs.
 */
export function properNames(text: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair starts nothing: the pair was tried at its first half.
    if (code < 65 || (code > 90 && code < 128) || (code >= 0xdc00 && code <= 0xdfff)) continue;
    PROPER_NAME.lastIndex = i;
    const name = PROPER_NAME.exec(text)?.[0];
    if (name === undefined) continue;
    names.push(name);
    i += name.length - 1;
  }
  return names;
}

/** Whether a name's last word, as written, stands in the text at least twice as a word of its own. */
function surnameRepeats(text: string, name: string): boolean {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  if (surname.length < 3) return false;
  let seen = 0;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    const before = text[at - 1];
    const after = text[at + surname.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after)) && ++seen >= 2) return true;
  }
  return false;
}

function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}'’@_.+-]+/u)
    .map((w) => w.replace(/['’]s$/u, '').replace(/^[^\p{L}\p{N}@]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length >= 3);
}

/**
 * Collects subject names from the title, from capitalised names the narration repeats, and from
 * the @handles that embedded replies are addressed to. `narration` is prose outside quotes.
 */
export function subjectNames(title: string, narration: string, mentions: string[] = []): SubjectNames {
  const titleWords = wordsOf(title);
  const words = new Set<string>();
  for (const w of titleWords) if (!STOPWORDS.has(w.toLowerCase())) words.add(w.toLowerCase());
  const names = new Set<string>();
  // Proper names (runs of capitalised words) that the narration uses at least twice are its cast.
  const counts = new Map<string, number>();
  const squashed = new Set<string>();
  for (const name of properNames(title)) squashed.add(squash(name));
  for (const w of titleWords) if (/^\p{Lu}/u.test(w) && !STOPWORDS.has(w.toLowerCase())) squashed.add(squash(w));
  const found = new Map<string, string>();
  for (const written of properNames(narration)) {
    squashed.add(squash(written));
    const name = written.toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!found.has(name)) found.set(name, written);
  }
  // A full name once and its surname after ("Andrea Mitchell ... Mitchell continued") is the cast too.
  for (const [name, count] of counts) {
    if (count >= 2 || surnameRepeats(narration, found.get(name) ?? name)) {
      names.add(name);
      // A title in the name ("President Donald Trump") names no one: an account called "Erin For President" is not his.
      for (const w of wordsOf(name)) if (!STOPWORDS.has(w) && !AUTHORITY_NOUNS.has(w) && !PUBLIC_FIGURE_NOUNS.has(w)) words.add(w);
    }
  }
  const targets = new Map<string, number>();
  for (const t of mentions) targets.set(t.toLowerCase(), (targets.get(t.toLowerCase()) ?? 0) + 1);
  // An account that several posts address is the one the story is about.
  for (const [handle, count] of targets) if (count >= 2) names.add(handle);
  // "Phillip Henry" posting about Henry Cavill is not him: a surname that is only ever a given name here.
  const given = new Set<string>();
  const family = new Set<string>();
  for (const name of names) {
    const parts = wordsOf(name.toLowerCase());
    if (parts.length < 2) continue;
    given.add(parts[0] as string);
    family.add(parts[parts.length - 1] as string);
  }
  const givenOnly = new Set([...given].filter((w) => !family.has(w)));
  // A page without a headline says what it is in its first paragraph ("FRUSTRATION has risen in readers …").
  const lead = leadOf(narration);
  const reactionPage = REACTION_PAGE.test(title || lead) || (narration.match(new RegExp(REACTION_PAGE.source, 'gi'))?.length ?? 0) >= 2;
  return { words, names, squashed, reactionPage, title: new Set(titleWords.map((w) => w.toLowerCase())), titlePhrase: ` ${titleWords.join(' ').toLowerCase()} `, givenOnly, lead: new Set(properNames(lead).map((n) => n.toLowerCase())) };
}

/**
 * Whether an account name is an organisation's or person's own handle: a name the article uses,
 * squashed, with at most an account suffix ("@AshfordRoversFC", "@TaliaVossTV", "HighlandWildlifePark").
 */
export function isOwnHandle(handle: string, subject: SubjectNames): boolean {
  const h = squash(handle);
  if (h.length < 4) return false;
  for (const name of subject.squashed) {
    if (name.length < 4) continue;
    const at = h.indexOf(name);
    if (at < 0 || !(at === 0 || ACCOUNT_PREFIX.test(h.slice(0, at)))) continue;
    const rest = h.slice(at + name.length);
    // A name whose last letter is doubled (@yemialadee) is how one gets a handle already taken.
    if (ACCOUNT_SUFFIX.test(rest) || (rest.length <= 2 && [...rest].every((c) => c === name.at(-1)))) return true;
  }
  return false;
}

const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Whether a name, word or @handle is one the subject goes by. */
export function isSubjectName(name: string, subject: SubjectNames): boolean {
  const lower = name.toLowerCase().trim();
  if (!lower) return false;
  if (subject.names.has(lower)) return true;
  if (lower.startsWith('@')) return false;
  // "Trump Jr." goes by "Trump": a generational suffix is no surname.
  const parts = wordsOf(lower).filter((w, i, all) => !(i > 0 && i === all.length - 1 && GENERATIONAL.has(w)));
  if (parts.length === 0) return false;
  // A full name matches on its surname: "Talia Voss" is the subject of "Voss says sorry".
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && subject.givenOnly.has(last) && !subject.words.has(parts[0] as string)) return false;
  return subject.words.has(lower) || (parts.length > 1 && subject.words.has(last)) || (parts.length === 1 && subject.words.has(last));
}

/** Whether a post or thread reply comes from the subject's or the publisher's own account. */
export function isOwnAccount(name: string, handle: string, subject: SubjectNames): boolean {
  if (OFFICIAL_ACCOUNT.test(name)) return true;
  if (handle && (isSubjectName(handle, subject) || isOwnHandle(handle, subject))) return true;
  if (!name.includes(' ') && isOwnHandle(name, subject)) return true;
  if (!name) return false;
  // "Cincinnati Zoo & Botanical Garden" posting under "The Cincinnati Zoo's … wallaby": an account
  // whose name opens with two words of the title is the title's own.
  const opening = wordsOf(name).slice(0, 2).map((w) => w.toLowerCase());
  if (opening.length === 2 && opening.every((w) => subject.title.has(w)) && /^\p{Lu}/u.test(name)) return true;
  return name.includes(' ') ? isSubjectName(name, subject) : subject.names.has(name.toLowerCase());
}
