// Organization entities of one word that name no body are dropped at entity extraction: one table row per rule, with
// the bodies that must stay (extract/unlikely-bodies.ts); a body named like a person of the article is that person.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { UNLIKELY_BODY_RULES, unlikelyBody } from '../../src/extract/unlikely-bodies.js';
import { buildEntities } from '../../src/extract/entities.js';

const at = (body: string, name: string) => {
  const out: { start: number; end: number }[] = [];
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length });
  return out;
};

describe('unlikelyBody', () => {
  test.each<[string, string, string[], string | null]>([
    ['After consultation with my Generals and military experts, please be advised.', 'Generals', [], 'title-word'],
    ['Read the documents: http://apne.ws/NuF4iSJ', 'http://apne.ws/NuF4iSJ', [], 'address-or-credit'],
    ['Syrians are seen from a hill top in Idlib [Umit Bektas/Reuters] as the truce holds.', 'Bektas/Reuters', [], 'address-or-credit'],
    ['SEOUL/WASHINGTON (Reuters) - North Korea fired a missile.', 'SEOUL/WASHINGTON', [], 'address-or-credit'],
    ['— Lindsey Graham (@LindseyGrahamSC) October 7, 2019', '@LindseyGrahamSC', [], 'address-or-credit'],
    ['.@POTUS spoke on Monday.', '.@POTUS', [], 'address-or-credit'],
    ['Write to Josh.Zumbrun@wsj.com for more.', 'Josh.Zumbrun@wsj.com', [], 'address-or-credit'],
    ['We will work w/our allies & Coalition partners to reiterate it.', '& Coalition', [], 'ampersand-start'],
    ['It is called #NatSecGirlSquad, and it supports women.', '#NatSecGirlSquad', [], 'hashtag'],
    ['Ready to leave for Texas! #MAGA', '#MAGA', [], 'hashtag'],
    // stop 45: a stance's prefix, a pair of names, a label run into a headline, a quoted title, a widget's label, a titled person
    ['Pro-Brexit hardliners in her Conservative Party saw Brexit slip.', 'Pro-Brexit', [], 'stance-prefix'],
    ['The pro-European Union parties won.', 'pro-European Union', [], 'stance-prefix'],
    ['The Anti-Defamation League said so.', 'Anti-Defamation League', [], null],
    ['It will lock in a softer Brexit for the future UK-EU relationship.', 'UK-EU', [], 'name-pair'],
    ['Moon-Kim to meet at the Military Demarcation Line.', 'Moon-Kim', ['Moon', 'Jae-in', 'Kim', 'Jong', 'Un'], 'name-pair'],
    ['Harley-Davidson said it would move production.', 'Harley-Davidson', [], null],
    ['Opinion:Trump’s disrespect for McCain makes a mockery.', 'Opinion:Trump', [], 'colon-glued'],
    ['Analysts include three programs known as “Mujahideen Secrets” and others.', 'Mujahideen Secrets”', [], 'quote-mark-inside'],
    ['Play Video 1:10 Donald Trump calls for reform.', 'Play Video', [], 'widget-word'],
    ['His daughter, National Security Adviser John Bolton and Treasury Secretary Steven Mnuchin attended.', 'National Security Adviser John Bolton and Treasury', [], 'title-name-inside'],
    // stop 48: an unknown acronym closing a caption after a stop is a credit tag; a known body or an outlet so stays
    ['Israel agreed to a cease-fire on Saturday morning. VPC\n\nSmoke rises from a vehicle.', 'VPC', [], 'caption-tag'],
    ['Israel agreed to a cease-fire on Saturday morning. NATO\n\nSmoke rises from a vehicle.', 'NATO', [], null],
    // stop 49: an acronym a thing and a body share is the thing before a noun of its records; a dated review's acronym is a document's
    ['Turkish TV has broadcast CCTV footage of the moment he walked in. CCTV footage shows him.', 'CCTV', [], 'thing-acronym-in-use'],
    ['He was caught on CCTV walking out.', 'CCTV', [], 'thing-acronym-in-use'],
    ['State-run CCTV reported that four guests were rescued.', 'CCTV', [], null],
    ['He rewrote a section of his 2014 Quadrennial Defense Review (QDR) and more. The QDR was late.', 'QDR', [], 'instrument-acronym'],
    ['Tillerson told the Independent Journal Review (IJR) so.', 'IJR', [], null],
    // stop 53: a name inside a work's title after its noun, "titled" or "author of"; a known body, an outlet or a name outside a title stays
    ['It comes on page 107 of his book, The Restless Wave: Good Times, Just Causes, Great Fights, and Other Appreciations.', 'Good Times', [], 'work-title'],
    ['In his 2007 book Hard Call: Great Decisions and the Extraordinary People Who Made Them, he wrote so.', 'Great Decisions', [], 'work-title'],
    ['He is the author of “Smart Power: Between Diplomacy and War.”', 'War', [], 'work-title'],
    ['She wrote a memoir titled “Life at Acme Holdings” last year.', 'Acme Holdings', [], 'work-title'],
    ['In his book, the Pentagon is the villain.', 'Pentagon', [], null],
    ['He wrote the book. Acme Holdings bought the rights.', 'Acme Holdings', [], null],
    ['He is the author of the book Burn-In: A Novel of the Real Robotic Revolution—told Acme Holdings in an email.', 'Acme Holdings', [], null],
    ['He reviewed a book for the Heritage Foundation in May.', 'Heritage Foundation', [], null],
    ['The film “Zero Dark Thirty” was praised by the Central Intelligence Agency.', 'Central Intelligence Agency', [], null],
    ['He is the author of “The Global Offensive: The United States, the Palestine Liberation Organization, and the Making of the Post-Cold War Order.”', 'Palestine Liberation Organization', [], null],
    // stop 53: a name ending in an abbreviated title is that title; a body ending in a title's full word stays
    ['The email was not private, as GOP Sens. Lamar Alexander of Tennessee and Roy Blunt of Missouri knew.', 'GOP Sens', [], 'title-abbreviation-last'],
    ['A spokesperson for Spencer, Navy Cmdr. Sarah Higgins, said so.', 'Navy Cmdr', [], 'title-abbreviation-last'],
    ['He met Army Pvt. Bradley Manning in 2010.', 'Army Pvt', [], 'title-abbreviation-last'],
    ['The Office of the Secretary of Defense objected.', 'Office of the Secretary of Defense', [], null],
    ['The Joint Chiefs met on Monday.', 'Joint Chiefs', [], null],
    // stop 54: common words in a tweet's title case inside quoted words; a body named with "the", by its head noun, or as the whole quotation stays
    ['“Now we have a Trade Deficit of $500 Billion a year, with Intellectual Property Theft of another $300 Billion,” Trump tweeted.', 'Trade Deficit', [], 'quoted-title-case-words'],
    ['“Now we have a Trade Deficit of $500 Billion a year, with Intellectual Property Theft of another $300 Billion,” Trump tweeted.', 'Intellectual Property Theft', [], 'quoted-title-case-words'],
    ['He wrote: “Great News for our Farmers!”', 'Great News', [], 'quoted-title-case-words'],
    ['“We met the Special Forces today,” he said.', 'Special Forces', [], null],
    ['“We briefed National Security Council staff today,” he said.', 'National Security Council', [], null],
    ['He gave to the group “Public Citizen” last year.', 'Public Citizen', [], null],
    ['He gave to “Public Citizen,” a watchdog, last year.', 'Public Citizen', [], null],
    ['“We had SIGINT,” Mattis said. “It was not just the IC.” Navy SEAL Eddie Gallagher’s “Trident Pin” stays.', 'Trident Pin', [], null],
    ['Special Forces soldiers landed at dawn.', 'Special Forces', [], null],
    // stop 54: a world region after modifiers only is a region or a post's domain; a body naming a region has its own noun
    ['said Aaron David Miller, a former US Middle East peace negotiator.', 'US Middle East', [], 'modified-world-region'],
    ['says Bruce Riedel, a former CIA South Asia analyst.', 'CIA South Asia', [], 'modified-world-region'],
    ['International Mideast envoy Tony Blair said so.', 'International Mideast', [], 'modified-world-region'],
    ['Radio Free Europe reported it.', 'Radio Free Europe', [], null],
    ['Radio Free Asia reported it.', 'Radio Free Asia', [], null],
    ['Scholars at the Carnegie Middle East Center said so.', 'Carnegie Middle East Center', [], null],
    // stop 54: a verb opening a clause before a determiner, an object pronoun or an adverb closing the clause is an imperative
    ['Dress casually and warmly.', 'Dress', [], 'opening-imperative'],
    ['Call your senator today.', 'Call', [], 'opening-imperative'],
    ['Fox quickly said no.', 'Fox', [], null],
    ['Shell said it would sell the field.', 'Shell', [], null],
    // stop 54: the singular alone is one member of the party; officers' initials are titles
    ['Democrat Senator Dianne Feinstein objected.', 'Democrat', [], 'party-member'],
    ['Sen. Dick Durbin, the No. 2 Democrat in the Senate, said so.', 'Democrat', [], 'party-member'],
    ['DNI Dan Coats said so.', 'DNI', [], 'common-noun-acronym'],
    ['The IG said it disagrees with that assessment.', 'IG', [], null],
    ['We had SIGINT on the cell.', 'SIGINT', [], 'common-noun-acronym'],
    // stays: a body whose name holds no hash
    ['The NAACP said so.', 'NAACP', [], null],
    // stays: a joint poll of two bodies
    ['An ABC News/Washington Post poll last week found it.', 'ABC News/Washington Post', [], null],
    ['A DHS/FBI bulletin warned of attacks.', 'DHS/FBI', [], null],
    ['The Queen will open Parliament on Tuesday.', 'Queen', [], 'title-word'],
    ['Sens. John McCain and Lindsey Graham objected.', 'Sens', ['John', 'McCain'], 'title-word'],
    ['Europeans worry about the deal.', 'Europeans', [], 'people-plural'],
    ['The Bidens denied it, Hunter Biden said.', 'Bidens', ['Hunter', 'Biden'], 'people-plural'],
    ['Peace between the Koreas is near.', 'Koreas', [], 'people-plural'],
    ['Play Video 2:01 As Theresa May resigns', 'Video', [], 'widget-word'],
    ['Mr. Pompeo said simply, “Sure.” He was sure of it.', 'Sure', [], 'common-word'],
    ['No questions on Collusion. He denied any collusion.', 'Collusion', [], 'common-word'],
    ['They will impose a 5% Tariff on all goods. The tariffs rise in June.', 'Tariff', [], 'common-word'],
    ['Rep. Eliot L. Engel, New York Democrat, said he would vote no.', 'New York Democrat', ['Eliot', 'Engel'], 'party-member'],
    ['Sen. Lindsey Graham, a South Carolina Republican, objected.', 'South Carolina Republican', ['Lindsey', 'Graham'], 'party-member'],
    ['One House Republican said the bill was dead.', 'House Republican', [], 'party-member'],
    ["We will make the case, and I'm confident we'll win.", "I'm", [], 'contraction'],
    ['He’ll have more to say tomorrow.', 'He’ll', [], 'contraction'],
    ['Moody’s doesn’t expect a default.', 'Moody’s doesn’t', [], 'contraction'],
    ['Senate Majority Leader Harry Reid (D-Nev.) refused to take it up.', 'D-Nev', ['Harry', 'Reid'], 'party-state-tag'],
    ['Sen. John Thune (R-S.D.), a Finance committee member, agreed.', 'R-S.D', ['John', 'Thune'], 'party-state-tag'],
    ['Rep. Kevin Brady (R-Texas) said so.', 'R-Texas', ['Kevin', 'Brady'], 'party-state-tag'],
    ['Rep. Nancy Pelosi (D-CA) said so.', 'D-CA', ['Nancy', 'Pelosi'], 'party-state-tag'],
    ['Sen. Bernie Sanders (I-Vt.) spoke.', 'I-Vt.', ['Bernie', 'Sanders'], 'party-state-tag'],
    ['Baba Sheikh leads the religious minority known as the Yazidi.', 'Yazidi', [], 'people-or-faith'],
    ['He lived with his Muslim family in an apartment.', 'Muslim', [], 'people-or-faith'],
    ['Iranian-backed Shia governments are fighting the rebels.', 'Shia', [], 'people-or-faith'],
    ['It could grow if his Uighur repression carries costs.', 'Uighur', [], 'people-or-faith'],
    // must stay: a paper whose title is a faith's word, after a capitalised "The"
    ['He told The Hindu on Tuesday that the talks went well.', 'Hindu', [], null],
    // must stay: a party named in full or in the plural, a paper named after a party word
    ['The New York Democratic Party met.', 'New York Democratic Party', [], null],
    ['House Republicans met on Tuesday.', 'House Republicans', [], null],
    ['The Arizona Republic reported it.', 'Arizona Republic', [], null],
    ['The F-35 and the B-52 flew.', 'B-52', [], null],
    ['Troops of the I-Corps moved.', 'I-Corps', [], null],
    // bodies that stay: a one-word body the lexicon knows, whatever the article writes in lower case; an acronym; a
    // name the article never writes in lower case; a team; the plural of no people
    ['The House voted on the bill. His house burned.', 'House', [], null],
    ['Congress voted. The party congress met.', 'Congress', [], null],
    ['He posted on Twitter. pic.twitter.com/x', 'Twitter', [], null],
    ['Hamas said no.', 'Hamas', [], null],
    ['The Houthis took the port.', 'Houthis', [], null],
    ['Reuters reported it.', 'Reuters', [], null],
    ['Moody’s cut the rating.', 'Moody’s', [], null],
    ['McDonald’s said so.', 'McDonald’s', [], null],
    ['The DOD (Department of Defense) said so.', 'DOD (Department of Defense', [], null],
    ['Teneo hired her. Teneo paid her. See teneo.com.', 'Teneo', [], null],
    ['The Mets and the Giants met on Monday.', 'Mets', [], null],
    // an acronym in the plural is a class; a blend with "exit" is a departure or a policy
    ['Aid groups and NGOs said the camps were full.', 'NGOs', [], 'plural-acronym'],
    ['Labour MPs voted against the deal.', 'Labour MPs', [], 'plural-acronym'],
    ['He met the EU Brexit negotiator on Monday.', 'EU Brexit', [], 'exit-blend'],
    ['A No-Deal Brexit looms.', 'No-Deal Brexit', [], 'exit-blend'],
    // must stay: a body whose name holds an acronym in the singular, a plural body that is no acronym
    ['Officials of SEAL Team Six said so.', 'SEAL Team Six', [], null],
    ['The United Nations said so.', 'United Nations', [], null],
    ['Brexit Party MEP Alex Phillips said so.', 'Brexit Party', [], null],
    // stop 46: a gerund phrase, a treaty's acronym, a class glossed by a plural acronym, a bid, a former role, an adverb,
    // a headline's clause, a credit's or a product's label
    ['She said, “Holding China accountable for its egregious actions doesn’t negate it.”', 'Holding China', [], 'gerund-clause'],
    ['Building a wall would do very little.', 'Building', [], 'gerund-clause'],
    ['Waving Kataib Hezbollah flags, they marched. Kataib Hezbollah said so.', 'Waving Kataib Hezbollah', [], 'gerund-clause'],
    ['Iran is a party to the Nuclear Nonproliferation Treaty, or NPT, and NPT members may enrich.', 'NPT', [], 'instrument-acronym'],
    ['He cited violations of the INF treaty.', 'INF', [], 'instrument-acronym'],
    ['It could show Unidentified Flying Objects (UFOs) in an effort to clear it up.', 'Unidentified Flying Objects', [], 'plural-acronym-gloss'],
    ['Walker, a former GOP White House contender, spoke.', 'GOP White House', [], 'white-house-bid'],
    ['The former Playmate said she had an affair.', 'Playmate', [], 'former-role'],
    ['Asked if so, he said: “Absolutely.”', 'Absolutely', [], 'adverb-word'],
    ['Pentagon declassifies Navy videos that purportedly show UFOs', 'Pentagon declassifies Navy', [], 'headline-clause'],
    ['Trade tensions rose. (AP Photo) With the vote coming up, things changed.', 'AP Photo', [], 'credit-or-product-label'],
    ['Listen for free on Apple Podcasts, Google Podcasts, Spotify.', 'Apple Podcasts', [], 'credit-or-product-label'],
    // must stay: an outlet or a body opened by an -ing word, a known body before "treaty", the White House, a plain noun after "former"
    ['Rolling Stone reported it first.', 'Rolling Stone', [], null],
    ['The Combating Terrorism Center reports how it began.', 'Combating Terrorism Center', [], null],
    ['He praised the NATO treaty.', 'NATO', [], null],
    ['The White House said so. The White House bid failed.', 'White House', [], null],
    ['The Pleasanton Weekly was bullied by the press shop.', 'Weekly', [], null],
    // shouted-heading: a name only in a cross-head, a kicker or a linked headline in capitals
    ['He said so.\n\nMILBANK ROASTS OBAMA - WaPo’s Dana Milbank offers his thoughts.', 'MILBANK', [], 'shouted-heading'],
    ['He said so.\n\nAL JAZEERA AMERICA DEBUTS - Al Jazeera, a network, starts today.', 'AL JAZEERA AMERICA DEBUTS', [], 'shouted-heading'],
    ['The firm grew.\n\nBLAME GAME\n\nA poll found that most blame Trump.', 'BLAME GAME', [], 'shouted-heading'],
    ['It rose.\n\nHOUSE DEMS SUBPOENA PENTAGON, WHITE HOUSE BUDGET OFFICE IN IMPEACHMENT INQUIRY\n\nThe talks went on.', 'HOUSE', [], 'shouted-heading'],
    // must stay: a wire story's first line, a transcript's label, a name also in the text
    ['UNITED NATIONS (Reuters) - The council met.', 'UNITED NATIONS', [], null],
    ['It rose.\n\nIPSOS MORI: the poll found it.', 'IPSOS MORI', [], null],
    ['It rose.\n\nCNN POLL SHOWS GAINS\n\nA CNN poll found it.', 'CNN', [], null],
    ['These are the leading stories.\nLA PRESSE\n- Tunisia called on France to act .', 'LA PRESSE', [], null],
    // stop 51: a name before a treaty's, a tape's, a benefit's or a password's noun names that thing; a thing's noun and "called" before a name
    ['It accused Russia of breaching the 1987 Intermediate-Range Nuclear Forces (INF) treaty by deploying a missile.', 'Intermediate-Range Nuclear Forces', [], 'thing-modifier'],
    ['It came just before the Access Hollywood tape leaked.', 'Access Hollywood', [], 'thing-modifier'],
    ['Thieves tried to claim his Social Security benefits.', 'Social Security', [], 'thing-modifier'],
    ['They spread a similar piece of malware called NotPetya. NotPetya hit Maersk.', 'NotPetya', [], 'thing-named'],
    // stop 52: a coinage on a name ("-care", "-gate", "-nomics") is a law, a scandal or a programme; a place or a common word stays
    ['ObamaCare has never been popular, and Obama knows it.', 'ObamaCare', [], 'name-coinage'],
    ['The Russiagate hoax is over, Trump said.', 'Russiagate', [], 'name-coinage'],
    ['He blamed Watergate for it.', 'Watergate', [], 'name-coinage'],
    ['The Westgate mall was attacked.', 'Westgate', [], null],
    ['Medicare pays for it.', 'Medicare', [], null],
    // must stay: a known body before its product, a body a noun of a group introduces
    ['He posted it on his Twitter account.', 'Twitter', [], null],
    ['He formed a group called Patriot Prayer.', 'Patriot Prayer', [], null],
  ])('%s (%s) → %s', (body, name, surnames, expected) => expect(unlikelyBody(body, { name, mentions: at(body, name) }, new Set(surnames))).toBe(expected));

  test('a name run past a title into one of the article\'s people names no body (person-inside)', () => {
    const body = 'The daughter, Adviser Jane Roe and Treasury attended. Jane Roe spoke.';
    expect(unlikelyBody(body, { name: 'Adviser Jane Roe and Treasury', mentions: at(body, 'Adviser Jane Roe and Treasury') }, new Set(['Jane', 'Roe']), new Set(['Jane Roe']))).toBe('person-inside');
    expect(unlikelyBody('The Kofi Annan Foundation said so.', { name: 'Kofi Annan Foundation', mentions: [{ start: 4, end: 25 }] }, new Set(['Kofi', 'Annan']), new Set(['Kofi Annan']))).toBeNull();
  });

  test('a team a sports line named stays', () =>
    expect(unlikelyBody('Senators 3 Kings 2. The senators won.', { name: 'Senators', mentions: [{ start: 0, end: 8, orgCue: 'team' }] }, new Set())).toBeNull());

  test('every rule documents itself', () => {
    for (const r of UNLIKELY_BODY_RULES) {
      expect(r.examples.length).toBeGreaterThan(0);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
});

describe('entity extraction drops them, keeps the bodies, gives a person’s name to the person', () => {
  const orgs = (body: string) => extract(body).entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort();
  test.each<[string, string[]]>([
    ['The Queen will open Parliament on Tuesday, Theresa May said.', []],
    ['Mr. Pompeo said simply, “Sure.” The White House was sure of it.', ['White House']],
    ['Russia is the European Union’s No. 3 trading partner.', ['European Union']],
    ['The House voted on Tuesday. His house burned down.', ['House']],
    ['Senate Majority Leader Harry Reid (D-Nev.) refused to take it up, and Sen. John Thune (R-S.D.) agreed.', []],
    ['Kurdish militants have trained hundreds of Yazidi volunteers at several camps inside Syria.', []],
    ['He lived with his Muslim family in an apartment in Elizabeth, New Jersey. The Muslim community is small.', []],
    // an account's handle names no body; a pair written with "&" leaves no body "& Coalition"
    ['We will work w/our @NATO allies & Coalition partners to reiterate to Turkey the consequences. — Lindsey Graham (@LindseyGrahamSC) October 7, 2019', []],
    // page furniture: a two-city dateline, a link
    ['SEOUL/WASHINGTON (Reuters) - North Korea fired a missile on Monday.', []],
    ['Read the documents: http://apne.ws/NuF4iSJ', []],
    // campaign-of-no-candidate: a campaign against or for a group, an alliance's war, a race, a common word's
    ['Kushner got an update on the status of the counter-ISIS campaign in Iraq and Syria.', []],
    ['Paul said so, referring to the NATO campaign to oust Libyan dictator Moammar Gadhafi.', []],
    ['He got help from a key Clinton ally during a failed state Senate campaign.', []],
    ['A Presidential campaign is hard work.', []],
    // must stay: a candidate's campaign, a referendum side's, a party's
    ['The Trump campaign denied it. The Leave campaign was all things to all men.', ['Leave campaign', 'Trump campaign']],
    ['Bernie Sanders spoke. The Sanders campaign did not respond.', ['Sanders campaign']],
    ['The BJP’s campaign in Delhi was led by Amit Shah.', ['BJP campaign']],
    // a gerund phrase that ends in a body's noun is a clause all the same
    ['Labour leader Jeremy Corbyn said: "Suspending Parliament is not acceptable."', ['Labour Party']],
  ])('%s', (body, expected) => expect(orgs(body)).toEqual(expected));

  // A town read as a body is that place (BODY_AS_PLACE_RULES, entities.ts); a body with a place after its name stays.
  const typed = (body: string) => extract(body).entities.filter((e) => e.type === 'Organization' || e.type === 'Place').map((e) => `${e.type}:${e.name}`).sort();
  test.each<[string, string[]]>([
    ['Bacon reported from McLean, Va. Contributing: Jane Doe in London.', ['Place:London', 'Place:McLean']],
    ['John Whitehead, president of the Rutherford Institute of Charlottesville, Va., said so.', ['Organization:Rutherford Institute of Charlottesville']],
    ['The survey was produced for ABC News by Langer Research Associates of New York, N.Y., with sampling by SSRS.', ['Organization:ABC News', 'Organization:Langer Research Associates of New York', 'Organization:SSRS']],
    // stop 51: an estate by its own name, a city by its initials, a venue's noun after a name, a gazetteer city
    ['Donald Trump spent the weekend at Mar-a-Lago. He flew back to Washington from Mar-a-Lago on Sunday.', ['Place:Mar-a-Lago', 'Place:Washington, D.C.']],
    ['Was the sacking of Rodeo Drive in LA a protest?', ['Place:LA']],
    ['A few thousand protested in the Scottish capital, Edinburgh, on Saturday.', ['Place:Edinburgh']],
    // must stay: a body's word in the name before a venue's noun
    ['Senators were summoned to the White House complex for a briefing.', ['Organization:White House']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));

  // A title or a family's plural read as a body names people (BODY_AS_PEOPLE_RULES, entities.ts): the person the
  // article gives the title, the realm's monarch, or the family; a relation keeps its party.
  const people = (body: string, publishedAt: string | null = '2016-07-13') => {
    const r = extract(body, publishedAt);
    const name = new Map(r.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
    return [...r.entities.filter((e) => e.type === 'Person' || e.type === 'Organization').map((e) => `${e.type}:${e.name}`).sort(), ...r.relations.map((x) => `${x.type} ${name.get(x.sourceId)} ~ ${name.get(x.targetId)}`)];
  };
  test.each<[string, string | null, string[]]>([
    ['Theresa May, the British prime minister, met the Queen at Buckingham Palace.', '2016-07-13', ['Person:Elizabeth II', 'Person:Theresa May', 'MET_WITH Person:Theresa May ~ Person:Elizabeth II']],
    ['Queen Elizabeth II toured Windsor Castle on Monday. Later, Donald Trump met the Queen at the palace.', '2019-06-03', ['Person:Donald Trump', 'Person:Elizabeth II', 'MET_WITH Person:Donald Trump ~ Person:Elizabeth II']],
    ['Canadians cheered as the Queen arrived in Ottawa.', null, ['Person:Queen']],
    ['Later, the Obamas had dinner with Prince William. Barack Obama and Michelle Obama flew home.', '2016-04-22', ['Person:Barack Obama', 'Person:Michelle Obama', 'Person:Obamas', 'Person:William', 'MET_WITH Person:Obamas ~ Person:William']],
    ['The meeting between Trump and the Dunns was held at the White House, the family of Harry Dunn said.', '2019-10-16', ['Organization:White House', 'Person:Dunns', 'Person:Harry Dunn', 'Person:Trump', 'MET_WITH Person:Trump ~ Person:Dunns']],
    // no people: a title no one holds outside a realm, a plural of a surname without "the", a team in a games report
    ['The Queen will open Parliament on Tuesday, Theresa May said.', '2017-06-01', ['Person:Theresa May']],
    ['Obamas everywhere were cheering, Barack Obama said.', '2016-04-22', ['Person:Barack Obama']],
    ['In 1533 Queen Elizabeth I was born in London.', '2016-04-22', ['Person:Elizabeth']],
  ])('%s', (body, publishedAt, expected) => expect(people(body, publishedAt)).toEqual(expected));

  // The tagger may read a person's surname as a body ("the sixth Trump associate"): the person the article names so.
  test.each<[string, string, string[]]>([
    ['Mexican President Andrés Manuel López Obrador fired back. Both Trump and López Obrador began the process.', 'López Obrador', ['Person:Andrés Manuel López Obrador:2']],
    ['Donald Trump denied it. Roger Stone became the sixth Trump associate to be charged.', 'Trump', ['Person:Donald Trump:2', 'Person:Roger Stone:1']],
  ])('%s (%s read as a body)', (body, org, expected) => {
    const persons = [...body.matchAll(/Andrés Manuel López Obrador|Donald Trump|Roger Stone/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], key: m[0], type: 'Person' as const, sentence: 0 }));
    const at = body.lastIndexOf(org);
    const mentions = [...persons, { start: at, end: at + org.length, text: org, key: org, type: 'Organization' as const, sentence: 0 }].sort((a, b) => a.start - b.start);
    const { entities } = buildEntities(mentions, body);
    expect(entities.map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort()).toEqual(expected);
  });

  // A surname the tagger read as a body is the person a family-first name opens ("Moon" of "Moon Jae-in"); a given name
  // and a surname used only as a modifier of an affair or a family ("the David Petraeus controversy") are a person.
  test.each<[string, string[]]>([
    ['South Korean president Moon Jae-in favors reunification. The test made the South nervous, increasing Moon’s incentive to negotiate.', ['Person:Moon Jae-in:2']],
    ['South Korean president Moon Jae-in met Kim Jong-un at the border. Much can happen leading up to Kim’s meetings with Moon and Donald Trump.', ['Person:Donald Trump:1', 'Person:Kim Jong-un:2', 'Person:Moon Jae-in:2']],
    ['Allen wrote emails to Jill Kelley, a woman at the heart of the David Petraeus controversy. Kelley was a close friend of the Petraeus family.', ['Person:Allen:1', 'Person:David Petraeus:2', 'Person:Jill Kelley:2']],
    ['You’d think the Ray Davis affair might have taught them something.', ['Person:Ray Davis:1']],
    // must not: a body the lexicon knows, a surname two family-first names share, a surname written in lower case too
    ['Sen. Elizabeth Warren grilled the Wells Fargo chief. The Wells Fargo scandal grew.', ['Organization:Wells Fargo:2', 'Person:Elizabeth Warren:1']],
  ])('%s', (body, expected) => {
    const r = extract(body, '2018-05-01');
    expect(r.entities.filter((e) => e.type === 'Person' || e.type === 'Organization').map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort()).toEqual(expected);
  });

  // A country's name or adjective and a title only, read as a body, is the title of the name after it: no body.
  test.each<[string, string[]]>([
    ['Mr Trump was greeted by US Ambassador to the UK Woody Johnson and Foreign Secretary Jeremy Hunt.', ['Person:Jeremy Hunt:1', 'Person:Trump:1', 'Person:Woody Johnson:2', 'MET_WITH Person:Trump ~ Person:Woody Johnson']],
    ['The aide also said Ilhan Omar had planned to meet with former US Ambassador to Israel Dan Shapiro and members of Israel\'s Knesset.', ['Person:Dan Shapiro:2', 'Person:Ilhan Omar:1', 'MET_WITH Person:Ilhan Omar ~ Person:Dan Shapiro']],
    // must not: a body whose name opens with a country's adjective stays ("British Airways", "US Senate")
    ['British Airways cancelled flights on Monday, the US Senate said.', ['Organization:British Airways:1', 'Organization:US Senate:1']],
  ])('%s', (body, expected) => {
    const r = extract(body, '2019-06-03');
    const name = new Map(r.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
    expect([...r.entities.filter((e) => e.type === 'Person' || e.type === 'Organization').map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort(), ...r.relations.map((x) => `${x.type} ${name.get(x.sourceId)} ~ ${name.get(x.targetId)}`)]).toEqual(expected);
  });
});

