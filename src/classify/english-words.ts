// Words that mark a text as English: common in English comments and rare as words of the
// languages a comment section mixes in (French, Spanish, German, Dutch, Portuguese, Italian,
// Tagalog, Indonesian). Words those languages share with English ("a", "me", "no", "in", "is",
// "was", "will", "so", "die") are left out: they would make a French or German comment English.
// Data for language.ts.

export const ENGLISH_MARKERS: readonly string[] = (
  "the and you your you're this that with have has had what just they their there it's i'm don't can't didn't doesn't isn't won't " +
  'about would should could been were are not but for my of it than less want some people think know really because from our them him his she ' +
  'why how who when like love good great thank thanks lol omg please never ever every being which where those these then also only still even ' +
  'any much many more most very well going get got make made say said see saw look need right wrong bad best worst better time year today ' +
  'news story stop pay money again back over out up off all too lmao wtf'
).split(' ');
