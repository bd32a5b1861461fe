// A rank of armed forces, police or clergy read into a person's name, or left right before it: the person's role (rank-titles.ts).
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { RANK_TITLE_RULES } from '../../src/extract/rank-titles.js';

/** Every person as "name/role", and every other named entity as "Type:name", sorted. */
const people = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => (e.type === 'Person' ? `${e.name}/${e.role ?? ''}` : `${e.type}:${e.name}`)).sort();

describe('a rank is the person\'s role, no word of the name', () => {
  test.each<[string, string[]]>([
    // rank-in-name: the name after the rank links to the bare surname
    ['Sergeant Bowe Bergdahl was released in May. Bergdahl said he was fine.', ['Bowe Bergdahl/Sergeant']],
    ['Pastor Andrew Brunson was freed on Friday. Brunson thanked the president.', ['Andrew Brunson/Pastor']],
    ['Magistrate Deborah Robinson sided with federal prosecutors.', ['Deborah Robinson/Magistrate']],
    ['Army Specialist Henry Mayfield Jr., 23, from the Chicago area, was among the three people killed.', ['Henry Mayfield Jr./Army Specialist', 'Place:Chicago']],
    // rank-continues-title: the rank word completes the title the rules read
    ['Cape Town\'s Archbishop Emeritus Desmond Tutu exhorted South Africans to show the same spirit.', ['Country:South Africa', 'Desmond Tutu/Archbishop Emeritus', 'Place:Cape Town']],
    // rank-before-name: an abbreviated rank the rules left out of the name
    ['Cpl. Nathan Cirillo was shot at the war memorial.', ['Nathan Cirillo/Cpl.']],
    // not: "Major" and "Private" alone are adjectives or given names ("Major Garrett" is a reporter's name)
    ['Major Garrett asked the president about the deal.', ['Major Garrett/']],
    ['Private equity firms bought the company.', []],
    ['The Taliban freed Private First Class Bowe Bergdahl, who walked off his post in 2009.', ['Bowe Bergdahl/Private First Class', 'Organization:Taliban']],
    // title-tail-in-name: a title's last word, a plural title or a title's end after its rank is the role
    ['Exxon Mobil Chief Executive Darren Woods said the company would stay. Woods left on Monday.', ['Darren Woods/Exxon Mobil Chief Executive']],
    ['U.S. Attorney Preet Bharara announced the charges.', ['Country:United States', 'Preet Bharara/Attorney']],
    ['Meanwhile, Senators John McCain and Lindsey Graham congratulated law enforcement on the arrest.', ['John McCain/Senators', 'Lindsey Graham/']],
    ['Petty Officer 1st Class Michael Goble died in the attack.', ['Michael Goble/Class']],
    // title-tail-inside-name: a title's last word after the body or field it serves, a full name after it
    ['“It is bad,” said CNN Chief Political Analyst Gloria Borger. Borger said more.', ['Gloria Borger/Chief Political Analyst', 'Organization:CNN']],
    ['On Monday, Ranking Member Doug Collins objected.', ['Doug Collins/Ranking Member']],
    ['Boston Police Superintendent William Evans said so on Tuesday.', ['William Evans/Boston Police Superintendent']],
    ['To CNN National Security Contributor Frances Fragos Townsend, the timing mattered.', ['Frances Fragos Townsend/CNN National Security Contributor']],
    // not: a title noun with no full name after it, or a body's name holding one
    ['He signed the Executive Order Protecting Jobs on Monday.', ['Organization:Executive Order Protecting Jobs']],
    ['The Justice Department Office of Legal Counsel wrote the memo.', ['Organization:Justice Department Office of Legal Counsel']],
    // not: a title noun before a word the article writes in lower case
    ['Member states rejected the plan. The member states met again.', []],
    // not: a rank before a body's name is no person
    ['Sergeant Police Station was closed on Monday.', []],
    // British style: the abbreviated rank without a full stop ("Gen", "Lt Col", "Brig-Gen", "Adm")
    ['Brig-Gen Amir Ali Hajizadeh, the aerospace commander, said the force took responsibility.', ['Amir Ali Hajizadeh/Brig-Gen']],
    ['Adm John Richardson said the ship was safe. Adm Richardson added that the crew was fine.', ['John Richardson/Adm']],
    ['Lt Gen William Mayville noted the threat.', ['William Mayville/Lt Gen']],
    ['Lt Col Carla Gleason said in a statement that the base was closed.', ['Carla Gleason/Lt Col']],
    // rank-across-edge: the SEALs' rating, its first word left before the name; the bare rank and surname join it
    ['Special Operator Dylan Dille served in Iraq. Special Operator Dille said it was hard.', ['Country:Iraq', 'Dylan Dille/Special Operator']],
    ['Navy Special Warfare Operator William Thomas said so.', ['William Thomas/Navy Special Warfare Operator']],
    // not: a capitalised word before a name that opens no rank with it
    ['The Special Olympics were held in Athens, and Special Agent John Smith spoke.', ['John Smith/Special Agent', 'Place:Athens']],
    // not: "Gen Z", "Gen X" (a generation: a one-letter word is no name)
    ['Gen Z voters said they liked him. Gen X said no.', []],
  ])('%s', (body, expected) => expect(people(body)).toEqual(expected));
});

test('one word after a title noun is a name only when the article writes it as one elsewhere ("Candidate Trump", not "Executive Order")', () => {
  const names = (body: string) => extract(body).entities.filter((e) => e.type === 'Person').map((e) => e.name);
  expect(names('Donald Trump spoke in Ohio. Candidate Trump promised a wall.')).toEqual(['Donald Trump']);
  expect(names('Joe Biden signed an Executive Order on Friday. The Executive Branch agreed.')).not.toContain('Order');
  expect(names('Joe Biden signed an Executive Order on Friday. The Executive Branch agreed.')).not.toContain('Branch');
});

test('a word the article writes in lower case after a rank is no name ("Specialist Crime and Operations" is a field)', () => {
  const names = extract('Assistant Commissioner for Specialist Crime and Operations Mark Rowley said crime was down.').entities.map((e) => e.name);
  expect(names).not.toContain('Crime');
});

describe('every rule\'s examples yield a person with a role', () => {
  test.each(RANK_TITLE_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const)))('%s: %s', (_id, example) => {
    const roles = extract(example).entities.filter((e) => e.type === 'Person').map((e) => e.role);
    expect(roles.some((r) => r && /Sergeant|Private|Specialist|Emeritus|Constable|Cpl\.|Cmdr\.|Executive|Attorney|Senators|Class|Operator|Analyst|Member|Superintendent|Contributor/.test(r))).toBe(true);
  });
});
