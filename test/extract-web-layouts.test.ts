import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractComments } from '../src/extract/index.js';
import { isOwnAccount, subjectNames } from '../src/extract/subject.js';
import { parseArticle } from '../src/input/article.js';
import { articleFromText, FIXTURES } from './helpers.js';

// Layouts of scraped web pages, in articles written for these tests.
const texts = (article: string): string[] => extractComments(articleFromText(article)).map((c) => c.text);
const textsAndCredits = (article: string): string[][] => extractComments(articleFromText(article)).map((c) => [c.text, c.attribution]);
const PAGE = readFileSync(path.join(FIXTURES, 'own', 'articles', '07_reservoir_swim_ban_page.txt'), 'utf8');

describe('a page that lost its blank lines', () => {
  it('reads each line as a paragraph: the same comments as with blank lines between them', () => {
    const withBlankLines = PAGE.replace(/\n/g, '\n\n');
    expect(texts(PAGE)).toEqual(texts(withBlankLines));
    expect(texts(PAGE)).toContain('I pulled a teenager out in June. He had no idea how cold it gets below the surface.');
  });

  it('keeps hard-wrapped prose together, so a quote wrapped over lines stays whole', () => {
    const wrapped = [
      'Council Votes To Close Library',
      '',
      'Readers reacted angrily on Facebook after the council voted to close the',
      'library. "This building taught my kids to read and now it will be flats,"',
      'wrote one reader, who said she had used it for thirty years and would miss',
      'the Saturday story sessions more than anything else in the town.',
    ].join('\n');
    expect(texts(wrapped)).toEqual(['This building taught my kids to read and now it will be flats']);
  });
});

describe('embedded posts as scraped pages paste them', () => {
  const header = 'Fans Fume At Ticket Prices\n\nSupporters reacted on Twitter after the club set away tickets at £70.\n\n';

  it('takes the body without its picture link, with the credit on the next line or after a blank line', () => {
    const found = extractComments(articleFromText(`${header}£70 for a corner seat. No chance. pic.twitter.com/Ab12Cd34Ef\n\n— Ravi Shah (@ravishah) May 2, 2024`));
    expect(found.map((c) => [c.text, c.attribution])).toEqual([['£70 for a corner seat. No chance.', 'Ravi Shah (@ravishah) May 2, 2024']]);
  });

  it('leaves out a brand’s own post among the readers’ posts', () => {
    const page = `${header}Two hours in a queue for a refund. Never again. pic.twitter.com/Zz12Yy34Xx\n— Ama Boateng (@amab) May 2, 2024\n\nWe hear you! Our team is on it 💙\n— Ryanair (@Ryanair) May 2, 2024`;
    expect(texts(page)).toEqual(['Two hours in a queue for a refund. Never again.']);
  });

  it('reads a credit cut after the dash, and leaves out the account most posts address', () => {
    const page = [
      'Fans Fume At Ticket Prices',
      'Supporters reacted on Twitter after Kingsbridge set away tickets at £70 for the semi-final next month.',
      'Not paying that @KingsbridgeFC. Sort it out—',
      '@amy_k_88',
      'We hear you and are speaking to the away club about the price.—',
      '@KingsbridgeFC',
      '@KingsbridgeFC would you pay £70 to stand in the rain? Thought not—',
      '@dave_stand',
    ].join('\n');
    expect(texts(page)).toEqual(['Not paying that @KingsbridgeFC. Sort it out', '@KingsbridgeFC would you pay £70 to stand in the rain? Thought not']);
  });

  it('reads HTML embeds of posts', () => {
    const html = `<html><head><title>Fans slam club over ticket prices</title></head><body>
      <p>Supporters were furious on Twitter after the club announced the new prices.</p>
      <blockquote class="twitter-tweet"><p lang="en">Priced out of my own club after 30 years. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Sue P (@suep) <a href="https://twitter.com/suep/status/1">March 3, 2024</a></blockquote>
      <script async src="https://platform.twitter.com/widgets.js"></script></body></html>`;
    const article = parseArticle('page.html', new TextEncoder().encode(html), 'html');
    expect(extractComments(article).map((c) => c.text)).toEqual(['Priced out of my own club after 30 years.']);
  });
});

describe('who speaks, weighed on a page of reactions', () => {
  const header = 'Readers Fume At Parking Rise\n\nReaders took to our Facebook page after the council doubled parking charges.\n\n';

  it('takes a person the story names only once as a commenter, not an analyst or a spokeswoman', () => {
    expect(texts(`${header}Dave Holt agreed: "They waste millions and want us to pay for it."\n\n"Charges rarely change habits," said Ben Ochoa, an analyst at Parkwise.\n\n"We have had no choice," said Mia Lund, a spokeswoman for the council.`)).toEqual([
      'They waste millions and want us to pay for it.',
    ]);
  });

  it('takes a public figure who posts, not one who speaks to the reporter', () => {
    expect(texts(`${header}Radio presenter Jo Marsh tweeted: "Another tax on the high street."\n\nPresenter Tom Reid told the Herald: "It is a difficult decision."`)).toEqual([
      'Another tax on the high street.',
    ]);
  });

  it('takes a quote standing alone after narration, but not after a statement or as a heading', () => {
    expect(texts(`${header}One driver was blunt.\n\n"Shop online, it is cheaper."\n\nThe council said in a statement that it had no choice.\n\n"Charges will be reviewed in a year."\n\n'Time for a change'\n\nA second driver agreed.\n\n"Park and ride would fix this."`)).toEqual([
      'Shop online, it is cheaper.',
      'Park and ride would fix this.',
    ]);
  });

  it('does not take the next credit for the comment of a credit that lost it', () => {
    expect(texts(`${header}@kofi_b said:\n\n@ama.dede said:\n\n"They should fix the roads first."`)).toEqual(['They should fix the roads first.']);
  });
});

describe('framing', () => {
  it('hands each comment the narration that introduces it or its run', () => {
    const found = extractComments(articleFromText(PAGE));
    const byText = new Map(found.map((c) => [c.text, c.framing]));
    expect(byText.get('Closing it is the lazy option @DunmereWater. Lifeguards on weekends would have done the job')).toBe(
      'Most of the replies under the announcement were far from happy.',
    );
    expect(byText.get('Shut the car park at night instead. That\'s where the trouble starts.')).toBe('Another swimmer was more blunt.');
  });
});

