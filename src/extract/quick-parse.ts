import type { ParsedClause, Term } from './clause.js';
import { AUTHORITY_NOUNS, DOCUMENT_NOUNS, PRONOUNS, READER_NOUNS } from './lexicon.js';
import { speechVerbForms } from './verbs.js';

// Most attribution clauses are a few words of a fixed shape: "wrote one user", "another
// commented", "@x replied", "One fan wrote,". Tagging them from the lexicons is a thousand times
// faster than a compromise parse; a clause with any word the lexicons do not know goes to
// compromise instead, so this never guesses.

const MAX_WORDS = 5;
const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'this', 'that', 'some', 'many', 'several', 'few', 'most', 'others', 'other']);
const NUMBERS = new Set(['one', 'two', 'three', 'third', 'fourth', 'fifth', 'second']);
const HANDLE = /^@[\w.]{1,30}$|^u\/[\w-]{2,30}$/i;

function singular(word: string): string {
  return word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word;
}

function tagsOf(word: string): Set<string> | undefined {
  if (HANDLE.test(word)) return new Set(['Noun', 'AtMention']);
  const lower = word.toLowerCase();
  if (PRONOUNS.has(lower)) return new Set(['Noun', 'Pronoun']);
  if (DETERMINERS.has(lower)) return new Set(['Determiner']);
  if (NUMBERS.has(lower)) return new Set(['Value']);
  const noun = singular(lower);
  if ([lower, noun].some((w) => READER_NOUNS.has(w) || AUTHORITY_NOUNS.has(w) || DOCUMENT_NOUNS.has(w))) return new Set(['Noun']);
  return undefined;
}

/** The clause tagged from the lexicons, or undefined when it is not one of the simple shapes. */
export function quickParse(clause: string): ParsedClause | undefined {
  const words = clause.split(' ');
  if (words.length > MAX_WORDS) return undefined;
  const forms = speechVerbForms();
  const terms: Term[] = [];
  const verbs: ParsedClause['verbs'] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i] as string;
    const bare = raw.replace(/[,:;.!?]+$/, '');
    const next = words[i + 1]?.replace(/[,:;.!?]+$/, '');
    const phrasal = next !== undefined ? forms.get(`${bare} ${next}`.toLowerCase()) : undefined;
    const verb = phrasal ?? forms.get(bare.toLowerCase());
    if (verb && verbs.length === 0) {
      const width = phrasal ? 2 : 1;
      for (let k = 0; k < width; k++) {
        const w = (words[i + k] as string).replace(/[,:;.!?]+$/, '');
        terms.push({ text: words[i + k] as string, normal: w.toLowerCase(), tags: new Set(['Verb']) });
      }
      verbs.push({ start: terms.length - width, end: terms.length, infinitive: verb });
      i += width - 1;
      continue;
    }
    const tags = tagsOf(bare);
    if (!tags) return undefined;
    terms.push({ text: raw, normal: bare.toLowerCase(), tags });
  }
  return verbs.length === 1 ? { terms, verbs } : undefined;
}
