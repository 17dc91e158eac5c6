import type { Stance, StanceResult } from '../types.js';
import { STANCES } from '../types.js';
import type { Cue } from './cues.js';
import { CUES, NEGATORS } from './cues.js';
import { normalizeForCues } from './normalize.js';
import { afinnScore } from './sentiment.js';

/** Below this probability the best stance is not trusted and the comment counts as neutral. */
export const CONFIDENCE_THRESHOLD = 0.45;
/** What a comment with no cue at all scores for neutral: no evidence means no stance. */
const NEUTRAL_PRIOR = 1;
/** One kind of cue counts at most this many times its weight, so repetition cannot swamp the rest. */
const MAX_REPEATS_PER_KIND = 2;
/** AFINN counts a little, capped: sentiment leans with stance but is not stance. */
const AFINN_WEIGHT = 0.2;
const AFINN_CAP = 1;
const SOFTMAX_TEMPERATURE = 1.5;
const MAX_CUES = 3;

interface CueHit {
  stance: Stance;
  weight: number;
  label: string;
}

const OPPOSITE: Record<Stance, Stance> = { skeptical: 'supportive', supportive: 'skeptical', neutral: 'neutral' };

function cueHits(normalized: string, cue: Cue): CueHit[] {
  const hits: CueHit[] = [];
  for (const match of normalized.matchAll(cue.pattern)) {
    const phrase = match[0].trim().replace(/^[^\p{L}\p{N}\p{Extended_Pictographic}.?=]+/u, '');
    const negated = cue.stance !== 'neutral' && NEGATORS.test(normalized.slice(Math.max(0, match.index - 30), match.index + match[0].length - match[0].trimStart().length));
    const stance = negated ? OPPOSITE[cue.stance] : cue.stance;
    const label = `${negated ? 'negated ' : ''}${cue.kind}: '${phrase}'`;
    hits.push({ stance, weight: cue.weight, label });
  }
  return hits;
}

function softmax(scores: Record<Stance, number>): Record<Stance, number> {
  const max = Math.max(...STANCES.map((s) => scores[s]));
  const exps = STANCES.map((s) => Math.exp((scores[s] - max) / SOFTMAX_TEMPERATURE));
  const total = exps.reduce((a, b) => a + b, 0);
  return { skeptical: (exps[0] ?? 0) / total, supportive: (exps[1] ?? 0) / total, neutral: (exps[2] ?? 0) / total };
}

/** Classifies one reader comment's stance toward the story's subject. Pure and deterministic. */
export function classifyStance(text: string): StanceResult {
  const normalized = normalizeForCues(text);
  const sentiment = afinnScore(text);
  const scores: Record<Stance, number> = { skeptical: 0, supportive: 0, neutral: NEUTRAL_PRIOR };
  const evidence: CueHit[] = [];
  for (const cue of CUES) {
    const hits = cueHits(normalized, cue);
    const counted = new Set<string>();
    for (const hit of hits.slice(0, MAX_REPEATS_PER_KIND)) {
      if (counted.has(hit.label)) continue;
      counted.add(hit.label);
      scores[hit.stance] += hit.weight;
      evidence.push(hit);
    }
  }
  const afinn = Math.max(-AFINN_CAP, Math.min(AFINN_CAP, sentiment * AFINN_WEIGHT));
  if (afinn > 0) scores.supportive += afinn;
  if (afinn < 0) scores.skeptical -= afinn;

  const probabilities = softmax(scores);
  let stance = STANCES.reduce((best, s) => (probabilities[s] > probabilities[best] ? s : best), 'neutral' as Stance);
  if (probabilities[stance] < CONFIDENCE_THRESHOLD) stance = 'neutral';
  const cues = evidence
    .filter((h) => h.stance === stance)
    .sort((a, b) => b.weight - a.weight)
    .map((h) => h.label);
  const unique = [...new Set(cues)].slice(0, MAX_CUES);
  if (unique.length < MAX_CUES && sentiment !== 0) unique.push(`AFINN ${sentiment > 0 ? '+' : ''}${sentiment}`);
  if (unique.length === 0) unique.push('no stance cue');
  return { stance, confidence: round(probabilities[stance]), sentiment, cues: unique, probabilities };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
