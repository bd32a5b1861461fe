// Types decided by the article: countries that are also names or states, operations, places and programmes.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { PARTNER_AMPERSAND, PARTNER_LIST } from '../../src/extract/retype.js';

const typed = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}`).sort();

describe('words that may name a country', () => {
  test.each<[string, string[]]>([
    ['Turkey said on Monday it would close its border with Syria.', ['Country:Syria', 'Country:Turkey']],
    ['Officials in Türkiye said the talks had failed.', ['Country:Turkey']],
    ['Georgia held elections on Saturday, and its prime minister said Tbilisi was ready.', ['Country:Georgia']],
    ['Voters in Atlanta, Georgia, went to the polls as Gov. Brian Kemp said turnout was high.', ['Person:Brian Kemp', 'Place:Atlanta', 'Place:Georgia']],
    // The mention's own sentence decides before the article: the US state in an article that mentions Moscow, the
    // country in one that mentions US primaries; "Senator X of Georgia" is a person and the state.
    ['In Georgia, Collins is mounting a Republican primary challenge. Moscow said no.', ['Country:Russia', 'Place:Georgia']],
    ['Putin invaded Georgia in August 2008. Trump later won the primary in Ohio.', ['Country:Georgia', 'Place:Ohio']],
    ['Ryan spoke after the special election defeat in Georgia on Tuesday.', ['Place:Georgia']],
    ['Senator Saxby Chambliss of Georgia pressed Brennan on Tuesday.', ['Person:Saxby Chambliss', 'Place:Georgia']],
    ['Tbilisi said that Georgia was ready to join NATO.', ['Country:Georgia', 'Organization:North Atlantic Treaty Organization']],
    // The state's own cues in the sentence: an Army post, a town before it, another state beside it, a governor's or a
    // member of Congress's title, a member "from" it; countries beside it keep the country.
    ['The Army trains soldiers at Fort Gordon in Georgia and at Fort Sill in Oklahoma.', ['Place:Georgia', 'Place:Oklahoma']],
    ['Gov. Nathan Deal of Georgia signed the bill on Friday.', ['Person:Nathan Deal', 'Place:Georgia']],
    ['She is a Republican congresswoman from Georgia who sits on the panel.', ['Place:Georgia']],
    ['Storms hit Alabama and Georgia overnight, cutting power to thousands.', ['Place:Alabama', 'Place:Georgia']],
    ['The carpet plant in Dalton, Georgia, will close next year.', ['Place:Georgia']],
    ['Russia keeps troops in Moldova and Georgia, the report said.', ['Country:Georgia', 'Country:Moldova', 'Country:Russia']],
    ['The envoy traveled to Kyiv and to Tbilisi, Georgia, last week.', ['Country:Georgia', 'Place:Kyiv']],
    ['Jordan said it would host more refugees from Syria.', ['Country:Jordan', 'Country:Syria']],
    ['Michael Jordan said he would retire. Jordan scored 30 points.', ['Person:Michael Jordan']],
    ['Chad sent troops to Mali, officials said.', ['Country:Chad', 'Country:Mali']],
    ['Chad Pergram reported from the Capitol on Tuesday.', ['Person:Chad Pergram']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('operations, places and programmes are no people', () => {
  test.each<[string, string[]]>([
    // rel8: a name headed by a noun of a body is the body's, not a person a pronoun could take up
    ['Former House Permanent Select Committee on Intelligence Chairman Pete Hoekstra has often complained. He sides with Dianne Feinstein.', ['Organization:Select Committee', 'Person:Dianne Feinstein', 'Person:Pete Hoekstra']],
    ['The most generous donors to the Bill, Hillary & Chelsea Clinton Foundation will convene on June 6.', ['Organization:Hillary & Chelsea Clinton Foundation']],
    ['Operation Desert Storm began in 1991. Desert Storm ended quickly.', []],
    ['Tankers crossed the Persian Gulf and the Black Sea on their way.', ['Place:Black Sea', 'Place:Persian Gulf']],
    ['The Special Access Programs were discussed by the panel.', []],
    ['Exercise Cobra Gold was held in Thailand.', ['Country:Thailand']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a country personified is that country; the everyman of idiom is no one (lexicon/stock-characters.ts)', () => {
  test.each<[string, string[]]>([
    ['As soon as Uncle Sam was out of the way, they took a series of steps to alienate the Sunnis.', ['Country:United States']],
    ['Of all the military misadventures into which Uncle Sam has blundered since 2001, Syria is different.', ['Country:Syria', 'Country:United States']],
    ['It would be hard to convince Joe Sixpack that this is a whole new ballgame, Nancy Pelosi said.', ['Person:Nancy Pelosi']],
    // must stay people: a given name with another surname; an uncle named Sam
    ['Sam Nunn said the treaty mattered.', ['Person:Sam Nunn']],
    ['His uncle, Sam Bradley, said the farm was sold.', ['Person:Sam Bradley']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a quoted nickname before a name is no other person', () => {
  test.each<[string, string[]]>([
    ["Jim Mattis spoke on Monday. Later, 'Mad Dog' Mattis left.", ['Person:Jim Mattis']],
    ['Jim Mattis spoke on Monday. Later, “Mad Dog” Mattis left.', ['Person:Jim Mattis']],
    // Not a nickname: a quoted name that stands alone, or before a lower-case word — and, only ever in quote marks, no
    // person at all (extract/unlikely-people.ts).
    ["Jim Mattis spoke on Monday. He was called 'Mad Dog' by his troops.", ['Person:Jim Mattis']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('an epithet or a conjunction before a name is no part of it', () => {
  test.each<[string, string[]]>([
    ['Trump tweeted: "President Putin, Russia and Iran are responsible for backing Animal Assad. Big price to pay." Bashar Assad denied it.', ['Country:Iran', 'Country:Russia', 'Person:Bashar Assad', 'Person:Putin', 'Person:Trump']],
    ['Several of Donald Trump’s picks drew fire. Whether Trump ultimately follows his team of hotspurs on Russia is unclear.', ['Country:Russia', 'Person:Donald Trump']],
    // not an epithet: a name of its own; a nickname quoted whole (left to the quotation rule)
    ['Little Rock officials met on Monday.', ['Place:Little Rock']],
    ['Trump called them “Sleepy Joe” and “Crazy Bernie.” Sleepy Joe Biden is weak, Trump said, and Biden did not answer.', ['Person:Joe Biden', 'Person:Trump']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a town followed by a comma and a US state is a Place, whichever stage reads it', () => {
  test.each<[string, string[]]>([
    // the entity stage's rule (every mention before a state) makes the town a Place too, no longer no entity
    ['Association President Davie Stevens, a soybean farmer from Clinton, Kentucky, expressed frustration.', ['Person:Davie Stevens', 'Place:Clinton', 'Place:Kentucky']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a capital written with its federal district is the city, one node per mention (FEDERAL_DISTRICT_RULES)', () => {
  /** Each place or country node with the texts of its mentions: two nodes for one span show as two rows. */
  const nodes = (body: string) =>
    extract(body).entities.filter((e) => e.type === 'Place' || e.type === 'Country' || e.type === 'Person').map((e) => `${e.type}:${e.name}=${e.mentions.map((m) => m.text).join('|')}`).sort();
  test.each<[string, string[]]>([
    // the district's abbreviation ending the sentence was a second place, "District of Columbia"
    ['The group is based in Washington, D.C.', ['Place:Washington, D.C.=Washington']],
    ['Bart Jansen reported from Washington, D.C.; Los Angeles had more.', ['Person:Bart Jansen=Bart Jansen', 'Place:Los Angeles=Los Angeles', 'Place:Washington, D.C.=Washington']],
    // the capital reading (the state acting) never holds with the district written out
    ['Washington, D.C., police said the man was armed.', ['Place:Washington, D.C.=Washington']],
    ['Prosecutors are looking into Washington, D.C., firms that helped him.', ['Place:Washington, D.C.=Washington']],
    ['Nellie Ohr worked for a Washington, D.C.-based research firm.', ['Person:Nellie Ohr=Nellie Ohr', 'Place:Washington, D.C.=Washington']],
    // no comma: read as one name, a person, or as the US state
    ['She was on her first visit to Washington D.C. as prime minister.', ['Place:Washington, D.C.=Washington D.C.']],
    ['The missile could reach Washington DC and New York.', ['Place:New York=New York', 'Place:Washington, D.C.=Washington']],
    // the district's abbreviation alone is the city too, never a body ("the D.C. region", "McClatchy’s D.C. bureau")
    ['The Washington Post reported that D.C. officials were told.', ['Place:Washington, D.C.=D.C.']],
    ['Reports by McClatchy’s D.C. bureau said he traveled to Prague.', ['Place:Prague=Prague', 'Place:Washington, D.C.=D.C.']],
    // negatives: the capital alone acting is the state, the president is a person, the state is the state
    ['Washington said it would respond to the sanctions.', ['Country:United States=Washington']],
    ['George Washington crossed the Delaware in 1776.', ['Person:George Washington=George Washington', 'Place:Delaware=Delaware']],
  ])('%s', (body, expected) => expect(nodes(body)).toEqual(expected));
});

describe('a known body’s acronym written as a word is that body (titleCaseAcronym)', () => {
  const typed = (body: string) => extract(body).entities.filter((e) => e.type === 'Person' || e.type === 'Organization').map((e) => `${e.type}:${e.name}`).sort();
  test.each<[string, string[]]>([
    ['The alliance now has 29 members. Read more about Nato.', ['Organization:North Atlantic Treaty Organization']],
    ['Nato officials say Russia has increased its activity, and NATO met on Monday.', ['Organization:North Atlantic Treaty Organization']],
    ['The coalition kept up the fight against Isis in Raqqa.', ['Organization:Islamic State']],
    // negatives: a given name before a surname, a word that is no known acronym, a body's own name in title case
    ['With assistance by Isis Almeida and Jenny Leonard.', ['Person:Isis Almeida', 'Person:Jenny Leonard']],
    ['Hamas fired rockets at Israel.', ['Organization:Hamas']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a partnership named by its partners is one body (PARTNER_LIST)', () => {
  test.each<[string, string[]]>([
    ['Adewale Adeyemo is now at the law firm Skadden, Arps, Slate, Meagher & Flom.', ['Organization:Skadden, Arps, Slate, Meagher & Flom', 'Person:Adewale Adeyemo']],
    ['She worked on sanctions and is now at the law firm Gibson, Dunn & Crutcher.', ['Organization:Gibson, Dunn & Crutcher']],
    ['Beth Wilkinson, a partner at Paul, Weiss, Rifkind, Wharton & Garrison LLP, argued in a statement.', ['Organization:Paul, Weiss, Rifkind, Wharton & Garrison', 'Person:Beth Wilkinson']],
    ['An outside audit by the firm of Briggs, Bunting & Dougherty found a failure.', ['Organization:Briggs, Bunting & Dougherty']],
    // negatives: no firm's noun before nor legal form after — a list of countries, of languages
    ['I believe that China, Russia, Japan & South Korea will be very helpful.', ['Country:China', 'Country:Japan', 'Country:Russia', 'Country:South Korea']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('people the tagger read as bodies', () => {
  test.each<[string, string[]]>([
    // stop 54: a given name the lexicon knows and a family name, with no body's word or cue, is a person
    ['“We will respond,” Admiral John Kirby told Gloria Borger on CNN’s The Lead.', ['Organization:CNN', 'Person:Gloria Borger', 'Person:John Kirby']],
    // a family name that is a common word or its plural, or a name after "the" or "at", is no proof: "the Tyson Foods plant"
    ['Workers at the Tyson Foods plant went on strike.', ['Organization:Tyson Foods']],
    // a titled person's family name alone, and the given name of the one person the article gives it, are that person
    ['The photo shows Denmark’s Prime Minister Helle Thorning-Schmidt with Obama. Thorning-Schmidt seemed preoccupied.', ['Country:Denmark', 'Person:Helle Thorning-Schmidt']],
    // must not retype: a company named like a person, a person's name before a collective noun, a given name that is a common word
    ['Morgan Stanley said its profit rose.', ['Organization:Morgan Stanley']],
    ['The website of the state-run Al Ahram newspaper reported that he was held.', ['Organization:Al Ahram']],
    ['A survey conducted on March 13th by Gordon Haskett, a research firm, found that one in three bought food online.', ['Organization:Gordon Haskett']],
    ['The Blue Jays beat the Red Sox on Monday.', ['Organization:Blue Jays', 'Organization:Red Sox']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('publications and broadcasters named like people are organisations', () => {
  test.each<[string, string[]]>([
    // the article calls it a magazine once: every mention is the magazine
    ['Gunmen attacked the satirical magazine Charlie Hebdo in Paris. Charlie Hebdo had printed cartoons.', ['Organization:Charlie Hebdo', 'Place:Paris']],
    ['The Qatar-based broadcaster Al Jazeera said its reporters were held.', ['Country:Qatar', 'Organization:Al Jazeera']],
    // the outlet list knows it without a cue
    ['He told Al Jazeera that the talks had failed.', ['Organization:Al Jazeera']],
    // a listed outlet of two words or more, however it reads ("Mother" a title, "Jones" a surname)
    ['Clinton told liberal site Mother Jones about the reports.', ['Organization:Mother Jones', 'Person:Clinton']],
    ['The guidance limits briefings, according to Mother Jones.', ['Organization:Mother Jones']],
    ['Vanity Fair reported that the deal collapsed.', ['Organization:Vanity Fair']],
    ['The Gazette Daily ran a story about the Ruben Marquez network of shell firms.', ['Organization:Gazette Daily', 'Organization:Ruben Marquez']],
    // must not retype: a person given a title in the article, and a person before a noun that follows names
    ['Sen. Ruben Marquez spoke. The Ruben Marquez network of donors grew.', ['Person:Ruben Marquez']],
    ['Donald Trump television interviews drew millions.', ['Person:Donald Trump']],
    ['Al Franken said he would resign.', ['Person:Al Franken']],
    ['Mother Teresa said so.', ['Person:Mother Teresa']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a title word before a body\'s head noun is the first word of the body', () => {
  test.each<[string, string[]]>([
    ['It was not about what investigators and Justice Department officials did too.', ['Organization:Justice Department']],
    ['Senior Justice Department officials said no such request was made.', ['Organization:Justice Department']],
    // must stay a person: a title before a name
    ['Justice Kennedy wrote the opinion.', ['Person:Kennedy']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a US state abbreviated after a comma or in a lawmaker\'s brackets is the state, no person or body', () => {
  test.each<[string, string[]]>([
    ['Trump, who is at his resort in Palm Beach, Fla., had been relatively quiet.', ['Person:Trump', 'Place:Florida', 'Place:Palm Beach']],
    ["Tucker's wife, Heidi Nunes, of Walnut Creek, Calif., survived the attack.", ['Person:Heidi Nunes', 'Place:California', 'Place:Walnut Creek']],
    ['Powell, speaking to central bankers in Jackson Hole, Wyo., gave vague assurances.', ['Place:Jackson Hole', 'Place:Wyoming']],
    ['Rescue workers came from Fairfax County, Va., CBS News reports.', ['Organization:CBS News', 'Place:Fairfax County', 'Place:Virginia']],
    // a lawmaker's state: after the party's comma, or alone in brackets; the lawmaker stays a person
    ['Senator John Kennedy (R., La.) asked Facebook’s general counsel about it.', ['Organization:Facebook', 'Person:John Kennedy', 'Place:Louisiana']],
    ['Critics noted the silence of Sen. Ted Cruz (Tex.) at the debate.', ['Person:Ted Cruz', 'Place:Texas']],
    ['Trump courted senators such as Joe Donnelly, Ind., and Claire McCaskill, Mo.', ['Person:Claire McCaskill', 'Person:Joe Donnelly', 'Place:Indiana', 'Place:Missouri']],
    // not a state's slot: the Israeli broadcaster Kan ends its sentence, with no comma before it
    ['Hotovely told public broadcaster Kan. She had visited Park Ridge, Ill., on Friday.', ['Organization:Kan', 'Person:Hotovely', 'Place:Illinois', 'Place:Park Ridge']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('PARTNER_LIST is searched only in bodies holding PARTNER_AMPERSAND', () => {
  test('its source holds the ampersand between spaces outside any group or alternative, so every match does', () => {
    expect(PARTNER_LIST.source).toBe(String.raw`\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+){1,5},? & \p{Lu}\p{Ll}+`.replace(' & ', PARTNER_AMPERSAND));
  });
  test.each([
    ['the law firm Gibson, Dunn & Crutcher said', 1],
    ['Skadden, Arps, Slate, Meagher & Flom LLP', 1],
    ['Gibson, Dunn and Crutcher', 0],
  ])('%s', (text, n) => {
    const found = [...text.matchAll(PARTNER_LIST)];
    expect(found.length).toBe(n);
    for (const m of found) expect(m[0]).toContain(PARTNER_AMPERSAND);
  });
});