describe('quotes inside narration', () => {
  const header = 'Fans React To Stadium Rename\n\nFans took to Twitter after the club renamed its ground.\n\n';

  it('gives a list of quotes after one lead-in the same attribution', () => {
    const found = extractComments(articleFromText(`${header}They tweeted things like: “Never calling it that,” and “Meadow Park forever.”`));
    expect(found.map((c) => c.text)).toEqual(['Never calling it that', 'Meadow Park forever.']);
  });

  it('takes a partial quote a single commenter is reported to have written, not a crowd\'s or a second-hand one', () => {
    expect(texts(`${header}One fan asked if the club was “trying to make us forget 1921”.\n\nFans called the new name “a disgrace”.\n\nA season-ticket holder has gone viral after tweeting that a steward told her the old name was “banned inside the ground”.`)).toEqual([
      'trying to make us forget 1921',
    ]);
  });

  it('reads a list item attributed like prose', () => {
    expect(texts(`${header}The replies were scathing:\n\n• "Daylight robbery!" wrote one Twitter user\n• "Twenty years a member and this is it" commented a Facebook user`)).toEqual([
      'Daylight robbery!',
      'Twenty years a member and this is it',
    ]);
  });

  it('names the speaker of the segment that holds the verb', () => {
    const page = `Host Loses It On Air\n\nViewers took to Twitter after the interview. Piers Lane hosted the show.\n\nAs soon as the guest finished, Lane lost it and shouted on-air, "You were his press secretary!"`;
    expect(texts(page)).toEqual([]);
  });
});

describe('what pages put around comments', () => {
  const header = 'Video Of Boy Comforting Classmate Wins Hearts\n\nThe clip spread to Twitter, where fans reacted in their thousands.\n\n';

  it("leaves out a crowd's gist after a comma, and a quote after a document or a source's lead-in", () => {
    expect(texts(`${header}People said, “this is what kindness looks like”.\n\nViewers received this error message…\n\n“Something went wrong. Try again later.”\n\nJo Park, chief analyst at Streamwise, commented on the clip and said that:\n\n“Engagement on wholesome videos has tripled this year.”`)).toEqual([]);
  });

  it('reads a post whose paragraphs the page spread over wider gaps, and a comment whose quote closes on the next line', () => {
    const post = `${header}A good day for humanity.\n\n\n\nWe need more of this pic.twitter.com/Ab12 — Sam Ortiz (@samortiz) May 2, 2024`;
    expect(extractComments(articleFromText(post)).map((c) => c.parts)).toEqual([['A good day for humanity.', 'We need more of this']]);
    const page = [
      'Video Of Boy Comforting Classmate Wins Hearts',
      'The clip spread to Twitter, where fans reacted in their thousands and shared it with friends.',
      '“Not crying, you are. This made my whole week,” one fan wrote.',
      '“Honestly the kindest thing I have seen online in years.',
      'Give that boy a medal.”',
    ].join('\n');
    expect(texts(page)).toEqual(['Not crying, you are. This made my whole week', 'Honestly the kindest thing I have seen online in years. Give that boy a medal.']);
  });

  it('takes two quotes in one paragraph, each with its own speech verb', () => {
    expect(texts(`${header}“So sweet,” wrote an Instagram user. “I bawled my eyes out,” expressed another.`)).toEqual(['So sweet', 'I bawled my eyes out']);
  });
});

describe('comment sections pasted into articles', () => {
  it('reads quotes credited by a bare name after them, and not an official\'s', () => {
    const page = 'Readers React To Drive-Through Ruling\n\nTHIS is how our readers responded after the council rejected the plan.\n\nFACEBOOK COMMENTS\n\n"Good on the council. Put it out on the highway." Karen Whitfield\n\n"Imagine the queue at dinner time." Grumpy62, Coral Heights';
    const found = extractComments(articleFromText(page));
    expect(found.map((c) => [c.text, c.attribution])).toEqual([
      ['Good on the council. Put it out on the highway.', 'Karen Whitfield'],
      ['Imagine the queue at dinner time.', 'Grumpy62, Coral Heights'],
    ]);
  });

  it('goes on with a run of comments past the short headings that group it, and reads posts listed under their authors', () => {
    const grouped = 'Coffee Chain Sold\nThe chain was sold to a US group and moved its head office.\nBelow are a few of our favourite comments from customers, grouped by type of heartbreak.\nNational pride\n“Is nothing ours anymore?”\nSelling out\n“Money talks I guess”';
    expect(texts(grouped)).toEqual(['Is nothing ours anymore?', 'Money talks I guess']);
    const listed = 'Toll Hike Sparks Hashtag\n\nBelow are some of the posts that were shared:\n\n@kh4irul - #DearLintas forty minutes in a jam, thanks for asking.\n\nJason Teoh - #DearLintas fix the potholes first.';
    expect(extractComments(articleFromText(listed)).map((c) => [c.text, c.attribution])).toEqual([
      ['#DearLintas forty minutes in a jam, thanks for asking.', '@kh4irul'],
      ['#DearLintas fix the potholes first.', 'Jason Teoh'],
    ]);
  });
});

describe('readers named by what they do', () => {
  it('takes a player in a games story as a reader, whatever the verb', () => {
    expect(texts('Gamers React To Sequel Delay\n\nPlayers took to Reddit after the studio pushed the game back a year.\n\n"Worth the wait if it runs properly," said one player.')).toEqual([
      'Worth the wait if it runs properly',
    ]);
  });
});

describe('celebrities reacting', () => {
  it('takes a public figure who posts as a reaction even when the narration names them twice, but not the story\'s subject', () => {
    const page = [
      'Fans Cheer As Harbour Lights Returns For A Final Series',
      '',
      'Stars including Dana Reyes and Tom Okafor shared their joy on social media after the news broke.',
      '',
      'Comedian and talk show host Reyes tweeted a picture of the cast, adding: “Best news all year.”',
      '',
      'Actor Okafor commented on the announcement post, saying: “Count me in for the finale.”',
      '',
      'Harbour Lights creator Jo Price posted: “We could not have asked for a better goodbye.”',
    ].join('\n');
    expect(texts(page)).toEqual(['Best news all year.', 'Count me in for the finale.']);
  });
});

describe('comments copied from a thread with their signature', () => {
  it('reads the quoted paragraphs above "~ username" as that commenter\'s comment', () => {
    const page = 'People Recall Product Launches That Flopped\n\nA Reddit user asked for the worst launches, and the thread filled up.\n\nSmart fridge\n\n"It needed an account to make ice."\n\n~ frostbyte42\n\n"The app went down for a week."\n\n"Nobody could open the door."\n\n~ ColdComfort';
    const found = extractComments(articleFromText(page));
    expect(found.map((c) => [c.parts, c.attribution])).toEqual([
      [['It needed an account to make ice.'], 'frostbyte42'],
      [['The app went down for a week.', 'Nobody could open the door.'], 'ColdComfort'],
    ]);
  });
});

