// Names whose head word tells their kind (extract/unlikely-heads.ts): weapons and devices are no people, firms named by
// their trade are bodies, straits, seas, gulfs and zones are places — whatever the tagger typed them. One table per
// rule family, with the names that must stay as they are.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { HEAD_WORD_RULES, areaAcronyms, headWordRule } from '../../src/extract/unlikely-heads.js';

describe('headWordRule', () => {
  test.each<[string, string, string | null | undefined]>([
    ['Person', 'Iron Dome', null],
    ['Unknown', 'Aegis Combat System', null],
    ['Person', 'Tomahawk Missiles', null],
    ['Person', 'Fitch Ratings', 'Organization'],
    ['Unknown', 'Elliott Capital', 'Organization'],
    ['Person', 'Trump Hotels', 'Organization'],
    ['Person', 'Young Pioneer Tours', 'Organization'],
    ['Person', 'Sidar Global Advisors', 'Organization'],
    ['Person', 'Getty Images', 'Organization'],
    ['Organization', 'Strait of Hormuz', 'Place'],
    ['Organization', 'Gulf of Aden', 'Place'],
    ['Organization', 'South China Sea', 'Place'],
    ['Person', 'Green Zone', 'Place'],
    ['Organization', 'Schengen Zone', 'Place'],
    // names that stay: a body named after a sea or a gulf, a ship, one word, a firm's trade word is no body's
    ['Organization', 'Gulf Cooperation Council', undefined],
    ['Organization', 'USS Philippine Sea', undefined],
    ['Organization', 'Sea', undefined],
    ['Organization', 'Iron Dome', undefined],
    ['Person', 'Samantha Power', undefined],
    ['Person', 'Bill Gates', undefined],
    ['Organization', 'Strait of Hormuz and Iraq', undefined],
    // an armed group's branch read as a body stays one; as a person it is the area
    ['Organization', 'Islamic State West Africa Province', undefined],
    ['Person', 'Helmand Province', 'Place'],
    // a seat or a body named after its seat; "House" the surname after a given name stays a person
    ['Person', 'Chatham House', 'Organization'],
    ['Person', 'Trump White House', 'Organization'],
    ['Person', 'Blue House', 'Organization'],
    ['Unknown', 'Blue House', undefined],
    ['Person', 'Matt House', undefined],
    ['Person', 'Karen Elliot House', undefined],
    ['Person', 'House', undefined],
    // laws, treaties and resolutions are texts: no entity
    ['Person', 'Logan Act', null],
    ['Person', 'Helms-Burton Law', null],
    ['Person', 'Kashmir Reorganization Bill', null],
    ['Person', 'Penal Code', null],
    ['Organization', 'War Powers Resolution', null],
    ['Organization', 'First Amendment', null],
    ['Organization', 'Treaty of Versailles', null],
    ['Organization', 'Bill of Rights', null],
    ['Organization', 'UN Charter', null],
    ['Person', 'Smoot-Hawley Tariff', null],
    // named days and nights are dates: no entity; a given name first keeps a person
    ['Organization', 'Election Day', null],
    ['Organization', 'Bastille Day', null],
    ['Person', 'Election Night', null],
    ['Organization', 'International Human Rights Day', null],
    ['Person', 'Doris Day', undefined],
    ['Person', 'David Peace Accord', null],
    // stay: a surname "Law", a law firm or school, a treaty's organisation, a person named Bill
    ['Person', 'Stuart Law', undefined],
    // streets, squares, walls and monuments are places; a seat that speaks for a body, a surname, a palace stay
    ['Organization', 'Western Wall', 'Place'],
    // shrines, tombs, beaches and prisons too (stop 52); a person named Beach stays
    ['Person', 'Gandhi Ashram', 'Place'],
    ['Organization', 'Taj Mahal', 'Place'],
    ['Organization', 'Omaha Beach', 'Place'],
    ['Organization', 'Belmarsh Prison', 'Place'],
    ['Person', 'Mike Beach', undefined],
    // an epithet headed by "Man" is no entity; a body for men stays
    ['Organization', 'Rocket Man', null],
    ['Person', 'Little Rocket Man', null],
    ['Organization', 'National Coalition For Men', undefined],
    ['Organization', 'Times Square', 'Place'],
    ['Organization', 'Boylston Street', 'Place'],
    ['Organization', 'Champs-Élysées', 'Place'],
    ['Organization', 'Place de la République', 'Place'],
    ['Unknown', 'Tahrir Square', 'Place'],
    ['Organization', 'Downing Street', undefined],
    ['Organization', 'Wall Street', undefined],
    ['Organization', 'J Street', undefined],
    ['Person', 'Jeffrey Wall', undefined],
    ['Person', 'Nathan Lane', undefined],
    ['Person', 'Donne Wall', undefined],
    ['Organization', 'Buckingham Palace', undefined],
    ['Organization', 'Capitol Hill', undefined],
    ['Organization', 'Hamilton Place Strategies', undefined],
    ['Organization', 'Belt and Road', undefined],
    ['Person', 'S. Law', undefined],
    ['Organization', 'Ifrah Law', undefined],
    ['Organization', 'North Atlantic Treaty Organization', undefined],
    ['Person', 'Bill Clinton', undefined],
    // stop 48: a constitution, an authorization (also "… for …", "… on …"), a scripture, an honour, a doctrine: no entity
    ['Organization', 'U.S. Constitution', null],
    ['Organization', 'Constitution', null],
    ['Organization', 'Authorization for the Use of Military Force', null],
    ['Organization', 'National Defense Authorization', null],
    ['Organization', 'European Convention on Human Rights', null],
    ['Organization', 'Bible', null],
    ['Organization', 'Pulitzer', null],
    ['Person', 'Nobel Peace', null],
    ['Person', 'Nobel Peace Laureate', null],
    ['Organization', 'McCarthyism', null],
    ['Organization', 'Agreed Framework', null],
    ['Organization', 'Intelligence Community Assessment', null],
    ['Organization', 'Nuclear Posture Review', null],
    ['Organization', 'Quadrennial Diplomacy and Development Review', null],
    ['Person', 'Nikkei Asian Review', 'Organization'],
    ['Organization', 'National Review', undefined],
    ['Organization', 'Court of Military Commission Review', undefined],
    ['Person', 'John Report', undefined],
    // stay: a ship, a party, a person named after an honour, a body named after a treaty
    ['Organization', 'USS Constitution', undefined],
    ['Organization', 'Constitution Party', undefined],
    ['Person', 'Oscar Wason', undefined],
    ['Person', 'Oscar', undefined],
    ['Organization', 'Comprehensive Test Ban Treaty Organization', undefined],
    // named periods and historic events are times: no entity; a newspaper, a body with lower-case words, a person stay
    ['Organization', 'Great Depression', null],
    ['Person', 'Great Depression', null],
    ['Organization', 'Orange Revolution', null],
    ['Organization', 'Holocaust', null],
    ['Organization', 'Suez Crisis', null],
    ['Person', 'Stone Age', null],
    ['Person', 'Dirty Wars', null],
    ['Organization', 'Sochi Winter Olympics', null],
    ['Person', 'Night Massacre', null],
    ['Organization', 'The Age', undefined],
    ['Organization', 'Institute for the Study of War', undefined],
    ['Organization', 'International Crisis Group', undefined],
    ['Person', 'Dick Spring', undefined],
    ['Organization', 'Revolution', undefined],
    ['Organization', 'Holocaust Memorial Museum', undefined],
    // airports are places; a lone "International Airport" is a fragment of one
    ['Organization', 'Brussels Airport', 'Place'],
    ['Organization', 'Los Angeles International Airport', 'Place'],
    ['Person', 'Juan Santamaría International Airport', 'Place'],
    ['Organization', 'International Airport', null],
    // a military airfield or base after its service's word is a place; a body's station or a person named Field stays
    ['Person', 'Bagram Air Field', 'Place'],
    ['Organization', 'MacDill Air Force Base', 'Place'],
    ['Person', 'Sally Field', undefined],
    ['Organization', 'Air Force Global Strike Command', undefined],
    // an honour is no person nor body; its giver stays
    ['Organization', 'Defense Distinguished Service Medal', null],
    ['Organization', 'Pulitzer Prize', null],
    ['Person', 'Sakharov Award', null],
    ['Organization', 'Nobel Foundation', undefined],
    ['Person', 'Andrei Sakharov', undefined],
    ['Organization', 'Israeli Airport Authority', undefined],
    ['Organization', 'Kansai Electric Power and Kansai International Airport', undefined],
    // buildings and resorts named after a person are places; the person named Tower stays
    ['Person', 'Trump Tower', 'Place'],
    ['Organization', 'Trump Tower', 'Place'],
    ['Person', 'Trump Tower Moscow', 'Place'],
    ['Person', 'Crawford Ranch', 'Place'],
    ['Person', 'Hotel Metropol', 'Place'],
    ['Organization', 'Grenfell Tower', 'Place'],
    ['Person', 'John Tower', undefined],
    ['Organization', 'Rezidor Hotel Group', undefined],
    ['Organization', 'Trump National Golf Club', undefined],
    ['Person', 'Brown Deer Park Golf Course', 'Place'],
    ['Organization', 'Infantry Officer Course', undefined],
    // a company named after its founders is a body; a person of the founder's name stays
    ['Person', 'Lockheed Martin', 'Organization'],
    ['Unknown', 'Northrop Grumman', 'Organization'],
    ['Person', 'Martin', undefined],
    ['Person', 'Jack Northrop', undefined],
    ['Person', 'Saab', undefined],
    ['Person', 'Walt Disney', undefined],
    // a party named without "Party" is a body; a person of one of its words stays
    ['Person', 'Lib Dem', 'Organization'],
    ['Person', 'Plaid Cymru', 'Organization'],
    ['Unknown', 'Yesh Atid', 'Organization'],
    ['Person', 'Fine Gael', 'Organization'],
    ['Person', 'Liz Saville Roberts', undefined],
    ['Person', 'Lib', undefined],
    // a name opened by the Arabic noun of a body is a group; a given name, or the noun alone, stays
    ['Person', 'Ansar al-Sharia', 'Organization'],
    ['Unknown', 'Jabhat al-Nusra', 'Organization'],
    ['Person', 'Asaib Ahl al-Haq', 'Organization'],
    ['Person', 'Jemaah Islamiya', 'Organization'],
    ['Person', 'Hayat Boumeddiene', undefined],
    ['Person', 'Ansar', undefined],
    ['Organization', 'Ansar al-Sharia', undefined],
    // rooms, porches and grounds of a building, and the World Trade Center, are places
    ['Person', 'Rose Garden', 'Place'],
    ['Person', 'Situation Room', 'Place'],
    ['Organization', 'South Portico', 'Place'],
    ['Organization', 'South Lawn', 'Place'],
    ['Organization', 'World Trade Center', 'Place'],
    ['Organization', 'One World Trade Center', 'Place'],
    // names that stay: a body with a trade centre's words, a body named after a garden, a person named Garden alone
    ['Organization', 'World Trade Organization', undefined],
    ['Organization', 'Center for Strategic and International Studies', undefined],
    ['Organization', 'International Trade Center for Development', undefined],
    ['Organization', 'Garden', undefined],
    ['Organization', 'Room to Read Foundation', undefined],
    ['Person', 'Ronald Rotunda', undefined],
    // a word spelt as brands spell theirs is a body; a handle run together from a given name or a title is no one
    ['Person', 'WikiLeaks', 'Organization'],
    ['Person', 'EgyptAir', 'Organization'],
    ['Person', 'YouGov', 'Organization'],
    ['Unknown', 'PyeongChang', undefined],
    ['Unknown', 'NeverHillary', undefined],
    ['Person', 'JeffFlake', null],
    ['Person', 'SpeakerPelosi', null],
    // names that stay: inner capitals after a short or a listed prefix, a name of two words
    ['Person', 'McConnell', undefined],
    ['Person', 'DeSantis', undefined],
    ['Person', 'LaHood', undefined],
    ['Person', 'MacArthur', undefined],
    ['Person', 'VanderSloot', undefined],
    ['Person', 'FitzGerald', undefined],
    ['Person', 'Douglas MacArthur', undefined],
    // a market measure or a fund traded as a share
    ['Organization', 'Saudi Arabia ETF', null],
    ['Organization', 'Standard & Poor’s Aerospace and Defense Index', null],
    // must stay: a body whose name holds the word elsewhere
    ['Organization', 'Index on Censorship', undefined],
    // a document or an address given, an event held once, a broadcast programme (stop 45)
    ['Organization', "Queen's Speech", null],
    ['Person', 'Marshall Plan', null],
    ['Organization', 'Joint Comprehensive Plan of Action', null],
    ['Organization', 'National Defense Strategy', null],
    ['Organization', 'NATO Summit', null],
    ['Organization', 'Six-Party Talks', null],
    ['Person', 'Andrew Marr Show', null],
    // must stay: bodies named so, or with a body's head inside
    ['Organization', 'Nuclear Threat Initiative', undefined],
    ['Organization', 'Senate Republican Conference', undefined],
    ['Organization', 'World Economic Forum', undefined],
    ['Organization', 'Drudge Report', undefined],
    ['Organization', 'Party Strategy', undefined],
    // weapon systems, military craft and rockets (lexicon/weapons.ts, model designations) are things: no entity
    ['Organization', 'THAAD', null],
    ['Organization', 'Humvees', null],
    ['Organization', 'AV-8B Harrier', null],
    ['Organization', 'F-35 Joint Strike Fighter', null],
    ['Unknown', 'AK-47s', null],
    ['Organization', 'Falcon', null],
    // stay: a team named in the plural, a group of states named by a count, a body holding a craft's word elsewhere
    ['Organization', 'Atlanta Falcons', undefined],
    ['Organization', 'Falcons', undefined],
    ['Organization', 'G-20', undefined],
    ['Organization', 'EU-3', undefined],
    ['Organization', 'Apache Software Foundation', undefined],
    ['Person', 'Harrier', undefined],
    // churches dedicated to a saint or a mystery are buildings; a church named by its faith or land is a body
    ['Organization', 'St. George Church', 'Place'],
    ['Organization', 'Church of the Nativity', 'Place'],
    ['Organization', 'Our Lady of Salvation Church', 'Place'],
    ['Organization', 'Catholic Church', undefined],
    ['Organization', 'Church of England', undefined],
    ['Organization', 'Church of Jesus Christ of Latter-day Saints', undefined],
    // camps, forts and dams are places; an aid programme is no body, its office is
    ['Organization', 'Camp David', 'Place'],
    ['Person', 'Fort Bragg', 'Place'],
    ['Organization', 'Mosul Dam', 'Place'],
    ['Organization', 'Trade Adjustment Assistance', null],
    ['Organization', 'Office of U.S. Foreign Disaster Assistance', undefined],
    ['Organization', 'Mexican Commission for Refugee Assistance', undefined],
    ['Organization', 'ASISTA Immigration Assistance', undefined],
    // a book of rules or reference is a text, whoever issues it
    ['Organization', 'Army Field Manual', null],
    ['Organization', 'Army/Marine Corps Counterinsurgency Manual', null],
    ['Organization', 'SIPRI Yearbook', null],
    ['Organization', 'SIPRI', undefined],
    ['Organization', 'Stacey Abrams', undefined],
    // a flight is one journey: no body; the airline stays
    ['Organization', 'EgyptAir Flight', null],
    ['Organization', 'Malaysia Airlines Flight', null],
    ['Organization', 'Association of Flight Attendants', undefined],
    ['Organization', 'Malaysia Airlines', undefined],
  ])('%s %s → %s', (type, name, expected) => expect(headWordRule(type, name)?.to).toBe(expected));

  test('every rule documents itself', () => {
    for (const r of HEAD_WORD_RULES) {
      expect(r.examples.length).toBeGreaterThan(0);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
});

describe('areaAcronyms: an acronym the article spells out as an area', () => {
  test.each<[string, string[], string[]]>([
    ['Moon walked across the demilitarized zone. At the DMZ, Kim waited.', ['DMZ'], ['DMZ']],
    ['China claims an exclusive economic zone (EEZ) there.', ['EEZ'], ['EEZ']],
    ['The Democratic Party met. The DMZ was quiet.', ['DMZ'], []],
    ['The Democratic National Committee met.', ['DNC'], []],
    ['Taliban fighters overran a base in Afghanistan’s Farah Province, AFP said.', ['AFP'], []],
    ['China declared an Air Defense Identification Zone (ADIZ) over the sea.', ['ADIZ'], ['ADIZ']],
    // No acronym ends in a place noun's first letter: the body is not scanned (a speed gate); with one that does, it is.
    ['The Central Intelligence Agency said the CIA and the DPRK met near the demilitarized zone.', ['CIA', 'DPRK'], []],
    ['The CIA watched the demilitarized zone. At the DMZ, Kim waited.', ['CIA', 'DMZ'], ['DMZ']],
  ])('%s', (body, acronyms, expected) => expect([...areaAcronyms(body, new Set(acronyms))]).toEqual(expected));
});

describe('entity extraction types them by their head word', () => {
  const typed = (body: string) => extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}`).sort();
  test.each<[string, string[]]>([
    ['Tanker traffic through the Strait of Hormuz, a chokepoint for oil, fell.', ['Place:Strait of Hormuz']],
    ['Moon walked across the demilitarized zone. At the DMZ, Kim waited.', ['Place:DMZ']],
    ['The sanctions were lifted upon the pastor’s release. Fitch Ratings downgraded Turkey’s sovereign rating on Friday.', ['Country:Turkey', 'Organization:Fitch Ratings']],
    ['The Gulf Cooperation Council met in Riyadh.', ['Organization:Gulf Cooperation Council', 'Place:Riyadh']],
    // two letters spell too much: "AP" is no "Arabian Peninsula"
    ['Ships crossed the Arabian Peninsula coast, the AP reported.', ['Organization:Associated Press']],
    // a law is no person nor body
    ['Lawmakers said the strikes violated the War Powers Resolution, which limits the president.', []],
    // the first words of a law's name before its head, however the tagger typed them (stop 45)
    ['He also said he believed that the Great Repeal Bill would now become hard to pass.', []],
    // a state's possessive owns its own security council, not the UN's
    ["Oleksiy Danilov, secretary of Ukraine's Security Council, spoke. The UN Security Council met.", ['Country:Ukraine', 'Organization:Ukrainian Security Council', 'Organization:United Nations Security Council', 'Person:Oleksiy Danilov']],
    ['She made an amendment to the Queen’s Speech on Tuesday.', []],
    ['Republican chances of a takeover of the Senate are looking up eight weeks to Election Day, Whit Ayres said.', ['Organization:Senate', 'Person:Whit Ayres']],
    // the first words of a law's name the tagger cut short, and the acronym in its brackets, name the law
    ['The bill, the Reforming American Immigration for a Strong Economy (RAISE) Act, sponsored by Senator Tom Cotton, would cut it.', ['Person:Tom Cotton']],
    ['Investigators said the Reforming American Immigration for a Strong Economy (RAISE) Act was new.', []],
    ['The legislation, called the Withdrawal Agreement Bill (WAB), will be voted on.', []],
    ['The legislation, called the Withdrawal Agreement Bill (WAB), must pass. Labour said the WAB would be amended.', ['Organization:Labour Party']],
    // stays: the person the law is named after, named for themself
    ['Congress passed the Magnitsky Act in 2012 after Sergei Magnitsky died in prison.', ['Organization:Congress', 'Person:Sergei Magnitsky']],
    // an airport is a place
    ['The bombs exploded at Brussels Airport and a metro station.', ['Place:Brussels Airport']],
    // a resort the article calls one, and a tower, named after a person, are places, not the person
    ['Trump, who is spending the weekend at his Trump Turnberry golf course in Scotland, tweeted.', ['Country:United Kingdom', 'Person:Trump', 'Place:Trump Turnberry']],
    ['Donald Trump Jr. attended the Trump Tower meeting with a Russian lawyer.', ['Country:Russia', 'Person:Donald Trump Jr.', 'Place:Trump Tower']],
    ['President George W. Bush hosted Putin at his private Crawford Ranch in 2001.', ['Person:George W. Bush', 'Place:Crawford Ranch']],
    // a named period or historic event is a time, no body nor person
    ['Orange Revolution leaders met again. Kiev was the scene of the Orange Revolution in 2004.', []],
    ['Holocaust survivors gathered. His grandfather, a survivor of the Holocaust, spoke in Berlin.', ['Place:Berlin']],
    ['The Great Depression began in 1929. Few remember the Great Depression now.', []],
    ['Great Recession losses were large, and the Great Recession hurt millions of families.', []],
    // stays: a body named after the event it studies
    ['The International Crisis Group said Russian forces advanced.', ['Country:Russia', 'Organization:International Crisis Group']],
    // a street or a square is a place, where something happens
    ['Crowds filled Times Square on Friday.', ['Place:Times Square']],
    ['Police patrolled the Champs-Élysées on Friday.', ['Place:Champs-Élysées']],
    // stays: a person with a street's noun for a surname
    ['Jeffrey Wall, the acting solicitor general, argued the case.', ['Person:Jeffrey Wall']],
    // stays: a person named Tower, a person's name before "hotel" when a given name opens it
    ['The former senator John Tower died in 1991.', ['Person:John Tower']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});
