// A body's name read with a word at its edge that is no part of it (extract/body-edges.ts): "then-", "ex-" before it;
// a title's words after it ("Irish Prime" Minister, "U.N. Special Envoy").
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { BODY_EDGE_RULES, cutBodyEdges } from '../../src/extract/body-edges.js';
import { splitCoordinatedBodies } from '../../src/extract/coordinated-bodies.js';
import type { Mention } from '../../src/extract/mentions.js';

const typed = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort();

describe('a time prefix before a body', () => {
  test.each<[string, string[]]>([
    // time-prefix: the body after "then-", "ex-"
    ['She and then-CIA director Leon Panetta argued over CIA drone strikes.', ['Organization:Central Intelligence Agency:2', 'Person:Leon Panetta:1']],
    ['Then-FBI Director James Comey held a news conference.', ['Organization:Federal Bureau of Investigation:1', 'Person:James Comey:1']],
    ['He met then-State Department officials.', ['Organization:State Department:1']],
    // …and a title after the prefix is no body
    ['Then-Secretary of State John Kerry flew in.', ['Person:John Kerry:1']],
    ['Then-Attorney General Jeff Sessions recused himself.', ['Person:Jeff Sessions:1']],
    // …and a person's full name after the word the prefix dates is the person
    ['Ex-Yankee Randy Velarde said he was ready.', ['Person:Randy Velarde:1']],
    // must stay: a name that holds "Ex-"
    ['The Ex-Im Bank lent the money.', ['Organization:Ex-Im Bank:1']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));

  test('every rule documents itself', () => {
    for (const r of BODY_EDGE_RULES) {
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.examples.length).toBeGreaterThan(0);
    }
  });
});

