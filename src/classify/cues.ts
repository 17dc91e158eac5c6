import type { Stance } from '../types.js';

// Stance cues: the signals a linguist would name, as data. Each cue is a pattern over the
// normalized comment (lower case, quote marks and apostrophes unified to ' and "), the stance
// it points to, and the kind of cue it is, which becomes the readable explanation. The model
// learns how much each kind counts. None of these names a word that only the bundled articles
// use; they are the genre's idiom.

export type CueKind =
  | 'doubt'
  | 'sarcasm'
  | 'criticism'
  | 'advice to stop'
  | 'doubting question'
  | 'sympathy'
  | 'defence'
  | 'praise'
  | 'thanks'
  | 'belief'
  | 'attack on critics'
  | 'attack on media'
  | 'question'
  | 'emoji';

export interface Cue {
  kind: CueKind;
  stance: Stance;
  /** The cue's phrases as one regular-expression alternation, without word boundaries. */
  inner: string;
}

const cue = (kind: CueKind, stance: Stance, words: string[]): Cue => ({ kind, stance, inner: words.join('|') });

export const CUES: Cue[] = [
  // Doubt and denial of the subject's claim.
  cue('doubt', 'skeptical', [
    "not buying (?:it|this|that|the)", "i don'?t buy", 'not convinced', "i don'?t believe", 'hard to believe', 'yeah right',
    'sure jan', 'cap', 'sus', 'suspicious', 'fishy', 'doubt(?:ful)?', 'sceptical', 'skeptical', 'conveniently', 'convenient',
    'coincidence', 'funny how', 'funny that', 'pr stunt', 'pr exercise', "it'?s pr", 'publicity stunt', 'damage control',
    'lies', 'lied', 'liar', 'lying', 'fake', 'faking', 'staged', 'set up', 'scripted', 'scam', 'con', 'bs', 'bull(?:shit)?',
    'nonsense', 'rubbish', 'propaganda', 'spin', 'cover[- ]up', 'seem(?:s|ing)? like', 'look(?:s|ing)? like', 'apparently',
    'allegedly', 'so-called', 'supposedly', 'say no more', "(?:doesn'?t|does not|didn'?t) add up", 'correlation', 'causation',
    'only (?:because|after|once|when) (?:it|the|they|she|he)', 'backlash', 'crocodile tears', 'performative', 'vapou?rware',
    'just saying', 'just asking', 'make of that what you will', 'until i see', "i'?ll believe it when",
    'where.?s the (?:proof|evidence|trial|data)', 'no evidence', 'prove it',
  ]),
  // Sarcasm: praise or agreement that means the opposite.
  cue('sarcasm', 'skeptical', [
    'oh great', 'oh good', 'oh sure', 'sure,', 'sure\\.', 'yeah,? and', 'yeah because', 'because that', 'what a surprise',
    'shocking', 'groundbreaking', 'truly nobody', 'nobody has ever', 'very democratic', 'sounds legit', 'totally',
    'love how', 'love that', 'cool\\.', 'thanks for nothing', 'well done', 'slow clap', 'bravo', 'genius', 'ok\\.?$',
    'coincidence i.?m sure', "i'?m sure that'?s", 'what could go wrong', 'who could have', 'lol', 'lmao', '\\.{3,}',
    "(?:hope|bet) (?:they'?re|they are|you'?re|you are|he'?s|she'?s) (?:proud|happy) (?:of|with) (?:themselves|yourselves|yourself|himself|herself)",
    'never fails? to disappoint', 'what a shock', 'who would have thought', 'colou?r me (?:shocked|surprised)',
    '🙄', '🙃', '🤡', '💀', '👀', '🤣', '😂', '🤦', ' = ',
  ]),
  // Criticism of the subject or its claim.
  cue('criticism', 'skeptical', [
    'too much', 'a bit much', 'a bit rich', 'overkill', 'ridiculous claim', 'joke', 'a joke', 'absolute joke',
    'clueless', 'embarrassing', 'shameful', 'disgrace(?:ful)?', 'pathetic', 'appalling', 'awful decision', 'worst',
    'not helping', "isn'?t helping", "won'?t change", "isn'?t going to", 'not going to change', 'you keep', 'keeps? (?:doing|posting|reviving)',
    'rip[- ]off', 'robbery', 'daylight robbery', 'cash grab', 'greed(?:y)?', 'faulty', 'never have sold', 'who signs? (?:this|that) off',
    'who signed (?:this|that) off', 'get real', 'nobody asked', 'good riddance', 'should have happened', 'not impressed',
    'ratio', 'l', 'vile', 'lost the plot', 'biting the hand', 'cutting corners', 'feel sick',
    'cancel(?:led|ling)? my', 'cancelled\\.', 'read the room', 'should apologi[sz]e', 'needs? to apologi[sz]e', 'shame on',
    'unacceptable', 'irresponsible', 'reckless', 'tone[- ]deaf', 'delusional', 'out of touch', 'mistake',
    'typical\\.', 'how typical', 'lost (?:its|their|his|her|the) (?:mind|plot)', 'not fit for purpose', 'a disgrace',
    'wrong', 'mess', 'disaster', 'fail(?:ed|ure)?', 'terrible', 'horrible', 'worse', 'overpriced', 'fee', 'pocket change',
    // A broadcaster's or brand's slip, pointed out: the blunder roundups' idiom.
    'learn to spell', "(?:that'?s not|isn'?t|not) how (?:you|to) spell", 'spell ?check', 'proof ?read', 'typo', 'no standards',
    'basic (?:spelling|maths|math|arithmetic|geography|error|mistake)', 'brush up on', 'spelt wrong', 'misspel+(?:ed|t)?',
  ]),
  // Advice to stop, step back or apologise, addressed to the subject.
  cue('advice to stop', 'skeptical', [
    'maybe stop', 'stop posting', 'stop talking', 'just stop', 'delete (?:this|it)', 'step down', 'resign',
    'give (?:people|us) (?:refunds|our money)', 'should be sacked', 'should be fired', 'sack (?:him|her|them)',
  ]),
  // Questions that doubt rather than ask.
  cue('doubting question', 'skeptical', [
    'who (?:signs|signed|thought|approved|decided)', 'why (?:run|would|should|did|are|is|do)', 'at what point', 'how is (?:any|that|this)',
    'really\\?', 'seriously\\?', 'and you wonder', 'you wonder how', 'what did (?:they|you) expect', 'since when',
    'do they not', 'did anyone .{0,40} actually', '\\?{2,}',
  ]),
  // Sympathy, in sad words as often as kind ones.
  cue('sympathy', 'supportive', [
    'hard on (?:you|him|her|them)', 'must be (?:very |so )?(?:hard|tough|difficult)', 'my heart', 'heart goes out', 'heartbroken for',
    'gutted for', 'feel (?:so )?(?:bad|sorry) for', 'poor (?:guy|girl|man|woman|lad|thing)', "it'?s sad", 'so sad', 'sad that',
    'prayers', 'praying', 'thoughts are with', 'sending (?:love|hugs|strength)', 'look after yourself', 'take (?:some |your )?time',
    'take care', 'recover', 'get well', 'rest (?:that|up|your)', 'health first', 'protect your peace', 
    'hurts to watch', 'stay strong', 'you did nothing wrong', 'so sorry this happened', 'hope (?:she|he|they)(?:.s| is| are)? ok',
    'wrecked', 'struggling', 'mental health', '🙏', '❤️', '❤', '💙', '💜', '🫶', '😭',
  ]),
  // Defence of the subject; attacks on its critics, haters or the media count as defence.
  cue('defence', 'supportive', [
    'leave (?:him|her|them|the lad|the woman|the man|[a-z]+) alone', 'give (?:him|her|them|the man) a break', 'let (?:them|him|her) (?:be|try|live)', 'nobody is perfect', 'mistakes happen', 'these things happen',
    'owned it', 'owning it', "it'?s not their fault", 'not (?:his|her|their) fault', 'spare a thought', 'in (?:his|her|their) defen[cs]e',
    'to be fair', 'fair play', 'credit where', 'credit to', 'right call', 'right decision', 'safety comes first', 'what more do you want',
    'trust the process', 'give them a (?:week|chance)', 'benefit of the doubt', 'innocent until', 'still cheaper', 'worth every penny',
    'worth it', "i'?ll pay", 'happy to pay', 'day one buy', 'use it or lose it', "can'?t have it both ways", 'respect',
    'takes a big person', "i don'?t mind", 'about time', 'fair', 'how it should be done', "she'?s right", "he'?s right",
    'nobody deserves (?:that|this)', 'no one deserves (?:that|this)', "doesn'?t deserve (?:that|this|the)", 'stop pretending',
  ]),
  cue('attack on media', 'supportive', [
    "(?:the )?media (?:doesn'?t|don'?t|does not|never) care", 'the media', 'tabloids?', 'the press', 'gossip', 'for clicks',
    'clickbait', 'journalists?', 'the rag', 'that rag', 'newspapers? should', 'witch hunt', 'pile[- ]on', 'piling on',
  ]),
  cue('attack on critics', 'supportive', [
    'haters', 'the cynics', 'cynics', 'sceptics say', 'critics', 'moaning', 'people (?:are|were) vile', 'people online',
    'people (?:are )?acting like', 'everyone.?s acting like', 'anyone (?:moaning|screaming|complaining)', 'need to log off',
    'should log off', 'log off', 'touch grass', 'go outside', 'kick rocks', 'the outrage', "(?:people|folks|those) who (?:have no|don'?t know|know nothing|never)", 
    'people (?:forget|saying)', 'calm down', 'get a grip',
    'why are people so', 'nobody.?s forcing', 'buy it or don.?t', 'piled on',
  ]),
  cue('praise', 'supportive', [
    'love (?:this|it|him|her|them|to see)', 'so proud', 'proud of', 'well deserved', 'hero', 'legend', 'icon', 'queen', 'king',
    'brilliant', 'amazing', 'incredible', 'impressive', 'stunning', 'gorgeous', 'lovely', 'the best', 'best .{0,20}ever',
    'absolute gent', 'gent', 'class act', 'what a (?:man|woman|guy|legend|hero)', 'not all heroes', 'solid work', 'good (?:on|for) (?:her|him|them)',
    'good ruling', 'justice for', 'congrat(?:s|ulations)', 'well done to', 'bless (?:you|him|her)', 'god bless', 'w (?:studio|zoo|club|team|for)',
    'w', 'can.?t wait', 'keep going', 'good luck', 'glad', 'so glad', 'happy for', 'deserves? (?:this|it)', 'inspir',
    '👏', '🙌', '💪', '😍', '🥹', '💐', '🎉', '✨',
  ]),
  cue('thanks', 'supportive', ['thank you', 'thanks (?!for nothing)', 'thankful', 'grateful', 'appreciate']),
  cue('belief', 'supportive', [
    'i (?:actually |honestly )?believe (?:him|her|them)', "i don'?t doubt", 'i trust', 'makes sense', 'fair enough', 'i get it',
    'to be honest .{0,20}(?:fine|fair)', 'no complaints', 'works fine', 'i quite like', 'i like it', 'helped a lot',
    'slept through', 'worth the wait', 'rather wait', 'take all the time',
  ]),
  // Questions that ask for information: the mark of a neutral comment.
  cue('question', 'neutral', [
    'does anyone know', 'anyone know', 'does (?:this|that|it|the) .{0,40}\\?', 'is (?:there|it|the|this|that) .{0,60}\\?', 'what time',
    'which (?:dates?|case|train|one|company)', 'when (?:is|will|does)', 'will (?:the|it|there) .{0,60}\\?', 'can someone explain',
    'can we claim', 'how does', 'what (?:was|is|counts|brightness|temperature)', 'where (?:did|can|is) .{0,40}\\?', 'genuine question',
    'genuinely curious', 'asking for', 'who (?:did|is|has) .{0,40}\\?', 'has anyone', 'have they said', 'do we need', 'any news',
    "what'?s the .{0,40}\\?", 'anyone else notice', 'can we talk about', 'both sides',
  ]),
];

/** Words that flip the cue right after them ("I don't doubt him"). */
export const NEGATORS = /(?:^|\s)(?:not|no|never|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|can'?t|won'?t|nobody|hardly)\s+(?:\S+\s+)?$/;
