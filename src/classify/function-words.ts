// Function words: a model may weigh them, but they explain nothing to a reader, so they are never
// shown as a cue. Data only.
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'so', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'onto',
  'to', 'up', 'with', 'about', 'over', 'than', 'then', 'that', 'this', 'these', 'those', 'there', 'here', 'it', "it's",
  'its', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'have', 'has', 'had', 'will',
  'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'i', "i'm", 'me', 'my', 'we', 'us', 'our', 'you',
  'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'what', 'which', 'who', 'whom', 'when', 'where',
  'why', 'how', 'all', 'any', 'some', 'each', 'every', 'no', 'not', 'just', 'also', 'too', 'very', 'like', 'get', 'got',
  'one', 'lot', 'time', 'way', 'out', 'off', 'now', 'more', 'most', 'much', 'many', 'such', 'own', 'same', 'other',
  'another', 'again', 'still', 'even', 'only', 'ever', 'yet', 'let', 'say', 'said', 'says', 'make', 'made', 'go', 'going',
]);
