// Page furniture: captions, credits, widgets and bylines are masked before extraction; real sentences are not.
import { describe, expect, test } from 'vitest';
import { FURNITURE_RULES, INLINE_LINK_LIST, findFurniture, lineRule, maskFurniture } from '../../src/extract/furniture.js';
import { extract } from './helpers.js';

describe('every furniture rule matches its own examples', () => {
  test.each(FURNITURE_RULES.flatMap((r) => r.examples.map((e) => [r.id, r.scope, e] as const)))('%s: %s %s', (id, scope, example) => {
    if (scope === 'line') expect(lineRule(example)).toBe(id);
    else expect(findFurniture(`Some text ${example} more text.`).map((s) => s.rule)).toContain(id);
  });
});

describe('a credit or widget label run into the first line is masked, the rest of the line kept', () => {
  test.each<[string, string]>([
    ['CLOSE President Trump says the era of free trade is over', 'President Trump says the era of free trade is over'],
    ['Getty Images President Donald Trump talks in the White House', 'President Donald Trump talks in the White House'],
    ['Getty Images said profits rose', 'Getty Images said profits rose'],
    ['He voted to CLOSE the base.', 'He voted to CLOSE the base.'],
  ])('%s', (line, kept) => {
    const masked = maskFurniture(line);
    expect(masked.length).toBe(line.length);
    expect(masked.trim()).toBe(kept);
  });
});

describe('furniture lines', () => {
  test.each<[string, string]>([
    ['Hide Caption 4 of 11 Photos: Flooding in Jakarta Residents wade through water.', 'caption.gallery'],
    ['JUST WATCHED Talks stall in Geneva Replay More Videos ... MUST WATCH Talks stall in Geneva 02:10', 'video.widget'],
    ['Enlarge this image toggle caption Maria Ortiz/AP Maria Ortiz/AP', 'caption.image'],
    ['Image copyright EPA Image caption Protesters gathered outside the embassy', 'caption.image'],
    ['Sign up for the Morning Dispatch newsletter', 'newsletter'],
    ['Get the best of our reporting delivered to your inbox. Sign up now.', 'newsletter'],
    ['By Anna Kowalski and Tom Reyes', 'byline'],
    ['Follow Maria on Twitter @mariao', 'follow.social'],
    ['CLICK HERE FOR THE DAILY BRIEF APP', 'click.here'],
    ['READ MORE: Leaders gather in Oslo', 'link.more'],
    ['Copyright 2021 The Example Herald. All rights reserved.', 'copyright'],
    ['Advertisement', 'ad.marker'],
    ['Daily Digest newsletter Sign up today to receive the top stories in politics Email Sign Up By signing up you agree to receive email newsletters or alerts from us. You can unsubscribe at any time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.', 'signup.form'],
    ['Newsletter Sign Up Continue reading the main story Please verify you are not a robot by clicking the box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to.', 'signup.form'],
    ['Fight Back! Sign up for Take Action Now and get three actions every week. You will receive occasional promotional offers for programs that support our journalism. You can read our Privacy Policy here.', 'signup.form'],
    ['Sign up for our Book Club today. Did you know you can support the Herald by reading?', 'promo.call'],
    ['Bay Dispatch is a weekly email on the port economy. Sign up here.', 'promo.call'],
    ['Subscribe to our YouTube channel.', 'promo.call'],
    ['Cruise With The Herald Be the first to hear about Herald Cruises voyages, and explore the world with kindred spirits.', 'promo.call'],
  ])('%s → %s', (line, rule) => expect(lineRule(line)).toBe(rule));

  test.each<string>([
    'President Trump met Kim Jong Un in Singapore on Tuesday.',
    'By the end of the week, Ana Lopez had signed the agreement.',
    'He said the newsletter he founded was never about politics, and he would not sign up for another term.',
    'The photos, released by the ministry, show the damage.',
    'Follow-up talks are planned in Vienna next month.',
    'Advertisement revenue at the firm fell 20 percent last year.',
    'She told reporters that the Associated Press had it wrong.',
    'Read the full statement, the spokesman urged.',
    // a credit line names real people and bodies of the story's making: text, as the seed gold counts it
    'Reuters and Fox News’ Jane Doe contributed to this report.',
    // signing up, subscribing and privacy told of in a story, not asked of the reader
    'House Republicans voted to let Dreamers sign up for the military, and Democrats said those willing to sign up were insulted.',
    'Targeting outsiders is in line with a group that attacks those who do not subscribe to its hard-line version of Islam.',
    'The company said users could opt out of the data collection, and the regulator said its privacy policy was misleading.',
    'She wanted to be the first to know. Be careful, she told him.',
  ])('text: %s', (line) => {
    expect(lineRule(line)).toBeUndefined();
    expect(findFurniture(line)).toEqual([]);
  });
});

