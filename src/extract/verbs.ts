import { SPEECH_VERBS } from './lexicon.js';
import { compromise } from './nlp.js';

// compromise sometimes tags a speech verb as an adjective ("one local celebrated"). The lexicon
// keeps infinitives only; their inflected forms are generated here, once, by compromise's own
// conjugator, with the regular -ed/-s forms as a fallback for verbs it does not know. The
// conjugator is called directly on the head verb: parsing "they <verb>" for each of a hundred
// verbs cost every worker thread about half a second at start-up, and lost the particle of
// phrasal verbs ("snap back" gave "snapped").

type Conjugate = (infinitive: string, model: object) => Partial<Record<'PastTense' | 'PresentTense' | 'Gerund', string>>;

let forms: Map<string, string> | undefined;

function regularForms(verb: string): string[] {
  const past = verb.endsWith('e') ? `${verb}d` : /[^aeiou][aeiou][bdglmnprt]$/.test(verb) ? `${verb}${verb.slice(-1)}ed` : `${verb}ed`;
  const present = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : verb.endsWith('y') && !/[aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const pastY = verb.endsWith('y') && !/[aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : past;
  const gerund = /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return [pastY, present, gerund];
}

/** Inflected form ("chimed in", "wrote", "says", "adding") -> infinitive ("chime in", "write", "say"). */
export function speechVerbForms(): Map<string, string> {
  if (forms) return forms;
  const map = new Map<string, string>();
  const nlp = compromise();
  const conjugate = (nlp.methods() as { two: { transform: { verb: { conjugate: Conjugate } } } }).two.transform.verb.conjugate;
  const model = nlp.model();
  for (const infinitive of SPEECH_VERBS) {
    const [head = '', ...particle] = infinitive.split(' ');
    const tail = particle.length > 0 ? ` ${particle.join(' ')}` : '';
    const conjugated = conjugate(head, model);
    const candidates = [conjugated.PastTense, conjugated.PresentTense, conjugated.Gerund, ...regularForms(head)].map((f) => f && f + tail);
    for (const form of candidates) if (form && !map.has(form)) map.set(form.toLowerCase(), infinitive);
  }
  forms = map;
  return map;
}

/** The positions of a text's words that are speech verbs, its words split at white space. */
export function speechVerbPositions(words: readonly string[]): number[] {
  const map = speechVerbForms();
  return words.flatMap((w, i) => (map.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) ? [i] : []));
}

/** Whether a text tells of someone speaking ("The authority confirmed …", "arguing that …"). */
export function reportsSpeech(text: string): boolean {
  return speechVerbPositions(text.split(/\s+/)).length > 0;
}
