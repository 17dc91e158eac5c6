import nlp from 'compromise';
import { SPEECH_VERBS } from './lexicon.js';

// compromise sometimes tags a speech verb as an adjective ("one local celebrated"). The lexicon
// keeps infinitives only; their inflected forms are generated here, once, by compromise's own
// conjugator, with the regular -ed/-s forms as a fallback for verbs it does not know.

let forms: Map<string, string> | undefined;

function regularForms(verb: string): string[] {
  const past = verb.endsWith('e') ? `${verb}d` : /[^aeiou][aeiou][bdglmnprt]$/.test(verb) ? `${verb}${verb.slice(-1)}ed` : `${verb}ed`;
  const present = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : verb.endsWith('y') && !/[aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const pastY = verb.endsWith('y') && !/[aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : past;
  return [pastY, present];
}

/** Inflected form ("chimed in", "wrote", "says") -> infinitive ("chime in", "write", "say"). */
export function speechVerbForms(): Map<string, string> {
  if (forms) return forms;
  const map = new Map<string, string>();
  for (const infinitive of SPEECH_VERBS) {
    const [head = '', ...particle] = infinitive.split(' ');
    const tail = particle.length > 0 ? ` ${particle.join(' ')}` : '';
    const conjugated = (nlp(`they ${infinitive}`).verbs().conjugate() as Array<Record<string, string>>)[0] ?? {};
    const candidates = [conjugated.PastTense, conjugated.PresentTense, ...regularForms(head).map((f) => f + tail)];
    for (const form of candidates) if (form && !map.has(form)) map.set(form.toLowerCase(), infinitive);
  }
  forms = map;
  return map;
}
