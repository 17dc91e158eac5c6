import type { Stance } from '../types.js';
import type { CueKind } from './cues.js';
import { CUES, NEGATORS } from './cues.js';
import { normalizeForCues } from './normalize.js';
import { afinnWithExtras } from './sentiment.js';

// Turns a comment into sparse features for the stance model: the cue lexicon's signals (as data
// in cues.ts), AFINN with the genre's slang, surface signals of tone, and words.
// Every feature keeps a readable label, so the model's decision can be explained in words.

export interface Feature {
  value: number;
  /** How a person would name this signal ("sarcasm: 'oh great'", "word 'liar'"). */
  label: string;
}

export type Features = Map<string, Feature>;

/**
 * Where a comment came from. A comment an article quotes was chosen by a journalist because it
 * takes a side; a comment from an exported thread is whatever people wrote. The base rates and
 * some cues differ, so the model learns shared weights plus a copy per source.
 */
export type CommentSource = 'article' | 'export';

const OPPOSITE: Record<Stance, Stance> = { skeptical: 'supportive', supportive: 'skeptical', neutral: 'neutral' };
const EMOJI = /\p{Extended_Pictographic}/u;
const MAX_CUE_COUNT = 2;

function add(features: Features, id: string, value: number, label: string): void {
  const existing = features.get(id);
  if (existing) existing.value += value;
  else features.set(id, { value, label });
}

