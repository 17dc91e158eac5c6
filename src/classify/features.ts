import type { Stance } from '../types.js';
import { CueMatcher } from './cue-matcher.js';
import { CUES, NEGATORS } from './cues.js';
import { normalizeForCues } from './normalize.js';
import { BOUNDARY, tokensOfNormalized } from './tokens.js';
import { afinnScores } from './sentiment.js';
import type { CommentSource } from './source.js';
import { sourceLineage } from './source.js';

// Turns a comment into sparse features for the stance model: the cue lexicon's signals (as data
// in cues.ts), AFINN with the genre's slang, surface signals of tone, and words. Feature ids
// say what they are; labelOf() turns an id into words, so explanations never show an id.

/**
 * Where featurize() puts what it finds: a map of feature ids (Features, for training) or the
 * model's class scores directly (see model.ts), so that scoring a comment builds no id strings.
 */
export interface FeatureSink {
  /** Adds `value` to a counted feature: the prior, a cue, a shape of the text, the AFINN bucket. */
  add(id: string, value?: number): void;
  /** A word is in the comment, or in a negation's scope: words count by presence. */
  word(token: string, negated: boolean): void;
  /** What the comment said for a feature (a cue's words, the AFINN score), for explanations; the first is kept. */
  evidence(id: string, text: string): void;
  /** The plain AFINN score, computed on the way: reports show it beside the stance. */
  plainAfinn: number;
}

/** The id of a word feature. */
export function wordId(token: string, negated: boolean): string {
  return negated ? `w:not_${token}` : `w:${token}`;
}

/** The word of a word feature's id and whether it is negated, as wordId made it; undefined for other features. */
export function wordOfId(id: string): { token: string; negated: boolean } | undefined {
  if (id.startsWith('w:not_')) return { token: id.slice(6), negated: true };
  if (id.startsWith('w:')) return { token: id.slice(2), negated: false };
  return undefined;
}

/** A comment's features as ids and values. */
export class Features implements FeatureSink {
  /** feature id -> value */
  readonly values = new Map<string, number>();
  /** What a cue matched and the AFINN score, for explanations. */
  readonly evidences = new Map<string, string>();
  plainAfinn = 0;

  add(id: string, value = 1): void {
    this.values.set(id, (this.values.get(id) ?? 0) + value);
  }

  word(token: string, negated: boolean): void {
    this.values.set(wordId(token, negated), 1);
  }

  evidence(id: string, text: string): void {
    if (!this.evidences.has(id)) this.evidences.set(id, text);
  }
}


const OPPOSITE: Record<Stance, Stance> = { skeptical: 'supportive', supportive: 'skeptical', neutral: 'neutral' };
const EMOJI = /\p{Extended_Pictographic}/u;
const MAX_CUE_COUNT = 2;

const MATCHER = new CueMatcher(CUES);
const CUE_IDS = CUES.map((c) => ({ plain: `cue:${c.kind}>${c.stance}`, negated: `cue:negated ${c.kind}>${OPPOSITE[c.stance]}` }));

const SHAPE_LABELS: Record<string, string> = {
  'shape:shouting': 'written in capitals',
  'shape:caps-word': 'a word in capitals',
  'shape:question': 'asks a question',
  'shape:only-question': 'only a question',
  'shape:?!': "'??' or '?!'",
  'shape:exclaim': 'exclamation',
  'shape:dots': 'trailing dots',
  'shape:reply': 'starts as a reply',
  'shape:link': 'shares a link',
  'shape:passes-on': 'passes a post on',
  'shape:news': 'relays news',
  'shape:hashtag': 'uses a hashtag',
  'shape:emoji': 'uses emoji',
  'shape:scare-quote': 'scare quotes',
  'len:short': 'a short reply',
  'len:medium': 'a medium reply',
  'len:long': 'a long reply',
  bias: 'prior',
};

