// The words that tell a reader's comment from everything else an article quotes.
// Data only: the code that applies it lives in attribution.ts and the layout modules.

/** Verbs (as infinitives, the form compromise gives) that introduce quoted speech or writing. */
export const SPEECH_VERBS = new Set([
  'say', 'write', 'comment', 'add', 'tweet', 'post', 'reply', 'respond', 'argue', 'ask', 'wonder', 'question',
  'chime in', 'bellow', 'celebrate', 'react', 'suggest', 'shoot back', 'hit back', 'fire back', 'snap back',
  'complain', 'claim', 'sneer', 'joke', 'quip', 'note', 'insist', 'point out', 'declare', 'admit', 'counter',
  'retort', 'exclaim', 'gush', 'rave', 'scoff', 'mock', 'observe', 'remark', 'vent', 'fume', 'moan', 'grumble',
  'lament', 'plead', 'beg', 'urge', 'demand', 'cheer', 'praise', 'defend', 'slam', 'blast', 'rage', 'rant',
  'weigh in', 'pipe up', 'chip in', 'jump in', 'sum up', 'put it', 'explain', 'agree', 'disagree', 'warn',
  'conclude', 'continue', 'go on', 'state', 'tell', 'announce', 'confirm', 'deny', 'allege', 'share', 'type',
  'message', 'reason', 'muse', 'sigh', 'laugh', 'cry', 'shout', 'scream', 'yell', 'hail', 'thank', 'challenge',
  'query', 'doubt', 'accuse', 'brand', 'call', 'dismiss', 'begin', 'read', 'applaud', 'protest', 'object', 'predict',
  'speculate', 'guess', 'propose', 'recommend', 'advise', 'offer', 'caption', 'drawl', 'speak', 'describe', 'label', 'express',
  'proclaim', 'pen', 'recall', 'think', 'echo', 'voice', 'sound off', 'wade in', 'gasp', 'boast', 'concede', 'mutter', 'opine', 'reckon', 'enthuse', 'marvel', 'vow',
]);

/** Multi-word ways of attributing a comment that compromise does not parse as one verb. */
export const SPEECH_PHRASES: RegExp[] = [
  /\bwant(?:s|ed)? to know\b/i,
  /\bsumm?(?:ed|ing|s)? (?:it|things|the mood|the reaction) up\b/i,
  /\b(?:comment|message|post|reply|tweet|review|response)s?\b[^.!?]*\bread\b/i,
  /\bhad this to say\b/i,
  /\b(?:put|puts|summed) it\b/i,
  /\btook to\b/i,
];

/** Nouns for members of the public who comment: the people a reaction roundup quotes. */
export const READER_NOUNS = new Set([
  'user', 'fan', 'follower', 'viewer', 'reader', 'commenter', 'commentator', 'redditor', 'poster', 'tweeter',
  'subscriber', 'customer', 'supporter', 'listener', 'watcher', 'parent', 'mother', 'father', 'mum', 'mom', 'dad',
  'resident', 'local', 'commuter', 'cyclist', 'motorist', 'student', 'voter', 'player', 'gamer', 'critic', 'sceptic',
  'skeptic', 'person', 'individual', 'someone', 'somebody', 'netizen', 'member', 'patron', 'diner', 'shopper', 'passenger',
  'traveller', 'traveler', 'punter', 'holder', 'blogger', 'influencer', 'tiktoker', 'youtuber', 'instagrammer',
  'account holder', 'buyer', 'backer', 'concertgoer', 'attendee', 'guest', 'neighbour', 'neighbor', 'taxpayer',
  'homeowner', 'tenant', 'renter', 'rider', 'mum-of-two', 'mother-of-two', 'father-of-two', 'grandmother',
  'grandfather', 'pensioner', 'junior', 'senior', 'graduate', 'alumnus', 'hater', 'troll', 'detractor', 'admirer',
  'enthusiast', 'lover', 'devotee', 'regular', 'ticket-holder', 'season-ticket', 'bettor', 'people', 'internet',
  'comment', 'remark', 'reply', 'tweet', 'stan', 'consumer', 'joker', 'wag', 'cynic', 'onlooker', 'spectator', 'sleuth',
  // "one Kenyan reacted": a nationality said of one person is a member of the public.
  'swiftie', 'belieber', 'directioner', 'arianator', 'barb', 'kpopper',
  'kenyan', 'nigerian', 'ghanaian', 'ugandan', 'tanzanian', 'zimbabwean', 'zambian', 'malawian', 'namibian',
  'filipino', 'filipina', 'pinoy', 'malaysian', 'singaporean', 'indonesian', 'pakistani', 'bangladeshi',
  'aussie', 'kiwi', 'brit', 'canadian', 'american', 'desi',
]);

