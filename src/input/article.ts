import type { Article, InputFormat } from '../types.js';
import { decodeBytes, InputError } from './decode.js';
import type { ExportFormat } from './exports.js';
import { EXPORT_EXTENSIONS } from './exports.js';
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

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

export function articleFormat(fileName: string): InputFormat | undefined {
  return ARTICLE_EXTENSIONS[extension(fileName)];
}

export function exportFormat(fileName: string): ExportFormat | undefined {
  return EXPORT_EXTENSIONS[extension(fileName)];
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
