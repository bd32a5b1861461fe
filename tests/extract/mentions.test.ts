// Name mentions: people (with roles), countries (names, demonyms, capitals), organizations; what is not a name.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';

const people = (body: string) => extract(body).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
const ids = (body: string, type: string) => extract(body).entities.filter((e) => e.type === type).map((e) => e.id);

describe('people', () => {
  test.each<[string, string[]]>([
    ['Secretary of State Rex Tillerson arrived on Monday.', ['Rex Tillerson']],
    ['Russian President Vladimir Putin met reporters.', ['Vladimir Putin']],
    ['Privatisation Minister Wieslaw Kaczmarek resigned.', ['Wieslaw Kaczmarek']],
    // a party whip is a title like a leader: "Majority Whip" is the role, not part of the name
    ['Majority Whip Steve Scalise said the House would vote.', ['Steve Scalise']],
    ['President Trump and Vice President Mike Pence toured the site.', ['Mike Pence', 'Trump']],
    ['Lucy Tyler-Sharman won the race.', ['Lucy Tyler-Sharman']],
    ['The scorecard read C. Hooper 58 and N. Knight 113.', ['C. Hooper', 'N. Knight']],
    ['Fox News’ Rich Edson contributed to this report.', ['Rich Edson']],
    ['Should Trump hesitate, the deal collapses. Trump should not hesitate.', []],
    ["Donald Trump spoke. As Len Burman put it, ''Did Trump lower his taxes?'' Will Smith asked.", ['Donald Trump', 'Len Burman', 'Will Smith']],
    ['Meet The People In The Room Where It Happened', []],
    ['He flew to New Jersey and then to San Antonio.', []],
    // name particles, East Asian given names, a person "of" a country or a body
    ['Scorers : Ronald de Boer and Joost van der Westhuizen .', ['Joost van der Westhuizen', 'Ronald de Boer']],
    ['Red Cross president Li Song-ho met Kang Young-hoon , who spoke .', ['Kang Young-hoon', 'Li Song-ho']],
    ['Keith Marlow of Norwich City joins the squad.', ['Keith Marlow']],
    // described as a person: an age, "who", a role after the name; a bowler's figures
    ['Wangshu , 45 , a veteran dissident, was detained.', ['Wangshu']],
    ['Bowling : Dharmasena 9-0-49-1 .', ['Dharmasena']],
    // cities, competitions and groups are not people
    ['Kansas City and Cape Town bid; Tianjin boasts a port.', []],
    ['He missed the World Cup and the U.S. Open.', []],
    ['Trump attacked the Trans-Pacific Partnership and flew on Marine One with a former Miss Universe.', []],
    ['The Center for Media and Public Affairs studied Foreign Relations and Security Studies.', []],
    ['Congress passed the Justice Against Sponsors of Terrorism Act.', []],
    ['Dealers said gold fell. Eyewitnesses told reporters. Everyone said it was over.', []],
    // a free relative stands for anyone at all: no person, so no speaker of what it "says"
    ['Whoever says we are foes is spreading fake news. Whatever happens, Whoever wins will govern.', []],
    ['Fullback Andre Joubert scored.', ['Andre Joubert']],
    // states and provinces (ISO 3166-2) are places, even before a verb
    ['At a rally in Novi, Michigan, voters waited. Queensland won the toss.', []],
    ['Injecting Clinton into the race was a risk.', []],
    ['She will speak in Port St. Lucie, Florida, and then in Fort Pierce.', []],
    ['The Department said nothing.', []],
    ['African-Americans and Hispanics said so; Democrats agreed.', []],
    // a title-case headline: ordinary words capitalised tell nothing
    ['Stealth Over Health: Clinton Was Headed To The Hospital.\n\nShe was headed home, in good health, by stealth.', []],
    ['Cameron Easley for Morning Consult wrote it.', ['Cameron Easley']],
    ['Del. Stacey Plaskett of the Virgin Islands spoke.', ['Stacey Plaskett']],
    // a verb or a preposition inside the name: a run-in subhead; a given name that is also a verb stays
    ['Ban Ki-moon retires. The Gap Goes On: It was under Ban Ki-moon that U.N. Women began.', ['Ban Ki-moon']],
    ['Will Carling captained England.', ['Will Carling']],
    // two particles of a family name; a title word before a generational suffix is the family name
    ['Commission President Ursula von der Leyen said the bloc was ready.', ['Ursula von der Leyen']],
    ['Ignacio de la Fuente said so.', ['Ignacio de la Fuente']],
    ['We honor Martin Luther King Jr. today.', ['Martin Luther King Jr.']],
    ['Saudi King Salman spoke.', ['Salman']],
    // a function word opening a clause is no sign of a title-case headline; a headline stays one
    ['Exclusive: Trump To Meet Kim In The City', []],
  ])('%s', (body, expected) => {
    expect(people(body)).toEqual(expected);
  });

  // A surname in capitals is the person, not an acronym; a real acronym stays a body.
  test.each<[string, string[]]>([
    ['Mike Pence spoke.\n\nPENCE: Well, look.', ['person:mike-pence']],
    ['John Nato spoke. NATO met.', ['person:john-nato', 'org:north-atlantic-treaty-organization']],
    ['A USA TODAY analysis shows it. USA Today reported it.', ['org:usa-today']],
  ])('%s', (body, expected) => {
    expect(extract(body).entities.filter((e) => e.type !== 'Event' && e.type !== 'Country').map((e) => e.id)).toEqual(expected);
  });

  test.each<[string, string | null]>([
    ['Secretary of State Rex Tillerson arrived.', 'Secretary of State'],
    ['White House Press Secretary Sean Spicer spoke.', 'White House Press Secretary'],
    ['Mr. Lavrov spoke.', null],
    ['Republican presidential nominee Donald Trump spoke.', 'Republican presidential nominee'],
  ])('role of %s', (body, role) => {
    expect(extract(body).entities.find((e) => e.type === 'Person')?.role ?? null).toBe(role);
  });
});

