import { CONTRAST_FRAMING, MIXED_FRAMING, SKEPTICAL_FRAMING, SUPPORTIVE_FRAMING } from './framing-lexicon.js';

// Reads which way narration leans: the article's title and prose, or the sentence that
// introduces a run of comments. Pure.

export interface Framing {
  /** Framing phrases that lean skeptical, and supportive, each counted once per place it stands. */
  skeptical: number;
  supportive: number;
  /** The narration turns against what came before ("But not everyone was upset"). */
  contrast: boolean;
  /** The narration announces a split reaction. */
  mixed: boolean;
  /** The phrases found, as written, strongest side first: for explanations. */
  phrases: string[];
}

type Side = 'skeptical' | 'supportive';

const alternation = (entries: readonly string[]): string => entries.map((e) => e.replace(/ /g, '\\s+')).join('|');
// Longest alternatives first, so that "not impressed" wins over "impressed" at the same place.
// ASCII word boundaries, not Unicode ones: the lexicon is English, and the expression runs over
// every article's narration, four times faster without the Unicode property classes.
const byLength = (entries: readonly string[]): string[] => [...entries].sort((a, b) => b.length - a.length);
const PHRASES = new RegExp(`\\b(?:(?<skeptical>${alternation(byLength(SKEPTICAL_FRAMING))})|(?<supportive>${alternation(byLength(SUPPORTIVE_FRAMING))}))\\b`, 'gi');
const CONTRAST = new RegExp(`\\b(?:${alternation(CONTRAST_FRAMING)})`, 'i');
const MIXED = new RegExp(`\\b(?:${alternation(MIXED_FRAMING)})`, 'i');
/** A framing word negated just before it ("not angry", "no backlash"): it counts for neither side. */
const NEGATED = /\b(?:not|no|never|without|hardly|n't)\s+(?:\w+\s+)?$/i;

const NONE: Framing = { skeptical: 0, supportive: 0, contrast: false, mixed: false, phrases: [] };

export function readFraming(text: string): Framing {
  if (!text) return NONE;
  let skeptical = 0;
  let supportive = 0;
  const found: Array<{ side: Side; phrase: string }> = [];
  for (const match of text.matchAll(PHRASES)) {
    const side: Side = match.groups?.skeptical !== undefined ? 'skeptical' : 'supportive';
    const phrase = match[0];
    // "not impressed" is in the lexicon; "not angry" is a negated "angry".
    if (!/^not\s|^un/i.test(phrase) && NEGATED.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    if (side === 'skeptical') skeptical++;
    else supportive++;
    found.push({ side, phrase });
  }
  const lead: Side = skeptical >= supportive ? 'skeptical' : 'supportive';
  const phrases = [...found.filter((f) => f.side === lead), ...found.filter((f) => f.side !== lead)].map((f) => f.phrase);
  return { skeptical, supportive, contrast: CONTRAST.test(text), mixed: MIXED.test(text), phrases };
}

/**
 * How far into an article's narration its framing is read: a roundup says how people reacted in
 * its opening paragraphs, and reading every narration whole cost more than the rest of
 * classifying its comments.
 */
const LEDE_CHARACTERS = 1000;

/** The framing of an article's narration, read from its opening. */
export function readNarrationFraming(narration: string): Framing {
  return readFraming(narration.length > LEDE_CHARACTERS ? narration.slice(0, LEDE_CHARACTERS) : narration);
}