describe('who "they" are', () => {
  it('takes "they wrote" after a named user as that user, and "They tweeted" after a company as the company', () => {
    const header = 'Shoppers Fume At Price Chopper\n\nShoppers took to Twitter after the chain changed its loyalty scheme.\n\n';
    expect(texts(`${header}Take Twitter user @aisle_nine, who blasted the change. "Worst loyalty scheme in the state," they wrote.\n\nThe chain answered the next day. They tweeted, "We want to make sure you know we welcome all feedback."`)).toEqual([
      'Worst loyalty scheme in the state',
    ]);
  });

  it('takes "she added" as the speaker the paragraph before ended on: a presenter, not the reader quoted earlier', () => {
    const page = [
      'Nadia Brook Gets Her Decades Muddled On Live TV',
      'Viewers mocked the breakfast show, hosted by Tom Reilly, after entertainment reporter Nadia Brook got her sums wrong.',
      'One viewer wrote: "That was not forty years ago, come on."',
      'Tom proclaimed: "Really?" to which Nadia mused: "It was the nineties, wasn\'t it?"',
      'She added: "It still holds up today."',
    ].join('\n\n');
    expect(texts(page)).toEqual(['That was not forty years ago, come on.']);
  });
});

describe('commenters counted in order', () => {
  it('takes "a third one added" and "a sixth one opined" as further commenters', () => {
    const page = [
      'Fans Rally Round Baker After Cruel Hashtag',
      'Supporters hit back on X at the people behind the hashtag.',
      'One user posted: "Leave the woman alone, she bakes bread on telly."',
      'A third one added: "This pile-on is so manufactured."',
      'Meanwhile, a fifth one said: "Every other chef sells pans too."',
      'A sixth one opined: "Never baked her bread but I will always stick up for her."',
    ].join('\n\n');
    expect(texts(page)).toEqual([
      'Leave the woman alone, she bakes bread on telly.',
      'This pile-on is so manufactured.',
      'Every other chef sells pans too.',
      'Never baked her bread but I will always stick up for her.',
    ]);
  });
});

describe('the subject, however the page names them', () => {
  const page = (post: string) => [
    'By Staff Reporter',
    'Ghanaian rapper Kofi Mensah passed two million followers on X on Sunday.',
    'The Afrobeats rapper thanked his fans and wrote: "Two million strong! We go again."',
    post,
    'Here are some of the reactions:',
    'Kofi Mensah hit two million and people unfollowed him an hour later. Some of you are wicked. — Ama Owusu (@amaowusu_) June 2, 2024',
    'One of the users wrote, "Congrats Kofi, well earned", while the other one tweeted, "Two million bots more like".',
  ].join('\n\n');

  it('takes "The Afrobeats rapper wrote" as the subject named before it, and "the other one tweeted" as a commenter', () => {
    expect(texts(page(''))).toEqual([
      'Kofi Mensah hit two million and people unfollowed him an hour later. Some of you are wicked.',
      'Congrats Kofi, well earned',
      'Two million bots more like',
    ]);
  });

  it('knows their account when the handle doubles a letter of the name or starts with "real"', () => {
    for (const handle of ['kofimensahh', 'realkofimensah']) {
      expect(texts(page(`Two million strong! We go again pic.twitter.com/Zx81Qw — Kofi Mensah (@${handle}) June 2, 2024`)), handle).toHaveLength(3);
    }
  });
});

describe('a run of comments printed without quote marks', () => {
  it('takes the short paragraphs in a commenter\'s own voice after "Here are ... reactions", and stops at narration', () => {
    const page = [
      'Man Explains Why He Refuses Masks, And Redditors Respond',
      'A post explaining why one man refuses to wear a mask went viral on Reddit this week.',
      'Here are a few favourite reactions from Redditors.',
      'I bet he is the first to grab a mask when the smoke alarm goes off.',
      "I'd love to see the overlap of people who refuse masks and people who hoarded pasta.",
      'The original post has since been deleted, and the account that made it has not posted again since March.',
      'My neighbour said the same thing last year.',
    ].join('\n\n');
    expect(texts(page)).toEqual([
      'I bet he is the first to grab a mask when the smoke alarm goes off.',
      "I'd love to see the overlap of people who refuse masks and people who hoarded pasta.",
    ]);
  });
});

describe('posts and credits that break the usual order', () => {
  const header = 'Fans Say Goodbye As Band Splits\n\nFans took to Twitter after the band announced its split on Friday.\n\n';

  it('takes a post of hashtags printed after its speaker without quote marks, but not a heading that ends in one', () => {
    expect(texts(`${header}Another fan wrote #AlwaysInOurHearts.\n\nWriting to the band with #ComeBackSoon\n\nOne user tweeted: #ThankYouBoys #ForeverFive`)).toEqual([
      '#AlwaysInOurHearts',
      '#ThankYouBoys #ForeverFive',
    ]);
  });

  it('reads a credit the page stops in the middle of, when what is left names a reader', () => {
    expect(texts(`${header}“Such a kind goodbye, thank you lads,” a fourth commen`)).toEqual(['Such a kind goodbye, thank you lads']);
    expect(texts(`${header}“A chapter closes today,” the band's spokes`)).toEqual([]);
  });

  it('keeps the words after a quote that a labelled comment goes on with', () => {
    expect(texts(`${header}Jon: “goodbye forever”, really? Come back next year, lads\n\nMara: “Thank you for everything”`)).toEqual([
      '“goodbye forever”, really? Come back next year, lads',
      'Thank you for everything',
    ]);
  });

  it('credits a quote to the reader named after it when a bare pronoun stands before it', () => {
    const page = `${header}The singer posted a farewell, and the comments filled up. She wrote: "What other band would thank the fans like this," one fan wrote alongside a heart emoji.`;
    expect(textsAndCredits(page)).toEqual([['What other band would thank the fans like this', 'one fan wrote']]);
  });

  it('reads handles labelling quotes one after another in one paragraph', () => {
    const page = `Shoppers Vent Over Bus Fare Rise\n\nThe operator raised single fares to £3 on Monday. Here is what riders posted:\n\n@kemi_rides: “Three pounds to go two stops. Unreal.” @busdad: “Walking from now on, thanks.” @lin_o: “Who signed this off?” X`;
    expect(textsAndCredits(page)).toEqual([
      ['Three pounds to go two stops. Unreal.', '@kemi_rides'],
      ['Walking from now on, thanks.', '@busdad'],
      ['Who signed this off?', '@lin_o'],
    ]);
  });
});