const ORDINALS = ['a second', 'a third', 'a fourth', 'a fifth', 'a sixth', 'a seventh', 'an eighth', 'a ninth', 'a tenth', 'a final', 'the last'];

/** Quantifiers that stand for a commenter on their own ("said another", "wrote a third", "a fifth one said"). */
export const QUANTIFIER_SPEAKERS = new Set([
  'another', 'one', 'one other', 'a few', 'few', 'others', 'some', 'many',
  'several', 'most', 'someone', 'somebody', 'one more', 'yet another', 'still another', 'another one',
  'the other', 'the other one', 'the next', 'the next one', 'the first', 'the first one',
  ...ORDINALS, ...ORDINALS.map((o) => `${o} one`),
]);

/** Roles whose words are news sources, not reader comments. */
export const AUTHORITY_NOUNS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials', 'representative', 'rep', 'minister', 'mayor',
  'councillor', 'councilor', 'council', 'leader', 'chief', 'executive', 'ceo', 'director', 'president', 'chair',
  'chairman', 'chairwoman', 'chairperson', 'professor', 'dr', 'doctor', 'analyst', 'expert', 'lawyer', 'attorney',
  'solicitor', 'barrister', 'judge', 'police', 'officer', 'constable', 'detective', 'sheriff', 'organiser',
  'organizer', 'founder', 'co-founder', 'manager', 'coach', 'captain', 'presenter', 'host', 'journalist', 'reporter',
  'correspondent', 'moderator', 'editor', 'researcher', 'scientist', 'author', 'co-author', 'surgeon',
  'cardiologist', 'meteorologist', 'epidemiologist', 'economist', 'trustee', 'governor', 'senator', 'candidate',
  'opponent', 'mp', 'mep', 'msp', 'mla', 'ms', 'pm', 'envoy', 'diplomat', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman',
  'alderman', 'councilman', 'councilwoman', 'supervisor', 'commissioner', 'premier', 'lord', 'baroness', 'agency',
  'authority', 'regulator', 'union', 'organisation', 'organization', 'charity', 'group', 'government', 'campaign',
  'company', 'firm', 'brand', 'club', 'studio', 'publisher', 'label', 'team', 'band', 'board', 'committee',
  'department', 'ministry', 'office', 'administration', 'secretary', 'inspector', 'head', 'boss', 'chancellor',
  'principal', 'dean', 'vicar', 'bishop', 'keeper', 'curator', 'pundit', 'actor', 'actress', 'singer', 'star',
  'comedian', 'rapper', 'musician', 'producer', 'filmmaker', 'creator', 'designer-in-chief', 'cofounder', 'partner',
  'agent', 'lawmaker', 'legislator', 'prosecutor', 'defence', 'defense', 'court', 'tribunal', 'inquiry', 'bank',
  'airline', 'operator', 'retailer', 'university', 'school', 'hospital', 'trust', 'nhs', 'zoo', 'museum', 'festival',
  'venue', 'restaurant', 'cafe', 'café', 'bakery', 'shop', 'store', 'maker', 'manufacturer', 'provider', 'platform',
  'service', 'network', 'broadcaster', 'channel', 'programme', 'program', 'show', 'source', 'insider', 'aide',
  'adviser', 'advisor', 'consultant', 'assistant', 'deputy', 'vice', 'staff', 'personnel', 'federation',
  'association', 'society', 'institute', 'foundation', 'alliance', 'coalition', 'party', 'parliament', 'senate',
  'congress', 'cabinet', 'watchdog', 'ombudsman', 'statistician-in-chief', 'newspaper', 'paper', 'magazine',
  'outlet', 'site', 'website', 'account', 'handle', 'page', 'owner-operator',
]);