describe('furniture spans', () => {
  test.each<[string, string]>([
    ['Police guard the station. (Photo: Ana Lopez, AFP/Getty Images) Trains stopped.', '(Photo: Ana Lopez, AFP/Getty Images)'],
    ['Leaders at the summit (Ed Jones/AFP/Getty Images) talked.', '(Ed Jones/AFP/Getty Images)'],
    ['Two heroes (Getty Images.) at the parade.', '(Getty Images.)'],
    // a bracketed link to another story, with that story's headline
    ['Obama spoke on Monday. ( Also on POLITICO: Janet Napolitano: Feds were aware of ISIL) In a separate discussion, Olsen spoke.', '( Also on POLITICO: Janet Napolitano: Feds were aware of ISIL)'],
    ['Comey testified. (RELATED: Trump Lawyer Says He Feels Vindicated By Comey Testimony) The hearing ended.', '(RELATED: Trump Lawyer Says He Feels Vindicated By Comey Testimony)'],
    // a live blog's time stamp with its headline-case heading; a stamp before a sentence goes alone
    ['made reconciliation real. Update at 7:57 a.m. ET. Zuma Booed Again: As he was preparing to speak, Zuma was booed.', 'Update at 7:57 a.m. ET. Zuma Booed Again:'],
    ['Update at 6:31 a.m. ET. Obama Now Speaking: Obama has now taken the podium.', 'Update at 6:31 a.m. ET. Obama Now Speaking:'],
    ['Update at 2:15 p.m. ET. Boston police said they were looking for a green Honda.', 'Update at 2:15 p.m. ET'],
    ['[Updated 8:07 a.m. ET] "All of Boston" should shelter in place, Gov. Deval Patrick said.', 'Updated 8:07 a.m. ET'],
    // a market page's ticker and change after the company's name
    ['Tech Data Corp. TECD, +0.09% stock rose 15.7% after reporting results.', 'TECD, +0.09%'],
    ['The S&P 500 SPX, -1.23% stood about the same distance from its record.', 'SPX, -1.23%'],
  ])('%s', (text, credit) => {
    const [s] = findFurniture(text);
    expect(text.slice(s.start, s.end)).toBe(credit);
  });

  test.each<string>(['The deal (signed in 2015) collapsed.', 'Officials (including the AP reporter) left.', 'The senator (who said: “We will win”) left.', 'The update at 7:57 a.m. was late.', 'The Senate will vote on an update of the law: Democrats objected.', 'A CNN/SSRS, 84% of Democrats approve.', 'Tariffs on the EU, 25% on steel, began.'])('no credit: %s', (text) => {
    expect(findFurniture(text)).toEqual([]);
  });
});