describe('officials, and speakers named away from their quote', () => {
  it('leaves out a head of government posting from an account, and keeps the readers after them', () => {
    const page = [
      'Messages Pour In After Harbour Fire',
      '',
      'Leaders and residents posted messages after the fire at the harbour on Sunday.',
      '',
      'Irish PM Ciara Dunne (@ciaradunne) posted: “My thoughts are with everyone at the harbour tonight.”',
      '',
      'Harbour resident Tom Ebo (@tomebo) tweeted: “Watched it from my window. Thank you to every firefighter out there.”',
    ].join('\n');
    expect(texts(page)).toEqual(['Watched it from my window. Thank you to every firefighter out there.']);
  });

  it('leaves out a standalone quote after narration that hands over to a named speaker, and reads "echoed"', () => {
    const page = [
      'Viewers Mock Complaints About Quiz Show',
      '',
      'Viewers took to X after the quiz show aired its complaints segment. One user wrote: “Best ten minutes of telly all week.” A third echoed: “The moaners never disappoint.”',
      '',
      'The channel’s controller Dana Kerr was asked about the complaints last month. However Dana hit back.',
      '',
      '“We stand by every segment we air and',
    ].join('\n');
    expect(texts(page)).toEqual(['Best ten minutes of telly all week.', 'The moaners never disappoint.']);
  });

  it('credits a quote to the one commenter the sentence before reports, when nothing after it does', () => {
    const header = 'Fans Say Goodbye As Band Splits\n\nFans took to Twitter after the band announced its split on Friday.\n\n';
    const page = `${header}Some fans were sad. Another noted that the band had played together for twenty years. "Twenty years of songs and they still owe us one more tour"`;
    expect(textsAndCredits(page)).toEqual([['Twenty years of songs and they still owe us one more tour', 'Another noted']]);
    expect(texts(`${header}The band explained that the tour had ended. "We gave it everything"`)).toEqual([]);
  });
});

describe('a reader who shares a name with the story’s people', () => {
  it('keeps the post of a reader whose surname is only ever the subject’s given name', () => {
    const page = 'Fans Swoon As Henry Cavill Comments On Demi Lovato Photo\n\nHenry Cavill left a comment on the singer’s photo and fans loved it. Henry Cavill has not said more.\n\nThis is the crossover we needed pic.twitter.com/Qq11Ww22Ee — Phillip Henry (@philh) January 30, 2018';
    expect(texts(page)).toEqual(['This is the crossover we needed']);
  });

  it('reads the subject in a credit with a time after its verb, and in a name with a generational suffix', () => {
    const page = [
      'Fans Back Host After Mayor Attacks Show',
      '',
      'Mayor Dale Brook Jr. criticised the breakfast show on Friday, and viewers took to X. Brook Jr. has not apologised.',
      '',
      '“This show is a disgrace to the city,” Brook tweeted Friday morning.',
      '',
      '“The show has been part of my mornings for years,” Brook Jr. posted later.',
      '',
      '“Leave the host alone, she does a great job,” one viewer wrote.',
    ].join('\n');
    expect(texts(page)).toEqual(['Leave the host alone, she does a great job']);
  });

  it('takes a pronoun after a reader its paragraph quoted for that reader, and a columnist writing in the paper for a source', () => {
    const page = [
      'Fans Roast Skyway Air Over Seat Blunder',
      '',
      'Passengers took to Twitter after the airline sold the same seats twice.',
      '',
      '“It is a lesson they had to learn,” one passenger said. “The jokes write themselves,” she shared.',
      '',
      'The Daily Post’s Tom Reid wrote in the paper: “The airline has let its customers down again.”',
    ].join('\n');
    expect(texts(page)).toEqual(['It is a lesson they had to learn', 'The jokes write themselves']);
  });
});

describe('news outlets posting', () => {
  it('are the press, not readers', () => {
    const subject = subjectNames('Fans Fume At Ticket Prices', 'Supporters reacted on Twitter after the club set away tickets at £70.');
    expect(isOwnAccount('New York Daily News', '@NYDailyNews', subject)).toBe(true);
    expect(isOwnAccount('Hartley Evening Gazette', '@hartleygazette', subject)).toBe(true);
    expect(isOwnAccount('Ama Boateng', '@amab', subject)).toBe(false);
  });
});


describe('round-ups and posts as pages of batch 14 laid them out', () => {
  it('reads "@handle: text" paragraphs under a lead-in as one comment each', () => {
    const page = [
      'Twitter Reacts To The Harbour Bridge Toll',
      '',
      'The council doubled the toll overnight, and our columnist Ann Vale has written about it; here is the verdict on Twitter:',
      '',
      '@ferrygirl_22: Double the toll and the same potholes. Brilliant work.',
      '',
      '@Tom_Rudd: Fair enough if the money goes on repairs. Big if.',
      '',
      '@harbourwatch: Who signed this off without asking anyone?',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['Double the toll and the same potholes. Brilliant work.', '@ferrygirl_22'],
      ['Fair enough if the money goes on repairs. Big if.', '@Tom_Rudd'],
      ['Who signed this off without asking anyone?', '@harbourwatch'],
    ]);
  });

  it('takes a post printed a line at a time, between two credits, as one post', () => {
    const page = [
      'Fans Rally Behind Singer After Award Speech',
      'Some critics called the speech too long.',
      'It was a lovely speech and she earned every second of it.',
      '— Jo Park (@jopark) May 2, 2024',
      'Am I missing something?',
      'What is the fuss about?',
      'Sounded fine to me',
      '— Dee (@dee_says) May 2, 2024',
      'Critics were quick to reply to her defenders, and the argument went on late into the night on every platform.',
    ].join('\n');
    expect(texts(page)).toEqual(['It was a lovely speech and she earned every second of it.', 'Am I missing something?\nWhat is the fuss about?\nSounded fine to me']);
  });

  it('reads a post whose credit is only a date run into its last link', () => {
    const page = [
      'Fans Lose It Over Studio Teaser',
      'The studio posted a single emoji and fans went wild.',
      'HERE WE GO AGAIN https://t.co/Ab12Cd pic.twitter.com/Xy34ZwQrMay 3, 2024',
      'pic.twitter.com/Qq98RrSsMay 3, 2024',
      'You get the idea.',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([['HERE WE GO AGAIN', 'May 3, 2024']]);
  });

  it('takes a handle before a quote as its label, and a pronoun after narration about one commenter as that commenter', () => {
    const page = [
      'Supporters Celebrate As Manager Leaves',
      '',
      'Fans had their say online.',
      '',
      '@reds_dan "Three clubs, same problem. The problem was him."',
      '',
      'Another was glad to see him go but worried about what comes next.',
      '',
      "'Finally,' they wrote. 'Now give the new man some time.'",
    ].join('\n');
    expect(texts(page)).toEqual(['Three clubs, same problem. The problem was him.', 'Finally Now give the new man some time.']);
  });

  it('knows a speaker who did several things before speaking, and not a title or a tweet of "his" for a reader', () => {
    const page = [
      'Viewers Spot Spelling Blunder On Breakfast Show',
      '',
      'Viewers were quick to point out the error.',
      '',
      'And one joker screen-grabbed the caption, circled the mistake and then added: "How many exercize, then?"',
      '',
      '"Good Morning Today" posted a photo of the caption later.',
      '',
      'The presenter apologised. "We are sorry for the typo," his tweet began.',
    ].join('\n');
    expect(texts(page)).toEqual(['How many exercize, then?']);
  });

  it('reads "wrote in a since-deleted tweet" as wrote, by the subject described', () => {
    const page = [
      'Comedian Faces Backlash Over Tribute',
      '',
      'Ray Lamont faced backlash for a tribute he paid to a late co-star.',
      '',
      'On Tuesday, the comic wrote in a since-deleted tweet, “She was the most beautiful person I ever met.”',
      '',
      '“Nothing wrong with that tweet at all,” one fan replied.',
    ].join('\n');
    expect(texts(page)).toEqual(['Nothing wrong with that tweet at all']);
  });
});

