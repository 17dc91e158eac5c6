// The people and organisations an article is about. Their own posts and replies are quoted in
// the same layouts as readers' comments, so extraction needs to know their names.

import { ACCOUNT_SUFFIX } from './lexicon.js';

export interface SubjectNames {
  /** Lower-cased words of names: the title's words and proper names repeated in the narration. */
  words: Set<string>;
  /** Lower-cased full names and @handles known to be the subject's. */
  names: Set<string>;
  /** Names of people and organisations the article names, squashed ("ashfordrovers"), for matching handles. */
  squashed: Set<string>;
}

const squash = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const STOPWORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'after', 'over', 'into', 'about', 'this', 'that', 'his', 'her', 'their', 'its',
  'are', 'was', 'were', 'has', 'have', 'had', 'not', 'but', 'new', 'says', 'say', 'said', 'as', 'at', 'of', 'on',
  'in', 'to', 'a', 'an', 'is', 'be', 'by', 'it', 'why', 'how', 'what', 'who', 'when', 'again', 'more', 'than',
]);

/** A run of capitalised words: a proper name. */
const PROPER_NAME = /\b\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)+/gu;

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
export function subjectNames(title: string, narration: string, replyTargets: string[] = []): SubjectNames {
  const words = new Set<string>();
  for (const w of wordsOf(title)) if (!STOPWORDS.has(w.toLowerCase())) words.add(w.toLowerCase());
  const names = new Set<string>();
  // Proper names (runs of capitalised words) that the narration uses at least twice are its cast.
  const counts = new Map<string, number>();
  const squashed = new Set<string>();
  for (const match of title.matchAll(PROPER_NAME)) squashed.add(squash(match[0]));
  for (const w of wordsOf(title)) if (/^\p{Lu}/u.test(w) && !STOPWORDS.has(w.toLowerCase())) squashed.add(squash(w));
  for (const match of narration.matchAll(PROPER_NAME)) {
    squashed.add(squash(match[0]));
    const name = match[0].toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, count] of counts) {
    if (count >= 2) {
      names.add(name);
      for (const w of wordsOf(name)) if (!STOPWORDS.has(w)) words.add(w);
    }
  }
  const targets = new Map<string, number>();
  for (const t of replyTargets) targets.set(t.toLowerCase(), (targets.get(t.toLowerCase()) ?? 0) + 1);
  // The account most replies are addressed to is the one the story is about.
  for (const [handle, count] of targets) if (count >= 2) names.add(handle);
  return { words, names, squashed };
}

/**
 * Whether an account name is an organisation's or person's own handle: a name the article uses,
 * squashed, with at most an account suffix ("@AshfordRoversFC", "@TaliaVossTV", "HighlandWildlifePark").
 */
export function isOwnHandle(handle: string, subject: SubjectNames): boolean {
  const h = squash(handle);
  if (h.length < 4) return false;
  for (const name of subject.squashed) {
    if (name.length >= 4 && h.startsWith(name) && ACCOUNT_SUFFIX.test(h.slice(name.length))) return true;
  }
  return false;
}

/** Whether a name, word or @handle is one the subject goes by. */
export function isSubjectName(name: string, subject: SubjectNames): boolean {
  const lower = name.toLowerCase().trim();
  if (!lower) return false;
  if (subject.names.has(lower)) return true;
  if (lower.startsWith('@')) return false;
  const parts = wordsOf(lower);
  if (parts.length === 0) return false;
  // A full name matches on its surname: "Talia Voss" is the subject of "Voss says sorry".
  const last = parts[parts.length - 1] ?? '';
  return subject.words.has(lower) || (parts.length > 1 && subject.words.has(last)) || (parts.length === 1 && subject.words.has(last));
}
