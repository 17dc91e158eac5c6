import {
  AUTHORITY_NOUNS, DOCUMENT_NOUNS, LATIN_LOOKALIKES, POSTING_PLACES, PRONOUNS, PUBLIC_FIGURE_NOUNS, QUANTIFIER_SPEAKERS, READER_NOUNS, SOCIAL_CONTEXT, SPEECH_PHRASES,
  SPEECH_VERBS,
} from './lexicon.js';
import type { SubjectNames } from './subject.js';
import type { ParsedClause, Term } from './clause.js';
import { compromise } from './nlp.js';
import { quickParse } from './quick-parse.js';
import { speechVerbForms } from './verbs.js';
import { isSubjectName } from './subject.js';

/** Where the attribution clause stands relative to the quote it attributes. */
export type ClausePosition = 'before' | 'after' | 'label';

export interface Attribution {
  /** The attribution as the article words it, trimmed ("wrote one user", "One Reddit user argued"). */
  text: string;
  /** The speech verb's infinitive ('' for a bare label such as `Erl: "..."`). */
  verb: string;
  /** The words naming the speaker ("one user", "@x", "the official support account"). */
  speaker: string;
  /** Evidence that the speaker is a member of the public; positive means a reader. */
  score: number;
  isReader: boolean;
  /** The speaker is a crowd ("people said", "fans called it"): a short quote of theirs is no one's comment. */
  crowd: boolean;
}

// Verbs that mostly describe posting or commenting rather than speaking to a reporter.
const COMMENTING_VERBS = new Set([
  'comment', 'tweet', 'post', 'reply', 'chime in', 'react', 'respond', 'question', 'wonder', 'bellow', 'celebrate',
  'sneer', 'vent', 'hit back', 'shoot back', 'fire back', 'snap back', 'write', 'weigh in', 'pipe up', 'chip in',
  'jump in', 'type', 'message', 'quip', 'joke', 'scoff', 'mock', 'gush', 'rave', 'moan', 'grumble', 'rant', 'share',
]);
/** A speaker named as many people at once. */
const CROWD = /\b(?:people|fans|users|viewers|readers|followers|commenters|netizens|others|many|some|several)$/i;
/** ...unless one of them is meant: "one of the fans", "another of his followers". */
const ONE_OF = /^(?:one|another|a|an|this|that)\b/i;
/** The same said before the speaker the clause names: "One of the users wrote" (speaker "the users"). */
const ONE_OF_THEM = /\b(?:one|another|each|either|neither) of\b/i;
const LEADING_CONNECTIVES = /^(?:and|but|while|whereas|as|though|although|then|so|meanwhile|however|yet)\b[\s,]*/i;
const DOCUMENT_CONTEXT = /\b(?:in|on) (?:a|an|the|his|her|their|its) (?:\w+ )?(?:letter|statement|blog post|press release|email|memo|filing|report|petition|notice|caption|paper|newspaper|column|editorial|op-ed)\b|\bwith (?:a|the) caption\b|\b(?!(?:tweet|post|comment|message|reply|status|update)s?\b)\w+ (?:that|which) reads?$/i;
const TOLD_THE_PRESS = /\btold (?:the )?(?:reporters|journalists|the (?:newspaper|paper|station|programme|program|broadcaster)|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}(?= *[:,.]?$))|\bquoted\b.{1,80}\bas saying\b/u;
const MAX_CLAUSE_WORDS = 30;
/** Speech verbs whose "to" names what the comment answers, not reported speech. */
const ANSWERING_VERBS = new Set(['reply', 'respond', 'react', 'answer', 'write back', 'hit back', 'fire back']);
/** Reader nouns that name a post rather than who wrote it. */
const POST_NOUNS = new Set(['tweet', 'comment', 'remark', 'reply', 'post']);
// "the tweet read": the post the narration already told of, most often the one the story is about.
const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'the']);

// Attribution clauses repeat a great deal ("wrote one user"); parsing each distinct one once keeps
// compromise, a hundred times slower than a lexicon lookup, off the hot path.
const parseCache = new Map<string, ParsedClause>();
const PARSE_CACHE_LIMIT = 5_000;