describe('round-ups and posts as pages of batch 15 laid them out', () => {
  it('reads a credit whose dash the page lost, and one whose dash it decoded as Windows-1252', () => {
    const page = [
      'Fans Share Their Hottest Film Takes',
      'A critic asked people for their least popular opinions about films, and the replies poured in.',
      'The sequel was better than the original and nobody will admit it',
      'Rana (@rana_films) April 7, 2022',
      'This is nonsense. Total nonsense.â€" Evans Otieno (@otieno_ev) December 4, 2017',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['The sequel was better than the original and nobody will admit it', 'Rana (@rana_films) April 7, 2022'],
      ['This is nonsense. Total nonsense.', 'Evans Otieno (@otieno_ev) December 4, 2017'],
    ]);
  });

  it('takes one Kenyan for a reader, and what "the tweet read" for the post the story told of', () => {
    const page = [
      'Governor’s Tweet Angers Residents',
      '',
      'The governor sent out a tweet on Monday about the new levy.',
      '',
      '"Everyone must pay their fair share," read the tweet.',
      '',
      '"I cannot pay another levy, period," one Kenyan reacted.',
    ].join('\n');
    expect(texts(page)).toEqual(['I cannot pay another levy, period']);
  });

  it('goes on with a run of unquoted comments after one in a commenter’s own voice, and stops at the narration', () => {
    const page = [
      'Readers React To The New Parking Charges',
      '',
      'The council has doubled parking charges in the town centre.',
      '',
      'Below are some of their reactions',
      '',
      'How the council spends this money will decide how we vote next year',
      '',
      'These charges will empty the high street within a year',
      '',
      'Guilty until proven useful',
      '',
      'In all this, it seems that residents are tired of paying more for less.',
      '',
      'The council confirmed the charges start on Monday.',
    ].join('\n');
    expect(texts(page)).toEqual([
      'How the council spends this money will decide how we vote next year',
      'These charges will empty the high street within a year',
      'Guilty until proven useful',
    ]);
  });

  it('leaves a word or two of one commenter’s reported speech as the gist of what they said', () => {
    const page = [
      'Shoppers Slam New Logo',
      '',
      'The supermarket unveiled its new logo on Monday.',
      '',
      'One said the new logo looked like an “exit button”, while another asked if it was “designed by a toddler on a phone”.',
    ].join('\n');
    expect(texts(page)).toEqual(['designed by a toddler on a phone']);
  });

  it('joins a post printed a line at a time whose credit runs into its last line', () => {
    const page = [
      'Viewers Love Chaotic Live Show',
      'With half the studio hit by a power cut, the show went out lit by phone torches and camping lanterns.',
      'Here are some of our favourite tweets from the night',
      'Best hour of TV all year #LiveShow',
      '— Ciara (@ciara_tv) January 14, 2023',
      'HOST: We need someone who can talk for twenty minutes!',
      '***Electrician puts down his toolbox*** #LiveShow— Pat Nolan (@patnolan_) January 14, 2023',
    ].join('\n');
    expect(texts(page)).toEqual(['Best hour of TV all year #LiveShow', 'HOST: We need someone who can talk for twenty minutes!\n***Electrician puts down his toolbox*** #LiveShow']);
  });
});

describe('speakers as pages of batch 17 named them', () => {
  it('reads a fandom name, "was seen stating", and a post that "read" with words after it', () => {
    const page = [
      'Fans Cheer Singer After Her Team Loses',
      '',
      'Many fans took to social media to cheer up the singer after the final.',
      '',
      'Shouting into the camera, the Belieber said, “Nobody gets to be sad tonight, we love you!”',
      '',
      '"Champions in our hearts anyway," another post read on the same social media platform, also referencing the same lyric.',
      '',
      'While many fans were posting lyrics, one fan was seen stating, "Proud of you no matter what."',
    ].join('\n');
    expect(texts(page)).toEqual(['Nobody gets to be sad tonight, we love you!', 'Champions in our hearts anyway', 'Proud of you no matter what.']);
  });

  it('leaves what a sign, a screenshot or lyrics "that read" say, and keeps a message that read', () => {
    const page = [
      'Fans Cheer Singer After Her Team Loses',
      '',
      'Many fans took to social media to cheer up the singer after the final.',
      '',
      'One fan uploaded a screenshot of the lyrics that read, "Hanging my jersey by the door."',
      '',
      'Another posted a message that read, "Next year is ours, chin up."',
    ].join('\n');
    expect(texts(page)).toEqual(['Next year is ours, chin up.']);
  });
});

