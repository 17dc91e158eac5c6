// Which of the model's weights read a comment: where it came from and what it answers.

/**
 * Where a comment came from. A comment an article quotes was chosen by a journalist because it
 * takes a side; a reply in an exported thread (`export`) is whatever people wrote, and is judged
 * against the claim it answers; a long comment arguing a claim (`essay`, a newspaper's reader
 * comment on a debate) argues with reasons rather than reacting. The base rates and some cues
 * differ, so the model learns shared weights plus a copy per source.
 */
export type CommentSource = 'article' | 'export' | 'essay';
export const COMMENT_SOURCES: readonly CommentSource[] = ['article', 'export', 'essay'];

/**
 * From this many words a comment that answers a claim is an essay. Replies in threads are short
 * (RumourEval's: 95% under 31 words; SemEval-2016's tweets all under 40); argued comments on a
 * debate are long (ARC's: 95% over 43).
 */
export const ESSAY_MIN_WORDS = 40;

/**
 * Which weights read a comment from an export or a labelled file: a comment with nothing it
 * answers reacts to a story, as the comments articles quote do; one answering a claim is a
 * reply, or an essay when it is long.
 */
export function exportedSource(text: string, answersClaim: boolean): CommentSource {
  if (!answersClaim) return 'article';
  return hasWords(text, ESSAY_MIN_WORDS) ? 'essay' : 'export';
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
