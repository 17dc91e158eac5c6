import type { Article, InputFormat } from '../types.js';
import { decodeBytes, InputError } from './decode.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { textMetadata } from './metadata.js';

export const ARTICLE_EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export function articleFormat(fileName: string): InputFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : ARTICLE_EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

/** Decodes an article file's bytes and finds its title and date. Pure: the caller reads the file. */
export function parseArticle(sourceFile: string, bytes: Uint8Array, format: InputFormat): Article {
  const decoded = decodeBytes(bytes);
  const notes = decoded.encoding === 'windows-1252' ? ['not valid UTF-8; decoded as windows-1252'] : [];
  if (format === 'html') {
    const page = htmlToText(decoded.text);
    const meta = textMetadata(page.text, page.title);
    return { sourceFile, title: meta.title, date: page.date || meta.date, text: meta.body, format, notes };
  }
  if (format === 'markdown') {
    const md = markdownToText(decoded.text);
    const meta = textMetadata(md.text, md.heading);
    return { sourceFile, title: meta.title, date: meta.date, text: meta.body, format, notes };
  }
  const meta = textMetadata(decoded.text);
  return { sourceFile, title: meta.title, date: meta.date, text: meta.body, format, notes };
}

export { InputError };