describe('layouts of batch 18', () => {
  it('reads Facebook embeds credited "Posted by Name on Day, D Month YYYY"', () => {
    const page = [
      'Shoppers Slam Supermarkets Over Holiday Hours',
      '',
      'Angry customers took to Facebook to complain about the opening hours. Some of the posts on their pages:',
      '',
      'Why does your website say OPEN ALL WEEKEND when my nearest store is shut today?',
      '',
      'Posted by Alan Marsh on Thursday, 24 March 2016',
      '',
      'Tell us, were you caught out by the closures this weekend?',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['Why does your website say OPEN ALL WEEKEND when my nearest store is shut today?', 'Posted by Alan Marsh on Thursday, 24 March 2016'],
    ]);
  });

  it('reads a lead-in ending in a semicolon, a comment whose quote opens with a closing mark, and one that runs over unmarked paragraphs', () => {
    const page = [
      'Residents React To Water Cuts',
      '',
      'Residents took to Twitter to react to the news.',
      '',
      'One person tweeted;',
      '',
      '”The board knew for months and did nothing. Now we queue for water”',
      '',
      'Ada Obi: “Please let us pool our tanks together',
      '',
      'If you have a borehole share it',
      '',
      'We will bring buckets o”',
    ].join('\n');
    expect(texts(page)).toEqual(['The board knew for months and did nothing. Now we queue for water', 'Please let us pool our tanks together If you have a borehole share it We will bring buckets o']);
  });

  it('reads a credit whose display name holds a parenthesis, and "responded by saying" before a quote', () => {
    const page = [
      'Citizens React To Minister’s Statement',
      '',
      'Citizens reacted online to the statement.',
      '',
      'This is not how a minister talks to citizens. https://t.co/Ab12 — Emma Umeh (Tcee) (@emmaumeh) June 1, 2021',
      '',
      'Some responded by saying “A responsible minister would have apologised by now, and we are still waiting for it.”',
    ].join('\n');
    expect(texts(page)).toEqual(['This is not how a minister talks to citizens.', 'A responsible minister would have apologised by now, and we are still waiting for it.']);
  });
});

describe('a post over paragraphs between two credited posts', () => {
  const page = (between: string): string =>
    [
      'Citizens React To Minister’s Threat',
      '',
      'Citizens reacted online to the minister’s statement.',
      '',
      'This is not how a minister speaks to citizens. — Emma Umeh (@emmaumeh) June 1, 2021',
      '',
      between,
      '',
      'He does not frighten us! Pass it on — Delta History (@deltahistory) June 1, 2021',
    ].join('\n');

  it('takes a short paragraph between them as the second post’s first', () => {
    expect(texts(page('We had a history before him and we will have a future after him.'))).toEqual([
      'This is not how a minister speaks to citizens.',
      'We had a history before him and we will have a future after him. He does not frighten us! Pass it on',
    ]);
  });

  it('leaves narration between them alone', () => {
    expect(texts(page('Others leapt to his defence, arguing that he was misquoted.'))).toEqual([
      'This is not how a minister speaks to citizens.',
      'He does not frighten us! Pass it on',
    ]);
  });
});

describe('speakers of batch 21', () => {
  it('reads a name in quote marks before a speech verb as who speaks, and "responded to X:"', () => {
    const page = [
      'Readers React As Site Closes Its Comments',
      '',
      'The sports site has turned off its comment sections for good.',
      '',
      'Posting on a forum, "Red Baron" commented, "They could not control the conversation, so they ended it." One person responded to Baron: "The site went downhill years ago anyway."',
    ].join('\n');
    expect(texts(page)).toEqual([
      'They could not control the conversation, so they ended it.',
      'The site went downhill years ago anyway.',
    ]);
  });

  it('takes "by Name:" as a label, and leaves the page’s next sentence out of the comment', () => {
    const page = [
      'Users Split Over New Profile Design',
      '',
      'The first two comments on the announcement show how split users are. Here’s the first one, by Hana Lucas: "bring the old profile back." It received over 2,000 likes.',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([['bring the old profile back.', 'Hana Lucas']]);
  });
});

describe('speakers whose verbs run together', () => {
  it('finds who speaks in "agreed writing" and "echoed them sharing", and takes a presenter sharing a post for a reader', () => {
    const page = [
      'Viewers Tire Of Gloomy Evening Show',
      '',
      'Viewers of the evening show say they want some light relief.',
      '',
      'Viewer Dara Quinn agreed writing, ‘Every night it is bills and evictions and nothing else at all.’',
      '',
      'Radio presenter Gemma Hale echoed them sharing, ‘We all need some balance on a weeknight, surely.’',
    ].join('\n');
    expect(extractComments(articleFromText(page)).map((c) => c.attribution)).toEqual([
      'Viewer Dara Quinn agreed writing',
      'Radio presenter Gemma Hale echoed them sharing',
    ]);
  });
});

describe('a handle on a line of its own', () => {
  it('introduces the post in the next paragraph, whose quote may close a paragraph later', () => {
    const page = [
      'Shoppers Vent Over Data Prices',
      '',
      'Twitter users vented after a post showed the same bundle costs less across the border.',
      '',
      '@thandi_k',
      '',
      '"Same networks, half the price over there. Explain that."',
      '',
      '@sipho_m',
      '',
      '"We are paying double and they still brag about profits!',
      '',
      '@lerato_b',
      '',
      'Part of it is spectrum costs passed straight on to us."',
    ].join('\n');
    expect(extractComments(articleFromText(page)).map((c) => c.attribution)).toEqual(['@thandi_k', '@sipho_m', '@lerato_b']);
  });
});

describe('narration and credits next to each other', () => {
  it('keeps a line about a post’s author out of the post printed a line at a time below it', () => {
    const page = [
      'Stars Pile On After Minister’s Interview',
      'Celebrities took to Twitter to react to the interview.',
      'Watching this with my mouth open. Did he really just say that on live television, to that presenter? #Interview— Lena Park (@lenapark) March 3, 2023',
      'Ray Dunmore had a lot to say about it, starting with one question.',
      'Did anyone else catch that?— ray dunmore (@raydunmore) March 3, 2023',
      'Rather not hear from him again.— Ada Lyle (@adalyle) March 3, 2023',
    ].join('\n');
    expect(texts(page).some((t) => t.includes('had a lot to say'))).toBe(false);
  });

  it('reads the speaker before the verb in a credit after the quote, not the noun after it', () => {
    const page = [
      'Mayor Pell’s Anniversary Post Sparks Reactions',
      '',
      'Mayor Pell marked ten years in office with a post on Facebook. "Ten years of serving this town, and I would do it all again," Pell wrote alongside a photo of the town hall. "Thank you all."',
      '',
      'Readers were divided. "Ten years too many," one user wrote, while another user replied, "Best mayor we have had, by a mile."',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['Ten years too many', 'one user wrote'],
      ['Best mayor we have had, by a mile.', 'another user replied'],
    ]);
  });

  it('goes on with a comment credited at its end into the bare quote below it', () => {
    const page = [
      'Did this gym member go too far? Others were outraged',
      '',
      'A gym member posted on Facebook that he had left his weights on the floor in protest at the queues.',
      '',
      "One person said: 'Nobody is impressed by this.'",
      '',
      "'Who do you think tidies up after you? The staff are run off their feet,' another said.",
      '',
      "'And the queues are because everyone joined in January.'",
      '',
      "A third chimed in: 'Grow up.'",
    ].join('\n');
    expect(texts(page)).toEqual([
      'Nobody is impressed by this.',
      'Who do you think tidies up after you? The staff are run off their feet And the queues are because everyone joined in January.',
      'Grow up.',
    ]);
  });
});

