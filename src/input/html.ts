import { Parser } from 'htmlparser2';
import { isoDate } from './dates.js';

export interface HtmlText {
  text: string;
  title: string;
  date: string;
}

// Elements whose content is never article text.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
// Elements that end a paragraph: their text must not run into the next element's.
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'figure',
  'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'pre', 'hr', 'dl', 'dt', 'dd',
]);
const DATE_META = new Set([
  'article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'og:published_time',
  'datepublished', 'sailthru.date', 'parsely-pub-date',
]);

/** Turns an HTML page into paragraphs of plain text, with its title and publication date. */
export function htmlToText(html: string): HtmlText {
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  let preDepth = 0;
  let titleText = '';
  let inTitle = false;
  let h1Text = '';
  let h1Depth = 0;
  let h1Done = false;
  let date = '';

  const endParagraph = (): void => {
    const cleaned = current
      .split('\n')
      .map((line) => (preDepth > 0 ? line.trimEnd() : line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim()))
      .join('\n')
      .trim();
    if (cleaned) paragraphs.push(cleaned);
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name) && name !== 'head') skipDepth++;
        if (name === 'meta' && !date) {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (DATE_META.has(key) && attrs.content) date = isoDate(attrs.content);
        }
        if (name === 'time' && !date && attrs.datetime) date = isoDate(attrs.datetime);
        if (skipDepth > 0) return;
        if (name === 'h1' && !h1Done) h1Depth++;
        if (name === 'pre') preDepth++;
        if (name === 'br') current += '\n';
        else if (BLOCKS.has(name)) {
          endParagraph();
          if (name === 'li') current = '• ';
        }
      },
      ontext(text) {
        if (inTitle) titleText += text;
        if (skipDepth > 0) return;
        const piece = preDepth > 0 ? text : text.replace(/\s+/g, ' ');
        current += piece;
        if (h1Depth > 0) h1Text += piece;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name) && name !== 'head') {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'h1' && h1Depth > 0) {
          h1Depth--;
          if (h1Depth === 0 && h1Text.trim()) h1Done = true;
        }
        if (BLOCKS.has(name)) endParagraph();
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();

  const title = (h1Text || titleText).replace(/\s+/g, ' ').trim();
  return { text: paragraphs.join('\n\n'), title, date };
}
