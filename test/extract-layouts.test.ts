import { describe, expect, it } from 'vitest';
import { extractComments } from '../src/extract/index.js';
import { articleFromText } from './helpers.js';

// Small articles written for these tests, one per layout the genre uses.
const texts = (article: string): string[] => extractComments(articleFromText(article)).map((c) => c.text);

const HEADER = 'Town Council Approves New Parking Fees\nBy A Reporter\n\nThe council voted on Tuesday to raise parking fees by 40 per cent.\n\n';

describe('quote then attribution', () => {
  it('finds a straight-quoted comment followed by its attribution', () => {
    const found = extractComments(articleFromText(`${HEADER}"This is daylight robbery," wrote one user.`));
    expect(found.map((c) => [c.text, c.attribution])).toEqual([['This is daylight robbery', 'wrote one user']]);
  });

  it('finds curly-quoted comments with the speaker before the verb', () => {
    expect(texts(`${HEADER}“I park there every day and this will cost me a fortune,” one resident commented.`)).toEqual([
      'I park there every day and this will cost me a fortune',
    ]);
  });

  it('keeps a multi-sentence quote whole', () => {
    expect(texts(`${HEADER}"Fair enough. The car park is always full. Maybe this helps," said another.`)).toEqual([
      'Fair enough. The car park is always full. Maybe this helps',
    ]);
  });
});

describe('attribution then quote', () => {
  it('finds a comment introduced with a comma', () => {
    expect(texts(`${HEADER}Another fan wrote, "Finally somebody is doing something about the traffic."`)).toEqual([
      'Finally somebody is doing something about the traffic.',
    ]);
  });

  it('finds a comment introduced with a colon, inline or in the next paragraph', () => {
    expect(texts(`${HEADER}One commuter posted: "Who signed this off?"\n\nOne supporter wrote:\n\n"About time. The town centre is gridlocked."`)).toEqual([
      'Who signed this off?',
      'About time. The town centre is gridlocked.',
    ]);
  });

  it('finds two comments in one paragraph, each with its own lead-in', () => {
    expect(texts(`${HEADER}One follower wrote, "Good decision." while another replied, "Terrible decision."`)).toEqual([
      'Good decision.',
      'Terrible decision.',
    ]);
  });
});

describe('a quote split around its attribution', () => {
  it('joins the two halves into one comment', () => {
    const found = extractComments(articleFromText(`${HEADER}"I was against it," said another. "But the numbers make sense."`));
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('I was against it But the numbers make sense.');
    expect(found[0]?.parts).toEqual(['I was against it', 'But the numbers make sense.']);
  });

  it('joins a quote that the attribution interrupts mid-sentence', () => {
    expect(texts(`${HEADER}"Forty per cent," one driver tweeted, "is not a small rise."`)).toEqual(['Forty per cent is not a small rise.']);
  });
});

describe('quoted text that is not a reader comment', () => {
  it('ignores officials, statements, letters and pronoun-attributed sources', () => {
    const article = `${HEADER}"We had no choice," a council spokesperson said.\n\n` +
      '"The fees fund road repairs," the statement continued.\n\n' +
      'In an open letter, traders wrote: "This will close shops."\n\n' +
      '"I understand the anger," he said, "but the budget is fixed."\n\n' +
      'Council leader Mary Holt said: "Nobody likes paying more."';
    expect(texts(article)).toEqual([]);
  });

  it('ignores titles, scare quotes and fragments of reported speech', () => {
    const article = `${HEADER}The plan, titled "Moving Forward Together," calls the fees "modest" and says drivers will "adjust quickly."\n\n` +
      'The council described the car park as "underused" in its report.';
    expect(texts(article)).toEqual([]);
  });

  it("ignores the subject's own post among readers' replies", () => {
    const article = 'Talia Voss Apologises For Joke\n\nThe presenter posted an apology.\n\n' +
      "I'm sorry for what I said this morning.\n— Talia Voss (@TaliaVossTV) March 3, 2014\n\n" +
      '@TaliaVossTV Too little, too late.\n— Ann Reader (@annreads) March 3, 2014\n\n' +
      '@TaliaVossTV Takes guts to apologise. Respect.\n— Bob Viewer (@bobviews) March 3, 2014';
    expect(texts(article)).toEqual(['@TaliaVossTV Too little, too late.', '@TaliaVossTV Takes guts to apologise. Respect.']);
  });

  it('finds nothing in an article that quotes only its sources', () => {
    const article = `${HEADER}"It is a fair price," the mayor said.\n\nShe added that the money "will go to buses."`;
    expect(extractComments(articleFromText(article))).toEqual([]);
  });
});

describe('lists, runs and threads', () => {
  it('reads a bulleted list under a lead-in, with handles as attribution', () => {
    const article = `${HEADER}Here is what people said:\n\n• @kate_p: “Great news for cyclists.”\n• “Another tax on drivers.”\n• “When does it start?”`;
    const found = extractComments(articleFromText(article));
    expect(found.map((c) => c.text)).toEqual(['Great news for cyclists.', 'Another tax on drivers.', 'When does it start?']);
    expect(found[0]?.attribution).toBe('@kate_p');
  });

  it('reads bare quoted paragraphs under a lead-in until the narration resumes', () => {
    const article = `${HEADER}Here is what readers said on Facebook:\n\n"Outrageous."\n\n"Long overdue."\n\nThe fees start in May. "We will review them," the council said.`;
    expect(texts(article)).toEqual(['Outrageous.', 'Long overdue.']);
  });

  it('reads a copied comment thread and skips the publisher replying', () => {
    const article = `${HEADER}Comments (12)\n\njoe_bloggs\n2h\nThis is a cash grab, plain and simple.\nReply\n\n` +
      'Town News Team\n1h\nThanks for your comment, Joe.\nReply\n\nMaria K\n45m\nHappy to pay if the roads get fixed.\nReply';
    expect(texts(article)).toEqual(['This is a cash grab, plain and simple.', 'Happy to pay if the roads get fixed.']);
  });

  it('reads a comment that runs over two paragraphs', () => {
    const article = `${HEADER}One reader wrote: "I have lived here for forty years.\n\n"I have never seen the town this empty."`;
    const found = extractComments(articleFromText(article));
    expect(found.map((c) => c.parts)).toEqual([['I have lived here for forty years.', 'I have never seen the town this empty.']]);
  });
});