describe('picture credits run into the text: the credit masked, the story kept', () => {
  test.each<[string, string[]]>([
    ['Donald Trump in Morristown on Aug. 15. Photographer: Nicholas Kamm/AFP via Getty Images The U.S. president said more.', ['Photographer: Nicholas Kamm/AFP via Getty Images']],
    ['A gathering in Buenos Aires [Kevin Lamarque/Reuters] Al Jazeera reports from Osaka.', ['[Kevin Lamarque/Reuters]']],
    ['Millions live in hunger in Yemen [File: Mohamed al-Sayaghi/Reuters] A top official said so.', ['[File: Mohamed al-Sayaghi/Reuters]']],
    ['Former President George W. Bush in August. Credit... Brendan Smialowski/Agence France-Presse — Getty Images According to those familiar,', ['Credit... Brendan Smialowski/Agence France-Presse — Getty Images']],
    ['The bureau released this image of the suspect. Credit Reuters The hunt for the suspects took a turn.', ['Credit Reuters']],
    ['Troops near the coast. Marcelo del Pozo/Bloomberg The friction grew.', ['Marcelo del Pozo/Bloomberg']],
    ['Residents wait for supplies. Previous Next Charlie Saceda /Reuters/Landov Hide caption', ['Previous Next Charlie Saceda /Reuters/Landov']],
    ['Thatcher with her twins. Previous Next AP Hide caption', ['Previous Next AP']],
    ['The coup leader in Bangkok. Previous Next Remy de la Mauviniere/Pool/AP Hide caption', ['Previous Next Remy de la Mauviniere/Pool/AP']],
    ['Mr. Putin last year in Helsinki. Photo: brendan smialowski/Agence France-Presse/Getty Images', ['Photo: brendan smialowski/Agence France-Presse/Getty Images']],
    ['John Bolton Photographer: Andrew Harrer/Bloomberg Kim Jong Un: ‘Little Rocket Man’', ['Photographer: Andrew Harrer/Bloomberg']],
    ['Troops head to a base in Erbil on Monday. Photo: Manu Brabo for The Wall Street Journal Sen. Gary Peters said', ['Photo: Manu Brabo for The Wall Street Journal']],
    ['The ministry has threatened to act. Photo Illustration: Heather Seidel China’s Commerce Ministry said', ['Photo Illustration: Heather Seidel']],
    // not a credit: a poll's sponsors, a bank, a band, an agency as the subject, a photo told of
    ['An Ipsos/Reuters poll found that most voters agreed, and an NBC/AP poll did too.', []],
    ['He ran Credit Suisse in Asia before he joined Reuters in 2010.', []],
    ['Fans of AC/DC met the Reuters reporter and the AP photographer.', []],
    ['The photo by the ministry showed the damage, and the image was shared widely.', []],
  ])('%s', (text, credits) => {
    const masked = maskFurniture(text);
    const gone = [...masked.matchAll(/\n+/g)].map((m) => text.slice(m.index, m.index + m[0].length));
    expect(gone).toEqual(credits);
  });

  test.each<[string, string | undefined]>([
    // a photo's caption keeps its names (the credit alone is masked, above); a video's blurb is the whole line
    ['Wilbur Ross Photographer: Joshua Roberts/Bloomberg', undefined],
    ['Mr. Trump and Russian President Vladimir Putin last year in Helsinki. Photo: brendan smialowski/Agence France-Presse/Getty Images', undefined],
    ['The prime minister warned Iran on Thursday. Ana Lopez has details on The News Hub. (Photo: AP)', 'caption.video-blurb'],
    ['The order imposed tariffs on washing machines. WSJ’s Ana Lopez examined whether it could ignite a trade war. Photo: AP (Originally published Jan. 24, 2018)', undefined],
    ['The order imposed tariffs on washing machines. WSJ’s Ana Lopez explains. Photo: AP (Originally published Jan. 24, 2018)', 'caption.video-blurb'],
    // a photo's caption closed by its credit keeps its text (the credit alone is masked)
    ['President Trump sits for lunch with President Macron in Biarritz. Efforts to salvage consensus among the Group of Seven were fraying. (Photo: Ana Lopez, AP)', undefined],
    ['Mourners gather at the memorial on Wednesday. (Photo: Jason Lee, AP)', undefined],
    // a credit followed by the story on the same line is no caption line (its span is masked, the line kept)
    ['Wilbur Ross Photographer: Joshua Roberts/Bloomberg The secretary said on Tuesday that talks would resume.', undefined],
    ['The minister, pictured in a photo: smiling, said talks would resume.', undefined],
  ])('caption line: %s', (line, rule) => expect(lineRule(line)).toBe(rule));

  test('the credit names no entity; the caption and the story keep theirs', () => {
    const r = extract('Donald Trump in Morristown on Aug. 15. Photographer: Nicholas Kamm/AFP via Getty Images The U.S. president later told reporters he would meet Xi Jinping.');
    const names = r.entities.filter((e) => e.type !== 'Event').map((e) => e.name);
    expect(names).not.toContain('Nicholas Kamm');
    expect(names).not.toContain('Agence France-Presse');
    expect(names).toEqual(expect.arrayContaining(['Donald Trump', 'Xi Jinping']));
  });
});

describe('masking keeps offsets', () => {
  const body = 'Talks resume\nHide Caption 1 of 3 Photos: Replay More Videos\nForeign Minister Sergey Lavrov said on Monday that talks would resume.\nSign up for Daily Newsletters Manage Newsletters';
  test('same length, furniture gone, text untouched', () => {
    const masked = maskFurniture(body);
    expect(masked.length).toBe(body.length);
    expect(masked).not.toContain('Hide Caption');
    expect(masked).not.toContain('Newsletters');
    expect(masked.indexOf('Sergey Lavrov')).toBe(body.indexOf('Sergey Lavrov'));
  });
  test('no entities from furniture; mention offsets point into the stored body', () => {
    const result = extract(body);
    const names = result.entities.filter((e) => e.type !== 'Event');
    expect(names.map((e) => e.name)).toEqual(['Sergey Lavrov']);
    const [m] = names[0].mentions;
    expect(body.slice(m.start, m.end)).toBe(m.text);
    expect(result.article.body).toBe(body);
  });
});

