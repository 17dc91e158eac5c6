/** Lower case with curly quotes and apostrophes unified, so one lexicon entry covers both. */
export function normalizeForCues(text: string): string {
  return text
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/…/g, '...')
    .toLowerCase();
}