describe('who speaks, from what the page says of them', () => {
  it('takes the one person the title describes for the story’s own, not a reader', () => {
    const page = [
      'Train passenger posts photo of packed carriage',
      '',
      'A train passenger says she was “absolutely squashed against the door” on the 7.40 to Leeds.',
      '',
      'Other passengers replied under her post. “Same every morning on that line,” one commuter wrote.',
    ].join('\n');
    expect(texts(page)).toEqual(['Same every morning on that line']);
  });

  it('takes a name an organisation’s possessive introduces for its spokesperson when speaking', () => {
    const page = [
      'Viewers React To Budget Night Coverage',
      '',
      'The coverage drew reactions online. Much to the surprise of viewers, Channel Nine’s Harriet Vale said:',
      '',
      '“We got the numbers wrong tonight and we will correct them tomorrow.”',
      '',
      'Viewers were not impressed. “Too little, too late,” one viewer wrote.',
    ].join('\n');
    expect(texts(page)).toEqual(['Too little, too late']);
  });

  it('hears commenters called "one other", "a keen-eyed consumer" or "one remark"', () => {
    const page = [
      'Fans Flood Baker’s Post With Praise',
      '',
      'The post drew hundreds of comments from fans. One fan said, “Best bread in town!” and one other stated, “My kids love the rolls.” Another, a keen-eyed consumer who remarked, “The crust is perfect every time,” was not alone.',
      '',
      'One nostalgic remark stated, “I grew up on this bakery’s buns.”',
    ].join('\n');
    expect(texts(page)).toEqual([
      'Best bread in town!',
      'My kids love the rolls.',
      'The crust is perfect every time',
      'I grew up on this bakery’s buns.',
    ]);
  });
});

describe('comment pages that credit below the comment', () => {
  it('reads a paragraph in its writer’s voice signed with a name and place on the line below', () => {
    const page = [
      'This week’s reader comments on our website',
      '',
      'What you made of the harbour plan',
      '',
      'I have sailed from this harbour for forty years and I cannot see how a marina of this size fits in it without losing the fishing fleet.',
      'Morag Innes, Oban',
      '',
      'We were promised a consultation and got a brochure instead. My neighbours feel the same.',
      'Harbourwatch, Ganavan',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['I have sailed from this harbour for forty years and I cannot see how a marina of this size fits in it without losing the fishing fleet.', 'Morag Innes, Oban'],
      ['We were promised a consultation and got a brochure instead. My neighbours feel the same.', 'Harbourwatch, Ganavan'],
    ]);
  });

  it('takes a bare quote for the comment of the person the next paragraph says posted it', () => {
    const page = [
      'Your best comments on this week’s Gazette stories',
      '',
      'Here are the best comments you posted to our Facebook page this week, as picked by our moderators. They are lightly edited for spelling.',
      '',
      '1. New crossing at last',
      '',
      'Station Road',
      '',
      '"About time. I have watched too many near misses outside that school."',
      '',
      'Priya Nair commented on a story by our reporter on the new crossing. Nair’s comment was liked 40 times.',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['About time. I have watched too many near misses outside that school.', 'Priya Nair commented'],
    ]);
  });
});

describe('posts and pronouns on tribute and delay pages', () => {
  it('takes a post’s words from the paragraph above a last paragraph that is only an emoji and the credit', () => {
    const page = [
      'Passengers Stuck For Nine Hours',
      '',
      'One passenger tweeted about the wait, calling it a shambles.',
      '',
      'Boarded at 9, still on the tarmac at 6. Nobody from @SkyJet has been near us. A shambles.',
      '',
      '🤦 — Nadia Frost (@nadiafrost) March 2, 2024',
    ].join('\n');
    expect(extractComments(articleFromText(page)).map((c) => c.parts[0])).toEqual(['Boarded at 9, still on the tarmac at 6. Nobody from @SkyJet has been near us. A shambles.']);
  });

  it('hears a pronoun after a sentence that tells of one person posting as that person', () => {
    const page = [
      'Celebrities Pay Tribute To Jazz Legend',
      '',
      'Tributes poured in on social media after the news broke. Marta Kovac posted a photo from their tour in 1998. “He taught me everything about swing. Rest easy, maestro,” she wrote on Twitter.',
    ].join('\n');
    expect(texts(page)).toEqual(['He taught me everything about swing. Rest easy, maestro']);
  });

  it('closes a quote the page closed with an opening mark at the end of the paragraph', () => {
    const page = [
      'Redditors Melt Over Puppy Video',
      '',
      'Here is how Redditors reacted to the video.',
      '',
      'Another individual on the thread wrote, “That puppy has more manners than my whole family. “',
    ].join('\n');
    expect(texts(page)).toEqual(['That puppy has more manners than my whole family.']);
  });

  it('keeps a person the narration names only to introduce their post among the people reacting', () => {
    const page = [
      'Stars React To The Awards Snub',
      'Celebrities took to Twitter after the nominations were announced.',
      'Ray Dunmore had plenty to say about it.',
      'Criminal. Absolutely criminal.— Ray Dunmore (@raydunmore) March 3, 2023',
    ].join('\n');
    expect(texts(page)).toEqual(['Criminal. Absolutely criminal.']);
  });
});

describe('comments copied with a comment site’s dated signature', () => {
  it('takes the text between signatures, a signature run into the last word or opening the next paragraph', () => {
    const page = [
      'Readers have their say on the new bypass',
      '',
      'The comments under our bypass story were, as ever, predictable:',
      '',
      'Twenty years of promises and now this. Typical council.- Brenda, Hexham England, 3/4/2011 09:12',
      'About time too, the old road was a death trap!',
      '',
      '– Col, Alnwick, 3/4/2011 09:40',
      'Who is paying for it? We are.',
      '',
      '– P. Marsh, Morpeth UK, 3/4/2011 10:02',
      'And so it went on. The next day brought more of the same:',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['Twenty years of promises and now this. Typical council.', 'Brenda, Hexham England, 3/4/2011 09:12'],
      ['About time too, the old road was a death trap!', 'Col, Alnwick, 3/4/2011 09:40'],
      ['Who is paying for it? We are.', 'P. Marsh, Morpeth UK, 3/4/2011 10:02'],
    ]);
  });
});