describe('countries', () => {
  test.each<[string, string[]]>([
    ['The U.S. and Russia disagree.', ['country:US', 'country:RU']],
    ['Britain and the UK are one country; so are America and the United States.', ['country:GB', 'country:US']],
    ['The Syrian chemical attack shocked Russian diplomats.', ['country:SY', 'country:RU']],
    ['Moscow says the rebels did it; Washington blames Damascus.', ['country:RU', 'country:US', 'country:SY']],
    // a function word opening a clause ("clue: In …", "[cheering] The …") is no sign of a title-case headline
    // ("the streets of Pyongyang" is the city: a Place, capitals.ts)
    ['Our final clue: In January 2019, the car was spotted on the streets of Pyongyang by the website. [cheering] The route to Asia.', []],
  ])('%s', (body, expected) => {
    expect(ids(body, 'Country')).toEqual(expected);
  });
});

describe('organizations', () => {
  test.each<[string, string[]]>([
    ['The Islamic State lost ground; ISIS fighters fled.', ['org:islamic-state']],
    ['The United Nations and NATO met.', ['org:united-nations', 'org:north-atlantic-treaty-organization']],
    ['Critics of the Trump administration spoke.', ['org:trump-administration']],
    // A headline run into the text: "The" opens the next sentence, it ends no body's name.
    ['Senators plan a rebuke over trade talks with China The administration has defended its deal.', []],
    // a seat of government standing for its department, as "the Pentagon" does
    ['Since arriving at Foggy Bottom he has been frustrated.', ['org:state-department']],
    ['Marine Le Pen leads the Front National; USA Today reported it.', ['org:front-national', 'org:usa-today']],
    // context names organisations whatever their words
    ['Swedish telecoms group Nordvik Tele said on Friday profits rose.', ['org:nordvik-tele']],
    ['The consortium wanted 40 percent of Ruchwa and a stake in Kelmar.', ['org:ruchwa', 'org:kelmar']],
    ['Tomlin homered twice as the Fenwick Badgers beat the Harbor Gulls.', ['org:fenwick-badgers', 'org:harbor-gulls']],
    ['Marvo, based in the central city of Cluj, exported more.', ['org:marvo']],
    ['The National League for Democracy and the National Bank of Ruritania met.', ['org:national-league-for-democracy', 'org:national-bank-of-ruritania']],
    ['Parvex Holdings said sales rose. Parvex shares fell.', ['org:parvex-holdings']],
    ['The Organisation for Security and Cooperation in Europe ( OSCE ) postponed the vote.', ['org:organisation-for-security-and-cooperation-in-europe']],
    ['He is an analyst at Wertheim & Co in London.', ['org:wertheim-co']],
    ['Rotor Volgograd must play away. Police said nothing.', ['org:rotor-volgograd']],
    ['At the Oval , Surrey captain Chris Lewis declared.', ['org:surrey']],
    // in a sports report, cities and counties that are not places are sides; airlines; the Fed
    [
      'Kent made up for lost time , taking four wickets before stumps . Baratelli , who played for Nice , was the coach of the league champions . The match was in Leeds .',
      ['org:kent', 'org:nice'],
    ],
    ['Air France workers marched. Fed chairman Alan Greenspan spoke.', ['org:air-france', 'org:federal-reserve']],
    ['Italian tyre giant Pirelli said profits rose. Pirelli shares fell.', ['org:pirelli']],
    ['Patriot Coal went bankrupt.', ['org:patriot-coal']],
    ['According to Politico, PolitiFact and HuffPost disagreed.', ['org:politico', 'org:politifact', 'org:huffpost']],
    ['The Charlotte Observer found that Wells Fargo and the Center for Public Integrity disagreed.', ['org:charlotte-observer', 'org:wells-fargo', 'org:center-for-public-integrity']],
  ])('%s', (body, expected) => {
    expect(ids(body, 'Organization')).toEqual(expected);
  });
});

describe('results lines and tables', () => {
  const typed = (body: string) => extract(body).entities.filter((e) => e.type !== 'Country').map((e) => `${e.type}:${e.name}`).sort();
  test.each<[string, string[]]>([
    ['Greenock Morton 3 2 0 1 5 2 6\nDundee 3 1 2 0 3 2 5', ['Organization:Dundee', 'Organization:Greenock Morton']],
    ['Hansa Rostock 2 Borussia Neunkirchen 1', ['Organization:Borussia Neunkirchen', 'Organization:Hansa Rostock']],
    ['Leicestershire 22 points , Somerset 4 .', ['Organization:Leicestershire', 'Organization:Somerset']],
    ['Manchester City v Charlton', ['Organization:Charlton', 'Organization:Manchester City']],
    // a team stays a team in the article's prose
    ['Dundee 3 1 2 0 3 2 5\nThe win lifted Dundee to second.', ['Organization:Dundee']],
    // national sides stay countries; golfers, bowlers and ranked riders stay people
    ['Germany 2 England 1', []],
    ['287 Ian Woosnam 70 76 71 70', ['Person:Ian Woosnam']],
    ['Kent 244 ( C. Hooper 58 ; C. Tolley 4-68 )', ['Organization:Kent', 'Person:C. Hooper', 'Person:C. Tolley']],
    ['LONDON 1996-08-31\nRain stopped play.', []],
    ['Trump 45 percent , Clinton 41 percent', []],
  ])('%s', (body, expected) => {
    expect(typed(body)).toEqual(expected);
  });
});
