// Person entities no reader takes for a person are dropped at entity extraction: one table row per rule, with the
// people that must stay (extract/unlikely-people.ts).
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { UNLIKELY_PERSON_RULES, hasLowerCaseUse, unlikelyPerson } from '../../src/extract/unlikely-people.js';

const at = (body: string, name: string) => {
  const out: { start: number; end: number }[] = [];
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length });
  return out;
};

describe('unlikelyPerson', () => {
  test.each<[string, string, string | null]>([
    ['The crowd sang “Happy Birthday” to him.', 'Happy Birthday', 'whole-quotation'],
    ['Putin and Erdogan after their meeting in Moscow [Sefa Karacan/Anadolu] Until the latest crisis, they agreed.', 'Sefa Karacan/Anadolu', 'address-or-credit'],
    ['March 29, 2019 in Washington, D.C. Chip Somodevilla/Getty Images When he spoke, he smiled.', 'Chip Somodevilla/Getty Images', 'address-or-credit'],
    ["“We'll see,” he said.", "We'll", 'contraction'],
    ['They landed at Prince Sultan Air Base on Monday.', 'Prince Sultan Air Base', 'place-head'],
    ['His supporters set off fireworks on iconic Copacabana Beach.', 'Copacabana Beach', 'place-head'],
    ['Members of ISIS stormed through Iraq\'s Nineveh Plain.', 'Nineveh Plain', 'place-head'],
    ['Special Counsel Robert Mueller … the special counsel said.', 'Special Counsel', 'lower-case-phrase'],
    ['African-Americans and Hispanics said so.', 'African-Americans', 'group-noun'],
    ['The Lebanese oppose it, even among Sunnis, who are generally sympathetic to the rebels.', 'Sunnis', 'people-or-faith'],
    ['Taliban fighters killed dozens of Hazaras in the province.', 'Hazaras', 'people-or-faith'],
    // must stay: the singular may be a surname
    ['U.S. troops will share eight Afghan-run bases, Pashtun said.', 'Pashtun', null],
    ['If they criticize Embassy Tel Aviv for these issues, fine.', 'Embassy Tel Aviv', 'place-noun-first'],
    ['Some Democrats on Capitol Hill said the bill was weak.', 'Capitol Hill', 'place-noun-first'],
    ['Maria Lopez with the 4th Brigade Combat Team, 1st Armored Division, said so.', 'Armored Division', 'body-head'],
    ['He served in the Joint Special Operations Command.', 'Special Operations Command', 'body-head'],
    ['Dave Camp said so.', 'Dave Camp', null],
    // title-complement is read on entity extraction (a mention's title start): see below
    // body-head: the heads of Indian bodies' and legislatures' names
    ['The Bajrang Dal, a militant Hindu group, marched on Sunday.', 'Bajrang Dal', 'body-head'],
    ['The BJP won a majority in the lower house of parliament, or Lok Sabha.', 'Lok Sabha', 'body-head'],
    // place-head, place-noun-first: Hindi, Urdu and Arabic nouns of places
    ['Women have staged a sit-in at Shaheen Bagh since December.', 'Shaheen Bagh', 'place-head'],
    ['Houthi boats attacked a tanker near Bab al-Mandeb on Monday.', 'Bab al-Mandeb', 'place-noun-first'],
    // body-noun-after: a name modifying a body's noun
    ['The parliament is controlled by the pro-Kremlin United Russia party. All of its seats are held.', 'United Russia', 'body-noun-after'],
    ['Officials blamed Haqqani network fighters, who are allied with the Taliban.', 'Haqqani', 'body-noun-after'],
    // must stay: a given name opens the name, or the article names the person by it
    ['A Bernie Sanders movement rally drew crowds in Iowa.', 'Bernie Sanders', null],
    ['Jalaluddin Haqqani founded it. Officials blamed Haqqani network fighters.', 'Haqqani', null],
    // function-word-first: a quantifier
    ['Multiple Florida rallies were organized by Russian trolls.', 'Multiple Florida', 'function-word-first'],
    ['U.S. Customs and Border Protection said the numbers rose.', 'Border Protection', 'abstract-noun-head'],
    ['He ran programs for Countering Violent Extremism.', 'Violent Extremism', 'abstract-noun-head'],
    ['Homeland Security officials said security was tight.', 'Homeland Security', 'abstract-noun-head'],
    // must stay: a given name first; a surname ending in -ity or -ics that the article never writes in lower case
    ['Latvian Foreign Minister Edgars Rinkevics spoke.', 'Edgars Rinkevics', null],
    ['Hannity said the security was tight.', 'Hannity', null],
    ['Sean Hannity said so.', 'Sean Hannity', null],
    ['Analysis by Melissa Hanham, Senior Research Associate in the center.', 'Senior Research Associate', 'occupation-words'],
    ['Analyst says both sides need to cool the rhetoric.', 'Analyst', 'occupation-words'],
    ['John Major said so. Major added more.', 'Major', null],
    ['The North had threatened to shut the complex. Talks with the North stalled. The North said no.\n\nKerry calls North reckless', 'North', 'definite-article'],
    ['The ban was reported by the Free Beacon on Thursday.', 'Free Beacon', 'definite-article'],
    ["“Well, when you listen to them, and you ask, 'Well, what?'” he said. It went well.", 'Well', 'clause-opener'],
    ["“Well, when you listen to them, and you ask, 'Well, what?'” he said.", 'Well', 'clause-opener'],
    // must stay people: once without the article; a name opening a clause that the article never writes in lower case;
    // a common word used once as a name outside a clause opening
    ['The Donald won. Donald said so.', 'Donald', null],
    ['“Obama, of course, knew it,” she said.', 'Obama', null],
    ['Rice, the adviser, spoke. Rice fields flooded; rice grew.', 'Rice', null],
    // must stay people: a name once outside quote marks, a given name first, a surname-like head, no lower-case use
    ['“Donald Trump” is a brand, and Donald Trump said so.', 'Donald Trump', null],
    ['Rose Long said the long road was hard; a rose bloomed.', 'Rose Long', null],
    ['Paul Tower said the tower was tall.', 'Paul Tower', null],
    ['Defense Secretary Jim Mattis spoke.', 'Jim Mattis', null],
    ['Mad Dog Mattis spoke.', 'Mad Dog', null],
    // every word a common word, none a given name nor a surname of the article: a unit, a programme, an award, a label
    ['He once led the country’s entire Special Operations forces, including the raid.', 'Special Operations', 'common-words'],
    ['He helped Reid kill Bush’s 2005 Social Security overhaul.', 'Social Security', 'common-words'],
    ['He earned the Silver Star, the Bronze Star and three Purple Hearts.', 'Purple Hearts', 'common-words'],
    ['“They are either propagandists or dupes.”\n\nAllahpundit, Hot Air\n\nSen. Marco Rubio writes, “No.”', 'Hot Air', 'common-words'],
    ['Approve or disapprove? Vote Now in Urgent Poll', 'Vote Now', 'common-words'],
    ['In 2012, Rolling Stone reported that the unit had discipline issues.', 'Rolling Stone', 'common-words'],
    // must stay: a given name first ("Rose", "Hope"); a word the article writes as someone's surname ("Donald Trump");
    // a nickname before a surname; a title or an alias the article gives it
    ['Hope Hicks said so.', 'Hope Hicks', null],
    ['Candidate Trump’s critique was sincere, and Donald Trump kept it.', 'Candidate Trump', null],
    ['Ambassador Song said so. Foreign ministry spokesman Hong Lei said China objected; Mr. Song agreed.', 'Lei Song', null],
    ['The general, known as Mad Dog Mattis, spoke.', 'Mad Dog', null],
    ['And sadly, Sen Burr has been a weak chairman.', 'Sen Burr', null],
    ['Both Presidents Bush and Obama made the decision.', 'Presidents Bush', null],
    ['But the identity of “Jihadi John” remained a mystery until Jihadi John was named.', 'Jihadi John', null],
    // (a title alone, read by title-last before common-words: dropped either way, never made a speaking body)
    ['Since 2015, he has held the rank of Vice Admiral.', 'Vice Admiral', 'title-last'],
    // the everyman of idiom and the law's placeholder
    ['I’d hate to be trying to convince Joe Sixpack that this is a whole new ballgame.', 'Joe Sixpack', 'everyman'],
    ['The suit names John Doe as a defendant.', 'John Doe', 'everyman'],
    ['Joe Biden said so.', 'Joe Biden', null],
    // a common word capitalised only where a sentence opens (or a plural whose singular the article writes)
    ['It might have been avoided. History tells us there could have been another way; a long history.', 'History', 'lone-common-word'],
    ['He was murdered inside the consulate. Reports suggest a struggle took place, a report said.', 'Reports', 'lone-common-word'],
    // must stay people: a surname written mid-sentence once; a surname the article never writes in lower case; a given name
    ['Rice spoke. Rice fields flooded; rice grew. He met Rice.', 'Rice', null],
    ['"The president is wrong," Schumer said. Schumer added more.', 'Schumer', null],
    ['Hope is a virtue. Hope said she had hope.', 'Hope', null],
    // page widgets
    ['They are key engines for growth." Read More', 'Read More', 'widget-words'],
    ['Show Hide Upon announcing his bid', 'Show Hide', 'widget-words'],
    ['on the latest Bowe Bergdahl news, video, and analysis. Add Interest Despite surviving', 'Add Interest', 'widget-words'],
    ['Additional reporting by Michael Safi in Delhi', 'Additional', 'widget-words'],
    ['Full Coverage: Trump impeachment inquiry', 'Full Coverage', 'widget-words'],
    ["NPR's Soraya Sarhaddi Nelson tells our Newscast Desk that they planned to march.", 'Newscast Desk', 'widget-words'],
    // a department's portfolio alone
    ['Departments affected include Homeland Security, Justice, Housing, Agriculture, Commerce, and the Treasury.', 'Agriculture', 'portfolio-word'],
    ['Departments affected include Homeland Security, Justice, Housing, Agriculture, Commerce, and the Treasury.', 'Housing', 'portfolio-word'],
    // holidays
    ['during the 10 days between Rosh Hashanah and Yom Kippur, devoted to prayer', 'Yom Kippur', 'holiday'],
    // a continent, region or language alone
    ['Especially European states that have known this menace agreed.', 'European', 'region-word'],
    ['Gulf states, particularly Saudi Arabia, agreed.', 'Gulf', 'region-word'],
    // a city or region after a place preposition; a surname that is also a city, never after one, stays
    ['She pointed to her home town in Oaxaca state, which was flattened.', 'Oaxaca', 'place-after-preposition'],
    ['“I had no clue what on earth they did,” Bordeaux said of the system.', 'Bordeaux', null],
    // a town dated by its US state after a comma; a person's party and state ("R-S.C."), or the state's possessive, stays
    ['On Friday he visited North Charleston, S.C., to visit a Boeing plant.', 'North Charleston', 'city-comma-state'],
    ['He held a rally in Grand Rapids, Michigan, on Monday.', 'Grand Rapids', 'city-comma-state'],
    ['Sen. Tim Scott, R-S.C., said so.', 'Tim Scott', null],
    ['Tim Scott, South Carolina’s senator, said so.', 'Tim Scott', null],
    ['Tim Scott, South Carolina. Tim Scott said so.', 'Tim Scott', null],
    ['Sen. John McCain, Arizona Republican, said so.', 'John McCain', null],
    ['“It is a mess.”\n\nMax Boot, Washington Post\n\n“It is not.”', 'Max Boot', null],
    ['Sen. John McCain, an Arizona senator, said so.', 'John McCain', null],
    ['Democrats in farm states such as Heidi Heitkamp, N.D., Joe Donnelly, Ind., and Claire McCaskill, Mo.', 'Joe Donnelly', null],
    // a US state's name before a title or after "of"; states that are also given names or surnames stay
    ['That is the plan, according to North Carolina Representative Mark Meadows, a close Trump ally.', 'North Carolina', 'us-state'],
    ['Sen. Angus King of Maine said the strike was legal.', 'Maine', 'us-state'],
    ['“It is no relief,” said North Dakota farmer Kevin Skunes.', 'North Dakota', 'us-state'],
    ['George Washington crossed the river. Washington said so.', 'Washington', null],
    ['Georgia said she would run.', 'Georgia', null],
    // an acronym in the plural is a class of people; a blend with "exit" is a departure, "Brexiteers" its partisans
    ['Mr Johnson gave a statement to MPs on the G7 summit.', 'MPs', 'plural-acronym'],
    ['An alliance of Tory MPs voted against the deal.', 'Tory MPs', 'plural-acronym'],
    ['May defended her Brexit deal in Parliament.', 'Brexit', 'exit-blend'],
    ['A rally of Stop Brexit campaigners filled the square.', 'Stop Brexit', 'exit-blend'],
    ['Tory Brexiteers are the court now.', 'Tory Brexiteers', 'exit-blend'],
    // must stay: a name after an acronym in the singular, a surname in capitals, a name with "exit" in no blend
    ['Former Navy SEAL Rob O’Neill said so.', 'Rob O’Neill', null],
    ['The reporter Ana MARCOS said so.', 'Ana MARCOS', null],
    ['The economist Exitus Brown said so.', 'Exitus Brown', null],
    ['Leading Brexiteer Steve Baker said it was not personal.', 'Brexiteer Steve Baker', null],
    ['Ronald Rotunda, an adviser to the counsel, said so.', 'Ronald Rotunda', null],
    // a name opened by a closed-class word (preposition, determiner, conjunction, question word, "Very") is no person's
    ['Doctors Without Borders said the clinic was hit.', 'Without Borders', 'function-word-first'],
    ['It ships crude by Very Large Crude Carriers.', 'Very Large', 'function-word-first'],
    ['As The Intercept reported, the program grew.', 'The Intercept', 'function-word-first'],
    ['“Cuba’s Fidel Castro, Who Defied U.S. for 50 Years, Dies at 90.”', 'Who Defied U.S.', 'function-word-first'],
    // must stay: a family name that is also a closed-class word elsewhere ("An", "Go"), a sovereign's style
    ['Chinese Vice Premier An Gang spoke.', 'An Gang', null],
    ['Go Myong-hyun, a researcher, said so.', 'Go Myong-hyun', null],
    ['Her Majesty The Queen gave assent.', 'Her Majesty', null],
    // the outlet after a writer's comma on a credit line
    ['“It is a humanitarian crisis by definition.”\n\nJazz Shaw, Hot Air\n\n“Sanctions have …', 'Hot Air', 'byline-outlet'],
    ['approved by the woke brigade.” Kevin Drum, Mother Jones\n\nMany note that it works.', 'Mother Jones', 'byline-outlet'],
    ['“The deal is modest.”\n\n-- Jamie Murray, Bloomberg Economics\n\nRead more.', 'Bloomberg Economics', 'byline-outlet'],
    ['“It failed.” Brian Bennett and John Walcott, Time\n\nFrom the Right', 'Time', 'byline-outlet'],
    // words credited longer than the window read before the credit
    ['Biden was just using ordinary language, not worrying too much if it was fully approved by the woke brigade and its allies.” Kevin Drum, Mother Jones\n\nMany note it.', 'Mother Jones', 'byline-outlet'],
    ['Biden was just using ordinary language, not worrying too much if it was fully approved by the woke brigade and its allies, said Kevin Drum, Mother Jones\n\nMany note it.', 'Mother Jones', null],
    // must stay: a list of contributors, a name elsewhere on its line, a given name first
    ['Contributing: Nicole Gaudiano, John Fritze, Michael Collins\n\nMore news.', 'Michael Collins', null],
    ['The list: Jazz Shaw, Townhall and more\n\nIt grew.', 'Townhall', null],
    // (no byline there, but every word of "Hot Air" is a common word)
    ['The list: Jazz Shaw, Hot Air and more\n\nIt grew.', 'Hot Air', 'common-words'],
    // shouted-heading: a name only in a heading shouted in capitals
    ['He spoke.\n\nPOMPEO: FATE OF US-NORTH KOREA SUMMIT RESTS WITH KIM JONG UN\n\nThe talks went on.', 'KIM JONG', 'shouted-heading'],
    ['It grew.\n\nHERD IMMUNITY\n\nOn Sunday the advisers met.', 'HERD IMMUNITY', 'shouted-heading'],
    // must stay: a transcript's speaker label
    ['Good evening.\n\nJAMES FREDRICK: A poll found it.', 'JAMES FREDRICK', null],
    // indefinite-article: a name written only after "a", "an", "another", no given name first
    ['A Marist Poll in January showed 83 percent of Americans agree.', 'Marist Poll', 'indefinite-article'],
    ['It was a drawing board for their vision of an Islamist state.', 'Islamist', 'indefinite-article'],
    // must stay: a person's full name after one
    ['It had occurred at an Ariana Grande concert.', 'Ariana Grande', null],
    ['They would rather not end up with another Nicolás Maduro.', 'Nicolás Maduro', null],
    ['“It is a mess.”\n\nMax Boot, Washington Post\n\n“It is not.”', 'Max Boot', null],
    ['“It is a mess.”\n\nMax Boot, Peter Baker\n\n“It is not.”', 'Peter Baker', null],
    // a possessive inside a name
    ['Obama will head back to Martha’s Vineyard for the second week.', 'Martha’s Vineyard', 'possessive-inside'],
    ['The system, called David’s Sling, was tested.', 'David’s Sling', 'possessive-inside'],
    ["As for Rice's Sept. 16 comments, he said it would help.", "Rice's Sept.", 'possessive-inside'],
    // must stay: an apostrophe of a surname, a possessive at the name's end
    ['Robert O’Neill said he fired the shots.', 'Robert O’Neill', null],
    ["Dinesh D'Souza's film was shown.", "Dinesh D'Souza", null],
    // a modal before "Be" is a headline's verb
    ['It Will Be Cautious\n\nThe Washington Post\'s David Ignatius writes.', 'Will Be Cautious', 'auxiliary-be'],
    ['“Netanyahu: If I’m Elected, There Will Be No Palestinian State.”', 'Will Be', 'auxiliary-be'],
    ['Will Bennett said so.', 'Will Bennett', null],
    // a plural common noun of people, messages or acts opening a clause
    ['Reports indicate that the terror group Hamas had orchestrated it.', 'Reports', 'plural-common-noun'],
    ['Aides said McConnell was angry.', 'Aides', 'plural-common-noun'],
    ['Skeptics argue it is implausible.', 'Skeptics', 'plural-common-noun'],
    // must stay: a plural of a thing's noun, a name WordNet capitalises, one written mid-clause
    ['Gates said the war was lost.', 'Gates', null],
    ['Banks said so.', 'Banks', null],
    ['Peters said so.', 'Peters', null],
    ['He met Aides on Monday. Aides spoke.', 'Aides', null],
    // a generational suffix or a plural title alone
    ['Fox News legal analyst Peter Johnson, Jr. asked if there was a calculation.', 'Jr.', 'suffix-or-plural-title'],
    ['Sens. Chuck Schumer and Bob Menendez spoke.', 'Sens', 'suffix-or-plural-title'],
    ['Rep. Sensenbrenner spoke.', 'Sensenbrenner', null],
    // the plural of a place's people
    ['Under British colonial rule, Hong Kongers tended to speak their minds.', 'Hong Kongers', 'plural-demonym'],
    ['New Yorkers lined up for hours.', 'New Yorkers', 'plural-demonym'],
    ['Bostonians cheered.', 'Bostonians', 'plural-demonym'],
    ['Kevin Vickers, 58, serves as the House sergeant-at-arms.', 'Kevin Vickers', null],
    ['Rep. Gary Peters spoke.', 'Gary Peters', null],
    // a people's word after another, a determiner or no given name
    ['“That’s the message I hope every Muslim American hears,” he said.', 'Muslim American', 'people-compound'],
    ['It asked whether you were white, black, Asian, Native American or Latino.', 'Native American', 'people-compound'],
    ['“Any American who meets current standards should be able to serve,” he said.', 'Any American', 'people-compound'],
    ['National Review writer David French said so.', 'David French', null],
    ['Kevin English, a farmer, said so.', 'Kevin English', null],
    // a linking adverb
    ['Michael Oren said Afterward, the president went to Jerusalem.', 'Afterward', 'linking-adverb'],
    ['Elsewhere, the fighting went on.', 'Elsewhere', 'linking-adverb'],
    
    // a day of the week last
    ['It was one of two Palm Sunday attacks on churches.', 'Palm Sunday', 'weekday-last'],
    ['Early Tuesday, Berlin police tweeted that the driver acted on purpose.', 'Early Tuesday', 'weekday-last'],
    // a name only in a place's slot
    ['And on Monday, Boko Haram attacked Gamboru Ngala, a remote state capital.', 'Gamboru Ngala', 'place-slot-name'],
    ['Villagers in Warabe accused the militants of the kidnapping.', 'Warabe', 'place-slot-name'],
    ['Heavy bombardment hit the towns of Deir al-Asafir and Beit Saham.', 'Deir al-Asafir', 'place-slot-name'],
    // must stay: a bare surname a verb of attacking takes; a given name; a possessive; a mention outside the slot
    ['The senator attacked Clinton on Monday.', 'Clinton', null],
    ['Protesters attacked John Smith outside the hall.', 'John Smith', null],
    ['They lost faith in Mueller’s report.', 'Mueller', null],
    ['She lives in Warabe. Warabe said so.', 'Warabe', null],
  ])('%s (%s) → %s', (body, name, expected) => expect(unlikelyPerson(body, { name, mentions: at(body, name) })).toBe(expected));

  // A title or "Mr." the article gives the word makes it a person's name whatever the rules above say.
  test.each<[string, string, string[], string | undefined, string | null]>([
    ['Mr Kim said so. Reports suggest it; a report did.', 'Reports', ['Reports', 'Mr Reports'], undefined, null],
    ['She spoke in Oaxaca. Gov. Oaxaca spoke.', 'Oaxaca', ['Oaxaca'], 'Gov.', null],
    ['Especially European states agreed.', 'European', ['European'], undefined, 'region-word'],
    ['Mr. Texas spoke.', 'Texas', ['Texas', 'Mr. Texas'], undefined, null],
    ['Silent Majority spoke. Mr. Majority agreed.', 'Silent Majority', ['Silent Majority', 'Mr. Majority'], undefined, null],
    ['Stone Cold said so.', 'Stone Cold', ['Stone Cold'], 'Sheriff', null],
    // title-last: a role noun no family name is, with no given name and family name before it
    ['Story highlights Polish Foreign Minister says talks ended early Friday', 'Polish Foreign Minister', ['Polish Foreign Minister'], undefined, 'title-last'],
    ['Today, I have resigned as Brexit Secretary.', 'Brexit Secretary', ['Brexit Secretary'], undefined, 'title-last'],
    ['London Mayor: Trump a global threat', 'London Mayor', ['London Mayor'], undefined, 'title-last'],
    // must stay: a role word that is a family name too, a person's name before extra words
    ['John Chancellor said it.', 'John Chancellor', ['John Chancellor'], undefined, null],
    ['Jim Justice said it.', 'Jim Justice', ['Jim Justice'], 'Governor', null],
    ['Rory Stewart Former Development Secretary who ran.', 'Rory Stewart Former Development Secretary', ['Rory Stewart Former Development Secretary'], undefined, null],
    ['Justine Greening Ex-Education Secretary who will stand down.', 'Justine Greening Ex-Education Secretary', ['Justine Greening Ex-Education Secretary'], undefined, null],
    ['German Economy Minister and Vice Chancellor Sigmar Gabriel said so.', 'German Economy Minister', ['German Economy Minister'], undefined, 'title-last'],
    // must stay: a title after a determiner describes someone the quote rules take as the speaker
    ['“He is a slow learner,” said the former Marine General.', 'Marine General', ['Marine General'], undefined, null],
    ['Another top Kurdish Commander told Breitbart News, “ISIS has weapons.”', 'Kurdish Commander', ['Kurdish Commander'], undefined, null],
    // occupation-words: a rank and a portfolio modifying officials
    ['Senior Defense and intelligence officials said the strike worked.', 'Senior Defense', ['Senior Defense'], undefined, 'occupation-words'],
    // must stay: a portfolio alone is its own rule's; a name with a given name stays
    ['Deputy Director Andrew McCabe said so.', 'Andrew McCabe', ['Andrew McCabe'], undefined, null],
    // hyphenated-modifier
    ['a “break from Bush-era thinking”', 'Bush-era', ['Bush-era'], undefined, 'hyphenated-modifier'],
    ['a series of recent Al Qaeda-led prison breaks', 'Al Qaeda-led', ['Al Qaeda-led'], undefined, 'hyphenated-modifier'],
    // must stay: a hyphenated Korean given name
    ['Ban Ki-moon said so.', 'Ban Ki-moon', ['Ban Ki-moon'], undefined, null],
    // faith-head
    ['“This is a fight within Islam, within Sunni Islam,” he said.', 'Sunni Islam', ['Sunni Islam'], undefined, 'faith-head'],
    ['He would not say the words Radical Islam.', 'Radical Islam', ['Radical Islam'], undefined, 'faith-head'],
    // must stay: the family name "Islam" after a given name
    ['Faisal Islam tweeted it.', 'Faisal Islam', ['Faisal Islam'], undefined, null],
    // condition-head
    ['pandemics like Lyme Disease, which receives little', 'Lyme Disease', ['Lyme Disease'], undefined, 'condition-head'],
    // gazetteer-city
    ['border cities including Reynosa and Nuevo Laredo have struggled', 'Nuevo Laredo', ['Nuevo Laredo'], undefined, 'gazetteer-city'],
    // region-word: a compass point alone, though lists give "West" as a given name
    ['West threatens sanctions against government; Russia stands by it.', 'West', ['West'], undefined, 'region-word'],
    // must stay: a compass point after a title or a given name
    ['It was the worst since Lord North. North said so.', 'North', ['North'], undefined, null],
  ])('%s (%s, aliases %j, role %s) → %s', (body, name, aliases, role, expected) =>
    expect(unlikelyPerson(body, { name, mentions: at(body, name), aliases, role })).toBe(expected));

  test('every rule documents itself', () => {
    for (const r of UNLIKELY_PERSON_RULES) {
      expect(r.examples.length).toBeGreaterThan(0);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
});

describe('hasLowerCaseUse', () => {
  test.each<[string, string, boolean]>([
    ['the special counsel said', 'counsel', true],
    ['Counsel said', 'counsel', false],
    ['the counselor said', 'counsel', false],
    ['a counsel.', 'counsel', true],
  ])('%s / %s → %s', (body, word, expected) => expect(hasLowerCaseUse(body, word)).toBe(expected));
});

describe('entity extraction drops them, keeps the people', () => {
  test.each<[string, string[]]>([
    ['The crowd sang “Happy Birthday” as Joe Biden arrived.', ['Joe Biden']],
    ['US jets flew from Prince Sultan Air Base, said Jim Mattis.', ['Jim Mattis']],
    ['Chuck Hagel said Wednesday that the North had threatened to close it.', ['Chuck Hagel']],
    ['Angela Merkel spoke. History tells us there could have been a different outcome. The history of the war is long.', ['Angela Merkel']],
    // ("Trump" of "a close Trump ally" is the president's surname, no body: the family name of an office-holder the
    // lexicon lists, read as a body only by the words around it, is that surname's person — entities.ts.)
    ['That is the plan, according to North Carolina Representative Mark Meadows, a close Trump ally.', ['Mark Meadows', 'Trump']],
    ['He helped Harry Reid kill the 2005 Social Security overhaul, and Special Operations forces went to Syria.', ['Harry Reid']],
    ['Story highlights Polish Foreign Minister says talks ended. West threatens sanctions. Radoslaw Sikorski tweeted.', ['Radoslaw Sikorski']],
    ['Patients with Lyme Disease were treated under Bush-era rules, said George W. Bush.', ['George W. Bush']],
    ['Many follow Sunni Islam, said Faisal Islam.', ['Faisal Islam']],
    // title-complement: the field after a title's "for"/"of" is no holder; the holder after the whole title stays
    ['The UN High Commissioner for Refugees (UNHCR) runs refugee camps. High Commissioner for Refugees Filippo Grandi said so.', ['Filippo Grandi']],
    ['Protesters held up signs that read “Justice for Regis.” Regis Korchinski-Paquet died in May.', ['Regis', 'Regis Korchinski-Paquet']],
  ])('%s', (body, expected) =>
    expect(extract(body).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(expected));
});

describe('a phrase of common words that speaks is a body, one that never speaks no entity (SPEAKING_BODY_RULES)', () => {
  test.each<[string, string[]]>([
    ['“On this basis,” Zero Hedge said, “true youth unemployment is in the mid-30s.”', ['Organization:Zero Hedge']],
    ['Public Citizen said in a statement that the trade package was weak.', ['Organization:Public Citizen']],
    ['In 2012, Rolling Stone reported that the unit had discipline problems.', ['Organization:Rolling Stone']],
    ['Mike Pence displays his father’s Bronze Star and three Purple Hearts.', ['Person:Mike Pence']],
    ['Occupy Central, a wider civil disobedience movement, said in a tweet that the deadline had passed.', ['Organization:Occupy Central']],
    ['Heritage Action urged lawmakers to vote against the bill.', ['Organization:Heritage Action']],
    ['Die Welt reports the man used several different names.', ['Organization:Die Welt']],
    // a relative clause of a thing before its verb of speaking; "which describes itself"; a firm's noun after it
    ['Heritage Action, which describes itself as pro-free trade, urged lawmakers to vote against the bill.', ['Organization:Heritage Action']],
    ['Heritage Action, which has long opposed the bank, urged lawmakers to vote no.', ['Organization:Heritage Action']],
    ['Home Depot employees walked out.', ['Organization:Home Depot']],
    // must not: a thing's clause without a verb of speaking, a person's "who"
    ['Desert Storm, which began in January, ended quickly.', []],
    ['Desert Storm, which began in January, ended, officials said.', []],
    // a verb form that is also a plural noun reads as the noun the name modifies
    ['Democrats from Rust Belt states will take ownership of the deal.', ['Organization:Democratic Party']],
    ['Citizen Control, a Venezuelan organization that studies the armed forces, says the number is over 300.', ['Country:Venezuela', 'Organization:Citizen Control']],
    // the tail of a longer name, or a name closing an appositive before the verb, does not speak
    ['The reporter was raped, the Committee to Protect Journalists said.', []],
    ['Kirsten Hurrell, who owns a newsstand opposite Big Ben, said she saw a car.', ['Person:Kirsten Hurrell']],
  ])('%s', (body, expected) =>
    expect(extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}`).sort()).toEqual(expected));
});

describe('a name the article describes as a body is one, whatever its words (DESCRIBED_BODY_RULES)', () => {
  test.each<[string, string, string | undefined]>([
    // an appositive headed by a body's noun after the name, closed by a stop, a comma or a relative clause
    ['Stena Bulk, the company that owns the Stena Impero, said Sunday that it had asked to visit the crew.', 'Stena Bulk', 'Organization'],
    ['“People believe there is some sort of a deal,” said Wenk Sidar, the head of Washington-based Sidar Global Advisors, a private analysis firm.', 'Sidar Global Advisors', 'Organization'],
    // a body's noun phrase right before the name
    ['A report released this week by the IT security consultancy Mandiant says it has traced the hacking.', 'Mandiant', 'Organization'],
    ['The North Korean government made no announcement, but the country\'s main newspaper, Rodong Sinmun, reported that the armistice was nullified.', 'Rodong Sinmun', 'Organization'],
    // a phrase with a negation inside that reports is a body
    ['Hope Not Hate has used its annual State of Hate report to call for a ban.', 'Hope Not Hate', 'Organization'],
    // people stay: a person's noun heads the appositive, the noun is another noun's modifier, a complement's apposition
    ['Roy Hallums, a private contractor held by Iraqi insurgents for 10 months, said he was relieved.', 'Roy Hallums', 'Person'],
    ['Dick Harpootlian, a former South Carolina party chairman, endorsed him.', 'Dick Harpootlian', 'Person'],
    ['Three weeks ago, the head of the group, Ahmet Uzumcu, acknowledged the delay.', 'Ahmet Uzumcu', 'Person'],
    ['The editor-in-chief of the state-run Global Times newspaper, Hu Xijin, tweeted that the man was a journalist.', 'Hu Xijin', 'Person'],
    ['Scott Traudt, a small-arms specialist whose company, Green Mountain Defense, sells rifles, said so. “The Army is powerful,” said Mr. Traudt.', 'Scott Traudt', 'Person'],
    ['Russia used Right to Bear Arms, a group Maria Butina formed. Butina denied it.', 'Maria Butina', 'Person'],
  ])('%s', (body, name, type) => expect(extract(body).entities.find((e) => e.name === name)?.type).toBe(type));
});