function parseClause(clause: string): ParsedClause {
  const cached = parseCache.get(clause);
  if (cached) return cached;
  const quick = quickParse(clause);
  if (quick) return quick;
  const doc = compromise()(clause);
  const terms: Term[] = [];
  // compromise keeps punctuation beside a term in `post`; commas there mark appositives.
  for (const sentence of doc.json({ terms: { normal: true } }) as Array<{ terms: Array<{ text: string; post?: string; normal: string; tags: string[] }> }>) {
    for (const t of sentence.terms) terms.push({ text: t.text + (t.post ?? '').trim(), normal: t.normal, tags: new Set(t.tags) });
  }
  const verbs: ParsedClause['verbs'] = [];
  let cursor = 0;
  for (const v of doc.verbs().json() as Array<{ terms: Array<{ text: string }>; verb?: { infinitive?: string } }>) {
    const first = v.terms[0]?.text;
    if (first === undefined) continue;
    let start = cursor;
    while (start < terms.length && !terms[start]?.text.startsWith(first)) start++;
    if (start >= terms.length) continue;
    const end = Math.min(terms.length, start + v.terms.length);
    cursor = end;
    verbs.push({ start, end, infinitive: (v.verb?.infinitive ?? first).toLowerCase() });
  }
  // compromise misses some speech verbs ("writing" read as a noun): the lexicon's forms add those
  // it did not find, in the clause's order.
  // "was seen stating", "agreed writing": a phrase compromise reads as one verb may hold the
  // speech verb, or end in another one, next to the quote; only the same verb found twice is skipped.
  for (const found of lexiconVerbs(terms)) if (!verbs.some((v) => v.start === found.start && speechVerbOf(v.infinitive))) verbs.push(found);
  verbs.sort((a, b) => a.start - b.start);
  const parsed = { terms, verbs };
  if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.clear();
  parseCache.set(clause, parsed);
  return parsed;
}

/** Speech verbs found by their inflected forms, for clauses compromise mis-tags. */
function lexiconVerbs(terms: Term[]): ParsedClause['verbs'] {
  const forms = speechVerbForms();
  const found: ParsedClause['verbs'] = [];
  terms.forEach((t, i) => {
    if (t.tags.has('Plural')) return; // "broader challenges": a noun, whatever its spelling
    if (afterDeterminer(terms, i)) return; // "in a since-deleted tweet": a noun too
    const two = `${t.normal} ${terms[i + 1]?.normal ?? ''}`;
    const infinitive = forms.get(two) ?? forms.get(t.normal);
    if (infinitive) found.push({ start: i, end: i + (forms.has(two) ? 2 : 1), infinitive });
  });
  return found;
}

/** Whether a determiner starts the words before term i, with at most a few modifiers between ("a since-deleted"). */
function afterDeterminer(terms: Term[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const t = terms[j] as Term;
    if (t.tags.has('Determiner') || t.tags.has('Possessive')) return true;
    if (!t.tags.has('Adjective') && !t.normal.endsWith('-') && !t.tags.has('Participle')) return false;
  }
  return false;
}

