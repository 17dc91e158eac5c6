// Which of the model's weights read a comment: where it came from and what it answers.

/**
 * Where a comment came from. A comment an article quotes was chosen by a journalist because it
 * takes a side; a reply in an exported thread (`export`) is whatever people wrote, and is judged
 * against the claim it answers; a long comment arguing a claim (`essay`, a newspaper's reader
 * comment on a debate) argues with reasons rather than reacting; a post about a named target
 * (`target`: "Target: Atheism", as SemEval-2016 gives it) takes a side on the target, which it
 * often never names. The base rates and some cues differ, so the model learns shared weights plus
 * a copy per source.
 */
export type CommentSource = 'article' | 'export' | 'essay' | 'target';
export const COMMENT_SOURCES: readonly CommentSource[] = ['article', 'export', 'essay', 'target'];

/**
 * A source whose comments are also of a broader one, and learn its copy too: a post about a target
 * is a reply to something all the same (SemEval-2016's posts, trained as replies, help RumourEval's
 * replies: macro-F1 0.505 against 0.461 without), with a correction of its own.
 */
const BROADER: Partial<Record<CommentSource, CommentSource>> = { target: 'export' };

/** The source and the broader ones it belongs to, narrowest first. */
export function sourceLineage(source: CommentSource): CommentSource[] {
  const out: CommentSource[] = [];
  for (let s: CommentSource | undefined = source; s !== undefined; s = BROADER[s]) out.push(s);
  return out;
}

/** The source a feature id is a copy for ("export|w:scam" -> "export"), or undefined for a shared feature. */
export function copySource(id: string): string | undefined {
  const bar = id.indexOf('|');
  return bar > 0 && /^\w+$/.test(id.slice(0, bar)) ? id.slice(0, bar) : undefined;
}

/** A context that names a target rather than a claim or a post: "Target: Hillary Clinton". */
const TARGET_CONTEXT = /^\s*target\s*:/i;

/**
 * From this many words a comment that answers a claim is an essay. Replies in threads are short
 * (RumourEval's: 95% under 31 words; SemEval-2016's tweets all under 40); argued comments on a
 * debate are long (ARC's: 95% over 43).
 */
export const ESSAY_MIN_WORDS = 40;

/**
 * Which weights read a comment from an export or a labelled file, given what it answers (its
 * context, '' for none): a comment with nothing it answers reacts to a story, as the comments
 * articles quote do; one answering a claim is a reply, or an essay when it is long; one about a
 * named target is a post about that target.
 */
export function exportedSource(text: string, context: string): CommentSource {
  if (!context.trim()) return 'article';
  if (hasWords(text, ESSAY_MIN_WORDS)) return 'essay';
  return TARGET_CONTEXT.test(context) ? 'target' : 'export';
}

/** Whether the text has at least `n` whitespace-separated words; stops counting at `n`. */
function hasWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}
