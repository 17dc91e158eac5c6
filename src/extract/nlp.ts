import { requireCommonJs } from '../cjs.js';
import type nlpType from 'compromise';

// compromise, loaded the first time extraction needs it. Its ES module entry is some 450 files
// and took 270–320 ms to load on this project's machine; its CommonJS build is one file of the
// same version and took 150–165 ms. Every worker thread loads it on its own, and a run over a
// comment export never needs it at all: exported comments have no attribution clauses.
let loaded: typeof nlpType | undefined;

export function compromise(): typeof nlpType {
  return (loaded ??= requireCommonJs('compromise') as typeof nlpType);
}

/**
 * Whether compromise knows a name as an organisation's, by its first word ("Microsoft Teams",
 * "Ryanair", "BBC News"): a brand's account posting, not a reader's.
 */
export function namesOrganization(name: string): boolean {
  return firstWordTagged(name, 'Organization');
}

/** Whether compromise tags a name's first word with `tag`. */
function firstWordTagged(name: string, tag: string): boolean {
  const sentences = compromise()(name).json() as Array<{ terms: Array<{ tags: string[] }> }>;
  return sentences[0]?.terms[0]?.tags.includes(tag) === true;
}

/** Whether compromise reads a name as a person's: its first word a given name ("Josh Groban"), not a brand ("Western Lines"). */
export function namesPerson(name: string): boolean {
  return firstWordTagged(name, 'Person');
}