/** The infinitive of a verb phrase, with a particle kept ("chime in") and auxiliaries dropped. */
function speechVerbOf(infinitive: string): string | undefined {
  const words = infinitive.split(/\s+/).filter((w) => !['be', 'have', 'do', 'will', 'would', 'had', 'has'].includes(w));
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`.trim();
    if (SPEECH_VERBS.has(two)) return two;
    if (SPEECH_VERBS.has(words[i] ?? '')) return words[i];
  }
  return undefined;
}

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function isHandle(text: string): boolean {
  return /^@[\w.]{2,}$/.test(text) || /^u\/[\w-]{2,}$/i.test(text);
}

/** A bare username such as "muzypepsi", "Dave_H_1972" or "ogechi.n". */
function isUsername(text: string): boolean {
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_.]{2,39}$/u.test(text)) return false;
  if (/[_\d.]/u.test(text)) return true;
  return /^\p{Ll}+$/u.test(text) && !PRONOUNS.has(text) && !QUANTIFIER_SPEAKERS.has(text);
}

const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'gu');

/** A clause in Latin script with look-alike letters mixed in ("wrotе") read as the words it shows. */
function foldLookalikes(text: string): string {
  if (!/[a-z]/i.test(text)) return text;
  return text.replace(LOOKALIKE, (ch) => LATIN_LOOKALIKES[ch] ?? ch);
}

function cleanClause(text: string): string {
  return foldLookalikes(text)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:—–-]+|[\s,;:.—–-]+$/g, '')
    .replace(LEADING_CONNECTIVES, '')
    .trim();
}

/** What a clause says on its own, before the article's subject is known: who speaks, by which verb. */
interface ClauseReading {
  clause: string;
  text: string;
  verb: string;
  speaker: string;
  /** The words naming the speaker. */
  region: Term[];
  /** The speech verb's infinitive, or '' when none was chosen. */
  chosenVerb: string;
  /** What the clause says of its speaker, for scoreSpeaker. */
  evidence: SpeakerEvidence;
}

// Clauses repeat across articles ("wrote one user"); what they say apart from the subject is
// read once. Bounded like the parse cache.
const readingCache = new Map<string, ClauseReading | null>();

function readClause(rawClause: string, position: ClausePosition): ClauseReading | undefined {
  const cached = readingCache.get(readingKey(position, rawClause));
  if (cached !== undefined) return cached ?? undefined;
  // The clause is a slice of its article's text, and V8 keeps a slice's whole string alive: a
  // copy is cached instead, or every clause cached would hold its article (a worker on 20,000
  // bench articles held about a thousand of them).
  const clause = detached(rawClause);
  const reading = readClauseUncached(clause, position);
  if (readingCache.size >= PARSE_CACHE_LIMIT) readingCache.clear();
  readingCache.set(readingKey(position, clause), reading ?? null);
  return reading;
}

function readingKey(position: ClausePosition, clause: string): string {
  return `${position}\u0000${clause}`;
}

/** A copy of a string that shares no memory with it. */
function detached(text: string): string {
  return text.split('').join('');
}

function readClauseUncached(rawClause: string, position: ClausePosition): ClauseReading | undefined {
  const clause = cleanClause(rawClause);
  if (!clause) return undefined;
  const words = clause.split(' ');
  if (words.length > MAX_CLAUSE_WORDS) return undefined;

  const { terms, verbs } = parseClause(clause);
  const speech = verbs
    .map((v) => ({ start: v.start, end: v.end, infinitive: v.infinitive, verb: speechVerbOf(v.infinitive) }))
    .filter((v): v is typeof v & { verb: string } => v.verb !== undefined);
  const chosen = position === 'after' ? speech[0] : speech[speech.length - 1];
  const phrase = SPEECH_PHRASES.find((p) => p.test(clause));
  if (!chosen && !phrase && position !== 'label') return undefined;
  // Attribution verbs stand next to the quote: a speech verb buried mid-clause is narration.
  if (chosen && !phrase && position === 'after' && chosen.start > 6) return undefined;
  // "said that ...", "asked whether ...": reported speech, not an attribution.
  // "replied to Drago:", "responded to the post:" name whom the comment answers.
  const next = terms[chosen?.end ?? -1]?.normal ?? '';
  if (chosen && /^(?:that|whether|if|how|to|about)$/i.test(next) && !(next === 'to' && ANSWERING_VERBS.has(chosen.verb))) return undefined;

  let region: Term[];
  if (!chosen || chosen.verb === 'read') {
    // "a comment read", "a long message from a user called X read": the whole clause names the
    // writer, up to the verb when it has words before it ("another post read on the same platform").
    region = chosen && chosen.start > 0 ? terms.slice(0, chosen.start) : terms;
  } else if (position === 'after') {
    // "…," wrote one fan: the speaker follows the verb only when nothing names one before it
    // ("…," Emhoff wrote alongside a selfie).
    const beforeVerb = nounPhraseBefore(terms, chosen.start);
    const afterVerb = nounPhraseFrom(terms, chosen.end);
    // "Trump tweeted Friday morning": a time after the verb is when, not who.
    region = beforeVerb.length === 0 && afterVerb.length > 0 && !isTimeExpression(afterVerb) ? afterVerb : beforeVerb;
  } else if (isParticipleAfterComma(terms, chosen.start)) {
    // "Another tore into the series, adding:", "when a Halsey stan admired her glow up, saying:":
    // the participle's speaker is the subject of the verb before it.
    // The verb before it that says the speaker posted or spoke, else the nearest verb before it.
    const before = [...verbs].reverse().filter((v) => v.end < chosen.start);
    const posted = before.find((v) => COMMENTING_VERBS.has(speechVerbOf(v.infinitive) ?? ''));
    const main = posted ?? before.find((v) => speechVerbOf(v.infinitive) !== undefined) ?? before[0];
    const subjectOfMain = main ? nounPhraseBefore(terms, main.start) : [];
    region = subjectOfMain.length > 0 ? subjectOfMain : nounPhraseFrom(terms, 0);
  } else if (chosen.start === 0 && nounPhraseFrom(terms, chosen.end).length > 0) {
    // "Says Tucker:", "Adds Tim:": a lead-in that puts its verb first names the speaker after it.
    region = nounPhraseFrom(terms, chosen.end);
  } else {
    region = besidePlace(terms, nounPhraseBefore(terms, chosen.start));
    // "A commenter who said she worked in the industry wrote", "A reader commenting on our website
    // wrote", "He smiled and replied": the clause's own subject names the speaker.
    // "As soon as Spicer shared his thoughts, Morgan lost it and shouted": the subject of the
    // segment that holds the verb, not of the clause's opening.
    const from = region.length === 0 ? segmentStart(terms, chosen.start) : 0;
    const opening = nounPhraseFrom(terms, from);
    const next = terms[from + opening.length];
    const modified = next !== undefined && (['who', 'which', 'that'].includes(next.normal) || next.tags.has('Gerund') || next.tags.has('Conjunction'));
    const pronounAtVerb = region.length === 1 && PRONOUNS.has(region[0]?.normal ?? '');
    if (opening.length > 0 && !pronounAtVerb && !region.includes(opening[0] as Term) && (modified || region.length === 0)) {
      region = modified && !isOnlyName(region) ? opening : [...opening, ...region];
    }
    // "One joker screen-grabbed the mistake, added a cross and then added": the verbs share the clause's subject.
    if (region.length === 0 && from > 0) region = nounPhraseFrom(terms, 0);
  }
  const speaker = region.map((t) => t.text).join(' ').replace(/[,:;.]+$/g, '').trim();
  const text = position === 'after' && chosen ? attributionAfter(terms, chosen, region) : clause;
  const chosenVerb = chosen?.verb ?? '';
  return { clause, text, verb: chosen?.verb ?? (phrase ? 'phrase' : ''), speaker, region, chosenVerb, evidence: speakerEvidence(region, chosenVerb, clause, position, speech.some((v) => COMMENTING_VERBS.has(v.verb))) };
}

/**
 * Decides whether a clause next to a quote attributes it, and whether the speaker is a reader.
 * Returns undefined when the clause attributes nothing (no speech verb, or not a label).
 */
export function judgeAttribution(rawClause: string, position: ClausePosition, subject: SubjectNames): Attribution | undefined {
  const reading = readClause(rawClause, position);
  if (!reading) return undefined;
  const score = scoreSpeaker(reading.evidence, subject);
  return { text: reading.text, verb: reading.verb, speaker: reading.speaker, score, isReader: score >= 1, crowd: CROWD.test(reading.speaker) && !ONE_OF.test(reading.speaker) && !ONE_OF_THEM.test(reading.text) };
}

const NOUN_PHRASE_TAGS = ['Noun', 'ProperNoun', 'Person', 'Pronoun', 'Determiner', 'Value', 'Adjective', 'Possessive', 'AtMention', 'Acronym', 'Organization', 'Actor'];

function inNounPhrase(t: Term): boolean {
  if (isHandle(t.text) || /[_@]/.test(t.text)) return true;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('QuestionWord')) return false;
  if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
  return NOUN_PHRASE_TAGS.some((tag) => t.tags.has(tag));
}

/** A clause that opens on its verb in the third person ("Adds Tim", "Says Stephanie"). */
const VERB_FIRST = /^\p{Lu}\p{Ll}+s \p{Lu}/u;
const OWNED = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our']);
/** Where a comment was posted, after its writer: "Another individual on the thread wrote". */
const POSTING_PLACE = /^(?:the |this |that |his |her |their |its )?(?:thread|post|comments?|comment section|forum|platform|site|app|page|subreddit|twitter|x|reddit|facebook|instagram|tiktok|youtube|social media)$/i;

/** The writer before a place phrase ("another individual" of "another individual on the thread"), or the phrase as it was. */
function besidePlace(terms: Term[], region: Term[]): Term[] {
  const first = region[0];
  if (!first) return region;
  const at = terms.indexOf(first);
  const preposition = terms[at - 1]?.normal ?? '';
  // "The mum-of-four from Brisbane wrote", "a fan from Leeds": where the writer is from.
  const hometown = preposition === 'from' && region.every((t) => /^\p{Lu}/u.test(t.text));
  const postedIn = ['on', 'in', 'under'].includes(preposition) && POSTING_PLACE.test(region.map((t) => t.normal).join(' '));
  if (!hometown && !postedIn) return region;
  const writer = nounPhraseBefore(terms, at - 1);
  // "One fan, unable to hide his excitement on TikTok exclaimed": a possession is no writer.
  return writer.length > 0 && !OWNED.has(writer[0]?.normal ?? '') ? writer : region;
}

/** The noun phrase starting at `from` ("one fan" in "wrote one fan who had been there"). */
function nounPhraseFrom(terms: Term[], from: number): Term[] {
  const out: Term[] = [];
  for (let i = from; i < terms.length; i++) {
    const t = terms[i] as Term;
    if (!inNounPhrase(t)) break;
    out.push(t);
    if (/[,;:]$/.test(t.text)) break;
  }
  return out;
}

/** The noun phrase ending right before the verb at `end`, over appositives ("Another reader, Gwen Morley,"). */
function nounPhraseBefore(terms: Term[], end: number): Term[] {
  let i = end - 1;
  while (i >= 0 && (terms[i] as Term).tags.has('Adverb')) i--; // "one user simply wrote"
  const out: Term[] = [];
  for (; i >= 0; i--) {
    const t = terms[i] as Term;
    if (!inNounPhrase(t)) break;
    // Cross a comma only into the head of an appositive name: "Another reader, Gwen Morley, wrote"
    // but not "In one reply, it wrote".
    if (out.length > 0 && /,$/.test(t.text) && !(isOnlyName(out) && /,$/.test(out[out.length - 1]?.text ?? ''))) break;
    out.unshift(t);
    // "a customer called Carol Bishop": the name's introducer joins it to the noun before it.
    const introducer = terms[i - 1];
    if (isOnlyName(out) && introducer && NAME_INTRODUCERS.has(introducer.normal) && i >= 2) {
      out.unshift(introducer);
      i--;
    }
  }
  return out;
}

const NAME_INTRODUCERS = new Set(['called', 'named']);

/** Where the comma-separated segment holding the verb at `verbStart` begins. */
function segmentStart(terms: Term[], verbStart: number): number {
  for (let i = verbStart - 2; i >= 0; i--) if (/,$/.test(terms[i]?.text ?? '')) return i + 1;
  return 0;
}

const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'it', 'us', 'me']);

function isParticipleAfterComma(terms: Term[], verbStart: number): boolean {
  if (!/ing$/.test(terms[verbStart]?.normal ?? '')) return false;
  // "echoed them sharing": after a verb's object pronoun, as after a comma.
  const before = terms[verbStart - 1];
  return /,$/.test(before?.text ?? '') || (OBJECT_PRONOUNS.has(before?.normal ?? '') && (terms[verbStart - 2]?.tags.has('Verb') ?? false));
}

const TIME_WORDS = new Set(['morning', 'afternoon', 'evening', 'night', 'tonight', 'today', 'yesterday', 'earlier', 'later', 'last', 'this', 'on', 'early', 'late', 'week', 'weekend']);

/** Whether a phrase only says when ("Friday morning", "on Saturday", "last night"). */
function isTimeExpression(region: Term[]): boolean {
  return region.every((t) => t.tags.has('Date') || t.tags.has('Time') || TIME_WORDS.has(t.normal));
}

function isOnlyName(region: Term[]): boolean {
  return region.length > 0 && region.every((t) => t.tags.has('ProperNoun') || t.tags.has('Person') || isHandle(t.text));
}

function attributionAfter(terms: Term[], verb: { start: number; end: number; verb: string }, region: Term[]): string {
  // "one fan wrote alongside a heart emoji": with its speaker before it, the clause ends at the verb.
  const speakerAfter = region.some((t) => terms.indexOf(t) >= verb.end);
  const verbEnd = speakerAfter ? verb.end : Math.min(verb.end, verb.start + verb.verb.split(' ').length);
  const verbAndSpeaker = terms.slice(0, verbEnd).concat(region.filter((t) => terms.indexOf(t) >= verbEnd));
  return cleanClause(verbAndSpeaker.map((t) => t.text).join(' '));
}

/**
 * What a clause says of its speaker apart from the article's subject: read once per clause with
 * the rest of its reading, so that each article only checks the names against its subject.
 */
interface SpeakerEvidence {
  /** The @handles among the speaker's words: the subject's own account is no reader. */
  handles: string[];
  /** Capitalised names, when neither a handle nor a reader noun names the speaker. */
  names: string[];
  /** The speaker's words, lower-cased, when a reader noun heads them ("a coles customer"). */
  described: string;
  /** A public figure who posts ("Comedian DeGeneres tweeted"): reacting, even when the narration names them twice. */
  postingFigure: boolean;
  /** Whether the speaker is named as a person ("Dave Holroyd", "Former captain Rachel Dunn"). */
  personName: boolean;
  /** The score from the speaker's words, before any of the names is found to be the subject. */
  wordScore: number;
  /** What the clause's wording adds: a document, or a verb of commenting. */
  wordingScore: number;
  /** Whether the clause places the words on social media, which counts unless the score is low. */
  social: boolean;
  /** A bare label ("Erl: ...") counts a little toward a reader. */
  labelScore: number;
}

function speakerEvidence(region: Term[], verb: string, clause: string, position: ClausePosition, posted: boolean): SpeakerEvidence {
  const tokens = region.map((t) => t.text.replace(/[^\p{L}\p{N}@_./'-]/gu, '').replace(/[.]+$/, '')).filter(Boolean);
  const lower = tokens.map((t) => t.toLowerCase());
  const joined = lower.join(' ').replace(LEADING_CONNECTIVES, '');
  let score = 0;

  const isAuthority = (w: string | undefined): boolean => w !== undefined && (AUTHORITY_NOUNS.has(w) || AUTHORITY_NOUNS.has(singular(w)));
  // A public figure who posts is reacting like any reader; one who speaks is a source.
  // ("Actor Hudson commented on the post, saying:" posts, whichever verb is next to the quote.)
  const posting = COMMENTING_VERBS.has(verb) || posted;
  const role = (w: string): boolean => isAuthority(w) || isPublicFigure(w);
  // A role counts at the head of the phrase: in "talk show host" the show only says which host.
  const hasRole = lower.some((w, i) => role(w) && !(posting && isPublicFigure(w)) && !(lower[i + 1] !== undefined && role(lower[i + 1] as string)));

  const handles = tokens.filter(isHandle);
  // An official's account is still an official's ("Canadian PM Justin Trudeau (@JustinTrudeau) posted:").
  if (handles.length > 0) score += hasRole ? 0 : 3;
  // A lone lower-case word is a username ("muzypepsi said") only when it is all the clause names.
  else if (tokens.some((t) => isUsername(t) && (/[_\d.]/.test(t) || (tokens.length === 1 && clause.split(' ').length <= 3)))) score += 2;

  // A reader noun counts as the head of the phrase, not as a modifier of a role ("Local MSP", "fan club president").
  // "his tweet began": a post of someone the narration named, as a pronoun would be.
  const hasReaderNoun = lower.some((w, i) => (READER_NOUNS.has(w) || READER_NOUNS.has(singular(w))) && !isAuthority(lower[i + 1]) && !(POST_NOUNS.has(w) && OWNER_PRONOUNS.has(lower[i - 1] ?? '')));
  if (hasReaderNoun) score += 3;
  if (QUANTIFIER_SPEAKERS.has(joined)) score += 3;
  // "Fox News' Shepard Smith said": a name an organisation's possessive introduces speaks for it,
  // as a role would say; one who posts is reacting like anyone else.
  // "Siobhan Freegard, of Netmums, … said": the same said after the name.
  const affiliated = !hasRole && !posting && (region.some((t, i) => /^\p{Lu}.*(?:['’]s|s['’])$/u.test(t.text) && /^\p{Lu}/u.test(region[i + 1]?.text ?? '')) || /^\p{Lu}\S* \p{Lu}\S*, of \p{Lu}/u.test(clause));
  if (hasRole || affiliated) score -= 3;
  if (lower.some((w) => DOCUMENT_NOUNS.has(w))) score -= 4;
  // "...in which he told supporters": a pronoun speaker is a source the narration already named.
  // "they tweeted things like:": the crowd posting, its posts given as examples. A bare "They
  // tweeted" is as often a company's or the subject's account.
  const crowdPosting = posting && lower.length === 1 && lower[0] === 'they' && /\b(?:things|posts|tweets|messages|comments)\s+(?:like|such as)\b/i.test(clause);
  if (!hasReaderNoun && handles.length === 0 && !crowdPosting && lower.some((w) => PRONOUNS.has(w))) score -= 3;
  // "The singer wrote", "The Afropop songstress wrote": a definite description without a name or
  // a reader noun points back, like a pronoun, to someone the story has already named.
  else if (!hasReaderNoun && handles.length === 0 && lower[0] === 'the' && !QUANTIFIER_SPEAKERS.has(joined) && !region.some((t) => t.tags.has('Person'))) score -= 3;
  const names = !hasReaderNoun && handles.length === 0
    ? region.filter((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Determiner') && !t.tags.has('Value')).map((t) => t.text.replace(/[^\p{L}\p{N}'-]/gu, ''))
    : [];
  // "The mum told the Liverpool Echo:", "Miller told CNN": words given to the press, not posted.
  const document = DOCUMENT_CONTEXT.test(clause) || TOLD_THE_PRESS.test(clause);
  const pronoun = lower.some((w) => PRONOUNS.has(w));
  return {
    handles,
    names,
    described: hasReaderNoun ? joined : '',
    postingFigure: posting && lower.some(isPublicFigure),
    // A role anywhere in the clause ("said Ben Ochoa, an analyst at Pixelmetrics") makes the name a source's.
    // A first name alone after a verb-first lead-in ("Adds Tim:") is how comment pages name their
    // readers, as a full name is; "Jane penned" is someone the story calls by her first name.
    personName: !pronoun && !affiliated && (names.length >= 2 || (position !== 'after' && names.length === 1 && region.length === 1 && region[0]?.tags.has('FirstName') === true && VERB_FIRST.test(clause))) && names.length <= 4 && !clauseHasRole(clause, posting),
    wordScore: score,
    wordingScore: document ? -4 : COMMENTING_VERBS.has(verb) ? 1 : 0,
    social: SOCIAL_CONTEXT.test(clause),
    labelScore: position === 'label' && !verb ? 1 : 0,
  };
}

function isPublicFigure(word: string): boolean {
  return PUBLIC_FIGURE_NOUNS.has(word) || PUBLIC_FIGURE_NOUNS.has(singular(word));
}

function clauseHasRole(clause: string, posting: boolean): boolean {
  return clause.toLowerCase().split(/[^\p{L}-]+/u).some((w) => {
    if (isPublicFigure(w)) return !posting;
    return (AUTHORITY_NOUNS.has(w) && !POSTING_PLACES.has(w)) || DOCUMENT_NOUNS.has(w);
  });
}

/**
 * "A Coles customer says she has …" under "Coles customer posts viral photo": one person the
 * title names by the same description is the story's own, not a reader reacting to it.
 */
function isTitleProtagonist(described: string, subject: SubjectNames): boolean {
  const one = /^(?:a|an|the|this) (.+)$/.exec(described)?.[1];
  if (one === undefined) return false;
  if (one.includes(' ') && subject.titlePhrase.includes(` ${one} `)) return true;
  // "The mum-of-four from Brisbane wrote" under "Mum lets her daughter break …": the one reader
  // noun a title opens on, taken up again with "the", is its protagonist.
  const opening = /^ (?:(?:a|an|the) )?([\p{L}-]+) /u.exec(subject.titlePhrase)?.[1];
  return opening !== undefined && /^(?:the|this) /.test(described) && READER_NOUNS.has(opening) && one.split(' ').some((w) => w === opening || w.startsWith(`${opening}-`));
}

/** Evidence that a clause's speaker is a reader, in this article: positive means a reader. */
function scoreSpeaker(evidence: SpeakerEvidence, subject: SubjectNames): number {
  if (evidence.handles.some((h) => isSubjectName(h, subject))) return -5;
  if (isTitleProtagonist(evidence.described, subject)) return -5;
  let score = evidence.wordScore;
  const subjectNamed = evidence.names.some((name) => isSubjectName(name, subject));
  // A public figure posting about the story, named in the narration but not in the title, is
  // one of the reactions the page rounds up, not its subject.
  const reacting = subjectNamed && evidence.postingFigure && subject.reactionPage && !evidence.names.some((name) => subject.title.has(name.toLowerCase()));
  if (reacting) score += 2;
  else if (subjectNamed) score -= 5;
  // A person the story names only here, on a page of reactions, is one of the people reacting.
  else if (evidence.personName && subject.reactionPage) score += 2;
  score += evidence.wordingScore;
  if (evidence.social && score > -3) score += 2;
  return score + evidence.labelScore;
}