/**
 * Roles of people whose posts a roundup quotes as reactions (an actor tweeting, a former captain
 * posting): a source when they speak to the reporter, a commenter when they post.
 */
export const PUBLIC_FIGURE_NOUNS = new Set([
  'actor', 'actress', 'singer', 'star', 'comedian', 'rapper', 'musician', 'producer', 'filmmaker', 'creator',
  'presenter', 'host', 'journalist', 'reporter', 'correspondent', 'pundit', 'author', 'economist', 'writer', 'dj',
  'broadcaster', 'coach', 'captain', 'celebrity', 'personality', 'model', 'athlete', 'footballer',
  'midfielder', 'striker', 'defender', 'goalkeeper', 'winger', 'quarterback',
  'cricketer', 'commentator', 'editor', 'columnist', 'analyst', 'expert', 'professor', 'doctor', 'dr',
]);

/** Narration that shows a page is a roundup of public reactions, which makes a named poster a commenter. */
export const REACTION_PAGE =
  /\b(?:fans|users|readers|viewers|followers|netizens|commenters|subscribers|social media|twitter|facebook|reddit|tiktok|instagram|took to|reacted|reactions?|backlash|trolled|mocked|slammed|outrage|furious|fury|praised|comments? section|(?:reader|your|best) comments?|tweets|posts)\b/i;

/** Documents and announcements: their quoted words are never a reader's comment. */
export const DOCUMENT_NOUNS = new Set([
  'letter', 'statement', 'release', 'report', 'email', 'announcement', 'memo', 'notice', 'filing', 'document',
  'study', 'paper', 'caption', 'headline', 'title', 'sign', 'banner', 'placard', 'blog', 'guidance', 'policy',
  'press', 'bulletin', 'note', 'apology', 'website', 'advert', 'petition', 'slogan', 'chant',
]);

/** Words showing the quote came from a comment section or social platform. */
export const SOCIAL_CONTEXT =
  /\b(?:commenting on|replying to|posting (?:on|under)|on (?:x|twitter|reddit|facebook|instagram|tiktok|youtube|threads|bluesky|mastodon|mumsnet|the (?:forum|thread|subreddit|post|comments))|under (?:the|her|his|their|its) (?:post|video|tweet|clip)|in the (?:comments|replies|thread)|online|social media)\b/i;

/** Narration that announces a run of reactions ("Here is what people said:"). */
export const REACTION_LEAD_IN =
  /\b(?:said|say|says|saying|react(?:ed|ion|ions)?|respond(?:ed)?|response|responses|comments?|commented|repl(?:y|ies|ied)|wrote|posted|tweeted|messages?|posts|thread|opinions?|views|verdicts?|feedback|selection|people|fans|users|readers|viewers|followers|parents|customers|owners|residents|subscribers|supporters|critics|others|internet|online|social media|twitter|facebook|reddit|x)\b/i;

/** Lead-ins that announce several comments ("Here is what people said:") rather than one. */
export const RUN_LEAD_IN =
  /^(?:here|below|these|the following)\b|\b(?:including|some of (?:them|the)|a few (?:of|more)|a selection|what (?:\w+ ){0,3}(?:said|say|think|thought|wrote|posted|had to say))\b/i;
/** Speakers that name one commenter, even among many ("one of the fans"). */
export const SINGULAR_SPEAKER = /^(?:one|another|a|an|this|that)\b|^@|^u\//i;
/** Speakers that stand for many commenters: their lead-in introduces a run, not one comment. */
export const PLURAL_SPEAKER = /\b(?:people|fans|users|readers|viewers|followers|others|some|many|commenters|parents|customers|owners|residents|subscribers|supporters|critics|everyone|they)\b/i;

/** A sentence announcing the comments that follow it ("Below are a few of our favourite comments."). */
export const RUN_ANNOUNCEMENT = /^(?:below|here)\s+(?:are|is)\b.*\b(?:comments?|reactions?|posts?|tweets?|responses?|replies|messages?)\b/i;

