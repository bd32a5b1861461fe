// Organization entities of an article (#13): acronyms of common nouns and of words the article spells in lower case are
// no body (unlikely-bodies.ts), a time zone opens no name (name-kinds clock-zone), a country's name opening a body's
// name is part of it (body-name-joins state-name), and a body named with and without a qualifier is one body
// (qualified-bodies.ts). One row per rule, with the bodies that must stay.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { unlikelyBody } from '../../src/extract/unlikely-bodies.js';
import { QUALIFIED_BODY_RULES } from '../../src/extract/qualified-bodies.js';
import { ONE_TYPE_RULES } from '../../src/extract/one-type-names.js';

const at = (body: string, name: string) => {
  const out: { start: number; end: number }[] = [];
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length });
  return out;
};
const LETTER: Record<string, string> = { Country: 'C', Organization: 'O', Person: 'P', Place: 'L' };
const entities = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${LETTER[e.type]}:${e.name}:${e.mentions.length}`).sort();

describe('unlikelyBody: acronyms of common nouns', () => {
  test.each<[string, string, string | null]>([
    ['Dissident politics were part of her family’s DNA.', 'DNA', 'common-noun-acronym'],
    ['The PM has warned Brexiteer Tories.', 'PM', 'common-noun-acronym'],
    ['Limits on Iran’s R&D program stay.', 'R&D', 'common-noun-acronym'],
    ['He found an audit of the contract (PDF) online.', 'PDF', 'common-noun-acronym'],
    ['Title III of the Helms-Burton Act was suspended.', 'III', 'common-noun-acronym'],
    ['Agents had to sign a new non-disclosure agreement (NDA) last week.', 'NDA', 'common-noun-acronym'],
    ['They signed a memorandum of understanding (MOU) on trade.', 'MOU', 'spelled-lower'],
    ['Spending on research and development (R and D) rose.', 'RD', null],
    ['Troops hit an improvised explosive device (IED) on the road.', 'IED', 'common-noun-acronym'],
    ['He suffers from post-traumatic stress disorder, or PTSD.', 'PTSD', 'common-noun-acronym'],
    ['She works on anti-money laundering, or AML, rules.', 'AML', 'spelled-lower'],
    // shouted-word: a common word in capitals
    ['WOW. The president tweeted again on Monday.', 'WOW', 'shouted-word'],
    ['FILE - In this photo, troops march in Kabul.', 'FILE', 'shouted-word'],
    ['DEATHS, INJURIES: The three people who were killed were named.', 'DEATHS', 'shouted-word'],
    // stays: a body whose acronym spells a word, a body the lexicon knows, a word the article writes as a name
    ['The SITE Intelligence Group said so, according to SITE.', 'SITE', null],
    ['POLITICO reported it first.', 'POLITICO', null],
    ['The HOUSE voted on Monday.', 'HOUSE', null],
    ['Wired magazine reported it. WIRED said so.', 'WIRED', null],
    // stays: a body spelt out with capitals, a body's acronym, a Roman numeral in a body's name is no numeral alone
    ['The World Health Organization (WHO) warned of it.', 'WHO', null],
    ['The National Rifle Association (NRA) said no.', 'NRA', null],
    ['The CIA and the FBI said so.', 'CIA', null],
    ['The VX nerve agent was found. The IMF said so.', 'IMF', null],
    ['Its heavy industry (HI) grew.', 'HI', 'spelled-lower'],
    ['Officials of the Islamic Revolutionary Guard Corps (IRGC) said so.', 'IRGC', null],
  ])('%s (%s) → %s', (body, name, expected) => expect(unlikelyBody(body, { name, mentions: at(body, name) }, new Set())).toBe(expected));
});

describe('organizations of an article', () => {
  test.each<[string, string[]]>([
    // clock-zone: a time zone after a clock time opens no name
    ['At 2:34 p.m. ET the Boston Police set the record straight.', ['O:Boston Police:1']],
    ['Update at 4 p.m. ET. CNN later backtracked.', ['O:CNN:1']],
    // stays: a zone's letters that open a name with no clock before them
    ['ET Now reported it on Monday.', ['O:ET Now:1']],
    // dash-run-on: a dash ends a body's name
    ['Members of the NPD switched to the Green Party—and one cited race.', ['O:Green Party:1', 'O:NPD:1']],
    ['You would go to the United Nations—though Putin says you should not.', ['O:United Nations:1']],
    // stays: a hyphen is a word of the name
    ['The Rand-Paul Foundation said so. The Anti-Defamation League agreed.', ['O:Anti-Defamation League:1', 'O:Rand-Paul Foundation:1']],
    // state-name: a country's name opening a body's name
    ['Lobbying groups like the American Israel Public Affairs Committee aren’t staying silent.', ['O:American Israel Public Affairs Committee:1']],
    ['US officials believe that Ukraine International Airlines Flight 752 was shot down.', ['C:United States:1', 'O:Ukraine International Airlines:1']],
    ['Chinese carriers including Air China, China Eastern Airlines, and China Southern Airlines grounded the jets.', ['C:China:1', 'O:Air China:1', 'O:China Eastern Airlines:1', 'O:China Southern Airlines:1']],
    ['Doug Barry, spokesman for the U.S.-China Business Council, told Reuters.', ['O:Reuters:1', 'O:U.S.-China Business Council:1', 'P:Doug Barry:1']],
    // stays two: a known body after a country, a capitalised word before the country, a hyphenated adjective
    ['In Iraq Islamic State fighters took the town.', ['C:Iraq:1', 'O:Islamic State:1']],
    ['He praised the pro-Israel Public Affairs Committee.', ['C:Israel:1', 'O:Public Affairs Committee:1']],
    // us-qualifier, un-qualifier: one body written with and without the qualifier (US bodies keyed bare, UN ones in full)
    ['The U.S. Central Command said so. Central Command added that it had struck.', ['O:Central Command:2']],
    ['The UN Human Rights Council met. The Human Rights Council voted. The United Nations Human Rights Council adjourned.', ['O:United Nations Human Rights Council:3']],
    ['The United Nations Development Program published a report. The U.N. Development Program said so. One man told the UNDP.', ['O:United Nations Development Program:3']],
    ['The US Senate voted. The Senate adjourned.', ['O:Senate:2']],
    // stays apart: no bare form in the article
    ['The U.S. Central Command said so.', ['O:U.S. Central Command:1']],
    // legal-form
    ['ZTE Corp. said it would appeal. ZTE shares fell.', ['O:ZTE:2']],
    // the lexicon's forms: the UN's council goes by its full name
    ['The Security Council met. The U.N. Security Council voted.', ['O:United Nations Security Council:2']],
    // company-short-name: a company named in full, then by its name alone
    ['The Dandong Hongxiang Industrial Development Company traded with Pyongyang. Dandong Hongxiang was sanctioned.', ['C:North Korea:1', 'O:Dandong Hongxiang Industrial Development Company:2']],
    // must stay: a short name ending in a body's head ("Special Forces" is no short form of a unit)
    ['He served in the 1st Special Forces Group. Special Forces soldiers came.', ['O:1st Special Forces Group:1', 'O:Special Forces:1']], // (the unit keeps its number: ordinal-unit)
    ['Apple Inc. reported profits. Apple said it was pleased.', ['O:Apple:2']],
    // stays: no bare name in the article
    ['Apple Inc. reported profits on Monday.', ['O:Apple Inc.:1']],
    // committee-head
    ['The Senate Armed Services Committee met. Senate Armed Services Chairman Jim Inhofe said no.', ['O:Senate Armed Services Committee:2', 'P:Jim Inhofe:1']],
    ['At Wednesday’s House Foreign Affairs hearing, he spoke. The House Foreign Affairs Committee voted.', ['O:House Foreign Affairs Committee:2']],
    // the Treasury under its department's name
    ['The Treasury said so. The Treasury Department added sanctions. The U.S. Treasury confirmed it.', ['O:Treasury:3']],
    // paper-head: a newspaper's last word alone is the one paper of that word the article names
    ['The New York Times reported it. The Times said officials agreed.', ['O:New York Times:2']],
    // stays: two papers of the word
    ['The New York Times reported it. The Los Angeles Times said so. The Times agreed.', ['O:Los Angeles Times:1', 'O:New York Times:1', 'O:The Times:1']],
    // one type per name: a person's full name or a place read as a body in one mention
    ['President Barack Obama spoke. That should trump loyalty to Barack Obama and his appeasement.', ['P:Barack Obama:2']],
    ['He flew to Dallas, Texas. Texas has long been a Republican state.', ['L:Dallas:1', 'L:Texas:2']],
    // stays: a tagger's person reading nothing else bears out ("Free" is no given name here)
    ['By blocking the demands of the CDU’s coalition partner, the Free Democrats, for tax cuts, Merkel ruled. (Incidentally, the Free Democrats now favor some restrictions.)', ['O:CDU:1', 'O:Free Democrats:1']],
    // stays a body: a cue of a body in its own words ("the law firm"), whatever person the article names so
    ['The law firm Perkins Coie admitted it. Perkins Coie said so.', ['O:Perkins Coie:2']],
    // stays apart: no one-word form in the article
    ['The Treasury Department added sanctions.', ['O:Treasury Department:1']],
    // holder-full-name: a body a person leads, named with the full name and the surname
    ['Then the George W. Bush administration came into office. The Bush administration engaged in talks.', ['O:George W. Bush administration:2']],
    ['Hillary Clinton campaign aides met on Monday. The Clinton campaign said no.', ['O:Hillary Clinton campaign:2']],
    // stays apart: an era's department is the department; two full names of the surname
    ['The Obama Justice Department sued. The Justice Department said so.', ['O:Justice Department:1', 'O:Obama Justice Department:1']],
    ['The George H.W. Bush administration and the George W. Bush administration differed. The Bush administration acted.', ['O:Bush administration:1', 'O:George H.W. Bush administration:1', 'O:George W. Bush administration:1']],
    // chamber-committee: a committee named with its chamber, then without
    ['The Senate Intelligence Committee met. The Intelligence Committee released a report.', ['O:Senate Intelligence Committee:2']],
    // stays: both chambers' committees of the name
    ['The House Intelligence Committee and the Senate Intelligence Committee met. The Intelligence Committee released a report.', ['O:House Intelligence Committee:1', 'O:Intelligence Committee:1', 'O:Senate Intelligence Committee:1']],
    // standalone-head: the head noun of the one body the article names with it
    ['The Muslim Brotherhood won the vote. The Brotherhood said so.', ['O:Muslim Brotherhood:2']],
    // department-field: a department's field alone in an article naming the department
    ['The Department of Homeland Security issued rules, and Homeland Security will enforce them.', ['O:Department of Homeland Security:2']],
    // stays: a head noun not read alone ("the Pakistani Taliban" is another group than the Taliban)
    ['The Pakistani Taliban claimed it. The Taliban denied it.', ['O:Pakistani Taliban:1', 'O:Taliban:1']],
    // chamber-field: a chamber and a committee's field without "Committee" is the committee, with its bare name too
    ['Senate Judiciary Chairman Chuck Grassley said he would hold a hearing. The Judiciary Committee met.', ['O:Senate Judiciary Committee:2', 'P:Chuck Grassley:1']],
    ['The Senate Armed Services Committee met. Senate Armed Services Chairman Jim Inhofe spoke.', ['O:Senate Armed Services Committee:2', 'P:Jim Inhofe:1']],
    // stays: a chamber and a party's word ("Senate Democratic" aides) names no committee
    ['Senate Democratic aides said so.', ['O:Senate Democratic:1']],
    // determined-head: a capitalised "The" before a body's head is the one body of that head
    ['The U.S. Navy released the videos. “The Navy continues to review them,” she said.', ['O:U.S. Navy:2']],
    // stays: two bodies of that head
    ['The U.S. Navy and the Royal Navy sailed. “The Navy continues to review them,” she said.', ['O:Royal Navy:1', 'O:The Navy:1', 'O:U.S. Navy:1']],
    // metonym: the Pentagon beside the Defense Department
    ['The Pentagon declassified the videos. A Defense Department spokesperson said so.', ['O:Defense Department:2']],
    ['The Pentagon declassified the videos.', ['O:Pentagon:1']],
    // un-qualifier after a name the retype stage made a body ("the broader General Assembly")
    ['The vote came at an emergency session of the 193-member UN General Assembly. Unlike at the Security Council, the US does not have veto power at the broader General Assembly.', ['C:United States:1', 'O:UN General Assembly:2', 'O:United Nations Security Council:1']],
  ])('%s', (body, expected) => expect(entities(body)).toEqual(expected));

  test('every qualified-body and one-type rule documents itself', () => {
    for (const r of [...QUALIFIED_BODY_RULES, ...ONE_TYPE_RULES]) {
      expect(r.examples.length).toBeGreaterThan(0);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
});