describe('comment pages of local news sites', () => {
  it('reads comments each under a line of the commenter’s name and the date', () => {
    const page = [
      'Pool Closing For Repairs: What Do You Think?',
      '',
      'The town pool will close for the summer while its roof is repaired. Tell us in the comments.',
      '',
      'Dana Whitfield June 02, 2014 at 09:15 AM',
      'Shame about the timing, but the roof has leaked for years. Better now than never.',
      'R. Okafor June 02, 2014 at 11:40 AM',
      'We will drive to the lake instead. The kids will survive one summer.',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['Shame about the timing, but the roof has leaked for years. Better now than never.', 'Dana Whitfield June 02, 2014 at 09:15 AM'],
      ['We will drive to the lake instead. The kids will survive one summer.', 'R. Okafor June 02, 2014 at 11:40 AM'],
    ]);
  });

  it('reads "Adds Tim:" lead-ins run onto the end of the comment before them', () => {
    const page = [
      '"We are closing this branch on Friday," the sign on the door said.',
      'Readers had plenty to say on our Facebook post about the closure. Says Maria:',
      'Best coffee on the high street. I will miss it.Adds Tim:',
      'Good riddance, it was always filthy.Replies Susan:',
      'Filthy? It was spotless every time I went.',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['Best coffee on the high street. I will miss it.', 'Says Maria'],
      ['Good riddance, it was always filthy.', 'Adds Tim'],
      ['Filthy? It was spotless every time I went.', 'Replies Susan'],
    ]);
  });

  it('reads a bare comment signed by a name on the line below, once the page has announced its comments', () => {
    const page = [
      'The bowling alley on Mill Road will close at the end of the month.',
      '',
      'Readers have shared their memories of it. Here’s what they had to say:',
      '',
      'Had my tenth birthday party there. Gutted.',
      '',
      'Sarah Shah',
      '',
      'Nobody went any more, so no surprise.',
      '',
      'Tom Elland',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['Had my tenth birthday party there. Gutted.', 'Sarah Shah'],
      ['Nobody went any more, so no surprise.', 'Tom Elland'],
    ]);
  });
});

describe('the story’s own people, described rather than named', () => {
  it('leaves out words given to the press ("told the Liverpool Echo") and the mum a title is about', () => {
    const page = [
      'Mum slams school over hair ribbon ban',
      '',
      'A mum has criticised her daughter’s school after it banned hair ribbons. The mum wrote: "A ribbon never stopped anyone learning."',
      '',
      'The mum told the Wirral Globe: "We will be writing to the governors."',
      '',
      'Parents were split on Facebook. One mum from Bebington commented: "Rules are rules, sorry."',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([['Rules are rules, sorry.', 'One mum from Bebington commented']]);
  });
});

describe('what a round-up prints around its comments', () => {
  it('leaves out a list item that heads what follows, the page asking its readers, and a subject’s “she added”', () => {
    const page = [
      'Tiny Burger Costs £28; Twitter Calls It Robbery',
      '',
      'Shared on Twitter by user @mia_eats, the post has 5k likes. “Look at my £28 burger,” read the caption to the post. “The chips were extra,” she added.',
      '',
      'Here are the best reactions to albums that let fans down:',
      '',
      '• "Summer Hours" by The Lanterns:',
      '',
      'One listener lamented, "Every song sounded like the last one."',
      '',
      'What did you think of the burger? Would you pay that? Tell us what you think in the comments below.',
    ].join('\n');
    expect(texts(page)).toEqual(['Every song sounded like the last one.']);
  });
});

describe('an organisation’s own post', () => {
  it('leaves out a post credited to an account whose name opens with two words of the title', () => {
    const page = [
      'The Riverside Aquarium’s baby otter has a name at last',
      '',
      'Followers voted on Facebook, and the result is in.',
      '',
      'Say hello to Pebble! Thank you to everyone who voted.',
      '',
      'Posted by Riverside Aquarium & Sea Life Trust on Friday, 30 April 2021',
    ].join('\n');
    expect(extractComments(articleFromText(page))).toEqual([]);
  });
});

describe('kit-launch pages: transcribed tweets, blog comments, quoted pundits', () => {
  it('reads paragraphs of "@handle text" from several accounts as posts after their accounts', () => {
    const page = [
      'Fans react to the new away kit',
      '',
      'Here is some reaction from Twitter...',
      '',
      'Sign up to our newsletter',
      '',
      'The i newsletter cut through the noise',
      '',
      '@redrobin71 Looks like a shower curtain. #ufc',
      '',
      '@jo_bloggs what were they thinking honestly',
      '',
      '@tynesider Stripes, stripes and more stripes!!!',
    ].join('\n');
    expect(textsAndCredits(page)).toEqual([
      ['Looks like a shower curtain. #ufc', '@redrobin71'],
      ['what were they thinking honestly', '@jo_bloggs'],
      ['Stripes, stripes and more stripes!!!', '@tynesider'],
    ]);
  });

  it('reads the numbered comments under a blog’s "N Comments on …" heading, each with its further paragraphs', () => {
    const page = [
      'The New Kit',
      '',
      'The club has released this season’s home kit and I am not a fan. What does everyone else think?',
      '',
      '3 Comments on The New Kit',
      '',
      '  1. Worst shirt in years.',
      '',
      '    I will not be buying this one.',
      '',
      '  2. I quite like it, to be honest.',
      '',
      '  3. Plain blue is all we ever needed.',
      '',
      'Leave a Reply',
      '',
      'Your email address will not be published.',
    ].join('\n');
    expect(texts(page)).toEqual([
      'Worst shirt in years. I will not be buying this one.',
      'I quite like it, to be honest.',
      'Plain blue is all we ever needed.',
    ]);
  });

  it('leaves out a player stating, a pundit the press quoted "as saying" and a campaigner "of Netmums"', () => {
    const page = [
      'Fans riled over new kit',
      '',
      'Club midfielder Sam Hart stated: “I’m certain our supporters will love it.”',
      '',
      'Fans were not so sure. One fan, Peter Lyle, tweeting: “Another new kit – skint.” Londoner Dave Tunn added, “It looks the same as the last one.” “Not for me, but I will buy it as always,” the Daily Star quoted former player Stan Cole, as saying. Siobhan Fair, of Netmums, said: “The cost is a disgrace.”',
    ].join('\n');
    expect(texts(page)).toEqual(['Another new kit – skint.', 'It looks the same as the last one.']);
  });
});

describe('a page without a headline', () => {
  it('is a page of reactions when its first paragraph says so, so named readers count', () => {
    const page = [
      'ANGER has grown among readers after the county council proposed a rise in parking charges.',
      '',
      'The council says the rise will pay for road repairs.',
      '',
      'Gemma Quinn said: "We pay enough already and the roads are still a mess."',
      '',
      'Derek Haslam said: "What do we get for it? Nothing."',
    ].join('\n');
    expect(extractComments(articleFromText(page)).map((c) => c.attribution)).toEqual(['Gemma Quinn said', 'Derek Haslam said']);
  });
});
