// Markdown to the plain text extraction reads. Only the syntax that news exports use is
// removed; everything else is left as written, because a comment's own characters matter.

export interface MarkdownText {
  text: string;
  /** The first level-one or level-two heading, if any. */
  heading: string;
}

const INLINE_RULES: Array<[RegExp, string]> = [
  [/!\[([^\]\n]*)\]\([^)\n]*\)/g, ''], // images
  [/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1'], // links
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2'], // strong
  [/(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=[\s).,;:!?]|$)/g, '$1$2'], // emphasis with *
  [/(^|[\s(])_(?=\S)([^_\n]*?\S)_(?=[\s).,;:!?]|$)/g, '$1$2'], // emphasis with _ (not inside user_names)
  [/`([^`\n]+)`/g, '$1'], // inline code
];

export function markdownToText(markdown: string): MarkdownText {
  let heading = '';
  const lines = markdown.split('\n').map((line) => {
    if (/^\s*```/.test(line) || /^\s*(?:[-*_]\s*){3,}$/.test(line)) return '';
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const text = applyInline(h[2] ?? '');
      if (!heading && (h[1]?.length ?? 0) <= 2) heading = text;
      return text;
    }
    let out = line.replace(/^\s{0,3}>\s?/, '');
    out = out.replace(/^(\s*)[*+]\s+/, '$1• ');
    return applyInline(out);
  });
  return { text: lines.join('\n'), heading };
}

function applyInline(line: string): string {
  return INLINE_RULES.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), line);
}
