// Repairs after tagging (title-complements.ts, izafe.ts, coordinated-bodies.ts, retype.ts body heads): names the rules
// and the tagger read as one, cut or joined by the grammar of English (and of izafe names), without touching the
// rules' mentions the tagger learns from.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { NOT_A_FIELD_RULES } from '../../src/extract/coordinated-bodies.js';
import { BODY_JOIN_RULES } from '../../src/extract/body-name-joins.js';
import { TOPIC_LIST_HEADS } from '../../src/extract/lexicon/organizations.js';
import { COUNTRY_BY_NAME } from '../../src/extract/lexicon/countries.js';

const typed = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.id}`).sort();

// A title completed by "of"/"to" and a body, a place or a field, then the holder's name: the words before the name are
// the title's, never part of the name, and a body or country among them is named too.
describe('a title with its complement', () => {
  test.each<[string, string[], string | null]>([
    ['Director of National Intelligence James Clapper testified.', ['James Clapper'], 'Director of National Intelligence'],
    ['Chairman of the Congressional Hispanic Caucus Joaquin Castro condemned it.', ['Joaquin Castro'], 'Chairman of the Congressional Hispanic Caucus'],
    ['Former U.S. Ambassador to the United Nations Nikki Haley said the deal was bad.', ['Nikki Haley'], 'Ambassador to the United Nations'],
    ['His predecessor, U.S. Ambassador to the Philippines Sung Kim, was tasked with it.', ['Sung Kim'], 'Ambassador to the Philippines'],
    ['Secretary of Homeland Security Jeh Johnson said so.', ['Jeh Johnson'], 'Secretary of Homeland Security'],
    ['Mayor of London Sadiq Khan spoke.', ['Sadiq Khan'], 'Mayor of London'],
    ['Minister of Foreign Affairs Mohammad Javad Zarif spoke.', ['Mohammad Javad Zarif'], 'Minister of Foreign Affairs'],
    ['Ambassador to the European Union Gordon Sondland testified.', ['Gordon Sondland'], 'Ambassador to the European Union'],
    // a family name and a hyphenated given name (Korean names) after the complement: the holder (draw 4419)
    ['He renewed that message as he met South Korean Minister of Defense Song Young-moo at the U.S. Pacific Command headquarters in Hawaii.', ['Song Young-moo'], 'Minister of Defense'],
    // no name after the complement: no one
    ['He was Director of the Federal Emergency Management Agency.', [], null],
    ['He wrote to the Ambassador to the United Nations on Monday.', [], null],
    ['The Secretary of the Air Force spoke.', [], null],
    // the complement alone is no one
    ['The president called the review by the Director of National Intelligence\'s office standard.', [], null],
    // a title the lexicon knows whole stays as it was
    ['Secretary of State Rex Tillerson arrived.', ['Rex Tillerson'], 'Secretary of State'],
    // a lower-case noun before "of" is no title
    ['The son of Senator John McCain spoke.', ['John McCain'], 'Senator'],
  ])('%s', (body, names, role) => {
    const people = extract(body).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name).sort()).toEqual(names);
    expect(people[0]?.role ?? null).toBe(role);
  });

  test.each<[string, string[]]>([
    ['Former U.S. Ambassador to the United Nations Nikki Haley said so.', ['Country:country:US', 'Organization:org:united-nations', 'Person:person:nikki-haley']],
    ['Chairman of the Congressional Hispanic Caucus Joaquin Castro said so.', ['Organization:org:congressional-hispanic-caucus', 'Person:person:joaquin-castro']],
    ['Prime Minister of Japan Shinzo Abe spoke.', ['Country:country:JP', 'Person:person:shinzo-abe']],
  ])('the body in %s', (body, expected) => expect(typed(body)).toEqual(expected));
});

// An izafe compound ("-e-", "-i-", "-ut-") is one name: a body when its head is a noun of a body, else nothing the
// graph has a type for; its pieces are never names of their own.
describe('izafe names', () => {
  test.each<[string, string[]]>([
    ['Tehrik-e-Taliban Pakistan claimed the attack.', ['Organization:org:tehrik-e-taliban-pakistan']],
    ['Lashkar-e-Taiba denied it, Pakistan said.', ['Country:country:PK', 'Organization:org:lashkar-e-taiba']],
    ['Hizb-ut-Tahrir rallied in the city.', ['Organization:org:hizb-ut-tahrir']],
    // places: no body, no person, no country
    ['The blast hit Mazar-i-Sharif on Monday.', []],
    ['Soldiers moved into Qala-e-Naw overnight.', []],
    // an ordinary hyphenated name is left alone
    ['Kang Young-hoon spoke.', ['Person:person:kang-young-hoon']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

// Two bodies' heads joined by "and" under one modifier are two bodies.
describe('coordinated bodies', () => {
  test.each<[string, string[]]>([
    ['The Presidents of the European Commission and Parliament met.', ['Organization:org:european-commission', 'Organization:org:european-parliament']],
    // not heads of two bodies: one name
    ['The Department of Health and Human Services said so.', ['Organization:org:department-of-health-and-human-services']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

// A body named by a list of its fields before its head ("House Ways and Means Committee") is one body, cut at no comma
// and no "and"; a list whose parts are names of their own (NOT_A_FIELD_RULES) stays a list of bodies.
describe('a body named by a list of fields', () => {
  test.each<[string, string[]]>([
    ['Kevin Brady, chairman of the House Ways and Means Committee, said the bill would pass.', ['Organization:org:house-ways-and-means-committee', 'Person:person:kevin-brady']],
    ['Ways and Means Committee Chairman Kevin Brady said so.', ['Organization:org:ways-and-means-committee', 'Person:person:kevin-brady']],
    ['The House Science, Space and Technology Committee held a hearing on Tuesday.', ['Organization:org:house-science-space-and-technology-committee']],
    ['Rep. Fred Upton, who leads the House Energy and Commerce Committee, spoke.', ['Organization:org:house-energy-and-commerce-committee', 'Person:person:fred-upton']],
    ['The Senate Banking, Housing and Urban Affairs Committee voted.', ['Organization:org:senate-banking-housing-and-urban-affairs-committee']],
    ["Indonesia's Meteorology and Geophysics Agency said the quake was shallow.", ['Country:country:ID', 'Organization:org:meteorology-and-geophysics-agency']],
    ['The Test and County Cricket Board said on Friday.', ['Organization:org:test-and-county-cricket-board']],
    ["The city's Taxi and Limousine Commission said so.", ['Organization:org:taxi-and-limousine-commission']],
    // the chamber named alone later is the chamber, not a piece of the committee's name
    ['Members of the House Energy and Commerce Committee met. The bill would pass the House.', ['Organization:org:house', 'Organization:org:house-energy-and-commerce-committee']],
    // must not: parts that are names of their own (an acronym, a body, a person named elsewhere, a place, departments
    // named by their fields, a pronoun, a common word opening the sentence, an aside closed by a comma, a modifier)
    ['The FBI and Justice Department declined to comment.', ['Organization:org:federal-bureau-of-investigation', 'Organization:org:justice-department']],
    ['The White House and State Department disagreed.', ['Organization:org:state-department', 'Organization:org:white-house']],
    ['Clinton and State Department aides met. Clinton said so.', ['Organization:org:state-department', 'Person:person:clinton']],
    ['Officials in New York and State Department lawyers met.', ['Organization:org:state-department', 'Place:place:new-york-us']],
    ['Justice and Homeland Security Department officials met.', ['Organization:org:homeland-security-department']],
    ['He and European Commission officials met.', ['Organization:org:european-commission']],
    ['Witnesses and State Department officials said so. The witnesses left.', ['Organization:org:state-department']],
    ['Chairman Jason Chaffetz, R-Utah, and House Intelligence Committee members met.', ['Organization:org:house-intelligence-committee', 'Person:person:jason-chaffetz']],
    ['Obama-era State and Treasury Department officials met.', ['Organization:org:treasury-department']],
    ['And the Palestinians remain divided between Fatah and Palestinian Authority President Mahmoud Abbas in the West Bank.', ['Country:country:PS', 'Organization:org:palestinian-authority', 'Person:person:mahmoud-abbas']],
    ['Fatah and Palestinian Authority officials met on Monday.', ['Organization:org:palestinian-authority']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));

  test('every rule documents itself, and its examples keep the list apart', () => {
    for (const r of NOT_A_FIELD_RULES) {
      expect(r.examples.length).toBeGreaterThan(0);
      expect(r.why.length).toBeGreaterThan(10);
      for (const ex of r.examples) {
        const joined = extract(ex).entities.filter((e) => e.type === 'Organization' && / and /.test(e.name) && TOPIC_LIST_HEADS.has(e.name.split(' ').pop()!));
        expect(joined.map((e) => e.name), `${r.id}: ${ex}`).toEqual([]);
      }
    }
  });
});

// A body's name cut at a state's adjective before it or at its field after it ("on", "for (the)", "of the") is one
// body, named whole (body-name-joins.ts); a known body the adjective only qualifies, a time, a place or a person after
// the connector stay apart.
describe("a body's name joined whole", () => {
  test.each<[string, string[]]>([
    ['Yuri Barmin, a fellow at the Russian International Affairs Council who specializes in Middle East affairs, said so.', ['Organization:org:russian-international-affairs-council', 'Person:person:yuri-barmin']],
    ['Regional cyberactors, such as the Syrian Electronic Army, conduct attacks on U.S. targets.', ['Country:country:US', 'Organization:org:syrian-electronic-army']],
    ['Heather Conley of the German Marshall Fund said the sanctions would hurt.', ['Organization:org:german-marshall-fund', 'Person:person:heather-conley']],
    ['The Norwegian Nobel Committee awarded the prize to him.', ['Organization:org:norwegian-nobel-committee']],
    ['Officials of the Syrian National Council met in Istanbul.', ['Organization:org:syrian-national-council', 'Place:place:istanbul-tr']],
    ['The Israeli Air Force struck targets near Damascus.', ['Organization:org:israeli-air-force', 'Place:place:damascus-sy']],
    ['The House Committee on Homeland Security held a hearing on Tuesday.', ['Organization:org:house-committee-on-homeland-security']],
    ['Bob Corker, chairman of the Senate Committee on Foreign Relations, said no.', ['Organization:org:senate-committee-on-foreign-relations', 'Person:person:bob-corker']],
    ['Adam Schiff of the House Permanent Select Committee on Intelligence said so.', ['Organization:org:house-permanent-select-committee-on-intelligence', 'Person:person:adam-schiff']],
    ['The Senate Select Committee on Intelligence released its report.', ['Organization:org:senate-select-committee-on-intelligence']],
    ['The House Committee on Oversight and Government Reform subpoenaed him.', ['Organization:org:house-committee-on-oversight-and-government-reform']],
    ['The Senate Committee on Foreign Relations and Sen. Bob Corker disagreed.', ['Organization:org:senate-committee-on-foreign-relations', 'Person:person:bob-corker']],
    // the field ends before a person's title and name
    ['“It goes to Congress,” said House Committee on Ways and Means Chairman Paul Ryan, the Wisconsin Republican.', ['Organization:org:congress', 'Organization:org:house-committee-on-ways-and-means', 'Person:person:paul-ryan', 'Place:place:wisconsin-us']],
    // the short form later is the same body
    ['The Popular Front for the Liberation of Palestine claimed the attack. The Popular Front said it would go on.', ['Organization:org:popular-front-for-the-liberation-of-palestine']],
    ['Torshin is deputy head of the Russian Central Bank. The Central Bank declined to comment.', ['Organization:org:russian-central-bank']],
    // …but not when the article names another state: the bare name may be that state's
    ['The Australian Air Force also sent a search plane, with ships from Singapore and Malaysia. Air Force spokesman Hadi Tjahjanto said so.', ['Country:country:MY', 'Country:country:SG', 'Organization:org:air-force', 'Organization:org:australian-air-force', 'Person:person:hadi-tjahjanto']],
    // must not: a known body the adjective qualifies, a body the lexicon knows whole, a time, a place or a state after "on"
    ['A Russian NATO envoy was summoned.', ['Country:country:RU', 'Organization:org:north-atlantic-treaty-organization']],
    ['The Security Council on Syria met.', ['Country:country:SY', 'Organization:org:united-nations-security-council']],
    ['The Senate Committee on Tuesday voted.', ['Organization:org:senate-committee']],
    ['The European Commission on Monday fined Google.', ['Organization:org:european-commission', 'Organization:org:google']],
    // a body "of the" a body named by its own head belongs to it: two names
    ["Kim spoke during the Second Plenum of the 7th Central Committee of the Workers' Party of Korea (WPK) at the palace.", ['Organization:org:central-committee', "Organization:org:workers-party-of-korea"]],
    // field-and: a ministry "of" two fields joined by "and"
    ['He joined the Ministry of Agriculture and Rural Affairs in 2015.', ['Organization:org:ministry-of-agriculture-and-rural-affairs']],
    ['The Department of Agriculture and Water Resources said so.', ['Organization:org:department-of-agriculture-and-water-resources']],
    // must not: a known body after "and", a second body with its own head
    ['Officials of the Ministry of Defense and Hezbollah met.', ['Organization:org:hezbollah', 'Organization:org:ministry-of-defense']],
    ['He taught at the School of Law and School of Medicine there.', ['Organization:org:school-of-law', 'Organization:org:school-of-medicine']],
    ['It followed the FBI Office of Professional Responsibility and Attorney General Jeff Sessions.', ['Organization:org:federal-bureau-of-investigation', 'Organization:org:office-of-professional-responsibility', 'Person:person:jeff-sessions']],
    // movement-adjective: an adjective the rules open no name with opens a party's or a movement's
    ['May relies on the Democratic Unionist Party for votes.', ['Organization:org:democratic-unionist-party']],
    ["Arlene Foster, leader of Northern Ireland's Democratic Unionist Party, supported the plan.", ['Organization:org:democratic-unionist-party', 'Person:person:arlene-foster', 'Place:place:northern-ireland-gb']],
    ['The Islamic Resistance Movement, Hamas, said it would fight on.', ['Organization:org:hamas', 'Organization:org:islamic-resistance-movement']],
    // must not: a chamber a party holds, a party's own name, "Republican" before a movement, a known body
    ['The Democratic Congress passed the bill.', ['Organization:org:congress']],
    ['The Democratic Party and the Republican Party agreed.', ['Organization:org:democratic-party', 'Organization:org:republican-party']],
    ['Hamas and Islamic Jihad fired rockets.', ['Organization:org:hamas', 'Organization:org:islamic-jihad']],
    ['The attack hit Kurdish Syrian Democratic Forces positions.', ['Organization:org:syrian-democratic-forces']],
    // field-and-before: the first of two fields, cut off a body named by both and no head noun
    ["Shalala served as President Clinton's Health and Human Services Secretary.", ['Organization:org:health-and-human-services', 'Person:person:clinton']],
    ['The referral back to Homeland Security and Health and Human Services was evidence of it.', ['Organization:org:health-and-human-services']],
    // must not: a body before "and", a name that opens no name, a body with its own head
    ['Hamas and Muslim Brotherhood leaders met.', ['Organization:org:hamas', 'Organization:org:muslim-brotherhood']],
    ['Reuters and Associated Press reporters were there.', ['Organization:org:associated-press', 'Organization:org:reuters']],
    // must not: a party's name before "and" (no common noun), a region, a person, a department of its own
    ['The two ultra-Orthodox parties, Shas and United Torah Judaism, got seven and six.', ['Organization:org:shas', 'Organization:org:united-torah-judaism']],
    ['He visited Central and Eastern Europe.', ['Place:place:eastern-europe']],
    // head-before-field: the head a field completes after "for", "of" or "on", left out of the name
    ['Bill Roggio, an expert at the Foundation for the Defense of Democracies, told me.', ['Organization:org:foundation-for-the-defense-of-democracies', 'Person:person:bill-roggio']],
    ['He is a fellow at Johns Hopkins University’s School of Advanced International Studies.', ['Organization:org:johns-hopkins-university', 'Organization:org:school-of-advanced-international-studies']],
    ['Inspectors from the Organization for the Prohibition of Chemical Weapons arrived.', ['Organization:org:organization-for-the-prohibition-of-chemical-weapons']],
    ['The payments by the Party of Regions went on.', ['Organization:org:party-of-regions']],
    // must not: a head in lower case, or one inside another body's name
    ['He runs a training center for Human Rights Watch in Beirut.', ['Organization:org:human-rights-watch', 'Place:place:beirut-lb']],
    ['He worked at the State Department for the Obama administration.', ['Organization:org:obama-administration', 'Organization:org:state-department']],
    // shared-noun: two adjectives joined by "and" share the noun after the second
    ['A scholar at the Washington-based Center for Strategic and International Studies said so.', ['Country:country:US', 'Organization:org:center-for-strategic-and-international-studies']],
    ['Jaime Suchlicki, director of the Institute for Cuban and Cuban-American Studies, said so.', ['Organization:org:institute-for-cuban-and-cuban-american-studies', 'Person:person:jaime-suchlicki']],
    ['Tom Plant is a fellow at the Watson Institute for International and Public Affairs.', ['Organization:org:watson-institute-for-international-and-public-affairs', 'Person:person:tom-plant']],
    // field-and, a named school or university "of" two fields of learning
    ['Fawaz Gerges, a professor at the London School of Economics and Political Science, said so.', ['Organization:org:london-school-of-economics-and-political-science', 'Person:person:fawaz-gerges']],
    ['Michel Duclos teaches at the Fletcher School of Law and Diplomacy.', ['Organization:org:fletcher-school-of-law-and-diplomacy', 'Person:person:michel-duclos']],
    // must not: a second body after "and", however its name starts
    ['He studied at the University of Texas and Texas A&M University.', ['Organization:org:texas-a-m-university', 'Organization:org:university-of-texas']],
    // two fields joined by "and" before the head: both name the body (field-and-head)
    ['President Recep Tayyip Erdogan’s Justice and Development Party won the vote.', ['Organization:org:justice-and-development-party', 'Person:person:recep-tayyip-erdogan']],
    ['Iran’s Ports and Maritime Organization said the ship sank.', ['Country:country:IR', 'Organization:org:ports-and-maritime-organization']],
    ['Morsy\'s Islamist-backed Freedom and Justice Party won.', ['Organization:org:freedom-and-justice-party']],
    ['The American Apparel and Footwear Association said so.', ['Organization:org:american-apparel-and-footwear-association']],
    ['Turkey\'s Labor and Social Security Ministry said so.', ['Country:country:TR', 'Organization:org:labor-and-social-security-ministry']],
    // must not: a body of its own before "and", a head's word, a second part the article names alone, a longer name
    ['The Army and Marine Corps agreed.', ['Organization:org:marine-corps']],
    ['The Treasury and Justice Department said.', ['Organization:org:justice-department', 'Organization:org:treasury']],
    ['Voters backed Labour and Green Party candidates. The Green Party said so.', ['Organization:org:green-party', 'Organization:org:labour-party']],
    ['Police and Fire Department crews came.', ['Organization:org:fire-department']],
    // ampersand-name: the capitalised words joined by "&" before a body's name open it
    ['It needs repair, according to a study by the American Road & Transportation Builders Association.', ['Organization:org:american-road-transportation-builders-association']],
    ['Among its backers are the Bill & Melinda Gates Foundation and others.', ['Organization:org:bill-melinda-gates-foundation']],
    ['Fernand Amandi, a principal at Bendixen & Amandi International, said so.', ['Organization:org:bendixen-amandi-international', 'Person:person:fernand-amandi']],
    // must not: a list after "&" (a lower-case head), a people in the plural before it
    ['The story of collusion between the Russians & Trump campaign was made up.', ['Country:country:RU', 'Organization:org:trump-campaign']],
    // head-field-and: a head, a field, "and" and a second field are one body
    ['According to the Centers for Medicare and Medicaid Services, costs rose.', ['Organization:org:centers-for-medicare-and-medicaid-services']],
    // head-before-field: a head in the plural, or an observatory's, opens the name too (the CDC by its full name)
    ['It sits down the hill from the Centers for Disease Control and Prevention. The CDC said so.', ['Organization:org:centers-for-disease-control-and-prevention']],
    ['according to the Syrian Observatory for Human Rights, 20 died.', ['Organization:org:syrian-observatory-for-human-rights']],
    // (country-complement: "of China" closes the school's name, no mention of China)
    ['Recent research by the University of Science and Technology of China goes farther.', ['Organization:org:university-of-science-and-technology-of-china']],
    // must not: a body of its own after "and", a place in the first field
    ['The Department of Justice and Congress would turn their backs.', ['Organization:org:congress', 'Organization:org:department-of-justice']],
    ['A study by economists from the University of Chicago and Federal Reserve found it.', ['Organization:org:federal-reserve', 'Organization:org:university-of-chicago']],
    // field-on after an adjective of the body's kind ("Intergovernmental Panel"); not after a field's noun
    ['Scientists at the Intergovernmental Panel on Climate Change warned on Monday.', ['Organization:org:intergovernmental-panel-on-climate-change']],
    ['The Bipartisan Commission on Biodefense said so.', ['Organization:org:bipartisan-commission-on-biodefense']],
    ['The Intelligence Committee on Russia met.', ['Country:country:RU', 'Organization:org:intelligence-committee']],
    // ordinal-unit: a numbered unit keeps its number; Congress does not take its session's
    ['He served in the Army’s 82nd Airborne in Iraq, and his brother in the Army’s 101st Airborne.', ['Country:country:IQ', 'Organization:org:101st-airborne', 'Organization:org:82nd-airborne']],
    ["Yemen's 19th Infantry Brigade said it had retaken the town.", ['Country:country:YE', 'Organization:org:19th-infantry-brigade']],
    ['The 115th Congress passed the bill.', ['Organization:org:congress']],
    ["The Navy's 7th Fleet said searchers found the bodies Sunday.", ['Organization:org:7th-fleet']],
    ['That is the proposition that the 4th Circuit says the plaintiffs can prove.', ['Organization:org:4th-circuit']],
    // country-complement: a union, a chapter, a broadcaster named with its country after "of" is one body, no country
    ['Trump gave a speech to the Boy Scouts of America on Monday.', ['Organization:org:boy-scouts-of-america']],
    ['The union cites the deal, said the Communications Workers of America.', ['Organization:org:communications-workers-of-america']],
    // must not: a body the lexicon knows by the cut name, a people where it lives, a sea
    ['The Islamic State of Iraq claimed the attack.', ['Country:country:IQ', 'Organization:org:islamic-state']],
    ['The missile landed in the Sea of Japan.', ['Place:place:sea-of-japan']], // (the water is a Place: country-in-names.ts)
    ['Benetton of Italy beat Dinamo of Russia 92-81.', ['Country:country:IT', 'Country:country:RU', 'Organization:org:benetton', 'Organization:org:dinamo']],

  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));

  test('every rule documents itself, and its examples join a name', () => {
    for (const r of BODY_JOIN_RULES) {
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.examples.length).toBeGreaterThan(0);
      for (const ex of r.examples) {
        const names = extract(ex).entities.filter((e) => e.type === 'Organization').map((e) => e.name);
        // (a state's adjective or name opens it, a field completes it, or a number closes it)
        expect(names.some((n) => / Team (?:[0-9]{1,2}|Six)$/.test(n) || /^(?:[0-9]+(?:st|nd|rd|th)|U\.S\.|\p{Lu}\p{Ll}+an|Democratic|Islamic) |(?:\b(?:on|for(?: the)?|of(?: the)?|and)| &) \p{Lu}/u.test(n) || (n.includes(' ') && COUNTRY_BY_NAME.has(n.split(/[ -]/)[0]))), `${r.id}: ${ex} → ${names}`).toBe(true);
      }
    }
  });
});

// Two names the rules read whole, joined by "and" (bodies, countries, a chamber), are two parties, however the tagger
// spans them; a body whose own name holds "and" stays one.
describe('bodies joined by "and"', () => {
  test.each<[string, string[]]>([
    ['Both the House and Senate passed the bill on Tuesday.', ['Organization:org:house', 'Organization:org:senate']],
    ['Iran supports Hamas and Hezbollah, officials said.', ['Country:country:IR', 'Organization:org:hamas', 'Organization:org:hezbollah']],
    ['The GAO and Pentagon disagreed on the figures.', ['Organization:org:gao', 'Organization:org:pentagon']],
    ['The Pentagon and Congress agreed on the budget.', ['Organization:org:congress', 'Organization:org:pentagon']],
    ['The FBI and Department of Justice declined to comment.', ['Organization:org:department-of-justice', 'Organization:org:federal-bureau-of-investigation']],
    ['The Obama administration and Congress agreed on the budget.', ['Organization:org:congress', 'Organization:org:obama-administration']],
    // must not: one name holding "and"
    ['The Securities and Exchange Commission said so.', ['Organization:org:securities-and-exchange-commission']],
    ['He visited Bosnia and Herzegovina.', ['Country:country:BA']],
    ['The Department of Health and Human Services said so.', ['Organization:org:department-of-health-and-human-services']],
    ['The Center for Strategic and International Studies said so.', ['Organization:org:center-for-strategic-and-international-studies']],
    ['The Taxi Drivers and Operators Association protested.', ['Organization:org:taxi-drivers-and-operators-association']],
    // an agency named by two fields and no head noun, which the lexicon knows whole
    ['U.S. Customs and Border Protection said on Monday it had seized drugs.', ['Organization:org:customs-and-border-protection']],
    ['A briefer from U.S. Immigration and Customs Enforcement stood outside.', ['Organization:org:immigration-and-customs-enforcement']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

// A name headed by a body's noun is the body, not a person, unless a title or "Mr." makes it one.
describe('bodies read as people', () => {
  test.each<[string, string[]]>([
    ['Fairfax Media reported that the arrests averted an attack.', ['Organization:org:fairfax-media']],
    ['Holey Artisan Bakery had become a popular destination.', ['Organization:org:holey-artisan-bakery']],
    ['Lowy Institute analyst Sam Roggeveen said.', ['Organization:org:lowy-institute', 'Person:person:sam-roggeveen']],
    ['The president defended Border Patrol agents. The Border Patrol said so.', ['Organization:org:border-patrol']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

// A body the lexicons know whole opens a sentence: a name, even when the article writes its first word in lower case.
describe('bodies that open a sentence', () => {
  test.each<[string, string[]]>([
    ['Iran denied it, its foreign envoys said. Foreign Ministry spokesman Abbas Mousavi spoke on Tuesday.', ['Country:country:IR', 'Organization:org:iranian-foreign-ministry', 'Person:person:abbas-mousavi']],
    // a lower-case common word opening a sentence is still no name
    ['Iran denied it, its foreign envoys said. Foreign pressure grew on Tuesday.', ['Country:country:IR']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

// A name the article writes whole inside a sentence keeps its first word where it opens one, though the article writes
// that word in lower case too (joinSentenceInitialWords).
describe('names that open a sentence', () => {
  test.each<[string, string[]]>([
    ['It breaks human rights law, said Human Rights Watch on Monday. Human Rights Watch documented 800 cases.', ['Organization:org:human-rights-watch']],
    ['He will vote no, said Will Hurd on Monday. Will Hurd said he would.', ['Person:person:will-hurd']],
    ['The group cited national security, said the National Security Council on Monday. "National Security Council staff agreed," he said.', ['Organization:org:national-security-council']],
    // the article never writes the whole name inside a sentence: the first word is the sentence's, not the name's
    ['Should Trump win, it will change, he said. Trump said so.', ['Person:person:trump']],
    ['He said it would change. Still Merkel said so, and Merkel left.', ['Person:person:merkel']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

// The izafe pattern scans whole bodies (recheck times out on its Unicode classes): adversarial bodies stay linear.
describe('izafe names on adversarial bodies', () => {
  test.each<[string, string]>([
    ['a long chain of links', 'Ab-e-'.repeat(40_000)],
    ['a long capitalised word before a broken link', `${'A' + 'b'.repeat(200_000)}-e-`],
    ['many compounds', 'Tehrik-e-Taliban Pakistan said. '.repeat(5_000)],
  ])('%s', async (_name, body) => {
    const { joinIzafeNames } = await import('../../src/extract/izafe.js');
    const t0 = performance.now();
    joinIzafeNames(body, [{ start: 0, end: 2, text: body.slice(0, 2), type: 'Person', key: 'x', sentence: 0 }]);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

// Words run into a person's name that are no part of it: a day of the week after it (the verb's time), a question's
// auxiliary before it, a page's section label before a surname the article names otherwise.
describe('words run into a name', () => {
  test.each<[string, string[]]>([
    ['Ukrainian President Viktor Yanukovych spoke. Vice President Joe Biden phoned Yanukovych Tuesday and urged him to act.', ['Joe Biden', 'Viktor Yanukovych']],
    ['Will Maduro survive? Venezuelan President Nicolas Maduro said he would stay.', ['Nicolas Maduro']],
    ['Will Maduro meet Trump?\n\nVenezuelan President Nicolas Maduro said he would meet President Donald Trump.', ['Donald Trump', 'Nicolas Maduro']],
    // …after a colon, a bullet or an opening quote too; a country or an acronym left is no person
    ['Now the question remains: Will Maduro use this moment to carry out his threats? Maduro said no.', ['Maduro']],
    ['Highlights:\n• Will Obama wait for UN on Syria strike?\nObama spoke.', ['Obama']],
    ['Liz Cheney wrote on Twitter. “Will Obama allow him to lawyer up?”', ['Liz Cheney', 'Obama']],
    ['STORY: Will Russia lobby Congress against Syria strike?', []],
    ['Will the FBI act? Will FBI Director Jim Comey threaten to resign as he threatened before?', ['Jim Comey']],
    // "Said" opening a sentence before its speaker and a colon and quote, or before a given name, is the verb inverted
    ['They won the election over Clinton.\n\nSaid Brennan: "The only questions that remain are whether they did." John Brennan left.', ['John Brennan']],
    ['These guys are right in there.”\n\nSaid Dakota Wood, a retired Marine officer: “It is bad.”', ['Dakota Wood']],
    // must stay: a given name after a colon outside a question
    ['Guests included: Will Smith and Jada Pinkett.', ['Jada Pinkett', 'Will Smith']],
    // …and an inverted condition's auxiliary ("Had Trump listened …, …")
    ['Had Trump listened to his advisers, the embassy would have stayed put. Trump said the move was overdue.', ['Trump']],
    ['Were Obama to visit Cuba, the embargo would end. Obama said the talks were useful.', ['Obama']],
    ['Getty Images Foreign Policy Trump prepares to bypass Congress to take on Iran\n\nThe policy of President Trump is clear, Trump said.', ['Trump']],
    ['Related Coverage Trump says he would not make money\n\nIn a news conference later on Monday, President Trump said he would not benefit from the coverage.', ['Trump']],
    // negatives: a given name stays, in a statement or before another person's surname
    ['Vice President Joe Biden phoned Viktor Yanukovych Tuesday and urged him to act.', ['Joe Biden', 'Viktor Yanukovych']],
    ['Will Smith met Donald Trump.', ['Donald Trump', 'Will Smith']],
    ['Melania Trump spoke. Donald Trump listened to the policy debate.', ['Donald Trump', 'Melania Trump']],
    // a name after a word of place and before a US state's abbreviation is a town; a lawmaker's party-state tag, or a
    // list of lawmakers with their states, keeps a person
    ['On Friday he visited North Charleston, S.C., to visit a Boeing plant.', []],
    ['Lindsey Graham, R-S.C., met Donald Trump.', ['Donald Trump', 'Lindsey Graham']],
  ])('%s', (body, names) => {
    expect(extract(body).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(names);
  });
});

// A day of the week after a body's name is the verb's time too ("told NBC News Monday"); a named day, a title in
// quotation marks and a timestamp's time zone are not.
describe('a day of the week run into a body’s name', () => {
  test.each<[string, string[]]>([
    ['Dmitry Peskov, a spokesman for Mr. Putin, told NBC News Monday that the reports were incorrect.', ['NBC News']],
    ['President Trump posted to Twitter Saturday morning that talks would go on.', ['Twitter']],
    ['A senior official told ABC News Sunday that the claim was false.', ['ABC News']],
    ['In a statement released by the State Department Monday, Kerry lashed out.', ['State Department']],
    ['The president’s half-hour speech to the United Nations Tuesday came amid attacks.', ['United Nations']],
    // negatives: a title in quotation marks, a paper named for its day, a named day
    // (the programme is no body at all: name-kinds.ts programme; the day is never cut off to leave "Fox News")
    ['On this weekend’s broadcast of “Fox News Sunday,” the nominee said so.', []],
    ['Trump also told the Sunday Times that Britain should walk away.', ['Sunday Times']],
    ['The Conservative Party voted on Super Tuesday.', ['Conservative Party']],
  ])('%s', (body, names) => {
    expect(extract(body).entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort()).toEqual(names);
  });
});

describe('a town before a US state abbreviation', () => {
  test.each<[string, string[]]>([
    ['He lives in Palm Beach, Fla., with his wife.', ['Place:Florida', 'Place:Palm Beach']],
    // a list of lawmakers with their states names people (and the states, no towns)
    ['Democratic Sens. Claire McCaskill, Mo., Heidi Heitkamp, N.D., and Joe Donnelly, Ind., voted yes.', ['Place:Indiana', 'Place:Missouri']],
  ])('%s', (body, places) => {
    expect(extract(body).entities.filter((e) => e.type === 'Place').map((e) => `Place:${e.name}`).sort()).toEqual(places);
  });
});