/** The words a person would use for a feature ("sarcasm: 'oh great'", "word 'liar'", "AFINN -3"). */
export function labelOf(id: string, evidence: ReadonlyMap<string, string>): string {
  const cue = /^cue:(.+)>\w+$/.exec(id);
  if (cue) return `${cue[1]}: '${evidence.get(id) ?? ''}'`;
  const word = wordOfId(id);
  if (word) return `${word.negated ? 'negated' : 'word'} '${word.token}'`;
  if (id.startsWith('afinn:')) return `AFINN ${evidence.get('afinn') ?? '0'}`;
  return SHAPE_LABELS[id] ?? id.replace(/^\w+:/, '');
}

// Only an @mention that starts a word is folded (tokens.ts): in a post passed on (“@SkyNews: ...”)
// the account's name is kept as a word, and RumourEval's support class leans on it (macro-F1
// 0.431 folded, 0.47 kept). Clause punctuation ends a negation's scope and is not a feature.

// A short phrase in quotation marks inside a comment is mentioned, not used: "so 'calm'",
// 'says "mental health" when...'. Such scare quotes are a sign of mockery in themselves.
const QUOTED = /(["'])([^"'\n]{1,60}?)\1/g;
const MAX_SCARE_QUOTE_WORDS = 4;

/** Ranges of the normalized text that stand in quotation marks (quote marks are unified to ' and "). */
function quotedRanges(normalized: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of normalized.matchAll(QUOTED)) {
    // An apostrophe inside a word ("don't") opens nothing.
    if (m[1] === "'" && /[\p{L}\p{N}]/u.test(normalized[m.index - 1] ?? '')) continue;
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Cue features: one per cue kind and stance, negation flipping the stance it points to. */
function cueFeatures(normalized: string, f: FeatureSink): void {
  const counts = new Array<number>(CUES.length).fill(0);
  const quoted = normalized.includes('"') || normalized.includes("'") ? quotedRanges(normalized) : [];
  for (const [from, to] of quoted) {
    const words = normalized.slice(from + 1, to - 1).trim().split(/\s+/).length;
    if (words <= MAX_SCARE_QUOTE_WORDS) f.add('shape:scare-quote');
  }
  for (const match of MATCHER.match(normalized)) {
    if (quoted.some(([from, to]) => match.start > from && match.start < to)) continue;
    const cue = CUES[match.cue];
    if (!cue || (counts[match.cue] as number) >= MAX_CUE_COUNT) continue;
    counts[match.cue] = (counts[match.cue] as number) + 1;
    const negated = cue.stance !== 'neutral' && NEGATORS.test(normalized.slice(Math.max(0, match.start - 30), match.start));
    const ids = CUE_IDS[match.cue] as { plain: string; negated: string };
    const id = negated ? ids.negated : ids.plain;
    f.add(id);
    f.evidence(id, match.text.trim());
  }
}

/**
 * Letters and capitals in a text; ASCII is counted directly, the rest through case mapping.
 * Also whether it has any character past ASCII, where every emoji is.
 */
function letterCounts(text: string): { letters: number; upper: number; ascii: boolean } {
  let letters = 0;
  let upper = 0;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      upper++;
      letters++;
    } else if (code >= 97 && code <= 122) letters++;
    else if (code >= 0x80) {
      ascii = false;
      if (code >= 0xc0 && (code < 0xd800 || code > 0xdfff)) {
        const ch = text[i] as string;
        if (ch.toLowerCase() !== ch) {
          upper++;
          letters++;
        } else if (ch.toUpperCase() !== ch) letters++;
      }
    }
  }
  return { letters, upper, ascii };
}

function surfaceFeatures(text: string, tokens: string[], f: FeatureSink): void {
  const { letters, upper, ascii } = letterCounts(text);
  if (letters >= 6 && upper / letters > 0.6) f.add('shape:shouting');
  if (upper >= 3 && /\b\p{Lu}{3,}\b/u.test(text)) f.add('shape:caps-word');
  if (text.includes('?')) {
    f.add('shape:question');
    if (/^\s*(?:@\w+\s+)*(?:does|do|is|are|was|were|will|can|could|has|have|did|which|what|when|where|who|how|any)\b[^.!]*\?\s*$/i.test(text)) {
      f.add('shape:only-question');
    }
    if (/\?{2,}|\?!|!\?/.test(text)) f.add('shape:?!');
  }
  if (text.includes('!')) f.add('shape:exclaim');
  if (text.includes('...') || text.includes('…')) f.add('shape:dots');
  if (/^\s*@\w/.test(text)) f.add('shape:reply');
  if (text.includes('http://') || text.includes('https://')) f.add('shape:link');
  // Passing a post on ("RT @x", “@x: ...”) or a headline ("BREAKING", "reports say") repeats a claim.
  if (text.includes('@') && /\bRT @\w|["“]@\w+:/.test(text)) f.add('shape:passes-on');
  if (/#?\bbreaking\b|\bupdate:|\breports? (?:say|said|suggest)|\bconfirmed\b/i.test(text)) f.add('shape:news');
  if (text.includes('#') && /#\w/.test(text)) f.add('shape:hashtag');
  if (!ascii && EMOJI.test(text)) f.add('shape:emoji');
  let n = 0;
  for (const t of tokens) if (t !== BOUNDARY) n++;
  f.add(n <= 5 ? 'len:short' : n <= 25 ? 'len:medium' : 'len:long');
}

function afinnFeatures(text: string, f: FeatureSink): void {
  const { plain, extended: score } = afinnScores(text);
  f.plainAfinn = plain;
  const bucket = score >= 4 ? 'afinn:++' : score > 0 ? 'afinn:+' : score <= -4 ? 'afinn:--' : score < 0 ? 'afinn:-' : 'afinn:0';
  f.add(bucket);
  f.evidence('afinn', `${score > 0 ? '+' : ''}${score}`);
}

const NEGATION_WORDS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot']);

/** "not", "never", "don't", "dont" and the like. */
function isNegation(token: string): boolean {
  return NEGATION_WORDS.has(token) || (token.length >= 3 && token.endsWith('nt')) || (token.length >= 4 && token.endsWith("n't"));
}
const NEGATION_SCOPE = 3;

/**
 * Words, by presence, not count, so that long comments do not outweigh short ones. Only single
 * words: on the dev comments, adding bigrams lowered cross-validated macro-F1 (0.767 to 0.731)
 * and made the model ten times larger; the cue lexicon already carries the phrases.
 * Words in a negation's scope ("not [buying it]", "don't [doubt him]") are features of their
 * own as well, the classic way a bag of words learns that negation turns a word around.
 */
function wordFeatures(tokens: string[], f: FeatureSink): void {
  let scope = 0;
  for (const t of tokens) {
    if (t === BOUNDARY) {
      scope = 0;
      continue;
    }
    if (!t.startsWith('_')) f.word(t, false);
    if (isNegation(t)) {
      scope = NEGATION_SCOPE;
      continue;
    }
    if (scope > 0) {
      f.word(t, true);
      scope--;
    }
  }
}

/** The features of one comment, into `sink`. Deterministic: the same text gives the same calls, in the same order. */
export function featurizeInto(text: string, sink: FeatureSink): void {
  sink.add('bias');
  const normalized = normalizeForCues(text);
  const tokens = tokensOfNormalized(normalized);
  cueFeatures(normalized, sink);
  surfaceFeatures(text, tokens, sink);
  afinnFeatures(text, sink);
  wordFeatures(tokens, sink);
}

/** The features of one comment as ids and values. */
export function featurize(text: string): Features {
  const features = new Features();
  featurizeInto(text, features);
  return features;
}

/**
 * Feature augmentation (Daumé's "frustratingly easy" domain adaptation), for training: each
 * feature also stands in a copy for its source, so the model can learn where the sources differ.
 * At run time the model folds the copies into its weights instead (see compileModel).
 */
export function withSourceCopies(values: ReadonlyMap<string, number>, source: CommentSource): Map<string, number> {
  const out = new Map(values);
  for (const s of sourceLineage(source)) for (const [id, value] of values) out.set(`${s}|${id}`, value);
  return out;
}
