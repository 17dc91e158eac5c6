import type { Stance } from '../types.js';
import { STANCES } from '../types.js';

/** One article of a gold file, in the format of ../shared/eval/dev/gold.json. */
export interface GoldArticle {
  file: string;
  comments: Array<{ text: string; parts?: string[]; attribution: string; stance: Stance }>;
  not_comments: string[];
}

export class GoldFormatError extends Error {}

/** Checks a parsed gold file's shape and gives it a type; the message names what is wrong. */
export function parseGold(data: unknown): GoldArticle[] {
  if (!Array.isArray(data)) throw new GoldFormatError('expected a JSON array of articles');
  return data.map((entry: unknown, i) => {
    const e = entry as Partial<GoldArticle>;
    if (typeof e?.file !== 'string') throw new GoldFormatError(`entry ${i}: "file" must be a string`);
    if (!Array.isArray(e.comments)) throw new GoldFormatError(`entry ${i} (${e.file}): "comments" must be an array`);
    const comments = e.comments.map((c, j) => {
      const stance = c?.stance as Stance;
      if (typeof c?.text !== 'string') throw new GoldFormatError(`${e.file}: comment ${j + 1} has no "text"`);
      if (!STANCES.includes(stance)) throw new GoldFormatError(`${e.file}: comment ${j + 1} has stance "${String(c.stance)}"`);
      // Split quotes: the spec joins the parts with one space.
      const text = Array.isArray(c.parts) && c.parts.length > 0 ? c.parts.join(' ') : c.text;
      return { text, parts: c.parts, attribution: typeof c.attribution === 'string' ? c.attribution : '', stance };
    });
    const notComments = Array.isArray(e.not_comments) ? e.not_comments.filter((t): t is string => typeof t === 'string') : [];
    return { file: e.file, comments, not_comments: notComments };
  });
}
