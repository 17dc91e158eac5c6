// How reaction articles frame the comments they quote: the narration says which way a run of
// comments leans ("Fans slam ...", "users were still outraged, responding:", "fans rushed to
// defend him"). Data only: framing.ts applies it. Each entry is a word stem or phrase, matched
// at word starts, case-insensitively; `\w*` endings are written out where a stem would over-match.

/** Narration saying the people quoted criticize, mock, doubt or complain about the subject. */
export const SKEPTICAL_FRAMING = [
  'slam', 'slams', 'slammed', 'slamming', 'blast', 'blasts', 'blasted', 'blasting', 'lambast\\w*', 'criticis\\w*', 'criticiz\\w*', 'critical of',
  'hit out', 'hits out', 'hitting out', 'lash\\w* out', 'fury', 'furious\\w*', 'fume', 'fumed', 'fumes', 'fuming', 'outrage\\w*', 'anger\\w*', 'angry', 'angrily',
  'backlash', 'uproar', 'mock\\w*', 'ridicul\\w*', 'troll\\w*', 'roast\\w*', 'savage\\w*', 'ripped into', 'rip into', 'tore into', 'tear into',
  'called out', 'call out', 'calling out', 'not impressed', 'unimpressed', 'not happy', 'unhappy', 'not amused', 'disappoint\\w*',
  'baffled', 'bemused', 'cringe\\w*', 'complain\\w*', 'vent', 'vents', 'vented', 'venting', 'not buying it', 'sceptic\\w*', 'skeptic\\w*', 'doubt\\w*',
  'accus\\w*', 'scathing', 'ratioed', 'boycott\\w*', 'disgust\\w*', 'horrified', 'slated', 'panned', 'jeer\\w*', 'booed', 'booing',
  'scoff\\w*', 'sneer\\w*', 'derid\\w*', 'derision', 'condemn\\w*', 'piled on', 'pile on', 'memes', 'joke\\w* about', 'poke fun',
  'poking fun', 'poked fun', 'made fun', 'make fun', 'frustrat\\w*', 'fed up', 'livid', 'irate', 'incens\\w*', 'seething', 'raging',
  'dragged', 'threw shade', 'hate\\w*', 'called for .{0,20}(?:resign|sack|boycott)\\w*', 'question\\w* (?:the|whether|why|how)',
  'not convinced', 'unconvinced', 'tone-deaf', 'tone deaf', 'insensitive', 'branded it', 'daylight robbery', 'rip-off', 'ripoff',
];

/** Narration saying the people quoted praise, defend, thank or sympathize with the subject. */
export const SUPPORTIVE_FRAMING = [
  // Defending, said of the people quoted, not of the subject defending itself ("Trump defended
  // his remarks"): defending someone, or coming to a defence.
  'prais\\w*', 'hail\\w*', 'applau\\w*', 'cheer\\w*', 'celebrat\\w*', 'defend(?:s|ed|ing)? (?:him|her|them|the (?:star|singer|player|host|club|team|brand|company|show))',
  '(?:rush|leap|leapt|jump|sprang|spring|came|come|coming|rall)\\w* to (?:the )?defen[cs]e', 'to defend', 'defence of', 'defense of', 'to (?:his|her|their|(?:[A-Z][\\w’\']+ ){0,2}[A-Z][\\w’\']+(?:’s|\'s)) defen[cs]e',
  'support', 'supported', 'supporting', 'supportive', 'rall\\w* (?:behind|around|to)', 'stood by', 'stand by', 'backed', 'backing', 'love\\w*', 'heaped praise', 'gush\\w*',
  'thrilled', 'delight\\w*', 'excite\\w*', 'emotional', 'heartbr\\w*', 'tribute\\w*', 'sympath\\w*', 'condolence\\w*', 'mourn\\w*',
  'grief', 'grieving', 'grieve', 'inspir\\w*', 'proud', 'pride', 'admir\\w*', 'adore', 'adored', 'adoring', 'adorable', 'thank\\w*', 'grateful', 'gratitude',
  'well-wishers', 'wish\\w* (?:him|her|them) well', 'congratulat\\w*', 'welcom\\w*', 'won over', 'wholesome', 'heartwarming', 'impressed',
  'amazed', 'in awe', 'kind words', 'messages of support', 'get well', 'rooting for', 'overjoyed', 'ecstatic', 'relief', 'relieved',
];

/**
 * Narration turning from the run before to its opposite ("But not everyone was upset", "Others
 * rushed to defend her"): what follows leans against the article's main framing.
 */
export const CONTRAST_FRAMING = [
  'but not everyone', 'not everyone', 'however, (?:some|others|many|plenty)', 'others (?:were|felt|thought|disagreed|pointed|argued|came|rushed|leapt|jumped|sprang|took)',
  'on the other hand', 'while others', 'whereas others', 'other (?:fans|users|viewers|people|readers|commenters) (?:were|felt|thought|disagreed|defended|praised)',
  'some (?:fans|users|viewers|people|readers) (?:defended|disagreed|came)', 'played devil', 'voice of reason', 'in (?:her|his|their) defen[cs]e',
];

/** Narration that announces a split or balanced reaction rather than one side. */
export const MIXED_FRAMING = [
  'mixed reactions?', 'divided', 'split opinion', 'polaris\\w*', 'polariz\\w*', 'debate\\w*', 'some .{0,30} while others', 'reactions? (?:was|were) mixed',
];