describe("inline link lists (The Hill: a full name glued to another article's headline, closed by MORE)", () => {
  test.each<[string, string | null]>([
    ['Sen. Jim Risch James Elroy RischTrump hosts Recep Tayyip Erdogan at White House | Highlights MORE (R-Idaho) spoke.', 'James Elroy RischTrump hosts Recep Tayyip Erdogan at White House | Highlights MORE'],
    ['Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellSenate passes defense bill MORE (R-Ky.) said.', 'Addison (Mitch) Mitchell McConnellSenate passes defense bill MORE'],
    // the tooltip's full name goes with the link: the shown name ends at the glued surname's first occurrence
    ['and President Trump Donald John TrumpGOP senators balk at trial MORE’s former campaign chairman', 'Donald John TrumpGOP senators balk at trial MORE'],
    ['Treasury Secretary Steven Mnuchin Steven Terner MnuchinNew book questions record MORE said.', 'Steven Terner MnuchinNew book questions record MORE'],
    // no shown surname within six name words before it: only the glued word and the headlines go
    ['the senator said Jim James Elroy RischTrump hosts Erdogan at White House MORE today', 'RischTrump hosts Erdogan at White House MORE'],
    // a list longer than 400 characters: its glued name is found before the first of its " | " separators
    [
      'Sen. Jeanne Shaheen Cynthia (Jeanne) Jeanne ShaheenOn The Money: US paid record tariffs in September | Dems ramp up oversight of opportunity zones | Judge hints at letting House lawsuit over Trump tax returns proceed Overnight Energy: EPA watchdog slams agency chief after deputy fails to cooperate | Justices wrestle with reach of Clean Water Act | Bipartisan Senate climate caucus grows Overnight Defense: Trump, Erdogan confirm White House meeting | Public hearings set for next week | Top defense appropriator retiring MORE (D-N.H.) said.',
      'Cynthia (Jeanne) Jeanne ShaheenOn The Money: US paid record tariffs in September | Dems ramp up oversight of opportunity zones | Judge hints at letting House lawsuit over Trump tax returns proceed Overnight Energy: EPA watchdog slams agency chief after deputy fails to cooperate | Justices wrestle with reach of Clean Water Act | Bipartisan Senate climate caucus grows Overnight Defense: Trump, Erdogan confirm White House meeting | Public hearings set for next week | Top defense appropriator retiring MORE',
    ],
    // …but not across text that is no list: a glued word far before, with no separator chain between, stays text
    ['WikiLeaks published the cables, and officials at the State Department spent the following months assessing the damage to relations with allies in Europe and Asia, while the Justice Department weighed charges against the people who had leaked them and the reporters who wrote about them in several newspapers, and the debate over press freedom and national security that followed went on for years in Congress and the courts | Highlights MORE (R-Ky.) spoke.', null],
    // a name's own inner capital ("McConnell", "DeSantis") is no glued headline
    ['Mitch McConnell met Recep Tayyip Erdogan at the White House | Highlights MORE (R-Ky.) spoke.', null],
    ['Ron DeSantis said there was MORE to do.', null],
    // a tooltip not glued to its headline: the shown surname repeated at the tooltip's end, then the headline
    ["Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to a plan MORE (R-Wis.) defended Trump", "Paul Davis Ryan Retirees should say 'no thanks' to a plan MORE"],
    ['scrutiny of former Vice President Joe Biden Joe Biden Parnas: U.S. ambassador removed MORE and his son', 'Joe Biden Parnas: U.S. ambassador removed MORE'],
    // …but a name said twice in a sentence, with no link list after it, stays text
    ['Paul Ryan thanked Ryan Zinke, and Ryan Crocker said there was MORE to do.', null],
    // "MORE" inside a word or shouting is no link-list end
    ['The RischTrump plan asked for MOREOVER nothing.', null],
    // a headline opening with a year glued to the tooltip's surname
    ["investigation into Hillary Clinton Hillary Diane Rodham Clinton2020 Democrats make play for veterans' votes MORE's use of a server", "Hillary Diane Rodham Clinton2020 Democrats make play for veterans' votes MORE"],
    // the tooltip's surname glued to "MORE" itself
    ['chief of staff John Kelly John Francis KellyMORE called Tillerson', 'John Francis KellyMORE'],
    // a surname of three letters glued, when the shown name ends in it
    ['with Prime Minister Theresa May Theresa Mary MayThe US needs a Secretary of Loneliness MORE days before', 'Theresa Mary MayThe US needs a Secretary of Loneliness MORE'],
    ['He met Ronald MacDonald, who said there was MORE to do.', null],
    // the shown surname after the list: the tooltip opens with the shown given name said again
    ['press secretary Sarah Huckabee Sarah Elizabeth SandersBill Press: Mulvaney proves need for briefings MORE Sanders told reporters', 'Sarah Elizabeth SandersBill Press: Mulvaney proves need for briefings MORE'],
  ])('%s', (text, masked) => {
    const spans = findFurniture(text).filter((s) => s.rule === INLINE_LINK_LIST);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(masked ? [masked] : []);
  });

  test("the glued names and the headline's names are no entities", () => {
    const r = extract('Sen. Jim Risch James Elroy RischTrump hosts Recep Tayyip Erdogan at White House | Highlights MORE (R-Idaho) spoke to reporters on Monday.');
    expect(r.entities.map((e) => e.name)).not.toContain('Recep Tayyip Erdogan');
    expect(r.entities.map((e) => e.name).some((n) => /RischTrump|Elroy Risch/.test(n))).toBe(false);
  });

  test("the tooltip's full name does not run into the shown name", () => {
    const r = extract('Oleg Deripaska, an oligarch with ties to President Trump Donald John TrumpGOP senators balk at lengthy impeachment trial MORE’s former campaign chairman, was sanctioned. Treasury Secretary Steven Mnuchin Steven Terner MnuchinNew book questions record MORE said on Friday that more would follow.');
    const names = r.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(names.filter((n) => /Donald John|Steven Terner|Mnuchin Steven/.test(n))).toEqual([]);
    expect(names).toContain('Steven Mnuchin');
  });
});