/** "Another fan wrote #ByeZayn #AlwaysZayn.": a speaker's clause, then hashtags and nothing else. */
export const HASHTAGS_AFTER_SPEAKER = /^(?<clause>[^"“”‘’#:]{3,120}?)[:,]?\s+(?<tags>#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)*)[.!]?\s*$/u;

/** A commenter's own voice, which narration of news seldom has: "I", "my", "I'm". */
export const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|my|me|mine|myself)(?=$|[^\p{L}'’])/u;
/** "we", "us", "our": a commenter speaking for their side ("how we will remember him"). */
export const FIRST_PERSON_PLURAL = /(?:^|[^\p{L}'’])(?:we|us|our|ours|we['’](?:re|ve|ll|d))(?=$|[^\p{L}'’])/iu;
/** The page asking its own readers, after a run of comments: "Tell us, were you disappointed?" */
export const ASKS_THE_READER = /^(?:tell us|let us know|what (?:do|did) you (?:think|make)|would you|share your|join the conversation|comment below|have your say|do you agree)\b|\b(?:tell us|let us know) what you think\b/i;
/** A paragraph that tells of the commenters or turns from them: the narration after a run. */
export const RUN_NARRATION =
  /^(?:(?:and|so|then)\b[\s,]*)?(?:of course,?\s*)?(?:in all|in short|overall|meanwhile|however|but|still|so far|it seems|many|some|others|most|several|while)\b|^(?:the\s+)?(?:fans|users|netizens|viewers|people|customers|tweeps|commenters|readers|followers|kenyans|nigerians|south africans|filipinos|indians)\s+(?:are|were|have|had|who|also|took|seem|seemed)\b/i;

/** "@handle - text", "@handle text", "Jason Teoh - text": a post listed under its account or author. */
export const HANDLE_ITEM = /^(@[\w.]{2,30}(?=\s)|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?=\s[-–—]\s))\s*(?:[-–—:]\s+|\s)(?=\S)/u;

/** A bare credit after a quote: a name or username, maybe with a place ("Grumpy62, Coral Heights"). */
export const BARE_CREDIT = /^\s*([\p{Lu}@][\p{L}\p{N}_.'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}|[\p{L}][\p{L}\p{N}_.]*\d[\p{L}\p{N}_.]*)(?:,\s*[\p{Lu}][\p{L}'’ -]{1,40})?\s*$/u;

/** Narration that names one reader, whom a pronoun after it can stand for ("Twitter user @x"). */
export const NAMES_A_READER = /@\w{2,}|\b(?:user|fan|viewer|reader|commenter|follower|redditor|poster|subscriber)\b/i;

/** A sentence about one commenter, by how it opens: "Another was pleased to see the back of him." */
export const OPENS_ON_A_COMMENTER = /^(?:(?:and|but|while|meanwhile),?\s+)?(?:another|one|a second|a third|a fourth|a fifth|someone else)\s+(?:was|were|is|seemed|appeared|felt|had|took|went|thought)\b/i;

/** "she said", "he added": a pronoun for whoever the last paragraph quoted. */
export const PRONOUN_ATTRIBUTION = /^(?:(?:he|she|they) \w+(?: (?:on|in|under) (?:twitter|instagram|facebook|x|tiktok|social media|the (?:post|caption|comments?)))?|\w+ (?:he|she|they))$/i;

/** A sentence that tells of someone posting ("Demi Moore posted a throwback to her wedding"): a pronoun after it is them. */
export const TELLS_OF_POSTING = /^(.{2,60}?)\s+(?:posted|tweeted|shared|took to (?:twitter|instagram|facebook|x|tiktok|social media))\b/i;

/** Words that make a reaction lead-in about the article's sources instead ("The letter said:"). */
export const NON_READER_LEAD_IN = /\b(?:statement|letter|press release|spokes(?:person|man|woman)|official|announced?|announcement)\b/i;

/** A dash as pages print it, and as a page that decoded UTF-8 as Windows-1252 shows it ("â€\""). */
const DASH = String.raw`(?:[—–]|â€["”“\u0093\u0094])`;
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A post's credit at the end of a line: "… — Name (@handle) March 3, 2014". */
export const POST_CREDIT = new RegExp(String.raw`${DASH}\s*((?:[^—–()\n]|\([^()@\n]{1,20}\)){1,80}?)\s*\((@[\w.]{1,30})\)\s*([^()\n]{0,40})$`, 'u');

/** A Facebook post's credit as its embed prints it: "Posted by Alan Pheasant on Thursday, 24 March 2016". */
export const FACEBOOK_CREDIT_LINE = new RegExp(
  String.raw`^Posted by ([^\n]{1,60}?) on (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), )?(?:\d{1,2} (?:${MONTH}) \d{4}|(?:${MONTH}) \d{1,2}, \d{4})$`,
  'u',
);

/** A credit whose dash the page lost, kept apart by its date: "Her book (@AlphaNaMila) April 7, 2022". */
export const DATED_CREDIT_LINE = new RegExp(
  String.raw`^([^\n()—–"“”:]{1,60}?)\s*\((@[\w.]{1,30})\)\s+((?:${MONTH}) \d{1,2}, \d{4}|\d{1,2} (?:${MONTH}) \d{4})$`,
  'u',
);

/** A commenter's signature under comments copied from a thread: "~ SirBoggle". */
export const SIGNATURE = /^~\s*([\p{L}\p{N}_.-]{2,40})\s*$/u;

/** A post's credit on a line of its own: "— Name (@handle) March 3, 2014", "— @handle". */
export const CREDIT_LINE = /^[—–-]\s*(?:[^\n()—–]{1,80}?\s*\(@[\w.]{1,30}\)|@[\w.]{1,30})(?:\s+[^()\n]{0,40})?$/u;

/** Links a pasted post ends with: its picture, a shortened link, a status address. */
/**
 * "… https://t.co/Ab1 pic.twitter.com/Cd2July 12, 2024": an embedded post whose credit a page
 * kept only as its date, run into the post's last link.
 */
export const GLUED_DATE_CREDIT = new RegExp(
  String.raw`(?:\s*https?:\/\/t\.co\/\S+(?=\s))*\s*(?:pic\.twitter\.com|https?:\/\/t\.co)\/\w+?((?:${MONTH}) \d{1,2}, \d{4})$`,
  'u',
);
export const TRAILING_POST_LINKS = /(?:\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+\s*$/u;

/** Role nouns that also name where people post ("on the club's page"): no sign of a source in a clause. */
export const POSTING_PLACES = new Set(['page', 'account', 'handle', 'site', 'website', 'platform', 'channel', 'group', 'show', 'club', 'team']);

/** Sources whose mention in the narration before a standalone quote makes the quote theirs. */
export const NARRATION_SOURCES = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials', 'minister', 'mayor', 'council', 'councillor',
  'government', 'police', 'department', 'ministry', 'agency', 'authority', 'regulator', 'company', 'firm', 'ceo',
  'executive', 'director', 'president', 'chairman', 'chairwoman', 'chair', 'secretary', 'representative',
  'organisers', 'organizers', 'lawyer', 'lawyers', 'attorney', 'prosecutor', 'judge', 'court', 'officer', 'message', 'chief',
  'analyst', 'analysts', 'expert', 'experts', 'professor', 'researcher', 'researchers', 'economist', 'scientist',
]);

/** Narration that hands over to a source, not a reader: what follows it is the source's. */
export const SOURCE_NARRATION =
  /\b(?:told|telling|explained|confirmed|according to|in a (?:statement|post|video|caption)|wrote on (?:his|her|their) own|captioned|responded to (?:the )?criticism|apologi[sz]ed|statement|spokes(?:person|man|woman))\b/i;

/** Cyrillic and Greek letters that look like Latin ones, as spam and scraped pages mix them into English. */
export const LATIN_LOOKALIKES: Record<string, string> = {
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
  'ο': 'o', 'α': 'a', 'ν': 'v', 'Ο': 'O', 'Α': 'A', 'Ε': 'E', 'Τ': 'T', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N',
};

/** Lines scraped from page furniture that belong to no paragraph. */
export const BOILERPLATE_LINE =
  /^(?:article continues below(?: this)? advert(?:isement)?|advertisement|advert|story continues below|continue reading|read more:?.*|related:.*|sponsored|scroll to continue.*|comments \(\d[\d,]*\)|\d[\d,]* comments|show more replies|view more comments|load more comments|see more|(?:sign up|subscribe)(?: (?:to|for))? (?:our|the)\b.{0,40}\bnewsletters?\b.{0,80}|the \S+(?: \S+)? newsletter\b.{0,60})$/i;

/** The time line under a commenter's name in a copied comment thread. */
export const THREAD_TIMESTAMP =
  /^(?:\d{1,3}\s*(?:s|m|min|mins|h|hr|hrs|d|w|wk|wks|y|yr|yrs)|\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|(?:just now|yesterday|today)(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?|\d{1,2}\s+\w{3,9}(?:\s+\d{4})?(?:\s+at\s+\d{1,2}[:.]\d{2})?|\w{3,9}\s+\d{1,2},?\s+\d{4}|\d{1,2}[:.]\d{2}\s*(?:[ap]m)?)$/i;

/** The action line that ends a comment in a copied thread ("Reply", "Like · Reply · 3"). */
export const THREAD_ACTION = /^(?:(?:like|reply|share|report|\d+\s*(?:likes?|replies)?|[·•|])\s*)+$/i;

/**
 * Account names that mark a reply as the publisher's, the subject's own or a news outlet's
 * ("New York Daily News" posting its front page is the press, not a reader).
 */
export const OFFICIAL_ACCOUNT =
  /\b(?:official|team|support|help|customer service|care|verified|admin|moderator|author|newsroom|hq|press|media|news|times|tribune|gazette|herald|journal|magazine)\b|\(author\)/i;

/** What an organisation's handle may add to its name: @AshfordRoversFC, @TaliaVossTV. */
/** What an account's handle may put before its owner's name: @realDonaldTrump, @iamcardib. */
export const ACCOUNT_PREFIX = /^(?:real|the|iam|its|im)$/;
export const ACCOUNT_SUFFIX = /^(?:fc|afc|cf|tv|uk|us|sa|za|ng|ie|au|ca|nz|in|hq|official|games|comedy|news|ltd|inc|app|team|co|music|films|studios|live|online|\d{0,4})$/;

/** Pronouns: a pronoun speaker points back to a named source in the narration. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our']);

/** An account's handle and nothing else ("@MpumiTech"). */
export const HANDLE_ONLY = /^@[\w.]{2,30}$/u;

/**
 * A sentence that credits the quote above it by saying who posted it and where:
 * "Charity Hill Krizan commented on a story by …", "Lindsey Phoenix sounded off on a report …".
 */
export const POSTED_ABOVE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|@[\w.]{2,30}\s+)(?:commented|sounded off|replied|responded|wrote|posted|tweeted|weighed in|chimed in|reacted)(?:\s+(?:on|under|to|in|about)\b|[.,:]|$)/u;

/** A display name that is a person's: two or three words, each capitalised ("josh groban" too, as accounts write it). */
export const PERSON_NAME = /^(?:\p{L}[\p{Ll}'’-]+|\p{Lu}{2,}) (?:\p{L}[\p{Ll}'’-]+|\p{Lu}{2,})(?: (?:\p{L}[\p{Ll}'’-]+|\p{Lu}{2,}))?$/u;

/**
 * A comment site's signature after the comment it signs, run into its last word or on a line of
 * its own: "- Jim, Norwich England, 2/9/2009 18:45" (name, place, date and time).
 */
export const DATED_SIGNATURE = /[-–—]\s?(\p{L}[^,\n]{0,40}),\s*([^,\n]{2,40}(?:,\s*[^,\n]{2,20})?),\s*(\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2})/gu;

/** A commenter's name with the comment's date run after it, heading the comment below: "E. Morton October 08, 2012 at 01:21 AM". */
export const DATED_NAME_LINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) ((?:${MONTH}) \d{1,2},? \d{4}(?: at \d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?)$`,
  'u',
);

/**
 * A lead-in that puts its verb first, run onto the end of the line before it: "…Good riddance.Adds
 * Tim:", "…plenty of other opinions. Says Tucker:". Group 1 ends the line's own text; 2 is the verb.
 */
export const GLUED_LEAD_IN = /^(.*?[.!?…)\]"”’])\s*((\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?:)$/u;

/** A blog's comment section heading: "13 Comments on The New Kit", "3 Responses to …", "12 comments". */
export const COMMENT_SECTION_HEADING = /^\d{1,5}\s+(?:comments?|responses?|replies|thoughts)(?:\s+(?:on|to)\s+\S.{0,120})?$/i;
