// Contact events by grammar: trigger forms, their false friends, parties tied to the trigger, towns with their country, abbreviated days.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';

interface Expected {
  kind: string;
  participants?: string[];
  location?: string | null;
  status?: string;
}

/** The contact-family events of a sentence, by the fields a row names. */
function check(sentence: string, want: Expected[], publishedAt: string | null = '2017-04-12'): void {
  const got = extract(sentence, publishedAt)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => ({ kind: e.kind, participants: e.participantIds, location: e.locationId, status: e.status }));
  expect(got.map((g) => g.kind)).toEqual(want.map((w) => w.kind));
  want.forEach((w, i) => {
    if (w.participants) expect(got[i].participants, `participants of ${w.kind}`).toEqual(w.participants);
    if (w.location !== undefined) expect(got[i].location, `place of ${w.kind}`).toBe(w.location);
    if (w.status) expect(got[i].status, `status of ${w.kind}`).toBe(w.status);
  });
}

describe('trigger forms: verbs, nominalisations and inflections of contact', () => {
  test.each<[string, Expected[]]>([
    ['Angela Merkel sat down with Vladimir Putin in Sochi.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'person:vladimir-putin'], location: 'country:RU' }]],
    ['Barack Obama phoned Angela Merkel on Friday.', [{ kind: 'call', participants: ['person:barack-obama', 'person:angela-merkel'] }]],
    ['Barack Obama and Hassan Rouhani have spoken by telephone.', [{ kind: 'call', participants: ['person:barack-obama', 'person:hassan-rouhani'], status: 'happened' }]],
    ['After speaking by phone on Friday, Barack Obama and Angela Merkel condemned the attacks.', [{ kind: 'call', participants: ['person:barack-obama', 'person:angela-merkel'] }]],
    ['Donald Trump had spoken to Vladimir Putin on Saturday.', [{ kind: 'call', participants: ['person:donald-trump', 'person:vladimir-putin'], status: 'happened' }]],
    ['Vladimir Putin negotiates with Recep Tayyip Erdogan in Ankara.', [{ kind: 'talks', participants: ['person:vladimir-putin', 'person:recep-tayyip-erdogan'], location: 'country:TR' }]],
    ['Barack Obama brokered a deal with Iran.', [{ kind: 'agreement', participants: ['person:barack-obama', 'country:IR'], status: 'happened' }]],
    ['Iran signed a deal with the United States on Tuesday.', [{ kind: 'agreement', participants: ['country:IR', 'country:US'], status: 'happened' }]],
    ['The United States and Iran reached a nuclear deal in Vienna.', [{ kind: 'agreement', participants: ['country:US', 'country:IR'], location: 'country:AT' }]],
  ])('%s', (sentence, expected) => check(sentence, expected));

  test('a compound noun is one trigger: "telephone calls" is the mention, not "telephone" alone', () => {
    const [call] = extract('Donald Trump made telephone calls to the leaders of Japan and China.').entities.filter((e) => e.type === 'Event');
    expect(call.mentions.map((m) => m.text)).toEqual(['telephone calls']);
  });
});

describe('false friends: the same words naming no contact', () => {
  test.each<[string, Expected[]]>([
    // "deal" as a verb or a figure of speech
    ['Donald Trump said he would deal with North Korea on Tuesday.', []],
    ['It is a big deal for Donald Trump and Kim Jong Un, Mr. Moon said.', []],
    // a deal no verb made is a wish, a promise or a topic, not an agreement
    ['Theresa May promised a phenomenal trade deal with the United States on Monday.', []],
    ['Hillary Clinton said the United States must not be too willing to reach a deal with Iran.', []],
    // "hosts" as a noun is no host's meeting
    ['Donald Trump disagreed with his Japanese hosts on Monday.', []],
    // meeting a target, a demand or a deadline
    ['Germany met the NATO target in 2016, Angela Merkel said.', []],
    ['Angela Merkel said Germany will meet the deadline in Brussels.', []],
    // a reception, not a meeting
    ['The plan of Donald Trump met with fierce criticism in Berlin on Monday.', []],
    ['Donald Trump met with criticism from Angela Merkel on Monday.', []],
    // a room, a sports meet
    ['Angela Merkel waited in a meeting room in Berlin on Monday.', []],
    ['Emma Smith won the swim meet in Ohio on Saturday.', []],
    // hypothetical meetings are no events
    ['Emmanuel Macron might meet Angela Merkel.', []],
    ['Donald Trump could meet Kim Jong Un in Singapore.', []],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('parties the grammar ties to the trigger', () => {
  test.each<[string, Expected[]]>([
    // the members of a meeting after "of"; the listener of "told" is no clause of its own, and who tells a meeting
    // addresses it, so takes part (meet11: who reports from a contact is in it)
    ['Federica Mogherini told a meeting of EU foreign ministers in Brussels that the law mattered.', [{ kind: 'meeting', participants: ['org:european-union', 'person:federica-mogherini'], location: 'country:BE' }]],
    // …and the names hyphenated to a member: a NATO-Ukraine Commission meeting is NATO's and Ukraine's (meet7)
    ['A meeting of the NATO-Ukraine Commission was held in Brussels.', [{ kind: 'meeting', participants: ['org:north-atlantic-treaty-organization', 'country:UA'], location: 'country:BE' }]],
    // "of" names members only after an in-person noun, not after a verb
    ['Angela Merkel met some of the Russian Orthodox Church leaders.', [{ kind: 'meeting', participants: ['person:angela-merkel'] }]],
    // the agents of a participle: "brokered by A and B"
    ['Syria suffered after the collapse of a ceasefire brokered by the United States and Russia.', [{ kind: 'ceasefire', participants: ['country:US', 'country:RU'] }]],
    // the country an office stands for, and the list that follows it
    ['Donald Trump made telephone calls to the leaders of Japan, China and Germany.', [{ kind: 'call', participants: ['person:donald-trump', 'country:JP', 'country:CN', 'country:DE'] }]],
    // a possessive determiner: its antecedents in the sentence
    ['Rodrigo Duterte, left, is shown the way by Shinzo Abe after their meeting in Tokyo.', [{ kind: 'meeting', participants: ['person:rodrigo-duterte', 'person:shinzo-abe'], location: 'country:JP' }]],
    // a contact noun the main clause presupposes ("during", "after") takes the sentence's subject
    ['John Kerry asked Nawaz Sharif, during a meeting this week, to act.', [{ kind: 'meeting', participants: ['person:john-kerry', 'person:nawaz-sharif'] }]],
    ['"We have a great relationship," Donald Trump told reporters after meeting with Malcolm Turnbull late Thursday.', [{ kind: 'meeting', participants: ['person:donald-trump', 'person:malcolm-turnbull'] }]],
    // …but not a subject whose verb the trigger's relative clause is not: one named person alone anchors nothing here
    ['Salem Idris spoke of the bickering that erupted during an emergency meeting in the countryside.', []],
    // "his": the nearest person before, and then not the subject as well
    ['Moon Jae-in thanked Mike Pompeo for coming after his meeting with Kim Jong Un.', [{ kind: 'meeting', participants: ['person:mike-pompeo', 'person:kim-jong-un'] }]],
    // a progressive in the past asserts the event
    ['The UDA leaders were meeting in emergency session last night.', [{ kind: 'meeting', participants: ['org:uda'], status: 'happened' }]],
    ['The UDA leaders are meeting in emergency session.', []],
    // …unless its clause makes it hypothetical
    ['If Michael Flynn was negotiating with the Russians, it was illegal.', []],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('place: a town named with its country', () => {
  test.each<[string, Expected[]]>([
    ['Ayesha Tanzeem meets with a tribal elder in Jalalabad, Afghanistan.', [{ kind: 'meeting', participants: ['person:ayesha-tanzeem'], location: 'country:AF' }]],
    ['Angela Merkel delivers a speech at a local meeting in Grimmen, northern Germany.', [{ kind: 'meeting', participants: ['person:angela-merkel'], location: 'country:DE' }]],
    // a country after a comma with no town before it is no place
    ['Angela Merkel, Germany, will hold a meeting.', []],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('a day in an abbreviated month anchors an event when there is no publish date', () => {
  test.each<[string, Expected[]]>([
    ['Angela Merkel held a meeting on Jan. 28, 2017.', [{ kind: 'meeting', participants: ['person:angela-merkel'] }]],
    ['Leaders convened in Munich on Feb. 3, 2016.', [{ kind: 'conference', location: 'country:DE' }]],
    // no day, one party and a present noun: nothing anchors it
    ['Angela Merkel held a meeting.', []],
  ])('%s', (sentence, expected) => check(sentence, expected, null));
});

describe('only the people the grammar ties to a contact trigger take part (not every person of the clause)', () => {
  test.each<[string, Expected[]]>([
    // a name inside a relative clause or an aside is none
    ['Donald Trump, who criticized Barack Obama, met Vladimir Putin in Helsinki.', [{ kind: 'meeting', participants: ['person:donald-trump', 'person:vladimir-putin'], location: 'country:FI' }]],
    // the object of another verb is none ("praised Obama and met Putin")
    ['Donald Trump praised Barack Obama and met Vladimir Putin on Monday.', [{ kind: 'meeting', participants: ['person:vladimir-putin'] }]],
    // the subject of a noun trigger's verb is a party only when the verb takes part in it
    ['Donald Trump criticized the summit between Angela Merkel and Vladimir Putin on Monday.', [{ kind: 'summit', participants: ['person:angela-merkel', 'person:vladimir-putin'] }]],
    ['Donald Trump held a summit with Vladimir Putin on Monday.', [{ kind: 'summit', participants: ['person:donald-trump', 'person:vladimir-putin'] }]],
    // …or when the noun takes "with" (its other side)
    ['Donald Trump announced a summit with Kim Jong Un.', [{ kind: 'summit', participants: ['person:donald-trump', 'person:kim-jong-un'], status: 'planned' }]],
    // the subject of a locative or purpose phrase, and the agent of a passive
    ['The policy was confirmed by John Kelly last week in a closed door meeting with Nancy Pelosi.', [{ kind: 'meeting', participants: ['person:john-kelly', 'person:nancy-pelosi'] }]],
    // a list after a title: "… and Chinese President Xi Jinping"
    ['Donald Trump met with Russian President Vladimir Putin and Chinese President Xi Jinping on Monday.', [{ kind: 'meeting', participants: ['person:donald-trump', 'person:vladimir-putin', 'person:xi-jinping'] }]],
    // a participle inside a title, and a passive's "by"
    ['Emmanuel Macron was greeted at the palace by outgoing President Francois Hollande.', [{ kind: 'meeting', participants: ['person:emmanuel-macron', 'person:francois-hollande'], status: 'happened' }]],
    // a relative's antecedent is its subject
    ['Xi Jinping, who met separately with Shinzo Abe in Tokyo, spoke on Monday.', [{ kind: 'meeting', participants: ['person:xi-jinping', 'person:shinzo-abe'] }]],
    // a fronted phrase holding the noun: the main clause's subject and the person told
    ['In a phone call on Saturday, John Kerry told Mevlut Cavusoglu that the claims were false.', [{ kind: 'call', participants: ['person:john-kerry', 'person:mevlut-cavusoglu'] }]],
    // "alongside" names the other side, and a participle's aside before a locative keeps the subject
    ['Rex Tillerson, speaking frankly during a press conference in Moscow alongside Russian Foreign Minister Sergey Lavrov, said he told Vladimir Putin.', [{ kind: 'press_conference', participants: ['person:rex-tillerson', 'person:sergey-lavrov'], location: 'country:RU' }]],
    // members of a group named in apposition after "with"
    ['Recep Tayyip Erdogan met Monday with leaders of the opposition parties, party leader Kemal Kilicdaroglu.', [{ kind: 'meeting', participants: ['person:recep-tayyip-erdogan', 'person:kemal-kilicdaroglu'] }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('a wish is no planned event; a plan or an announcement of the event itself is', () => {
  test.each<[string, Expected[]]>([
    ['Donald Trump wants to meet Kim Jong Un in Singapore.', []],
    ['Hassan Rouhani hopes for talks with Donald Trump on Monday.', []],
    ['Benjamin Netanyahu has sought a meeting with Vladimir Putin in Moscow.', []],
    ['Donald Trump said he was eager to meet with Kim Jong Un in Singapore.', []],
    // a plan stays planned
    ['Donald Trump will meet Kim Jong Un in Singapore.', [{ kind: 'meeting', status: 'planned' }]],
    ['Donald Trump agreed on Thursday to meet Kim Jong Un in Singapore.', [{ kind: 'meeting', status: 'planned' }]],
    // "announced" / "agreed" make a plan only of the event they take as object, not of one they happened at
    ['The White House announced a summit between Donald Trump and Kim Jong Un.', [{ kind: 'summit', status: 'planned' }]],
    ['Angela Merkel and Emmanuel Macron announced at their meeting in Berlin a new fund.', [{ kind: 'meeting', status: 'happened' }]],
    ['Vladimir Putin and Recep Tayyip Erdogan agreed during talks in Sochi on a new zone.', [{ kind: 'talks', status: 'happened' }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('parties a reader finds beyond names: pronouns, plurals, captions, speakers; none from a negated verb or a reduced relative (meet7)', () => {
  test.each<[string, Expected[]]>([
    // a subject pronoun: the person the previous sentence is about (pronouns.ts, shared with relations)
    ['Ina Kirsch, the director of the center, spoke to reporters. She said she had met with Paul Manafort twice.', [{ kind: 'call', participants: ['person:ina-kirsch'] }, { kind: 'meeting', participants: ['person:ina-kirsch', 'person:paul-manafort'] }]],
    // an object pronoun: not the subject of its own verb
    ['Donald Trump arrived in Moscow on Monday, and Vladimir Putin met him at the Kremlin.', [{ kind: 'meeting', participants: ['person:vladimir-putin', 'person:donald-trump'], location: 'country:RU' }]],
    // "said Tuesday he": the reporter, whatever day he said it
    ['Donald Trump said Tuesday he had a great meeting with Vladimir Putin.', [{ kind: 'meeting', participants: ['person:donald-trump', 'person:vladimir-putin'] }]],
    // a plural for the pair named just before
    ['Donald Trump and Kim Jong Un arrived in Singapore on Monday. The two leaders met on Tuesday.', [{ kind: 'meeting', participants: ['person:donald-trump', 'person:kim-jong-un'] }]],
    // …not for a pair that is no subject, nor for names joined by "like"
    ['Mike Pompeo briefed Donald Trump and Kim Jong Un. They will meet in Singapore.', []],
    ['Angela Merkel, like Donald Tusk, wants a delay. They will discuss it at the summit in Brussels.', []],
    // a photo caption's people after "FILE -"
    ["FILE - U.S. President Donald Trump and China's President Xi Jinping chat after a bilateral meeting in Palm Beach, Florida, April 7, 2017.", [{ kind: 'meeting', participants: ['person:donald-trump', 'person:xi-jinping'] }]],
    // the speaker at a news conference, and the host of a conference (a verb opening the gap)
    ['Michel Platini addressed a news conference in Zurich on Monday.', [{ kind: 'press_conference', participants: ['person:michel-platini'] }]],
    ['Barack Obama hosted a conference in Washington on Monday.', [{ kind: 'conference', participants: ['person:barack-obama'], location: 'country:US' }, { kind: 'meeting', participants: ['person:barack-obama'] }]],
    // a negated contact verb reports no contact
    ['Paul Manafort said he never spoke with Vladimir Putin.', []],
    ['Rex Tillerson has not met Vladimir Putin in Moscow.', []],
    // a participle after a noun is a reduced relative: its agent takes part, not the clause's subject
    ['Emily Thornberry had written to decline the state dinner hosted by Queen Elizabeth on Monday.', [{ kind: 'meeting', participants: ['person:elizabeth'] }]],
    // openness to a meeting is a wish; "signed on as" is joining, not signing an agreement
    ['Donald Trump has expressed openness to meeting with Hassan Rouhani on Monday.', []],
    ['George Tenet signed on as an adviser to Barack Obama on Monday.', []],
    // a passive "discussed" is a topic, not a meeting
    ['The appointment of Mohamed ElBaradei has been discussed in Cairo on Monday.', []],
    // a television programme's title is no meeting
    ['Colin Powell called the agreement a good deal on NBC’s "Meet the Press" on Sunday.', []],
    // …but "Open" in a name, or opening talks, is no wish
    ['Rates rose before the Federal Open Market Committee meeting on Tuesday.', [{ kind: 'meeting', participants: ['org:federal-open-market-committee'] }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('who reports from a contact takes part in it; interviews; a group object and its members (meet11)', () => {
  test.each<[string, Expected[]]>([
    // the speaker of a report set in a contact noun is in it, and the report presupposes it happened
    ['“I learned things,” Adam Schiff said in a telephone interview.', [{ kind: 'interview', participants: ['person:adam-schiff'], status: 'happened' }]],
    ['Vladimir Putin told a news conference in Moscow that the talks went well.', [{ kind: 'press_conference', participants: ['person:vladimir-putin'], location: 'country:RU' }]],
    ['Donald Trump told a rally in Ohio that he was ahead.', [{ kind: 'gathering', participants: ['person:donald-trump'], location: 'country:US' }]],
    // …and the one told, an outlet: the interview happened though the reported clause plans something
    ['Donald Trump told Reuters in an interview that he would meet Xi Jinping.', [{ kind: 'interview', participants: ['person:donald-trump', 'org:reuters'], status: 'happened' }, { kind: 'meeting', participants: ['person:donald-trump', 'person:xi-jinping'], status: 'planned' }]],
    // not a topic after "in response to", nor a contact that is the reported clause's subject, nor an agreement's text
    ['Donald Trump said in response to the talks that he was happy.', []],
    ['Donald Trump said the meeting with Kim Jong Un would be historic.', []],
    ['Angela Merkel said in the agreement with Iran that sanctions end.', []],
    // interviews: a fronted phrase's subject with the outlet after "with"; a past verb's object; not a poll's sample
    ['In an interview with Reuters on Monday, Donald Trump called for talks.', [{ kind: 'interview', participants: ['org:reuters', 'person:donald-trump'] }]],
    ['The FBI had interviewed Tamerlan Tsarnaev in 2011.', [{ kind: 'interview', participants: ['person:tamerlan-tsarnaev'] }]],
    // a sentence adverb before the fronted phrase
    ['Also during the first debate, Donald Trump tried to shrug off a lawsuit.', [{ kind: 'debate', participants: ['person:donald-trump'] }]],
    ['Of the 1,000 adults interviewed by Gallup on Monday, most disapproved.', []],
    ['Donald Trump skipped a job interview in Ohio on Monday.', []],
    // a contact verb's group object, then its members after "including"
    ['Donald Trump had spoken to four other world leaders on Saturday, including Russian President Vladimir Putin and Mexican President Enrique Pena Nieto.', [{ kind: 'call', participants: ['person:donald-trump', 'person:vladimir-putin', 'person:enrique-pena-nieto'] }]],
    ['Barack Obama met with several European leaders, including German Chancellor Angela Merkel.', [{ kind: 'meeting', participants: ['person:barack-obama', 'person:angela-merkel'] }]],
    // …not the people a group is of
    ['Donald Trump met voters in Ohio, including supporters of Hillary Clinton.', [{ kind: 'meeting', participants: ['person:donald-trump'] }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('a counterpart the grammar ties to a contact anchors it alone, the other side unnamed (meet12)', () => {
  test.each<[string, Expected[]]>([
    // the object of a contact verb, titles allowed between; the subject a pronoun
    ['They will head to the White House to meet with outgoing President Barack Obama.', [{ kind: 'meeting', participants: ['person:barack-obama'], status: 'planned' }]],
    ['I had the great honor of meeting Nelson Mandela.', [{ kind: 'meeting', participants: ['person:nelson-mandela'] }]],
    // the name after a determined contact noun's "with" or "between", and the country of an office after it
    ['The Post said he had described the call with the leader of Australia as the worst.', [{ kind: 'call', participants: ['country:AU'] }]],
    ['The meeting with Malcolm Turnbull ended badly.', [{ kind: 'meeting', participants: ['person:malcolm-turnbull'] }]],
    ['The call between Donald Trump and Malcolm Turnbull ended badly.', [{ kind: 'call', participants: ['person:donald-trump', 'person:malcolm-turnbull'] }]],
    // the second of a "between" pair whose first the tagger missed; a parenthesis after the noun is an aside
    ['The 30-minute call (Sunday evening U.S. time) between Trump and Japanese Prime Minister Shinzo Abe was meant to increase pressure.', [{ kind: 'call', participants: ['person:shinzo-abe'] }]],
    // "call with" / "call between" hold their preposition
    ['The call with Angela Merkel followed on Monday.', [{ kind: 'call', participants: ['person:angela-merkel'] }]],
    // negatives: a bare or indefinite noun names a kind of contact or a wish, not one that took place
    ['Talks with Iran are the only way forward.', []],
    ['Negotiations with the Taliban will not bring the troops home.', []],
    // (Both sides named, the same progress is toward a planned meeting: status.planned's examples.)
    ['Pompeo’s visit is a sign of progress toward a historic meeting with Donald Trump.', []],
    ['A call between Donald Trump and Angela Merkel would help.', []],
    ['Voters disagree with the claim that negotiations with the Taliban will bring troops home.', []],
    // …nor one the clause makes unreal, nor a modal's verb, nor a refused or negated one
    ['A meeting with Kim Jong Un would be historic.', []],
    ['Donald Trump said the meeting with Kim Jong Un is possible.', []],
    ['There is no reason to think Israel would negotiate with any Hamas-led government.', []],
    ['They refused to meet with Barack Obama.', []],
    ['They never met with Barack Obama.', []],
    ['They want to meet with Barack Obama.', []],
    // …nor a possessor, a name modifying a noun, or a topic after a verb of discussing
    ['NATO welcomes Ukraine’s aspirations for membership.', []],
    ['They will meet with Hamas-backed militants.', []],
    ['They will discuss Syria at length.', []],
    ['They will meet with Chinese-made drones overhead.', []],
    ['They will interview the Trump administration national security adviser.', []],
    ['They will meet with Hamas leaders in Cairo.', [{ kind: 'meeting', participants: ['org:hamas'], status: 'planned' }]],
    ['They will meet with Chinese officials in Cairo.', [{ kind: 'meeting', participants: ['country:CN'], status: 'planned' }]],
    ['They will meet with pro-Russian leaders in Slaviansk.', []],
    // …nor after a judgement of possibility, a plan before "before", or a dash
    ['He complained that it is impossible to negotiate with a group like Hamas.', []],
    ['Kim Jong Un is expected to travel to Hanoi before negotiating with Donald Trump.', []],
    ['First meeting - NATO.', []],
    // a headline's "Name to meet Name" is planned
    ['Cameron to meet Queen Elizabeth at 5pm', [{ kind: 'meeting', status: 'planned' }]],
    // …nor a news outlet one speaks to (an interview, not a call), nor a visit's destination
    ['Five Turkish sources spoke to Reuters about it.', []],
    ['He is visiting the White House.', []],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('issue #12 (meet14): a country’s office as party, passive receptions, consultations and meals', () => {
  test.each<[string, Expected[]]>([
    // a country's office after a contact verb or "with" is its country
    ['Angela Merkel met her Russian counterpart in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'country:RU'] }]],
    ['Angela Merkel met Russian officials in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'country:RU'] }]],
    ['Angela Merkel met the Russian foreign minister in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'country:RU'] }]],
    ['Angela Merkel met Russia’s foreign minister in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'country:RU'] }]],
    // the office is its holder's title when a name follows: the holder takes part, not the country
    ['Angela Merkel met Russian Foreign Minister Sergey Lavrov in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'person:sergey-lavrov'] }]],
    ['Donald Trump met North Korean leader Kim Jong Un in Hanoi on Wednesday.', [{ kind: 'meeting', participants: ['person:donald-trump', 'person:kim-jong-un'] }]],
    ['Angela Merkel received her French counterpart in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'country:FR'] }]],
    // …not a holder's own kin or possessions, nor a refused meeting, nor an office's decision
    ['Angela Merkel met her French husband in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel'] }]],
    ['Angela Merkel met the Russian ambassador’s wife in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel'] }]],
    ['Angela Merkel refused to meet the Russian foreign minister in Berlin on Monday.', []],
    // …nor an opposition, one's own country, or a city's officer (guards: main gives the same)
    ['Angela Merkel met the Russian opposition leader in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel'] }]],
    ['Angela Merkel met German officials in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel'] }]],
    ['Angela Merkel met the Moscow mayor in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel'] }]],
    ['Angela Merkel welcomed the Chinese president’s decision on Monday.', []],
    ['Angela Merkel called it the first-ever meeting between a North Korean leader and a U.S. president on Monday.', []],
    // the passive of a reception: a guest as subject, the host after "by"
    ['Emmanuel Macron was received by Angela Merkel in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:emmanuel-macron', 'person:angela-merkel'], status: 'happened' }]],
    ['Emmanuel Macron, who was welcomed by Angela Merkel on Monday, said Europe was strong.', [{ kind: 'meeting', participants: ['person:emmanuel-macron', 'person:angela-merkel'] }]],
    // …not a thing received or welcomed, nor a negated or future one, nor a reaction that met someone
    ['The decision was welcomed by Angela Merkel on Monday.', []],
    ['The Nobel Peace Prize was received by Barack Obama in Oslo.', []],
    ['Donald Trump’s proposal was received by Angela Merkel with scepticism on Monday.', []],
    ['Emmanuel Macron was not received by Angela Merkel in Berlin on Monday.', []],
    ['Emmanuel Macron was met by protests in Berlin on Monday.', [{ kind: 'protest' }]],
    // consulting a party, holding consultations with it, a meal or a huddle with it
    ['Angela Merkel consulted with Emmanuel Macron on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'person:emmanuel-macron'], status: 'happened' }]],
    ['Angela Merkel held consultations with Emmanuel Macron in Berlin on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'person:emmanuel-macron'] }]],
    ['Angela Merkel consulted with Emmanuel Macron by phone on Monday.', [{ kind: 'call', participants: ['person:angela-merkel', 'person:emmanuel-macron'] }]],
    ['Angela Merkel dined with Emmanuel Macron in Paris on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'person:emmanuel-macron'], location: 'country:FR' }]],
    ['Angela Merkel huddled with Emmanuel Macron on Monday.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'person:emmanuel-macron'] }]],
    // …not a refused or negated one, a public consultation, or a thing consulted
    ['Angela Merkel refused to consult with Emmanuel Macron on Monday.', []],
    ['Barack Obama said the right course was to consult with Congress in Washington on Monday.', []],
    ['The deal requires China to begin consultations with the United States on Monday.', []],
    ['Angela Merkel never consulted with Emmanuel Macron.', []],
    ['The British government launched public consultations on the plan on Monday.', []],
    ['James Mattis continued consultations with key figures abroad on Monday.', []],
    ['The charges related only to Paul Manafort’s political consulting with Viktor Yanukovych in Ukraine.', []],
    ['Angela Merkel said she consulted the dictionary on Monday.', []],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('stop 51 (r51m): a broker’s compound, a light verb in the past, a manner phrase before the day', () => {
  test.each<[string, Expected[]]>([
    // the broker named in a compound takes part, and the sides after "between" still do
    ['The Egyptian-brokered ceasefire between Israel and Hamas took effect on Monday.', [{ kind: 'ceasefire', participants: ['country:EG', 'country:IL', 'org:hamas'] }]],
    ['UN-mediated talks between Israel and Hamas began on Monday.', [{ kind: 'talks', participants: ['org:united-nations', 'country:IL', 'org:hamas'] }]],
    // a hyphenated backer is no broker: "U.S.-backed" rebels are not at the table
    ['The U.S.-backed rebels rejected the ceasefire on Monday.', []],
    // a past light verb asserts the in-person noun for the subject it ties, with no day or place
    ['Special peace envoy Zalmay Khalilzad has been holding peace talks with the militia since September.', [{ kind: 'talks', participants: ['person:zalmay-khalilzad'], status: 'happened' }]],
    ['Michael Flynn held talks with the Russians after the election.', [{ kind: 'talks', participants: ['person:michael-flynn'], status: 'happened' }]],
    // …with its other side: a meeting held, with no one met, day or place, stays unanchored (as "Angela Merkel held a meeting.")
    ['The Justice Department has said that Jeff Sessions held the meetings in his capacity as a senator.', []],
    // …not a negated, a modal or a future one
    ['Donald Trump never held talks with the militia.', []],
    ['Donald Trump could have held talks with the militia.', []],
    ['Donald Trump will hold talks with the militia.', []],
    // "behind closed doors" is no verb between a meeting and its day
    ['The United Nations Security Council will meet behind closed doors on Friday.', [{ kind: 'meeting', participants: ['org:united-nations-security-council'], status: 'planned' }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});