describe('a compound adjective of who backs, leads or runs a body', () => {
  test.each<[string, string[]]>([
    // agent-adjective: the body is the name after it
    ['We saw the collapse of the U.S.-backed Free Syrian Army on Monday.', ['Organization:Free Syrian Army:1']],
    ['Fighters of the al-Qaida-linked Nusra Front attacked.', ['Organization:Nusra Front:1']],
    ['He spoke to the London-based International Center for the Study of Radicalization.', ['Organization:International Center for the Study of Radicalization:1']],
    // …and none when only a common noun is left
    ['The Hamas-led government said so.', []],
    // must stay: a common word before the participle may open the name
    ['The Ground-based Midcourse Defense (GMD) system failed.', ['Organization:Ground-based Midcourse Defense:2']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a word that opens a clause or a question before a body', () => {
  test.each<[string, string[]]>([
    // clause-opener: the body is the name after it
    ['Though Hamas won the vote, the talks stalled.', ['Organization:Hamas:1']],
    ['Unless Congress votes, the order stands.', ['Organization:Congress:1']],
    ['If House Republicans thought so, they were wrong.', ['Organization:House Republicans:1']],
    // …and none when a pronoun or a lone common noun is left
    ['“Is It Enough?” she asked.', []],
    ['“Although Department policy barred you from it,” he said.', []],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe("a title's words at the edges of a body's name", () => {
  test.each<[string, string[]]>([
    // title-front: the words that open a role noun before it
    ['Irish Prime Minister Enda Kenny said he was pleased.', ['Country:Ireland:1', 'Person:Enda Kenny:1']],
    ['Peter Sutherland, a UN Special Representative for Migration, wrote it.', ['Organization:United Nations:1', 'Person:Peter Sutherland:1']],
    ['Merkel will meet International Monetary Fund Managing Director Christine Lagarde.', ['Organization:International Monetary Fund:1', 'Person:Christine Lagarde:1', 'Person:Merkel:1']],
    ['Justice Department Inspector General Michael Horowitz said so.', ['Organization:Justice Department:1', 'Person:Michael Horowitz:1']],
    ['He spoke with Palestinian Authority Foreign Minister Saeb Erekat.', ['Organization:Palestinian Authority:1', 'Person:Saeb Erekat:1']],
    // title-whole: a whole title read as a body
    ['U.N. Special Envoy to Yemen Martin Griffiths has invited both sides.', ['Country:Yemen:1', 'Organization:United Nations:1', 'Person:Martin Griffiths:1']],
    ['Samantha Power is the U.S. Permanent Representative to the United Nations.', ['Organization:United Nations:1', 'Person:Samantha Power:1']],
    ['I will be naming a new National Security Advisor next week.', []],
    ['After the FBI Director repeatedly called on the public, agents came.', ['Organization:Federal Bureau of Investigation:1']],
    // title-opening: the words a whole title opens with, read as a body before its role noun
    ['He cited concerns raised by former National Security Advisor H.R. McMaster.', ['Person:H.R. McMaster:1']],
    ['He urged CIA Director Gina Haspel and National Intelligence Director Dan Coats to speak.', ['Organization:Central Intelligence Agency:1', 'Person:Dan Coats:1', 'Person:Gina Haspel:1']],
    ['Clovis told Reuters that he and then-Senator Jeff Sessions, now the U.S. Attorney General, had “nearly doubled” it in size.', ['Organization:Reuters:1', 'Person:Clovis:1', 'Person:Jeff Sessions:1']],
    // platform-tail: a platform's name between a body's name and its page's noun
    ['In this screen grab from the French Air Force Facebook page, warplanes take off.', ['Organization:French Air Force:1']],
    ['In January, the hacked Centcom Twitter feed posted a message.', ['Organization:Centcom:1']],
    ['They categorized Internet Research Agency-linked Twitter accounts as left.', []],
    // agent-adjective-whole: a compound adjective of who backs, leads or runs something names the body before its hyphen
    ['The officials said the evidence supported an Al Qaeda-affiliated attack.', ['Organization:Al Qaeda:1']],
    ['The Muslim Brotherhood-led anti-coup alliance said on Monday it would march.', ['Organization:Muslim Brotherhood:1']],
    ['Some accused the Communist Party-ruled central government of it.', ['Organization:Communist Party:1']],
    ['She will be joined by a prominent San Diego-based attorney.', []],
    // must stay: a platform named alone, a body's name before no page's noun
    ['Facebook said it removed the accounts.', ['Organization:Facebook:1']],
    // rank-adjective: "Senior", "Top" before the body whose officials they rank
    ['Senior Hamas officials denied it.', ['Organization:Hamas:1']],
    ['Senior administration officials said the talks would go on.', []],
    ['Top Pentagon brass met on Monday.', ['Organization:Pentagon:1']],
    // must stay: a state's title completed before its holder (title-complements.ts reads it whole), a head of state's
    // office (the entity stage reads its holder), a body whose name ends in such a word, a body before a role word
    ['Mr Trump was greeted by US Ambassador to the UK Woody Johnson at the airport.', ['Country:United Kingdom:1', 'Person:Trump:1', 'Person:Woody Johnson:2']],
    ['The U.S. Trade Representative said so.', ['Organization:U.S. Trade Representative:1']],
    ['The Associated Press President Gary Pruitt spoke.', ['Organization:Associated Press:1', 'Person:Gary Pruitt:1']],
    ['The Moral Majority and the Joint Staff disagreed.', ['Organization:Joint Staff:1', 'Organization:Moral Majority:1']],
    ['Treasury Secretary Steve Mnuchin said so.', ['Organization:Treasury:1', 'Person:Steve Mnuchin:1']],
    ['The students attended Central High for their first full day.', ['Organization:Central High:1']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

// Stop 49: a portfolio before a minister's role noun, a sentence-opening "The" before a state's organ (body-edges.ts), and
// two names of their own joined by "and" read as one body (coordinated-bodies.ts). Read on one mention, tagger aside.
const orgAt = (body: string, text: string): Mention => {
  const start = body.indexOf(text);
  return { start, end: start + text.length, text, type: 'Organization', key: text, sentence: 0 };
};
const readAs = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}:${m.key}`);

describe('a portfolio before a title, an opening article', () => {
  test.each<[string, string, string[]]>([
    // portfolio-before-title: the office's field is no body; a US department's field after "US" is that department
    ['both US Treasury Secretary Steve Mnuchin and UK International Trade Secretary Liam Fox might not attend', 'UK International Trade', []],
    ['International Development Secretary Rory Stewart suggested on Sunday that it would', 'International Development', []],
    ['EU Trade Commissioner Cecilia Malmstrom met him.', 'EU Trade', []],
    ['British Work and Pensions Secretary Stephen Crabb spoke.', 'British Work and Pensions', []],
    ['US Commerce Secretary Wilbur Ross said so.', 'US Commerce', ['Organization:Commerce:Commerce Department']],
    // a title's front before the role word is cut first: the body before it stays
    ['In response, Palestinian Authority Foreign Minister Saeb Erekat said so.', 'Palestinian Authority Foreign', ['Organization:Palestinian Authority:Palestinian Authority']],
    ['who served as President Clinton’s Health and Human Services Secretary. It was', 'Human Services', ['Organization:Human Services:Human Services']],
    ['Metropolitan Police Assistant Commissioner Mark Rowley said so.', 'Metropolitan Police', ['Organization:Metropolitan Police:Metropolitan Police']],
    // must stay: a known body, a department's field, a body's head, a name that is no common word
    ['both US Treasury Secretary Steve Mnuchin and Liam Fox', 'US Treasury', ['Organization:US Treasury:US Treasury']],
    ['Homeland Security Secretary John Kelly said so.', 'Homeland Security', ['Organization:Homeland Security:Homeland Security']],
    ['Cabinet Office Minister David Lidington said so.', 'Cabinet Office', ['Organization:Cabinet Office:Cabinet Office']],
    ['Boston Police Commissioner Ed Davis said so.', 'Boston Police', ['Organization:Boston Police:Boston Police']],
    ['NBA Commissioner Adam Silver said so.', 'NBA', ['Organization:NBA:NBA']],
    // opening-article: "The" is no word of a state's organ's name; an outlet keeps it
    ['Trump tweeted, “The Kremlin will NOT be taking away his pin.”', 'The Kremlin', ['Organization:Kremlin:Kremlin']],
    // a head the article's one body may go by is left to qualified-bodies.ts (determined-head)
    ['Trump tweeted, “The Navy will NOT be taking away his pin.”', 'The Navy', ['Organization:The Navy:The Navy']],
    ['The Pentagon said so.', 'The Pentagon', ['Organization:Pentagon:Pentagon']],
    ['The Hill reported it.', 'The Hill', ['Organization:The Hill:The Hill']],
    ['The Times reported it.', 'The Times', ['Organization:The Times:The Times']],
  ])('%s (%s)', (body, text, expected) => expect(readAs(cutBodyEdges(body, [orgAt(body, text)]))).toEqual(expected));
});

describe('two names of their own joined by "and" are no one body', () => {
  test.each<[string, string, string[]]>([
    ['It is also being discussed by US and European diplomats.', 'US and European', ['Country:US:US']],
    ['The rebels were armed by the US and Europe or other Arab countries.', 'US and Europe', ['Country:US:US', 'Place:Europe:Europe']],
    ['The move left United Nations and European leaders aghast.', 'United Nations and European', ['Organization:United Nations:United Nations']],
    // must stay: a conjunct the lexicons do not know alone, two fields before a head
    ['Tokyo Electron and Hitachi make chips.', 'Tokyo Electron and Hitachi', ['Organization:Tokyo Electron and Hitachi:Tokyo Electron and Hitachi']],
    ['The Freedom and Justice Party won.', 'Freedom and Justice Party', ['Organization:Freedom and Justice Party:Freedom and Justice Party']],
  ])('%s (%s)', (body, text, expected) => expect(readAs(splitCoordinatedBodies([orgAt(body, text)]))).toEqual(expected));
});

describe('a person\'s noun inside a name, a quantity of a party\'s members, a party before a chamber, a phrase after a lower-case head (stop 52)', () => {
  test.each<[string, string, string[]]>([
    // person-noun-inside: the name before the person's noun
    ['when then-U.S. Central Command nominee Army Gen. Joseph Votel testified', 'Central Command nominee Army', ['Organization:Central Command:Central Command']],
    ['Pentagon spokesman Navy Capt. Jeff Davis said so.', 'Pentagon spokesman Navy', ['Organization:Pentagon:Pentagon']],
    ['a US official Houthi fighters fired', 'US official Houthi', []],
    // quantifier-before-party
    ['All Republicans could agree upon was repeal.', 'All Republicans', ['Organization:Republicans:Republican Party']],
    // must stay: a party's own name
    ['The Liberal Democrats won 11 seats.', 'Liberal Democrats', ['Organization:Liberal Democrats:Liberal Democrats']],
    // party-before-chamber
    ['The GOP House finally muscled through a replacement.', 'GOP House', ['Organization:House:House']],
    // phrase-after-lower-head
    ['who represented the George W. Bush administration for G-7, G-20 and others', 'George W. Bush administration for G-7', ['Organization:George W. Bush administration:George W. Bush administration']],
  ])('%s (%s)', (body, text, expected) => expect(readAs(cutBodyEdges(body, [orgAt(body, text)]))).toEqual(expected));
});