describe('a link list under its label ("Read more:", "Related:"): the headlines masked, the prose after them kept', () => {
  test.each<[string, string[]]>([
    ['Trump spoke on Monday.\n\nRead more:\n\nNorth Korea writes rare letter to House protesting new sanctions\n\nKim says talks are off\n\nThe talks resumed on Friday.', ['Read more:', 'North Korea writes rare letter to House protesting new sanctions', 'Kim says talks are off']],
    // a masked line between the label and the headlines keeps the list
    ['He left.\n\nRead more:\n\nAdvertisement\n\nWar With North Korea is Possible\n\nThe Difference Between the Trump and Clinton Investigations\n\nHe came back.', ['Read more:', 'Advertisement', 'War With North Korea is Possible', 'The Difference Between the Trump and Clinton Investigations']],
    ['He left.\n\nMore from PRI.org:\n\nIt is decision time for the Trump administration on North Korea\n\nHe came back.', ['More from PRI.org:', 'It is decision time for the Trump administration on North Korea']],
    // prose right after the label: the list is empty, the prose stays
    ['He left.\n\nMore:\n\nCurrently, there is confusion in Baghdad about the legal process, officials said.\n\nHe came back.', ['More:']],
    // a section's own heading is no link list
    ['He left.\n\nIts prospects:\n\nThe United States has spent more than a year pounding ISIS targets in Iraq\n\nHe came back.', []],
  ])('%#', (body, masked) => {
    expect(findFurniture(body).map((s) => body.slice(s.start, s.end))).toEqual(masked);
  });

  test('a Guardian link closed by "Read more" says nothing of this story', () => {
    const r = extract("Clinton will speak on Thursday.\n\nDonald Trump is 'fraud' out to 'scam America', says Hillary Clinton Read more\n\nShe spoke for an hour.");
    expect(r.quotes).toEqual([]);
  });
});

describe('inline link lists: a shown name keeps its generational suffix', () => {
  test('"Donald Trump Jr. Donald (Don) John TrumpTrump Jr\'s …": the tooltip starts after "Jr."', () => {
    const text = "which his eldest son, Donald Trump Jr. Donald (Don) John TrumpTrump Jr's 'Triggered' debuts at No. 1 MORE, attended in June.";
    const spans = findFurniture(text).filter((s) => s.rule === INLINE_LINK_LIST);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Donald (Don) John TrumpTrump Jr's 'Triggered' debuts at No. 1 MORE"]);
  });
});
