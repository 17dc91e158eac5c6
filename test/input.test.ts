import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/input/article.js';
import { decodeBytes, InputError } from '../src/input/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decoding', () => {
  it('reads UTF-8 with and without a byte-order mark, and normalizes line ends', () => {
    expect(decodeBytes(utf8('a “quote”\r\nnext\rlast')).text).toBe('a “quote”\nnext\nlast');
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('café')])).text).toBe('café');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]);
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]);
    expect(decodeBytes(le)).toEqual({ text: 'hi', encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text: 'hi', encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 when the bytes are not UTF-8, curly quotes included', () => {
    const decoded = decodeBytes(Uint8Array.from([0x93, 0x68, 0x69, 0x94, 0x20, 0xe9]));
    expect(decoded).toEqual({ text: '“hi” é', encoding: 'windows-1252' });
  });

  it('refuses binary files', () => {
    expect(() => decodeBytes(Uint8Array.from([0x50, 0x4b, 0x00, 0x03]))).toThrow(InputError);
  });
});

describe('title and date', () => {
  it('reads a leading date marker and the first headline line of a text article', () => {
    const article = parseArticle('a.txt', utf8('date 2024-03-12\nPrices Rise Again For Subscribers\nBy Someone\n\nBody text here.'), 'text');
    expect(article.title).toBe('Prices Rise Again For Subscribers');
    expect(article.date).toBe('2024-03-12');
    expect(article.text.startsWith('date')).toBe(false);
  });

  it('prefers the Title Case headline over a caption line above it, and reads a byline date', () => {
    const text = 'An emotional actor talks\n\nActor Shares Letter From Film Crew\n\nBy Kim Lee on December 9, 2021 at 4:39 PM PST\n\nBody.';
    const article = parseArticle('b.txt', utf8(text), 'text');
    expect(article.title).toBe('Actor Shares Letter From Film Crew');
    expect(article.date).toBe('2021-12-09');
  });

  it('never takes an embedded post near the top for the headline, so the post stays in the body', () => {
    const text = 'The club sold its captain on Monday, and it caught everyone by surprise. Here is the reaction:\nUnreal Scenes Tonight— Marco Diaz (@marcodiaz) March 16, 2020\nNo way.— Ed Barr (@edbarr) March 16, 2020';
    const article = parseArticle('d.txt', utf8(text), 'text');
    expect(article.title).toBe('');
    expect(article.text).toContain('Unreal Scenes Tonight— Marco Diaz');
  });

  it('leaves title and date empty when the article has neither', () => {
    const article = parseArticle('c.txt', utf8('The council met on Tuesday and agreed the budget after a long debate about it.\n\nMore text.'), 'text');
    expect(article.title).toBe('');
    expect(article.date).toBe('');
  });

  it('reads HTML: title from <h1>, date from meta, text without scripts, styles or tags, entities decoded', () => {
    const html = '<html><head><title>Site | Story</title><meta property="article:published_time" content="2024-05-01T10:00:00Z">' +
      '<style>p{color:red}</style></head><body><script>alert(1)</script><h1>Fans React To &ldquo;Big&rdquo; News</h1>' +
      '<p>&quot;Love it,&quot; wrote one fan.</p><p>Second&nbsp;paragraph &amp; more.</p></body></html>';
    const article = parseArticle('d.html', utf8(html), 'html');
    expect(article.title).toBe('Fans React To “Big” News');
    expect(article.date).toBe('2024-05-01');
    expect(article.text).toContain('"Love it," wrote one fan.');
    expect(article.text).not.toMatch(/alert|color:red|<p>/);
    expect(article.text).toContain('Second\u00a0paragraph & more.'.replace('\u00a0', ' '));
  });

  it('reads a Markdown heading as the title and drops emphasis and link syntax', () => {
    const article = parseArticle('e.md', utf8('# Fans Divided Over Transfer\n\n*Published* [online](http://x) today by user_name_1.'), 'markdown');
    expect(article.title).toBe('Fans Divided Over Transfer');
    expect(article.text).toContain('Published online today by user_name_1.');
  });
});