/** Lower-cased tokens with URLs, mentions and numbers folded, emoji and ?/! kept as tokens. */
export function tokenize(text: string): string[] {
  return normalizeForCues(text)
    .replace(/https?:\/\/\S+|www\.\S+/g, ' _url_ ')
    .replace(/(^|\s)@[\w.]+/g, '$1 _mention_ ')
    .replace(/#(\w+)/g, ' #$1 ')
    .replace(/\d+(?:[.,]\d+)*/g, ' _num_ ')
    .replace(/(\p{Extended_Pictographic})/gu, ' $1 ')
    .replace(/([?!])/g, ' $1 ')
    .split(/[^\p{L}\p{N}_#'?!\p{Extended_Pictographic}]+/u)
    .map((t) => t.replace(/^'+|'+$/g, ''))
    .filter((t) => t.length > 0);
}

/** Cue features: one per cue kind and stance, negation flipping the stance it points to. */
function cueFeatures(normalized: string, features: Features): void {
  for (const cue of CUES) {
    let count = 0;
    for (const match of normalized.matchAll(cue.pattern)) {
      if (count >= MAX_CUE_COUNT) break;
      count++;
      const phrase = match[0].trim().replace(/^[^\p{L}\p{N}\p{Extended_Pictographic}.?=]+/u, '');
      const lead = match[0].length - match[0].trimStart().length;
      const negated = cue.stance !== 'neutral' && NEGATORS.test(normalized.slice(Math.max(0, match.index - 30), match.index + lead));
      const stance = negated ? OPPOSITE[cue.stance] : cue.stance;
      const kind: string = negated ? `negated ${cue.kind}` : cue.kind;
      add(features, `cue:${kind}>${stance}`, 1, `${kind}: '${phrase}'`);
    }
  }
}

function surfaceFeatures(text: string, tokens: string[], features: Features): void {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length >= 6 && upper.length / letters.length > 0.6) add(features, 'shape:shouting', 1, 'written in capitals');
  if (/\b\p{Lu}{3,}\b/u.test(text)) add(features, 'shape:caps-word', 1, 'a word in capitals');
  if (text.includes('?')) add(features, 'shape:question', 1, 'asks a question');
  if (/^\s*(?:@\w+\s+)*(?:does|do|is|are|was|were|will|can|could|has|have|did|which|what|when|where|who|how|any)\b[^.!]*\?\s*$/i.test(text)) {
    add(features, 'shape:only-question', 1, 'only a question');
  }
  if (/\?{2,}|\?!|!\?/.test(text)) add(features, 'shape:?!', 1, "'??' or '?!'");
  if (text.includes('!')) add(features, 'shape:exclaim', 1, 'exclamation');
  if (/\.{3,}|…/.test(text)) add(features, 'shape:dots', 1, 'trailing dots');
  if (/^\s*@\w/.test(text)) add(features, 'shape:reply', 1, 'starts as a reply');
  if (/https?:\/\//.test(text)) add(features, 'shape:link', 1, 'shares a link');
  // Passing a post on ("RT @x", “@x: ...”) or a headline ("BREAKING", "reports say") repeats a claim.
  if (/\bRT @\w|["“]@\w+:/.test(text)) add(features, 'shape:passes-on', 1, 'passes a post on');
  if (/#?\bbreaking\b|\bupdate:|\breports? (?:say|said|suggest)|\bconfirmed\b/i.test(text)) add(features, 'shape:news', 1, 'relays news');
  if (/#\w/.test(text)) add(features, 'shape:hashtag', 1, 'uses a hashtag');
  if (EMOJI.test(text)) add(features, 'shape:emoji', 1, 'uses emoji');
  const n = tokens.length;
  add(features, n <= 5 ? 'len:short' : n <= 25 ? 'len:medium' : 'len:long', 1, n <= 5 ? 'a short reply' : n <= 25 ? 'a medium reply' : 'a long reply');
}

function afinnFeatures(text: string, features: Features): number {
  const score = afinnWithExtras(text);
  if (score !== 0) {
    const bucket = score >= 4 ? 'afinn:++' : score > 0 ? 'afinn:+' : score <= -4 ? 'afinn:--' : 'afinn:-';
    add(features, bucket, 1, `AFINN ${score > 0 ? '+' : ''}${score}`);
  } else {
    add(features, 'afinn:0', 1, 'AFINN 0');
  }
  return score;
}

// Words only: on the dev comments, adding bigrams lowered cross-validated macro-F1 (0.767 to
// 0.731) and made the model ten times larger; the cue lexicon already carries the phrases.
function wordFeatures(tokens: string[], features: Features): void {
  for (const t of tokens) if (!t.startsWith('_')) add(features, `w:${t}`, 1, `word '${t}'`);
}

const NEGATION_WORD = /^(?:not|no|never|nobody|nothing|none|neither|nor|cannot|.+n't|.+nt)$/;
const NEGATION_SCOPE = 3;

/**
 * Words in a negation's scope ("not [buying it]", "don't [doubt him]") as their own features,
 * the classic way a bag of words learns that negation turns a word around.
 */
function negatedWordFeatures(normalized: string, features: Features): void {
  for (const clause of normalized.split(/[.,;:!?…]+/)) {
    const words = clause.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    let scope = 0;
    for (const word of words) {
      if (NEGATION_WORD.test(word)) {
        scope = NEGATION_SCOPE;
        continue;
      }
      if (scope > 0) {
        add(features, `w:not_${word}`, 1, `negated '${word}'`);
        scope--;
      }
    }
  }
}

/** The features of one comment. Deterministic: the same text gives the same map, in the same order. */
export function featurize(text: string, source: CommentSource = 'article'): Features {
  const features: Features = new Map();
  add(features, 'bias', 1, 'prior');
  const normalized = normalizeForCues(text);
  const tokens = tokenize(text);
  cueFeatures(normalized, features);
  surfaceFeatures(text, tokens, features);
  afinnFeatures(text, features);
  wordFeatures(tokens, features);
  negatedWordFeatures(normalized, features);
  // Binary presence keeps long comments from outweighing short ones.
  for (const [id, f] of features) if (id.startsWith('w:')) f.value = 1;
  // Feature augmentation (Daumé's "frustratingly easy" domain adaptation): each feature also
  // stands in a copy for its source, so the model can learn where the sources differ.
  for (const [id, f] of [...features]) features.set(`${source}|${id}`, { value: f.value, label: f.label });
  return features;
}

/** The cue kinds a label can name, for readers of the model file. */
export type { CueKind };
