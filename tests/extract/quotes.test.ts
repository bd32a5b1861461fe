// Who said what: direct quotes (straight/curly, split, multi-sentence), reported speech, speaker resolution.
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';

/** "speaker: text (D|R)" for every quote. */
const said = (body: string) => {
  const r = extract(body);
  return r.quotes.map((q) => `${nameOf(r, q.speakerId)}: ${q.text} (${q.direct ? 'D' : 'R'})`);
};

describe('one attribution, one quote', () => {
  test.each<[string, string[]]>([
    // A quoted fragment of a report by the same speaker is part of that report.
    ['Maria Lopez called the plan “a costly mistake” on Tuesday.', ['Maria Lopez: the plan “a costly mistake” (R)']],
    ['Tom Baker said the economy was at a “turning point” after the vote.', ['Tom Baker: the economy was at a “turning point” after the vote (R)']],
    // The quoted words taken into the sentence by "that" are the report; standing alone after a colon, direct speech.
    ['Anna Berg said that “the deal is dead and buried.”', ['Anna Berg: “the deal is dead and buried.” (R)']],
    ['Anna Berg told reporters: “The deal is dead and buried.”', ['Anna Berg: The deal is dead and buried. (D)']],
    // Another speaker's words inside a report stay their own quote.
    ['“We will not sign it,” Jonas Weber said. Anna Berg said that Weber was wrong.', ['Jonas Weber: We will not sign it, (D)', 'Anna Berg: Weber was wrong (R)']],
    // A fragment (≤ 3 words) repeating words of a longer quote of its sentence is no second quote; a short quote of its own stays.
    ['Lindsey Graham called the cost reasoning “ridiculous,” telling CNN: “It’s not a burden onto the American taxpayer.”', ['Lindsey Graham: the cost reasoning “ridiculous,” (R)', 'Lindsey Graham: It’s not a burden onto the American taxpayer. (D)']],
    ['“Maybe,” Lindsey Graham said.', ['Lindsey Graham: Maybe, (D)']],
    // A verb glued by a hyphen to the word before is half of a compound adjective, no report.
    ['The self-declared mayor of the town, Ivan Petrov, confirmed the release of the monitors.', ['Ivan Petrov: the release of the monitors (R)']],
    ['The self-declared Islamic State has established itself in the north.', []],
    // A quantity opening the clause's subject is the report, no adjunct of place ("said at the time" is one).
    ['The Syrian Observatory for Human Rights said at least 20 people were killed.', ['Syrian Observatory for Human Rights: at least 20 people were killed (R)']],
    ['The army said as many as 30,000 troops could be drafted.', ['null: as many as 30,000 troops could be drafted (R)']],
    ['He said at least that much.', []],
    ['Trump has also tweeted at least six times about the book.', []],
    // A dateline's dash is the page's, not the report's first word.
    ['WASHINGTON (Reuters) — The Taliban agreed to a temporary cease-fire on Sunday, officials said.', ['null: The Taliban agreed to a temporary cease-fire on Sunday (R)']],
    // The same sentence printed again (a caption or a pull quote twice) is one statement; the same words in another sentence, or a short reply, are two.
    ['Anna Berg said the talks would resume in May.\n\nPhoto gallery.\n\nAnna Berg said the talks would resume in May.', ['Anna Berg: the talks would resume in May (R)']],
    ['“No,” Lindsey Graham said. Then he was asked again. “No,” Lindsey Graham said.', ['Lindsey Graham: No, (D)', 'Lindsey Graham: No, (D)']],
    ['Anna Berg said the talks would resume in May. On Friday, in Paris, Anna Berg said the talks would resume in May.', ['Anna Berg: the talks would resume in May (R)', 'Anna Berg: the talks would resume in May (R)']],
    ['Anna Berg said the talks would resume in May. Jonas Weber said the talks would resume in May.', ['Anna Berg: the talks would resume in May (R)', 'Jonas Weber: the talks would resume in May (R)']],
    // "said he believes …" is one attribution: the nested verb of the speaker's own pronoun is no second report …
    ['Barack Obama said he believes Washington has the duty to explore those possibilities.', ['Barack Obama: he believes Washington has the duty to explore those possibilities (R)']],
    ['Sen. Lindsey Graham (R-S.C.) — a vocal sanctions hawk who wants new restrictions — said he thought Iran was getting off easy.', ['Lindsey Graham: he thought Iran was getting off easy (R)']],
    // … while another person's verb inside the report is that person's.
    ['Barack Obama said he believes Vladimir Putin thinks the deal is dead.', ['Barack Obama: he believes Vladimir Putin thinks the deal is dead (R)', 'Vladimir Putin: the deal is dead (R)']],
    // A report starting inside someone's quotation and running past its closing mark is no report.
    ['Donald Trump spoke on Monday. "Many tariffed companies will be leaving China for Vietnam and other such countries in Asia. That\'s why China wants to make a deal so badly!" he said.', ['Donald Trump: Many tariffed companies will be leaving China for Vietnam and other such countries in Asia. That\'s why China wants to make a deal so badly! (D)']],
    // A participle adjunct after the cue ("said, while saying …", "spoke, after noting …") is its own report only.
    ['“No, I do not,” Chuck Hagel said, while saying he wanted to see the full context of the interview.', ['Chuck Hagel: No, I do not, (D)', 'Chuck Hagel: he wanted to see the full context of the interview (R)']],
    ['Angela Merkel spoke on Monday, after noting that the talks had stalled.', ['Angela Merkel: the talks had stalled (R)']],
    // A subordinate clause after the quote ("… if Iran balks at …") is no attribution of it.
    ['Chuck Hagel warned of “severe and growing consequences” if Iran balks at international demands.', ['Chuck Hagel: “severe and growing consequences” if Iran balks at international demands (R)']],
    ['“We will leave,” Chuck Hagel said, before Iran answered.', ['Chuck Hagel: We will leave, (D)']],
    // The reporter's description of the quoted words is not part of them.
    ['Emmanuel Macron said "for me the first objective in the region is to finish the work against ISIS," a reference to the withdrawal of U.S. troops.', ['Emmanuel Macron: for me the first objective in the region is to finish the work against ISIS, (D)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

/** "speaker | speakerText | onBehalfOf: text (D|R)" for every quote. */
const attributed = (body: string) => {
  const r = extract(body);
  return r.quotes.map((q) => `${nameOf(r, q.speakerId)} | ${q.speakerText ?? '-'} | ${nameOf(r, q.onBehalfOf ?? null) ?? '-'}: ${q.text} (${q.direct ? 'D' : 'R'})`);
};

describe('speakers: the person who speaks, named or not', () => {
  test.each<[string, string[]]>([
    // An unnamed source stays unnamed, its words kept, the body it speaks for beside it.
    ['A Pentagon spokesman said that the drills would continue.', ['null | A Pentagon spokesman | Pentagon: the drills would continue (R)']],
    ['Two senior officials said the deal was close.', ['null | Two senior officials | -: the deal was close (R)']],
    // A catenative verb and its "to" are no part of the unnamed speaker ("continued to demand").
    ['Small groups of protesters continued to demand more information about the fatal shooting.', ['null | Small groups of protesters | -: more information about the fatal shooting (R)']],
    ['“We are ready,” a senior administration official said.', ['null | a senior administration official | -: We are ready, (D)']],
    // A spokesperson's words are the spokesperson's; an unnamed one speaks for the possessor.
    ['Mitt Romney spoke. Romney’s spokeswoman said the ad was false.', ['null | Romney’s spokeswoman | Mitt Romney: the ad was false (R)']],
    ['Boehner spokesman Michael Steel said the bill was dead.', ['Michael Steel | - | -: the bill was dead (R)']],
    ['Andrea Saul, Romney’s spokeswoman, said the ad was false.', ['Andrea Saul | - | -: the ad was false (R)']],
    ['Mitt Romney spoke. A spokeswoman for Romney, Andrea Saul, said the ad was false.', ['Andrea Saul | - | -: the ad was false (R)']],
    // The one who asks, unnamed, puts the question: never a name inside the quote, nor the listener after "asked".
    ['President Trump met Kim Jong Un in Hanoi.\n\nThe journalist then asked him, “Have you confronted Kim Jong Un about it?”', ['null | The journalist | -: Have you confronted Kim Jong Un about it? (D)']],
    ['President Trump met Kim Jong Un in Hanoi.\n\nThe reporter asked Trump, “Have you confronted Kim Jong Un about it?”', ['null | The reporter | -: Have you confronted Kim Jong Un about it? (D)']],
    ['President Trump met Kim Jong Un in Hanoi.\n\nJohn Bolton told Trump, “You must confront Kim Jong Un about it.”', ['John Bolton | - | -: You must confront Kim Jong Un about it. (D)']],
    ['Mitt Romney spoke. Romney’s spokeswoman, Andrea Saul, said the ad was false.', ['Andrea Saul | - | -: the ad was false (R)']],
    ['Mitt Romney spoke. “The ad is false,” Romney spokeswoman Andrea Saul said.', ['Andrea Saul | - | -: The ad is false, (D)']],
    // A person and their role in a body: the person speaks, not the body.
    ['Michael Mulgrew, president of the United Federation of Teachers, which represents city teachers, said the plan would fail.', ['Michael Mulgrew | - | -: the plan would fail (R)']],
    ['Marc Morial, the chief executive of the National Urban League, said turnout would rise.', ['Marc Morial | - | -: turnout would rise (R)']],
    // The listener is never the speaker.
    ['Angela Merkel told Reuters that the talks had failed.', ['Angela Merkel | - | -: the talks had failed (R)']],
    ['“The talks failed,” Jean Dupont told Reuters.', ['Jean Dupont | - | -: The talks failed, (D)']],
    ['“We want calm,” Norway’s envoy to the talks, Lars Holm, told Reuters.', ['Lars Holm | - | -: We want calm, (D)']],
    // A person named in the sentence, not the body they belong to.
    ['The war must end, Ban Ki-moon of the United Nations said.', ['Ban Ki-moon | - | -: The war must end (R)']],
    // Unnamed people of a body or place, and of a list of them, stay unnamed whatever the rule reading them.
    ['Officials in South Korea, the United States and Japan say intelligence shows that North Korea is ready.', ['null | Officials in South Korea, the United States and Japan | -: intelligence shows that North Korea is ready (R)']],
    // identity10: "in Pyongyang" is the city, where the (foreign) embassies are, not North Korea speaking through them.
    // (agreeing to comment is an act since stop 49, non-statement.agreement: these say it)
    ['Embassies in Pyongyang said they would consider evacuating.', ['null | Embassies in Pyongyang | -: they would consider evacuating (R)']],
    ['A representative for the FBI said the report was wrong.', ['null | A representative for the FBI | Federal Bureau of Investigation: the report was wrong (R)']],
    // …while a person the phrase names speaks, and a body as plain subject is still the speaker.
    ['Donald Trump spoke. On Wednesday, the office of President Moon Jae-in in Seoul appeared to endorse Mr. Trump’s decision.', ['Moon Jae-in | - | -: Mr. Trump’s decision (R)']],
    ['The FBI said the report was wrong.', ['Federal Bureau of Investigation | - | -: the report was wrong (R)']],
    ['The FBI agreed to comment on the report.', []],
    // Refusing, like declining, is the subject's own act: no statement (non-statement.own-aim).
    ['The FBI refused to comment on the report.', []],
    // Declining is the subject's own act, no statement (non-statement.own-aim).
    ['The FBI declined to comment on the report.', []],
    // A pronoun after an unnamed person's sentence is that person, unnamed, not the person named before (split quotes too).
    ['Tom Baker spoke. One protester addressed the crowd. “We will stay,” she said. “All night.”', ['null | One protester | -: We will stay, (D)', 'null | One protester | -: All night. (D)']],
    ['Abdel Fatah al-Sisi vowed revenge. They kneel as one jihadist addresses the camera. “We will fight you,” he says.', ['null | one jihadist | -: We will fight you, (D)']],
    // …but an unnamed person as an object, or a role one named person holds, does not interrupt the chain.
    ['Tom Baker met a soldier. “We disagree,” he said.', ['Tom Baker | - | -: We disagree, (D)']],
    ['Senator Tom Baker arrived. The senator spoke first. “We disagree,” he said.', ['Tom Baker | - | -: We disagree, (D)']],
    // Plans are not statements.
    ['Jimmy Carter plans to visit Cuba next year.', []],
  ])('%s', (body, expected) => expect(attributed(body)).toEqual(expected));
});

describe('direct quotes', () => {
  test.each<[string, string[]]>([
    ['“We need to talk,” Rex Tillerson said.', ['Rex Tillerson: We need to talk, (D)']],
    ['"We need to talk," said Rex Tillerson.', ['Rex Tillerson: We need to talk, (D)']],
    ['“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.).', ['G.K. Butterfield: This is a disgusting day, (D)']],
    ['Sergey Lavrov told reporters: “The talks were useful. We will meet again.”', ['Sergey Lavrov: The talks were useful. We will meet again. (D)']],
    ['Pamela Padilla: “Trump is wrong about us.”', ['Pamela Padilla: Trump is wrong about us. (D)']],
    ['“Trump is wrong about us.” ― Pamela Padilla', ['Pamela Padilla: Trump is wrong about us. (D)']],
    // "a NAME tweet" after a quote is a noun phrase, not its attribution.
    ['Hillary Clinton is describing as “unhinged” a Donald Trump tweet.', ['Hillary Clinton: as “unhinged” a Donald Trump tweet (R)']],
    // A closing curly mark typed where the paragraph opens the quote.
    ['Voters spoke.\n\n”Fear. I am afraid that he will win.” ― Julie A. Diaz Martinez.', ['Julie A. Diaz Martinez: Fear. I am afraid that he will win. (D)']],
    ['Gwen Moore spoke. "It is magic," Ms. Moore said.', ['Gwen Moore: It is magic, (D)']],
    ['“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, said on Monday.', ['Scott Pruitt: It is an invasion, (D)']],
    // Doubled apostrophes are quotation marks in some archives.
    ["''This isn't tax reform,'' said Douglas Holtz-Eakin.", ["Douglas Holtz-Eakin: This isn't tax reform, (D)"]],
    // Lower-case descriptors and abbreviated titles before the speaker; appositives with a party tag.
    ['"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said.', ['Jason Chaffetz: Subpoenas are not optional, (D)']],
    ['“Its rationales do not hold weight,” said 9/11 widow Terry Strada.', ['Terry Strada: Its rationales do not hold weight, (D)']],
    ['"It is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.', ['Stacey Plaskett: It is a waste of time, (D)']],
    ['“They would get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.', ['Jim Jordan: They would get them, (D)']],
    ['Rush Limbaugh spoke. Limbaugh told his radio audience on Monday, “What has happened is this.”', ['Rush Limbaugh: What has happened is this. (D)']],
    // "said Hester" is no pronoun; a generational suffix stays in the name.
    ['Megan Hester spoke.\n“Nobody wants to bus their kids,” said Hester.', ['Megan Hester: Nobody wants to bus their kids, (D)']],
    ['"Absolutely hate this framing," Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.', ['Vann R. Newkirk II: Absolutely hate this framing, (D)']],
    // Introduced by "According to X,", "X --", or "X continued:" closing the paragraph before.
    ['Rush Limbaugh spoke. According to Limbaugh, “If it was left up to her, she would not have time.”', ['Rush Limbaugh: If it was left up to her, she would not have time. (D)']],
    ["Republicans agreed, including Mitt Romney -- ''It is disqualifying to refuse to release tax returns.''", ['Mitt Romney: It is disqualifying to refuse to release tax returns. (D)']],
    ['Pat Caddell spoke on Fox. Caddell continued:\n\n"The health issue overall is very much a partisan issue."', ['Pat Caddell: The health issue overall is very much a partisan issue. (D)']],
    // Curly quotes inside a straight quote that closes in the same paragraph are nested, not a new quote.
    ['Pat Caddell spoke on Fox. Caddell continued:\n\n"The issue is partisan: “As you know, Clinton left early.” Forty-three, yes."', ['Pat Caddell: The issue is partisan: “As you know, Clinton left early.” Forty-three, yes. (D)']],
    // A participle after a comma is the subject's.
    ['During a speech, Donald Trump praised the troops, saying, "They are the best we have."', ['Donald Trump: the troops (R)', 'Donald Trump: They are the best we have. (D)']],
    // A stance verb right before a quote; a space between an inner quote's mark and the outer one.
    ['In an August speech, Donald Trump attacked “the hateful ideology of radical Islam and its oppression of women.”', ['Donald Trump: the hateful ideology of radical Islam and its oppression of women. (D)']],
    ['Donald Trump spoke. "I have always been insulted with the term \'outreach,\' " he told the group.', ["Donald Trump: I have always been insulted with the term 'outreach,'  (D)"]],
    // Quoted words with no speaker and no speech cue are no attribution.
    ['“If any bank can’t be managed effectively, it should be broken up.”', []],
    // A straight mark opening a block quote does not pair with the curly quotes inside it.
    ['Melanie Austin watched.\n\n"Her enthusiasm is recorded:\n\n“Here comes the nominee,” she said, clapping.', ['Melanie Austin: Here comes the nominee, (D)']],
    // A quote inside a quote does not end it.
    ['“I would rather live in what he calls “hell” than in his world.” ― Adriana Rodarte', ['Adriana Rodarte: I would rather live in what he calls “hell” than in his world. (D)']],
  ])('%s', (body, expected) => {
    expect(said(body)).toEqual(expected);
  });

  test('a split quote keeps its speaker across a long appositive and a quoted show title', () => {
    expect(said('Peter Morgan spoke. “These are strange days,” said Peter Morgan, a lawyer for the Sierra Club, who has been challenging the coal industry over water pollution issues for years. “I am skeptical.”')).toEqual([
      'Peter Morgan: These are strange days, (D)',
      'Peter Morgan: I am skeptical. (D)',
    ]);
    expect(said('Michael Flynn spoke. “He is right,” Flynn said on Fox News’s “Fox and Friends.” “I mean, there is frustration.”')).toEqual([
      'Michael Flynn: He is right, (D)',
      'Michael Flynn: I mean, there is frustration. (D)',
    ]);
  });

  test('a quote does not continue one whose speaker another person\'s sentence follows', () => {
    expect(said('Mike Pence spoke. "We need to step away from bias," Pence said.\n\nSen. Bernie Sanders, who lost the primaries, identified young voters as a reason for hope. "The younger people are sick of racism."')).toEqual([
      'Mike Pence: We need to step away from bias, (D)',
    ]);
  });

  test('a split quote keeps its speaker in both parts', () => {
    expect(said('Rex Tillerson arrived. “We need to attempt,” he said. “It is time to act.”')).toEqual([
      'Rex Tillerson: We need to attempt, (D)',
      'Rex Tillerson: It is time to act. (D)',
    ]);
  });

  test.each<[string, string[]]>([
    // Scare quotes: a word or two with no speech around them.
    ['Relations hit a “low point” this week.', []],
    ['The “reset” failed.', []],
    // Titles of shows and slogans; a few lower-case words carried by the sentence's own wording.
    ['On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Pence said nothing new.', []],
    ['Check out the trailer for the documentary “13th,” below.', []],
  ])('not speech: %s', (body, expected) => {
    expect(said(body)).toEqual(expected);
  });
});

describe('speaker resolution', () => {
  test.each<[string, string | null]>([
    // A pronoun goes to the latest subject.
    ['Sergey Lavrov met Rex Tillerson. “We disagree,” he said.', 'Sergey Lavrov'],
    ['Rex Tillerson arrived late. Later, Sergey Lavrov spoke. “We disagree,” he said.', 'Sergey Lavrov'],
    // …unless the given name contradicts the pronoun.
    ['Angela Merkel met Rex Tillerson. Rex Tillerson spoke first. “We disagree,” she said.', 'Angela Merkel'],
    // …by the name's usual gender, also for names given to both ("Hillary", "Donald").
    ['Donald Trump spoke first. Hillary Clinton answered. “We disagree,” he said.', 'Donald Trump'],
    // A name written family name first has no given name in front: "Kim" is then no woman's name.
    ['South Korea’s defense minister, Kim Kwan-jin, spoke on Monday. He said the North was ready.', 'Kim Kwan-jin'],
    ['Kim Jong Un and Kim Yong Nam met. Hillary Clinton spoke later. “We are ready,” he said.', 'Kim Jong Un'],
    ['Kim Jong Un and Kim Yong Nam met. Hillary Clinton spoke later. “We are ready,” she said.', 'Hillary Clinton'],
    ['Martin Luther King spoke. Mary Jones answered. “We disagree,” he said.', 'Martin Luther King'],
    // …while a given-name-first "Kim" is still a woman's name.
    ['Kim Smith spoke first. Tom Baker answered. “We disagree,” she said.', 'Kim Smith'],
    // An honorific gives the gender whatever the given name.
    ['Ms. Obiageli Okafor spoke first. Mr. Tolu Obi answered. “We disagree,” she said.', 'Obiageli Okafor'],
    ['Ms. Tolu Okafor spoke first. Mr. Obiageli Obi answered. “We disagree,” she said.', 'Tolu Okafor'],
    ['Mr. Kerry and Mr. Obama met. “We agree,” Mr. Obama said.', 'Obama'],
    // A name after the sentence's verb is an object or possessor, no subject for the next pronoun; after a copula it is.
    ['George Soros has written an op-ed. The billionaire also praised Chancellor Merkel’s gesture as inspiring. He suggested that the union would break up.', 'George Soros'],
    ['Hillary Clinton spoke on Monday. If the candidate is Donald Trump, the answer is no. He promised to release his returns.', 'Donald Trump'],
    // A one-word name is a family name: its honorific decides, not a given name spelled the same ("Moon", "Kim").
    ['Mr. Moon hosted Ms. Kim. She told Mr. Moon that her brother wanted a summit. The two spent three hours together, with Mr. Moon doing most of the talking. He said he wanted to meet the leader.', 'Moon'],
    ['Ms. Moon hosted Mr. Park. He told Ms. Moon that his brother wanted a summit. She said she wanted to meet the leader.', 'Moon'],
    ['Secretary of State Rex Tillerson arrived. “We disagree,” the secretary said.', 'Rex Tillerson'],
    ['President Barack Obama spoke. The president told voters he would consider it an insult if they stayed home.', 'Barack Obama'],
    // A qualified role is another one: the vice president is not "the president".
    ['Vice President Joseph Biden arrived. President Barack Obama spoke later. “We must talk,” the president said.', 'Barack Obama'],
    ['“We disagree,” a senior official said.', null],
    // The people speaking for someone: "the Trump team", "the Clinton camp".
    ['Donald Trump spoke. The Trump team has said single people would qualify for the tax breaks.', 'Donald Trump'],
    // …but a person's aides speak for themselves, unnamed (onBehalfOf the person): "McConnell aides".
    ['Mitch McConnell spoke. McConnell aides said the vote would be close.', null],
    // A role with its modifiers, held by one person; a name qualifying a role's noun is no speaker of its own.
    ['Republican presidential nominee Donald Trump and Democratic presidential nominee Hillary Clinton spoke. The Democratic nominee said the debate was fair.', 'Hillary Clinton'],
    ['Vermont Sen. Bernie Sanders spoke. The senator said he would introduce a bill.', 'Bernie Sanders'],
    ['Republican presidential nominee Donald Trump spoke in Ohio. The GOP nominee complained about his microphone.', 'Donald Trump'],
    // A body by the noun heading its name, when the article names one so.
    ['The International Monetary Fund cut its forecast. The fund warned that growth would slow.', 'International Monetary Fund'],
    ['The Monetary Fund and the Clean Air Fund met. The fund warned that growth would slow.', null],
    ['The New York Times reported on the returns. The Times on Saturday wrote that Donald Trump had claimed a loss.', 'New York Times'],
    ['Republican presidential nominee Donald Trump spoke in Ohio. The Republican nominee also outlined his plan for cybersecurity.', 'Donald Trump'],
    // A role two people hold frames its quote too: the holder named last before it (speaker.shared-role), as "The nominee said …" reads.
    ['Republican nominee Donald Trump and Democratic nominee Hillary Clinton spoke. “It was fair,” the nominee said.', 'Hillary Clinton'],
    // The subject after an opening phrase; a person just introduced with a description.
    ['In an interview with Rusty Humphries, Carter Ham said the cuts hurt. “It was demoralizing,” he said.', 'Carter Ham'],
    ['Donald Trump spoke. The race worries Henry Crespo, president of the Black Caucus.\n\n“No one is writing songs for her,” he said.', 'Henry Crespo'],
    // …but not one described by a participle.
    ['Barack Obama recalled the figure of Abraham Lincoln, sheltered in his memorial. He said the museum was a triumph of the spirit.', 'Barack Obama'],
  ])('%s', (body, speaker) => {
    const r = extract(body);
    expect(nameOf(r, r.quotes[0]?.speakerId ?? null)).toBe(speaker);
  });
});

describe('stance attributions', () => {
  test('say when they are negated', () => {
    // (A topic not mentioned is nothing put forward: non-statement.negated-speech-act.)
    const r = extract('Hillary Clinton has not mentioned Machado since the debate. Donald Trump didn’t apologize for his past statements.');
    expect(r.quotes.map((q) => [q.cue, q.text])).toEqual([
      ['not apologize for', 'his past statements'],
    ]);
  });

  test('"not only" negates nothing', () => {
    const r = extract('Hillary Clinton not only opposed the surge.');
    expect(r.quotes.map((q) => [q.cue, q.text])).toEqual([['opposed', 'the surge']]);
  });

  test('a negated report says so too', () => {
    const r = extract('But Attorney General Eric Schneiderman isn’t saying that the foundation violated any laws.');
    expect(r.quotes.map((q) => [q.cue, q.text])).toEqual([['not saying', 'the foundation violated any laws']]);
    // Not saying whether/if … holds a question back: nothing is stated (reported.speech-cue's rows).
    expect(extract('But Attorney General Eric Schneiderman isn’t saying if the foundation violated any laws.').quotes).toEqual([]);
  });

  test('are flagged, speech is not', () => {
    const r = extract('Hillary Clinton cited derogatory comments about Machado. Hillary Clinton said the comments were cruel.');
    expect(r.quotes.map((q) => [q.cue, q.stance ?? false])).toEqual([
      ['cited', true],
      ['said', false],
    ]);
  });
});

describe('reported speech', () => {
  test.each<[string, string[]]>([
    ['Lavrov said the U.S. and Russia have agreed to keep talking.', ['Lavrov: the U.S. and Russia have agreed to keep talking (R)']],
    // A prepositional phrase before "that" is where it was said, not what; a show's title is no quote.
    ['Mike Pence said on “Fox News Sunday,” that the tweet was a joke.', ['Mike Pence: the tweet was a joke (R)']],
    // So is a time — a month or a season of last, this or next year — between the cue and its "that".
    ['Donald Trump said last July that Vladimir Putin was strong in his denial.', ['Donald Trump: Vladimir Putin was strong in his denial (R)']],
    ['Barack Obama said last summer that Bashar Assad would cross a red line.', ['Barack Obama: Bashar Assad would cross a red line (R)']],
    ['Barack Obama said earlier this year that Bashar Assad must go.', ['Barack Obama: Bashar Assad must go (R)']],
    // That-clauses and intentions of a named person or a pronoun; a participle reports the subject's words.
    ['Hillary Clinton acknowledged that she had pneumonia.', ['Hillary Clinton: she had pneumonia (R)']],
    ['Donald Trump refuses to release his tax records.', []],
    ['Donald Trump promised to release his tax records.', ['Donald Trump: to release his tax records (R)']],
    // A refusal is put forward; an expectation or a plan is no statement.
    ['Ted Cruz pointedly vowed to endorse Donald Trump. Bill McKinley expects them to become less available.', ['Ted Cruz: to endorse Donald Trump (R)']],
    ['Hillary Clinton left the event early, saying she felt overheated.', ['Hillary Clinton: she felt overheated (R)']],
    ['Tillerson stood by U.S. claims that the evidence points to Assad.', []],
    // The subject of the sentence speaks after "and" or a long appositive; party tags before the cue.
    ['Ed Schultz supported Democrats on MSNBC, and said he did not support the plan.', ['Ed Schultz: Democrats on MSNBC (R)', 'Ed Schultz: he did not support the plan (R)']],
    ['Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony, said the event brought back memories.', ['Donna Sampson Rawlings: the event brought back memories (R)']],
    // the state ending the words before the cue (a Place, no speaker) gives way to the sentence's subject
    ['Heidi Nunes, 59, of Walnut Creek, Calif., who survived the attack, said the shooter never spoke.', ['Heidi Nunes: the shooter never spoke (R)']],
    ['Sen. David Perdue (R-Ga.) said he did not believe those characterizations.', ['David Perdue: he did not believe those characterizations (R)']],
    ['Bernie Sanders told MSNBC’s “Morning Joe” that nobody would question her intelligence.', ['Bernie Sanders: nobody would question her intelligence (R)']],
    // An attribution inside the sentence reports all of it; a participle after it is a report of its own.
    ['Tom Clarke spoke. He has come up with a model, he said, for how the industry can keep producing coal.', ['Tom Clarke: He has come up with a model, he said, for how the industry can keep producing coal (R)']],
    ['The talks will resume, Sergey Lavrov said, adding that it was late.', ['Sergey Lavrov: The talks will resume (R)', 'Sergey Lavrov: it was late (R)']],
    // Stance attributions: what was put forward, in the reporter's words (flagged `stance`); a speech verb with an
    // object rather than a clause puts a position forward too.
    ['At the debate, Hillary Clinton cited derogatory comments Donald Trump had made about Machado.', ['Hillary Clinton: derogatory comments Donald Trump had made about Machado (R)']],
    ['Jennifer Palmieri called on Donald Trump to stop attacking Machado.', ['Jennifer Palmieri: Donald Trump to stop attacking Machado (R)']],
    ['Rex Tillerson stressed the need to improve ties.', ['Rex Tillerson: the need to improve ties (R)']],
    ['Hillary Clinton mentioned the remarks Donald Trump had made about Machado.', ['Hillary Clinton: the remarks Donald Trump had made about Machado (R)']],
    // Every attribution of a sentence; one opening another's clause is the inner speaker's, the outer only relays it.
    ['Donald Trump is defending his early-morning tweets, saying it shows he is awake.', ['Donald Trump: his early-morning tweets (R)', 'Donald Trump: it shows he is awake (R)']],
    ['Donald Trump said Hillary Clinton acknowledged that she had been ill.', ['Hillary Clinton: she had been ill (R)']],
    ['Donald Trump said during a rally that Hillary Clinton had praised the deal.', ['Donald Trump: Hillary Clinton had praised the deal (R)']],
    // A participle after a quote's attribution reports what follows it.
    ['“We must know the past,” Ava DuVernay said, emphasizing why history matters.', ['Ava DuVernay: We must know the past, (D)', 'Ava DuVernay: why history matters (R)']],
    // Findings of polls, studies and filings: the name heading the subject, or no one (a name modifying the document owns it).
    // A name modifying the document's noun owns it and does not speak (document-owner.ts): an unnamed source for it.
    ['A Quinnipiac University poll released in August found that most voters want the returns.', ['null: most voters want the returns (R)']],
    ['A new poll shows Donald Trump ahead in Ohio.', ['null: Donald Trump ahead in Ohio (R)']],
    ['A document on the Trump campaign’s website states that same-sex couples would receive the leave.', ['null: same-sex couples would receive the leave (R)']],
    // A body's verb in -s before "that" is its own ("The Tax Policy Center estimates that …"), unless a preposition
    // makes it a plural noun ("stood by U.S. claims that …", above).
    ['The Tax Policy Center estimates that the top 1 percent would get more.', ['Tax Policy Center: the top 1 percent would get more (R)']],
    // A claim held by a named possessor.
    ["The court upheld Frank Nervo's conclusion that judges should not weigh the information.", ["Frank Nervo: judges should not weigh the information (R)"]],
    // An attitude towards a clause.
    ['Republicans were also incensed that the immunity deals now cover five staffers.', ['Republican Party: the immunity deals now cover five staffers (R)']],
    // Naming something in quoted words is a stance; calling a meeting is not.
    ['Donald Trump called her “totally disgusting” on Friday.', ['Donald Trump: her “totally disgusting” (R)']],
    ['Donald Trump called a press conference on the border wall.', []],
    // …and so is calling something a name or a judgement unquoted; a body's campaign or team is a subject too.
    ['At the forum, Hillary Clinton called her vote in favor of the Iraq War a mistake.', ['Hillary Clinton: her vote in favor of the Iraq War a mistake (R)']],
    ['The Trump campaign called the charges unsubstantiated.', ['Trump campaign: the charges unsubstantiated (R)']],
    ['Donald Trump called Hillary Clinton on Monday.', []],
    // Any verb WordNet files under communication: "questioned", "railed against", "spoke about" — not "spoke on Sunday",
    // not a passive ("was booed"), not a bare form after a name ("Trump will").
    ['At a rally in Coral Springs, Hillary Clinton questioned what kind of person gets up at 3 a.m. to send tweets.', ['Hillary Clinton: what kind of person gets up at 3 a.m. to send tweets (R)']],
    ['Donald Trump railed against the corrupting influence of super PACs.', ['Donald Trump: the corrupting influence of super PACs (R)']],
    ['Mike Pence spoke on Sunday about the debate. Ted Cruz was booed off the stage.', []],
    // …nor a place, a time or a verb where the object should be.
    ['Jorge Castaneda teaches at New York University in the fall.', []],
    ['Jeremy Corbyn, who was speaking in Brighton at his party conference, left early.', []],
    // A verb of thought reports a clause, not an object.
    ['Tom Clarke recalled he had been in Richmond for a meeting. Tom Clarke recalled the meeting.', ['Tom Clarke: he had been in Richmond for a meeting (R)']],
    ['Unlike many of the Patriot mines that Tom Clarke acquired, these mines pump coal.', []],
    ['Having said that, there are economists who argue it.', []],
    // Quoted words inside the reporter's clause: the clause is reported, the words part of it (not a second quote).
    [
      'Mitch McConnell spoke. The country “has made dramatic changes for the better,” McConnell said.',
      ['Mitch McConnell: The country “has made dramatic changes for the better,” (R)'],
    ],
    // Progressive cues, a comma after "that", a coordinated report after a dash, a two-word intention.
    ['Donald Trump spoke. He’s claiming that voting fraud is a big problem.', ['Donald Trump: voting fraud is a big problem (R)']],
    ['Barack Obama spoke. He noted that, like him, Hillary Clinton had been pilloried in coal country.', ['Barack Obama: like him, Hillary Clinton had been pilloried in coal country (R)']],
    ['Don Fowler said the politics would be more intense — and he noted that any change would come later.', ['Don Fowler: the politics would be more intense (R)', 'Don Fowler: any change would come later (R)']],
    ['Through a spokesman, Jim Justice vowed to appeal.', ['Jim Justice: to appeal (R)']],
    // Content boundaries: an inverted attribution of another source closes the clause ("…, news reports said
    // Tuesday", '…," the paper said'); a comma and a new subject, or "as" and one, end an object; a fronted adjunct
    // before a middle attribution is no report; a subject pronoun after the listener opens the clause, so a later
    // "that" is a relative pronoun.
    ['Israel has urged Washington not to suspend its aid to Cairo after the ouster of Mohammed Morsi, news reports said Tuesday.', ['null: Israel has urged Washington not to suspend its aid to Cairo after the ouster of Mohammed Morsi (R)', 'Israel: Washington not to suspend its aid to Cairo after the ouster of Mohammed Morsi (R)']],
    ['Benjamin Netanyahu warned that halting the aid could undermine the peace treaty with Egypt," the paper said.', ['Benjamin Netanyahu: halting the aid could undermine the peace treaty with Egypt (R)']],
    ['Hillary Clinton opposed the surge from the outset, she was among those who doubted it.', ['Hillary Clinton: the surge from the outset (R)']],
    ['But Lindsey Graham rejected the charge as they sought new testimony from others.', ['Lindsey Graham: the charge (R)']],
    // …but not a comparative's "as … as he could", nor the main clause after an opening subordinate one.
    ['During his hearing William Barr vowed to release as much as he could.', ['William Barr: to release as much as he could (R)']],
    ['Mark Esper clarified that while he knew they were going to the church, he did not know it would turn into a photo opportunity.', ['Mark Esper: while he knew they were going to the church, he did not know it would turn into a photo opportunity (R)']],
    ['With missile defense having a direct impact on American security, Eliot Engel said, there’s even less of a reason to worry.', ['Eliot Engel: there’s even less of a reason to worry (R)']],
    ['John Campbell told Congress he has provided options for the drawdown of troops that would give leaders flexibility.', ['John Campbell: he has provided options for the drawdown of troops that would give leaders flexibility (R)']],
    ['Angela Merkel told the man who said he was a reporter that the talks had failed.', ['Angela Merkel: the talks had failed (R)']],
    // Keeping a thing or adding one's name is no report; maintaining a claim or a clause is.
    ['The European Union and the United States have maintained separate lists of sanctioned companies.', []],
    ['Sergey Lavrov maintained Russia had no role in the attack.', ['Sergey Lavrov: Russia had no role in the attack (R)']],
    ['Sergey Lavrov maintained his innocence throughout the trial.', ['Sergey Lavrov: his innocence throughout the trial (R)']],
    ['Former intelligence officials added their names to a statement criticizing the decision.', []],
    // A named body as the speaker: "the Trump campaign", "Clinton’s team".
    ['Hillary Clinton spoke. Clinton’s team says she will continue her march toward Election Day.', ['Clinton team: she will continue her march toward Election Day (R)']],
    ['The Trump campaign said the charges were unsubstantiated and fabricated.', ['Trump campaign: the charges were unsubstantiated and fabricated (R)']],
    // Headlines: "X: …", "X Says …", "…, X Says".
    ['Pence: Gennifer Flowers Won’t Be at Debate.\n\nGov. Mike Pence spoke on Sunday about the debate.', ['Mike Pence: Gennifer Flowers Won’t Be at Debate (R)']],
    ['Trump Could Address Clean Energy, Lindsey Graham Says.\n\nLindsey Graham spoke on Monday.', ['Lindsey Graham: Trump Could Address Clean Energy (R)']],
    // The report ends where the reporter's own words begin — but not inside the speaker's quoted words.
    ['Hillary Clinton wants to sign up 5 million people, focusing on people under 30.', ['Hillary Clinton: to sign up 5 million people (R)']],
    ['Lindsey Graham has acknowledged the reality of climate change, which makes him an outlier.', ['Lindsey Graham: the reality of climate change (R)']],
    ['Johnnie Wilson said he had fought in Vietnam “for the nation’s rights, knowing that back home we did not have them.”', ['Johnnie Wilson: he had fought in Vietnam “for the nation’s rights, knowing that back home we did not have them.” (R)']],
    // "said X" after the clause names the speaker with a name, not with the rest of the sentence.
    ['Mitch McConnell visited. Erin Murphy, a former aide who went to Burma in 2011, said McConnell’s trip was important.', ['Erin Murphy: McConnell’s trip was important (R)']],
    ['The talks will resume next week, said Sergey Lavrov, the foreign minister.', ['Sergey Lavrov: The talks will resume next week (R)']],
    ['Hillary Clinton also asserted she could speak directly to voters.', ['Hillary Clinton: she could speak directly to voters (R)']],
    // Two reports in one sentence.
    ['Jill Stein said the campaign planned a protest, though she acknowledged it was unlikely to work.', ['Jill Stein: the campaign planned a protest (R)', 'Jill Stein: it was unlikely to work (R)']],
    // A coordinated report by the same speaker is a clause of its own.
    [
      'Ed Rendell agreed that the rules should be modernized, but he said that the talk should wait until after the election.',
      ['Ed Rendell: the rules should be modernized (R)', 'Ed Rendell: the talk should wait until after the election (R)'],
    ],
    // A person named in an appositive is the speaker when the head before it names no one.
    ['The state’s campaign chairman, Phil Lovas, said he has not seen the letter.', ['Phil Lovas: he has not seen the letter (R)']],
    ['Ted Cruz arrived. “No, this is not politics,” Cruz said at the time.', ['Ted Cruz: No, this is not politics, (D)']],
    ['Putin told Fox Business Network that relations are at a low point.', ['Putin: relations are at a low point (R)']],
    ['The talks will resume next week, Lavrov said on Tuesday.', ['Lavrov: The talks will resume next week (R)']],
    ['The strike was illegal, according to Vladimir Putin.', ['Vladimir Putin: The strike was illegal (R)']],
    ['Donald Trump urged supporters to monitor polling places.', ['Donald Trump: supporters to monitor polling places (R)']],
    ['A senior official said the talks had failed.', ['null: the talks had failed (R)']],
    ['A Kremlin spokesman said the meeting was useful.', ['null: the meeting was useful (R)']],
    // A participle after a quote's attribution is its speaker's; after a subject that names no one, nobody's.
    [
      '“Immunity deals should not be required,” Jason Chaffetz (R-Utah) said in a statement, adding that the deals were handed out like candy.',
      ['Jason Chaffetz: Immunity deals should not be required, (D)', 'Jason Chaffetz: the deals were handed out like candy (R)'],
    ],
    ['Several environmental groups granted Tom Clarke an extension, saying his capital was less than expected.', []],
    // A relative clause attributes to the name it hangs on, across a parenthesis or an appositive.
    ['Ted Cruz endorses Donald Trump, who says he is honored.', ['Ted Cruz: Donald Trump (R)', 'Donald Trump: he is honored (R)']],
    ['Mitch McConnell, now the Senate majority leader, who in 2010 said the party must win, spoke.', ['Mitch McConnell: the party must win (R)']],
    // Campaigning for someone is a stance of support.
    ['Chris Christie, who has campaigned heavily for Donald Trump, spoke.', ['Chris Christie: Donald Trump (R)']],
    ['The bill was levied by the European Union, which contended that Ireland undertaxed the company.', ['European Union: Ireland undertaxed the company (R)']],
    ['Donald Trump met Ted Cruz who said he was honored by the endorsement.', ['Ted Cruz: he was honored by the endorsement (R)']],
    // …and one in apposition to a name speaks as that name; a relative clause inside another's report is that report's.
    ['Donald Trump met John Bentel, a staffer at the State Department who told his team never to speak of it.', ['John Bentel: his team never to speak of it (R)']],
    ['Harry Reid spoke, claiming that he had a well-connected source who told him the nominee paid no taxes.', ['Harry Reid: he had a well-connected source who told him the nominee paid no taxes (R)']],
    // A that-clause in quotation marks after a listener; quoted words opening a clause that goes on after them.
    ['Robert Welch also told his young followers on a regular basis that "terrorism is the answer."', ['Robert Welch: "terrorism is the answer." (R)']],
    ['Donald Trump gave no cost, though he said "budget reforms" and unpaid taxes would help finance them.', ['Donald Trump: "budget reforms" and unpaid taxes would help finance them (R)']],
    ['Rex Tillerson spoke, saying “the reign of the Assad family is coming to an end” and challenging Russia.', ['Rex Tillerson: the reign of the Assad family is coming to an end (D)']],
    // A dash spells the clause out; a new clause after quoted words ends it.
    ['Hillary Clinton is stressing that her plans will help families — the high cost of childcare and student debt.', ['Hillary Clinton: her plans will help families — the high cost of childcare and student debt (R)']],
    ['Donald Trump is promising lower taxes and “jobs, jobs, jobs,” but he has also intensified his warnings.', ['Donald Trump: lower taxes and “jobs, jobs, jobs,” (R)']],
    // "said no decision …" is a clause; a party tag before an appositive; a time between name and cue; an appositive
    // between dashes or after the inverted cue; a listener before a clause with no "that"; "that" before a preposition.
    ['David Schulz said no decision had been made about whether to appeal.', ['David Schulz: no decision had been made about whether to appeal (R)']],
    ['Rep. Gregory W. Meeks (D-N.Y.), chairman of the caucus PAC, said members will help him raise cash.', ['Gregory W. Meeks: members will help him raise cash (R)']],
    ['Wells Fargo just this month announced it would get rid of these incentives.', ['Wells Fargo: it would get rid of these incentives (R)']],
    ['Aaron Kall spoke. Kall -- co-editor of a book analyzing debates -- said the candidate tended to make announcements.', ['Aaron Kall: the candidate tended to make announcements (R)']],
    ['Its first national television ad could start this week, said Brian Baker, a longtime adviser to the family who oversees the campaign.', ['Brian Baker: Its first national television ad could start this week (R)']],
    ['Donald Trump told the forum he was "totally against the war" because it destabilized the region.', ['Donald Trump: he was "totally against the war" because it destabilized the region (R)']],
    ['Connie Mariano said that in 1998, the first lady had hidden a blood clot.', ['Connie Mariano: in 1998, the first lady had hidden a blood clot (R)']],
    ['Jessica Ditto said via email that, “Of course he will defend himself” against what the campaign sees as an attack.', ['Jessica Ditto: “Of course he will defend himself” against what the campaign sees as an attack (R)']],
    // "According to" opening the sentence; a participle after a quoted statement, after an adverb, or opening the
    // sentence; a body heading the sentence is the participle's subject too.
    ['Rush Limbaugh spoke. According to radio host Rush Limbaugh, the move reeks of desperation.', ['Rush Limbaugh: the move reeks of desperation (R)']],
    ['In a statement, Peabody Energy said: "Patriot was highly successful," adding that its value quadrupled in a year.', ['Peabody Energy: Patriot was highly successful, (D)', 'Peabody Energy: its value quadrupled in a year (R)']],
    ['Donald Trump complained about his microphone after the debate, even suggesting he may have been sabotaged.', ['Donald Trump: he may have been sabotaged (R)']],
    ['The Republican National Committee is filing a complaint on Monday, claiming that Cheryl Mills had a conflict of interest.', ['Republican National Committee: Cheryl Mills had a conflict of interest (R)']],
    ['Claiming the criticism of Matt Lauer is designed to pressure moderators, Donald Trump told Fox that they hit Matt.', ['Donald Trump: the criticism of Matt Lauer is designed to pressure moderators (R)', 'Donald Trump: they hit Matt (R)']],
    // A new subject after ", and" ends the report and opens one of its own (an unnamed source); a quote's closing
    // comma opens no appositive.
    ['Barack Obama emphasized that the reforms were not complete, and human rights groups warned that leverage was lost.', ['Barack Obama: the reforms were not complete (R)', 'null: leverage was lost (R)']],
    // No report: a time or an adjunct after the cue, an object ("said his piece"), a relative clause around the cue;
    // "that" before a verb is the clause's subject.
    ['"It is rigged," Donald Trump said this month on CNBC.', ['Donald Trump: It is rigged, (D)']],
    ['François Hollande said Friday as he entered the talks that Europe must defend itself.', ['François Hollande: Europe must defend itself (R)']],
    ['Donald Trump spoke. Once he has said his piece, he is ready to move on.', []],
    // A bare plural source is an unnamed attribution; the relative "they say could …" is no second one.
    ['Experts say the plan is vague, including a provision they say could exclude single mothers.', ['null: the plan is vague, including a provision they say could exclude single mothers (R)']],
    ['Ivana Trump spoke. However, Ivana Trump said that was not her view.', ['Ivana Trump: that was not her view (R)']],
    ['Keith Scott had a book, which he said was at his side.', ['Keith Scott: a book, which he said was at his side (R)']],
    // An object or an intention ends at a second verb or an adjunct of time; "as …" belongs to it.
    ['Ban Ki-moon has championed lesbian and gay rights and extended benefits to gay couples.', ['Ban Ki-moon: lesbian and gay rights (R)']],
    ['Hillary Clinton has delivered a mostly positive message in the days since the debate.', ['Hillary Clinton: a mostly positive message (R)']],
    ['Chris Christie described Hillary Clinton as a disgrace to the party.', ['Chris Christie: Hillary Clinton as a disgrace to the party (R)']],
    // A second verb of stance or intention after an object; a participle of communication after a quote's attribution.
    ['Donald Trump has sharply criticized long-standing free-trade deals and called for steep new tariffs on goods from China.', ['Donald Trump: long-standing free-trade deals (R)', 'Donald Trump: steep new tariffs on goods from China (R)']],
    ['Donald Trump demands transparency from our president, yet promises to release his tax records.', ['Donald Trump: transparency from our president (R)', 'Donald Trump: to release his tax records (R)']],
    ['“You knew damn well that I was a snake,” Donald Trump told the crowd, reciting the reptile’s taunt of the dying woman.', ['Donald Trump: You knew damn well that I was a snake, (D)', 'Donald Trump: the reptile’s taunt of the dying woman (R)']],
    // The subject may carry an appositive or a time before its verb; a passive participle is no stance.
    ['Rep. Adam Schiff, the top Democrat on the committee, called on President Obama to retaliate against Russia.', ['Adam Schiff: President Obama to retaliate against Russia (R)']],
    ['David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump.', ['David Axelrod: Howard Dean to apologize to Donald Trump (R)']],
    ['Yemen, a member of the council since 2014, rejected by the Human Rights Council in 2015, objected.', []],
    // Whom the speaker told may follow an inverted cue.
    ['Donald Trump could embrace clean energy as president, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.', ['Lindsey Graham: Donald Trump could embrace clean energy as president (R)']],
    // Adverbs between the subject and its verb: "once again".
    ['Donald Trump is once again questioning the integrity of the voting system.', ['Donald Trump: the integrity of the voting system (R)']],
    // A verb passing its subject on: "appeared to suggest that", "has yet to explain".
    ['Donald Trump drew criticism after he appeared to suggest that veterans might not be as strong.', ['Donald Trump: veterans might not be as strong (R)']],
    ['Donald Trump has yet to explain why these loopholes should be retained.', ['Donald Trump: why these loopholes should be retained (R)']],
    // No report: a passive after an adverb, a bare verb before "that" that is no verb of speech or thought, an adjunct
    // after a speech verb. An attitude participle is no passive.
    ['Mike Pence was also dubbed the debate winner on social media.', []],
    ['Ronald Reagan went on to win that year in a landslide.', []],
    ['Rakeyia Scott yells while moving along the street.', []],
    ['Barack Obama is also determined to warn his supporters about the dangers of staying home.', ['Barack Obama: warn his supporters about the dangers of staying home (R)']],
    // Irregular past forms before "that".
    ['The Charlotte Observer found that many residents lived in distressed neighborhoods.', ['Charlotte Observer: many residents lived in distressed neighborhoods (R)']],
    // "all"/"both" after the subjects.
    ['Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that those claims could be grounds for a case.', ['Robert Menendez: those claims could be grounds for a case (R)']],
    // A coordinated verb of stance after a report.
    ['Lindsey Graham urged Republicans to join the believers, and criticized the party’s lack of environmental awareness.', ['Lindsey Graham: Republicans to join the believers (R)', 'Lindsey Graham: the party’s lack of environmental awareness (R)']],
    // A stance's object may be one or two words when they name something; a day or a bare verb names nothing.
    ['Donald Trump attacked Machado. Hillary Clinton cited the figure.', ['Donald Trump: Machado (R)', 'Hillary Clinton: the figure (R)']],
    ['Bill McKinley suggested looking. Hillary Clinton delivered Monday.', []],
    // An intention participle after a comma is the subject's, also after an opening phrase with "however".
    ['On Thursday, however, Donald Trump spoke to industry leaders, promising to lift environmental regulations.', ['Donald Trump: to lift environmental regulations (R)']],
    // More verbs of stance: "referencing", "downplayed", "weighed in on".
    ['Elizabeth Warren spoke. “You squeezed employees,” she said, referencing the bank’s drive to cross-sell.', ['Elizabeth Warren: You squeezed employees, (D)', 'Elizabeth Warren: the bank’s drive to cross-sell (R)']],
    ['Mehmet Oz downplayed the risk of concussions for kids.', ['Mehmet Oz: the risk of concussions for kids (R)']],
    ['Harry Reid has gone after Donald Trump as a human leech.', ['Harry Reid: Donald Trump as a human leech (R)']],
    ['Donald Trump is raising questions about his microphone problems.', ['Donald Trump: his microphone problems (R)']],
    ['Hillary Clinton laid out her proposals to increase national service. Donald Trump has often cited veterans as a priority.', ['Hillary Clinton: her proposals to increase national service (R)', 'Donald Trump: veterans as a priority (R)']],
    ['Barack Obama spoke emotionally of his many flights on Marine One. Barack Obama has articulated these themes before, most notably in Selma.', ['Barack Obama: his many flights on Marine One (R)', 'Barack Obama: these themes (R)']],
    ['Donald Trump further described the incident as a terrible situation. Donald Trump took offense at suggestions that he is not self-made, despite the facts.', ['Donald Trump: the incident as a terrible situation (R)', 'Donald Trump: suggestions that he is not self-made (R)']],
    // Wanting or seeking something is a stance; a conjunction after the verb is no object.
    ['Nancy Pelosi wants policies that create more revenue. It is what Nancy Pelosi wants and voters know it.', ['Nancy Pelosi: policies that create more revenue (R)']],
    // A short subject before an attribution inside the sentence.
    ['George Bush spoke. The museum, Mr. Bush said, celebrated several of his heroes.', ['George Bush: The museum, Mr. Bush said, celebrated several of his heroes (R)']],
    // Verbs doubling their last consonant ("slamming", "referring to"); "told reporters" is a form of "tell reporters".
    ['Republicans are slamming Tim Kaine for his past work.', ['Republican Party: Tim Kaine for his past work (R)']],
    ['Angela Merkel told reporters after the meeting that was held on a boat.', []],
    // An ad, a video, a book speaks for its owner.
    ['A memorable Hillary Clinton ad in 2008 questioned whether Barack Obama was prepared to face emergencies.', ['null: whether Barack Obama was prepared to face emergencies (R)']],
    ['A web video by the Republican National Committee references four cases in which Kaine defended people.', ['Republican National Committee: four cases in which Kaine defended people (R)']],
    // A report ends where the main clause after an opening subordinate clause begins, and where the speaker's own
    // quotation closes.
    ['Although Donald Trump has admitted using the tax code, he does not defend it.', ['Donald Trump: using the tax code (R)']],
    ['As Donald Trump heralded plans to go after carried interest, he was praised.', ['Donald Trump: plans to go after carried interest (R)']],
    // No stance: a participle describing a name, "at" saying where; no report: an adjunct after the cue.
    ['The woman stands for the millions of Americans supporting Donald Trump.', []],
    ['The plan was in a speech Hillary Clinton delivered at New York University in July.', []],
    ['That was what Liz Wahl said when she resigned from the network.', []],
    ['Liz Wahl said when she resigned, she felt betrayed.', ['Liz Wahl: when she resigned, she felt betrayed (R)']],
    // Where it was said, after an inverted cue: "in his interview", "in an email to …".
    ['Monsoon patterns could affect a billion people, Barack Obama said in his interview.', ['Barack Obama: Monsoon patterns could affect a billion people (R)']],
    ['Oz is smart as hell, Steve Mosko wrote in an email to the NFL Network’s Rich Eisen.', ['Steve Mosko: Oz is smart as hell (R)']],
    // A finding after its content.
    ['Donations to super PACs hit $1.1 billion by August, a USA TODAY analysis of campaign-finance reports shows.', ['null: Donations to super PACs hit $1.1 billion by August (R)']],
    // A passive naming its source: what was put forward is the subject; a signature is no stance.
    ['The registration issue was first reported by The Washington Post.', ['Washington Post: The registration issue (R)']],
    ['The plan was widely criticized by Senator John McCain.', ['John McCain: The plan (R)']],
    ['The bill was signed by President Obama.', []],
    // agreeing to do something is an act, no statement (non-statement.agreement, stop 49)
    ['Chuck Hagel agreed to remain in office until his successor is confirmed by the Senate.', []],
    ['His account was outlined by New York prosecutors. Mr. Nouri was quoted by Iran’s state news agency.', []],
    // "encouraged X to …" is a request; a coordinated report may carry "has".
    ['Hillary Clinton, like Obama, has encouraged European nations to bolster defense spending but has said she will hold firm.', ['Hillary Clinton: European nations to bolster defense spending (R)', 'Hillary Clinton: she will hold firm (R)']],
    // A headline whose verb is one of stance: "X Calls Y ‘…’".
    ['Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments\n\nNew Jersey Gov. Chris Christie described Hillary Clinton as a disgrace after she spoke.', ['Chris Christie: Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments (R)', 'Chris Christie: Hillary Clinton as a disgrace after she spoke (R)']],
    // Calling something a quoted name: abbreviations before the name, a time inside the object.
    ['Minyon Moore, a senior adviser, called Mr. Obama’s remarks on Saturday “a true wake-up call” to his coalition.', ['Minyon Moore: Mr. Obama’s remarks on Saturday “a true wake-up call” (R)']],
    // Speaking opening a sentence reports a topic only.
    ['Speaking to reporters on Tuesday, Mike Pompeo said he would meet the leaders.', ['Mike Pompeo: he would meet the leaders (R)']],
    // An object ends at an appositive, a dash or a clause opened by "as".
    ['Donald Trump promised to protect breaks important to real estate, the bedrock of his business.', ['Donald Trump: to protect breaks important to real estate (R)']],
    ['The Security Council condemned the missile launch as Pyongyang fired three missiles into the sea.', ['United Nations Security Council: the missile launch (R)']],
    // "including" goes on with what was said.
    ['Barack Obama says that his successor should promote past victories, including those of Republicans like Nixon.', ['Barack Obama: his successor should promote past victories, including those of Republicans like Nixon (R)']],
    // A subject after an opening phrase whose last word is short ("…, the Obama administration has promised …"); a
    // subordinate clause after "And" ends before the main clause, "he’s" opening it.
    ['However, over the past few days, the Obama administration has promised a veto.', ['Obama administration: a veto (R)']],
    ['And while Donald Trump has railed against the provisions that pock the tax code, he’s promised to protect breaks for real estate.', ['Donald Trump: the provisions that pock the tax code (R)', 'Donald Trump: to protect breaks for real estate (R)']],
    // Headline verbs after a leading phrase: "Railing Against Trump, Sanders Vows To …".
    ['Railing Against Trump, Sanders Vows To Eliminate Tax Breaks For Developers\n\nSen. Bernie Sanders spoke on Tuesday.', ['Bernie Sanders: To Eliminate Tax Breaks For Developers (R)']],
    // A gerund after "suggested", "recommended", "denied": what was put forward.
    ['Bill McKinley suggested looking at the things on your credit card statement.', ['Bill McKinley: looking at the things on your credit card statement (R)']],
    // Relative clauses: a verb with its particle ("who’s called for", "who has campaigned heavily for"), an irregular
    // verb of thought ("who understood that").
    ['It is a major issue, with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting the plan.', ['Hillary Clinton: big tax hikes on the rich (R)']],
    ['Barack Obama spoke. Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to act.', ['Barack Obama: a legislative push would be fruitless (R)', 'Barack Obama: his advisers to act (R)']],
    // A position held towards something: "has been critical of", "is a staunch opponent of".
    ['Lindsey Graham has been critical of Donald Trump since the primary. Tim Kaine is a staunch opponent of the death penalty.', ['Lindsey Graham: Donald Trump (R)', 'Tim Kaine: the death penalty (R)']],
    // A name given in doubled apostrophes; the naming ends with the name.
    ["Its hosts (or, as The Daily Beast called them in an article last week, ''Manchurian anchors'') were loud.", ["Daily Beast: them in an article last week, ''Manchurian anchors'' (R)"]],
    // A participle after a document the subject issued.
    ['The Security Council issued a statement calling the nuclear test “a clear violation” of its resolutions.', ['United Nations Security Council: the nuclear test “a clear violation” (R)']],
    // A position named by a noun the speaker holds: "Clinton’s comments Tuesday on …", "Trump’s latest effort to …".
    ['Hillary Clinton spoke. Clinton’s comments Tuesday on the shooting death of Terence Crutcher were strong.', ['Hillary Clinton: the shooting death of Terence Crutcher (R)']],
    // Boundaries: a participle after a closing quote, ", and when …", a horizontal bar, a quote opening after an
    // object, "and said" after an object; a naming verb coordinated with a report.
    ['Donald Trump openly admires Vladimir Putin as a “strong leader,” comparing him favorably to Barack Obama.', ['Donald Trump: Vladimir Putin as a “strong leader,” (R)', 'Donald Trump: him favorably to Barack Obama (R)']],
    ['Ivanka Trump said fathers would not be eligible for the leave, and when pressed on why, she paused.', ['Ivanka Trump: fathers would not be eligible for the leave (R)']],
    ['Harry Reid has been steadily pounding Donald Trump as a con artist ― just as he did with Romney.', ['Harry Reid: Donald Trump as a con artist (R)']],
    ['Republicans want policies that create less revenue in the immediate term (they want lower tax rates).', ['Republican Party: policies that create less revenue in the immediate term (R)']],
    // Portraying something as something; a feeling or a manner about something, held with a copula; responding with.
    ['Barack Obama effectively painted Mitt Romney as an out-of-touch rich guy.', ['Barack Obama: Mitt Romney as an out-of-touch rich guy (R)']],
    ['Ava DuVernay is more passionate about the reality of black life. Americans worried about immigration might stop.', ['Ava DuVernay: the reality of black life (R)']],
    ['Donald Trump has responded with attacks on Machado.', ['Donald Trump: attacks on Machado (R)']],
    // An attitude before a clause without "that".
    ['Melanie Austin spoke. In 2016 she was sure Trump would triumph over his rivals.', ['Melanie Austin: Trump would triumph over his rivals (R)']],
    // A speech participle after "by" or "while" is the subject's.
    ['Howard Dean appeared on MSNBC and began by saying he would never diagnose someone through television.', ['Howard Dean: he would never diagnose someone through television (R)']],
    // What a document the subject put out says.
    ['Gary Johnson is an avid athlete. He released a letter from his doctor on Friday that says he has extraordinarily good health.', ['Gary Johnson: he has extraordinarily good health (R)']],
    // "As NAME put it / observed, CLAUSE".
    ['Chad Bown is an economist. Yet, as Mr. Bown observed, in the early days the tariffs would come first.', ['Chad Bown: in the early days the tariffs would come first (R)']],
    ['The decision is risky for Ted Cruz, who pointedly vowed to endorse Donald Trump.', ['Ted Cruz: to endorse Donald Trump (R)']],
    // A report going on with its own subject after ", but".
    ['Hillary Clinton spoke. Clinton says she hopes to be elected president, but she knows that LeBron will always be the king.', ['Hillary Clinton: she hopes to be elected president, but she knows that LeBron will always be the king (R)', 'Hillary Clinton: LeBron will always be the king (R)']],
    // A report after "and" with an adverb ends the one before; its quote is the sentence subject's.
    ['Rakeyia Scott spoke. She then urges her husband to come out of the car and repeatedly says, "Do not do it," until shots ring out.', ['Rakeyia Scott: her husband to come out of the car (R)', 'Rakeyia Scott: Do not do it, (D)']],
    // A body's intention; a second stance after ", and has"; seeing something as something.
    ['The Clinton campaign plans to employ Barack Obama as much as possible.', []],
    ['Donald Trump has attacked loopholes that benefit others, and has called for eliminating the carried interest break.', ['Donald Trump: loopholes that benefit others (R)', 'Donald Trump: eliminating the carried interest break (R)']],
    ['Patrick J. Leahy, Democrat of Vermont, sees reauthorization of the program as an opportunity to fix problems.', ['Patrick J. Leahy: reauthorization of the program as an opportunity to fix problems (R)']],
    // No report: a time adjunct after the cue, waving to someone.
    ['Melanie Austin spoke. “It never crossed my mind,” she said several months after her release, and a big reason was Trump. Donald Trump was waving to the crowd.', ['Melanie Austin: It never crossed my mind, (D)']],
    ['Peter Kadzik spoke. His answers did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room.', []],
    // "according to X" after a dash and a relative clause; "claims to be to …" and a bare "expected to" are no reports.
    ['Bobby Scott spoke. A question elicits a treatise about why the other side must be wrong - which it often is, according to Scott.', ['Bobby Scott: which it often is (R)']],
    ['Few are as wealthy as Donald Trump claims to be to pay no tax. Barack Obama and his wife Michelle expected to visit Ohio.', []],
    // The speaker of an attribution inside the sentence is a name, not any capitalised run of words.
    ['Hillary Clinton spoke. When the poll asked about the candidates, Clinton was supported by 42 percent of those responding, while Trump received 38 percent.', []],
    ['Aung San Suu Kyi holds a role in which she advises President Htin Kyaw.', []],
    // An object named "as" something quoted ends with the quote; an intention ends where the sentence's own verb
    // follows it ("… may be that …"), but not inside an embedded question.
    ['Chris Christie blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show.', ['Chris Christie: Clinton as a “disgrace” (R)']],
    ['One of the reasons that Donald Trump wants to make public his tax returns may be that they show ties to Russia.', ['Donald Trump: to make public his tax returns (R)']],
    ['Donald Trump has yet to explain why these loopholes should be retained.', ['Donald Trump: why these loopholes should be retained (R)']],
    // A news outlet reports.
    ['The New York Post reports that the team avoided the emergency room.', ['New York Post: the team avoided the emergency room (R)']],
    // A participle of speaking reports a topic, not a place; "and" before a plural noun goes on with the object. (Thanks
    // are no position put forward: see clause.stance's examples.)
    ['Boris Johnson praised his rival, speaking at the Queen Elizabeth II centre in London.', ['Boris Johnson: his rival (R)']],
    ['Donald Trump visited Ohio, talking about the economy and jobs for workers.', ['Donald Trump: the economy and jobs for workers (R)']],
    // "saying that" needs no comma before it.
    ['Donald Trump unleashed a series of tweets early Friday saying that Hillary Clinton had shown bad judgment.', ['Donald Trump: Hillary Clinton had shown bad judgment (R)']],
    // A pronoun does not point into someone's words.
    ['Ed Schultz spoke. “Would Donald Trump lie?” he asked. He said the story was false.', ['Ed Schultz: Would Donald Trump lie? (D)', 'Ed Schultz: the story was false (R)']],
  ])('%s', (body, expected) => {
    expect(said(body)).toEqual(expected);
  });
});

test('a report inside a quotation ends where the quotation closes', () => {
  const r = extract('Robby Mook spoke. “She spends time on the things she wants to accomplish,” Mook said.');
  expect(r.quotes.filter((q) => q.text.includes('Mook said'))).toEqual([]);
});

test('a quote records the words naming its speaker: a name, a role or a pronoun', () => {
  const body = 'Mayor Bill de Blasio spoke. The mayor said the blast was intentional. “It was a bomb,” he said.';
  const r = extract(body);
  expect(r.quotes.map((q) => [q.speakerId, q.speakerSpan && body.slice(q.speakerSpan.start, q.speakerSpan.end)])).toEqual([
    ['person:bill-de-blasio', 'The mayor'],
    ['person:bill-de-blasio', 'he'],
  ]);
});

describe('interview transcripts', () => {
  test.each<[string, string[]]>([
    // Labelled turns by surname or full name; a paragraph opening with a mark goes on with the turn; stage directions
    // and labels naming no one give nothing.
    [
      'Mike Pence spoke to Chris Wallace.\n\n"WALLACE: Will she be there?\n\n"PENCE: Well, look, she will not.\n\n"But the truth is that we care.\n\n"(CROSSTALK.)\n\n"PENCE: And that is why.',
      ['Chris Wallace: Will she be there? (D)', 'Mike Pence: Well, look, she will not.\n\n"But the truth is that we care. (D)', 'Mike Pence: And that is why. (D)'],
    ],
    [
      'Amy Goodman spoke with Yazan al-Saadi.\n\nAMY GOODMAN: We go to Lebanon.\n\nSPECIAL COVERAGE: Syria\n\nYAZAN AL-SAADI: Well, my first response is no.\n\nAMY GOODMAN: (Speaking Spanish).',
      ['Amy Goodman: We go to Lebanon. (D)', 'Yazan al-Saadi: Well, my first response is no. (D)'],
    ],
    // Words in marks after a label are the one quote; a single label is no transcript.
    ['Donald Trump tweeted.\n\nTRUMP: “China has been paying tariffs.”\n\nTRUMP: “Puerto Rico got more money.”', ['Donald Trump: China has been paying tariffs. (D)', 'Donald Trump: Puerto Rico got more money. (D)']],
    ['Donald Trump spoke.\n\nUPDATE: Trump left the stage.', []],
  ])('%s', (body, expected) => {
    expect(said(body)).toEqual(expected);
  });
});

describe('statements need a speaker who speaks: framing, depictions, acts, clause boundaries', () => {
  test.each<[string, string[]]>([
    // A quotation its own sentence introduces with a cue or a colon continues no earlier speaker's quote; an unnamed
    // person after the cue is the speaker even when a modifier runs on after the noun.
    ['“We will win,” said Anna Berg. Crowds outside the hall were chanting: “No more war.”', ['Anna Berg | - | -: We will win, (D)']],
    // …but the cue between the parts of a split quote attributes both parts.
    ['Donald Trump spoke on Thursday. “He asked me to do it,” Mr. Trump said. “But anything we do with ZTE,” the U.S. president added, “is just a small component of the overall deal.”', ['Donald Trump | - | -: He asked me to do it, (D)', 'Donald Trump | - | -: But anything we do with ZTE, (D)', 'Donald Trump | - | -: is just a small component of the overall deal. (D)']],
    ['“The deal is off,” said Jonas Weber. “We still have other demands,” said a woman speaking for the strikers who gave only her surname.', ['Jonas Weber | - | -: The deal is off, (D)', 'null | a woman | -: We still have other demands, (D)']],
    // A participle after the closing mark is no attribution of it: the frame before the quote names the speaker.
    ['As commentator Tom Baker wrote, “The plan is dead,” referencing the bill Senator Maria Lopez had drafted and recalling her slogan.', ['Tom Baker | - | -: The plan is dead, (D)', 'Tom Baker | - | -: the bill Senator Maria Lopez had drafted and recalling her slogan (R)']],
    // What someone might say is the writer's.
    ['Or, as Tom Baker might say, “The future is already here.”', []],
    ['As Tom Baker said, “The future is already here.”', ['Tom Baker | - | -: The future is already here. (D)']],
    // Pictures depict: a video showing people is no statement; a video showing that something is so puts a case.
    ['A new video showed the hostage kneeling beside a road.', []],
    ['The video shows that the rebels were armed.', ['null | The video | -: the rebels were armed (R)']],
    // Adding a thing, not commenting yet, and an object moved into a relative clause say nothing.
    ['The committee added a provision that would ban the imports.', []],
    ['Tom Baker added that the provision would ban the imports.', ['Tom Baker | - | -: the provision would ban the imports (R)']],
    ['The White House has yet to weigh in on the new proposal.', []],
    ['The plan is part of a fund Barack Obama requested last year from Congress.', []],
    // A report inside an opening subordinate clause ends where the main clause begins; its subject follows the conjunction.
    ['Three weeks after Angela Merkel announced the new budget plan, the coalition collapsed.', ['Angela Merkel | - | -: the new budget plan (R)']],
    ['When the ministers said the talks had failed, the markets apparently fell.', ['null | the ministers | -: the talks had failed (R)']],
    // After a determiner (or "by"/"via") a cue word is a noun: "sent a report it labelled …" reports nothing.
    ['The agency sent a report it labelled “fake marriages” to Prime Minister Imran Khan in October.', []],
    // "Even though X said Y, MAIN": the subordinate report ends at the main clause (here too short to be one).
    ['Even though her deployment orders said Qatar, she spent weeks shuttling between bases in Iraq and Afghanistan.', []],
    // An ally of someone is a tie between them (relations), not a position put forward; a critic of something is.
    ['China has been a steadfast ally of Pakistan for decades.', []],
    // An unnamed official of a body speaks, not the body.
    ['Frank Wolf spoke. “This is about public safety and overcrowding in prisons,” said one Justice Department official.', ['null | one Justice Department official | -: This is about public safety and overcrowding in prisons, (D)']],
    // A body in the adjunct opening the sentence is no subject, after "And" too.
    ['Nikki Haley spoke. And in a speech before the General Assembly on Thursday, Haley escalated things further, threatening to cut off US funding to the UN over the vote.', ['Nikki Haley | - | -: to cut off US funding to the UN over the vote (R)']],
    // A relative clause set off inside the reported clause's subject belongs to it; one after the clause is the reporter's.
    ['Tom Baker said a two-state solution, which calls for an independent Palestinian state, is the only way to guarantee security.', ['Tom Baker | - | -: a two-state solution, which calls for an independent Palestinian state, is the only way to guarantee security (R)']],
    ['Tom Baker said the settlements were an obstacle, which angered Benjamin Netanyahu.', ['Tom Baker | - | -: the settlements were an obstacle (R)']],
    // An absolute phrase's preposition is no part of its unnamed source.
    ['The coup attempt began late Friday, with a statement from the military saying it had seized control of the country.', ['null | a statement from the military | -: it had seized control of the country (R)']],
    // A document in a participial modifier's head speaks, not the person named inside the modifier.
    ['The swap became controversial after a report published by the office of James Clapper said a prisoner had contacted the Taliban.', ['null | a report | -: a prisoner had contacted the Taliban (R)']],
    // So does one person or body a singular noun names: the name is the agent inside the modifier, never the subject.
    ['A judge appointed by President Barack Obama said that the order was unlawful.', ['null | A judge | -: the order was unlawful (R)']],
    ['The think tank, led by John Bolton, a former ambassador, said the population had reached 6.5 million.', ['null | The think tank | -: the population had reached 6.5 million (R)']],
    // …a body named with a space before the cue too ("Sources quoted by The Post said"), but a document's issuer speaks.
    ['Sources quoted by The Washington Post said Donald Trump seemed to be boasting.', ['null | Sources | -: Donald Trump seemed to be boasting (R)']],
    ['A statement released by the White House said Donald Trump appreciates the release.', ['White House | - | -: Donald Trump appreciates the release (R)']],
    // A role the article gives someone heads the modifier: its holder speaks.
    ['President Donald Trump met Kim Jong Un. The president, flanked by Mike Pence, said the deal was dead.', ['Donald Trump | - | -: the deal was dead (R)']],
    // A role noun after the cue with a finite verb of its own opens the reported clause; it is no inverted source.
    ['John Bolton said the new adviser would do a lot better.', ['John Bolton | - | -: the new adviser would do a lot better (R)']],
    // A parenthetical cue before an infinitive: the infinitive goes on with the predicate, a "that" after it is no report.
    ['Donald Trump spoke. However, the president is also willing, he said, to impose the tariffs during the ongoing negotiations to make it clear that he is serious.', ['Donald Trump | - | -: However, the president is also willing, he said, to impose the tariffs during the ongoing negotiations to make it clear that he is serious (R)']],
    // The name heading the subject, modified after it, still speaks.
    ['President Donald Trump, backed by Mike Pence, said the deal was dead.', ['Donald Trump | - | -: the deal was dead (R)']],
  ])('%s', (body, expected) => expect(attributed(body)).toEqual(expected));
});

describe('speakers: pronouns, namesakes and units', () => {
  test.each<[string, string[]]>([
    // A pronoun in a clause hanging on a person's words or speech is that person, not the last sentence subject.
    ['Tom Baker opened the debate. The crowd cheered John Kerry’s speech at the dinner, in which he said the treaty was dead.', ['John Kerry | - | -: the treaty was dead (R)']],
    ['Bowe Bergdahl was charged. He faces life in prison, Col. Daniel King said as he announced the charges.', ['Daniel King | - | -: the charges (R)']],
    // "given" before a name governs it as a preposition does: a possessor there ("given Trump's call for …") is inside
    // another's report, no speaker the next "he" takes up; a possessor heading its sentence still is.
    ['Donald Trump met Vladimir Putin on Monday. Kremlin spokesman Dmitry Peskov said Trump and Putin "are quite good at talking," but that Russia needs to stay vigilant given Trump\'s call for a military buildup by NATO. He said Putin would deny any attempt to disrupt U.S. elections.', ['Dmitry Peskov | - | -: Trump and Putin "are quite good at talking," (R)', 'Donald Trump | - | -: a military buildup by NATO (R)', 'Dmitry Peskov | - | -: Putin would deny any attempt to disrupt U.S. elections (R)']],
    ['Donald Trump met Vladimir Putin on Monday. Kremlin spokesman Dmitry Peskov said Russia would stay vigilant. Trump\'s call for a military buildup by NATO worried Moscow. He said Putin would deny any attempt to disrupt U.S. elections.', ['Dmitry Peskov | - | -: Russia would stay vigilant (R)', 'Donald Trump | - | -: a military buildup by NATO worried Moscow (R)', 'Donald Trump | - | -: Putin would deny any attempt to disrupt U.S. elections (R)']],
    // A two-word name opening with a Chinese family name is written family name first: "Xi" and "Li" are no women's
    // given names there, and tell no gender.
    ['Chinese President Xi Jinping met Donald Trump on Monday. Mr. Xi made similar comments Thursday about his relationship with Mr. Trump. He said he wants to grow the relations.', ['Xi Jinping | - | -: he wants to grow the relations (R)']],
    ['Premier Li Keqiang met Angela Merkel in Berlin. Mrs. Merkel was pleased. He said the trade deal was close.', ['Li Keqiang | - | -: the trade deal was close (R)']],
    // A pronoun opening an adverbial clause ("when he said", "because he said") in the predicate of a clause whose subject
    // is the one person the sentence names before it is that subject, not a person the article named before.
    ['John Kerry spoke on Monday. According to an official who spoke on the condition of anonymity, Barack Obama decided to release the opinion because he said the debate was healthy.', ['Barack Obama | - | -: the debate was healthy (R)']],
    ['John Kerry spoke on Monday. In a unanimous decision, the court ruled that Boris Johnson acted illegally when he said Parliament must close.', ['Boris Johnson | - | -: Parliament must close (R)']],
    // not: a second person named before the pronoun (an object: "have Mueller removed because he …"), or a preposition's
    // object before the verb, leave it to the subjects before
    ['John Kerry spoke on Monday. According to an official who spoke on the condition of anonymity, Donald Trump tried to have Robert Mueller removed because he said the probe was a hoax.', ['null | an official | -: the probe was a hoax (R)']],
    ['John Kerry spoke on Monday. According to an official who spoke on the condition of anonymity, the deal with Robert Mueller collapsed when he said the probe was over.', ['null | an official | -: the probe was over (R)']],
    // A Korean family name alone is the bearer the article names most, not a relative named beside him.
    ['Kim Jong Un spoke on Saturday. “The talks broke off,” Kim told reporters.', ['Kim Jong Un | - | -: The talks broke off, (D)']],
    // …unless the article names another bearer more often so far: its subject, not the sister beside him.
    ['Kim Jong Un spoke on Saturday. Kim Jong Un was tired. His sister, Kim Yo Jong, stood by. “The talks broke off,” Kim told reporters.', ['Kim Jong Un | - | -: The talks broke off, (D)']],
    // A unit named in the person's modifier ("with the 2nd Brigade, 3rd Infantry Division") is no speaker, nor a person.
    ['Staff Sgt. Maria Lopez with the 2nd Brigade, 3rd Infantry Division, at Fort Hood, Texas, said the order would take years to carry out.', ['Maria Lopez | - | -: the order would take years to carry out (R)']],
    ['Maria Lopez with the 2nd Brigade Combat Team, 1st Armored Division, said the order would take years to carry out.', ['Maria Lopez | - | -: the order would take years to carry out (R)']],
    // Every subject before the pronoun has the other gender: the one person of its gender named since the sentence
    // before, an object there, is its antecedent; two such people, or a gender nobody tells, leave it unresolved.
    ['Debbie Wasserman Schultz said she spoke with Barack Obama on Saturday. He assured her she would be part of the group.', ['Debbie Wasserman Schultz | - | -: she spoke with Barack Obama on Saturday (R)', 'Barack Obama | - | -: she would be part of the group (R)']],
    ['Ms. Pelosi met Joe Biden on Monday. He said the bill was dead.', ['Joe Biden | - | -: the bill was dead (R)']],
    ['Ms. Pelosi met Joe Biden and Chuck Schumer on Monday. He said the bill was dead.', ['null | - | -: the bill was dead (R)']],
    ['Ms. Pelosi met Okonkwo on Monday. He said the bill was dead.', ['null | - | -: the bill was dead (R)']],
    // (only a gender the article tells: a given name's usual gender alone may mislead — "Lindsey Graham")
    ['Nancy Pelosi met Joe Biden on Monday. He said the bill was dead.', ['null | - | -: the bill was dead (R)']],
  ])('%s', (body, expected) => expect(attributed(body)).toEqual(expected));
});

// Classes read in the wild draws 2626 and 3131 (issue #14): each family a few rows, with the negatives that must stay.
describe('wild families: frames, venues, modifiers and acts', () => {
  test.each<[string, string[]]>([
    // After a direct quote's inverted frame ("“…,” X declared"), the words after the verb are an adjunct, not a report …
    ['“Those aren’t remotely inconsistent,” Mike Pompeo declared when asked about the discrepancy between the documents the U.S. signed and the declaration it made.', ['Mike Pompeo: Those aren’t remotely inconsistent, (D)']],
    ['“This is a historic day,” Barack Obama declared the day after it won Senate approval.', ['Barack Obama: This is a historic day, (D)']],
    // … but a participle with its clause, or a subject pronoun opening one, is a further report; a quoted word inside an
    // opening phrase frames nothing.
    ['“This is a historic day,” Barack Obama declared, adding that the vote was close.', ['Barack Obama: This is a historic day, (D)', 'Barack Obama: the vote was close (R)']],
    ['“This is a historic day,” Barack Obama said he told the senators.', ['Barack Obama: This is a historic day, (D)', 'Barack Obama: he told the senators (R)']],
    ['Despite declaring the upsurge in violence “unacceptable,” Mike Pompeo did not insist it end altogether.', ['Mike Pompeo: unacceptable, (D)', 'Mike Pompeo: it end altogether (R)']],
    // "continue" before an infinitive or a gerund is aspect, no cue; "he continued" after a quote still attributes.
    ['Mike Pompeo added that the U.S. continues “to press all sides to stop posturing.”', ['Mike Pompeo: the U.S. continues “to press all sides to stop posturing.” (R)']],
    ['Yossi Kuperwasser said Benjamin Netanyahu would continue to keep up pressure until the accord is agreed but that talk of military action will not result in action.', ['Yossi Kuperwasser: Benjamin Netanyahu would continue to keep up pressure until the accord is agreed but that talk of military action will not result in action (R)']],
    ['Mike Pompeo spoke in Kabul. “We will continue,” he continued. “The talks go on.”', ['Mike Pompeo: We will continue, (D)', 'Mike Pompeo: The talks go on. (D)']],
    // A participle after the inverted frame is the frame subject's, not a name's inside the first quote; without a
    // frame it stays the sentence subject's.
    ['Marco Rubio met Donald Trump on Friday. “If President Trump has bargained away the restrictions, we will put them back,” Rubio tweeted, adding: “And it will pass with a veto proof majority.”', ['Marco Rubio: If President Trump has bargained away the restrictions, we will put them back, (D)', 'Marco Rubio: And it will pass with a veto proof majority. (D)']],
    ['Donald Trump attacked Marco Rubio on Friday, saying: “He will lose.”', ['Donald Trump: Marco Rubio on Friday (R)', 'Donald Trump: He will lose. (D)']],
    // A name modifying a person noun ("Boehner spokesman Brendan Buck") is no subject for the next "he"; the name the
    // noun introduces is. An object after the verb still is not.
    ['John Boehner met the president. Boehner spokesman Brendan Buck gave a cautious assessment of the address. “We hope this is not too late,” he said.', ['Brendan Buck: We hope this is not too late, (D)']],
    ['John Boehner met the president. Boehner gave a cautious assessment of the address with spokesman Brendan Buck. “We hope this is not too late,” he said.', ['John Boehner: We hope this is not too late, (D)']],
    // After an inverted cue, a preposition ends the speaker's name: the venue never speaks.
    ['Larry Kudlow spoke on Thursday. “Mr. Trump became much more optimistic,” said Mr. Kudlow on Fox Business Network', ['Larry Kudlow: Mr. Trump became much more optimistic, (D)']],
    ['“We know the road ahead will be difficult,” said Secretary of State Mike Pompeo in Washington on Thursday.', ['Mike Pompeo: We know the road ahead will be difficult, (D)']],
    // A chain of modifiers ("X of the Institute … at Monterey"): the person heading it speaks; "says that was" reads
    // "that" as the subject of the report, not as a complementizer.
    ['But Jeffrey Lewis of the Middlebury Institute of International Studies at Monterey says that was not a main concern for American negotiators.', ['Jeffrey Lewis: that was not a main concern for American negotiators (R)']],
    ['Barack Obama said that was the end of the matter.', ['Barack Obama: that was the end of the matter (R)']],
    // What an event shows ("…, underscoring the need …") after a reported clause is the writer's comment; after an act
    // of speaking it is the speaker's stance.
    ['North Korea said it had test-fired a new ballistic missile, underscoring the need for Washington to move quickly.', ['North Korea: it had test-fired a new ballistic missile (R)']],
    ['Barack Obama spoke in Cairo on Thursday, underscoring the need for a fresh start with the Muslim world.', ['Barack Obama: the need for a fresh start with the Muslim world (R)']],
    // An attribution interrupting a clause before its predicate ("…, while Iran, Alterman predicts, will try …") is a
    // middle one: the words before it are no inverted report; an attribution closing a clause still is.
    ['Israel wants clear red lines on Iran, while Iran, Jon Alterman predicts, will try to be ambiguous about its program.', ['Jon Alterman: Iran, Jon Alterman predicts, will try to be ambiguous about its program (R)']],
    ['The talks have failed again, Jon Alterman predicts.', ['Jon Alterman: The talks have failed again (R)']],
    // Adding a quantity of something is an act; a clause after it is a report.
    ['Nouri al-Maliki filed a complaint. The move adds more uncertainty to a country beset by militants.', []],
    ['Donald Trump spoke on Friday. He added more details about the plan would come next week.', ['Donald Trump: more details about the plan would come next week (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('wild families: abbreviations, compound nouns and titles inside an attribution', () => {
  test.each<[string, string[]]>([
    // An abbreviation's dot inside an outlet, a listener or a source ends none of them.
    ['Stephen Kenny said in an interview with the Australian Broadcasting Corp. that the deal was dead.', ['Stephen Kenny: the deal was dead (R)']],
    ['Stephen Kenny said in an interview with U.S. broadcaster CBS that the deal was dead.', ['Stephen Kenny: the deal was dead (R)']],
    ['Stephen Kenny said in a statement to the New York Times on Monday that the deal was dead.', ['Stephen Kenny: the deal was dead (R)']],
    ['According to the U.S. Department of Treasury, Kim Yo Jong is the vice director of the department.', ['U.S. Department of Treasury: Kim Yo Jong is the vice director of the department (R)']],
    ['The talks had failed, according to Sen. Ted Cruz.', ['Ted Cruz: The talks had failed (R)']],
    // …and the outlet before "that" runs up to it, not into the reported clause.
    ['Stephen Kenny said in an interview with CNN that the deal was dead.', ['Stephen Kenny: the deal was dead (R)']],
    ['Stephen Kenny told the Times that the deal was dead.', ['Stephen Kenny: the deal was dead (R)']],
    // "think tank" is a noun: its first word is no cue.
    ['Bonnie Glaser, an expert at the CSIS think tank in Washington, said the talks had failed.', ['Bonnie Glaser: the talks had failed (R)']],
    ['“The deal is dead,” says Bonnie Glaser, an expert at the CSIS think tank in Washington, “it is really focused on everything.”', ['Bonnie Glaser: The deal is dead, (D)', 'Bonnie Glaser: it is really focused on everything. (D)']],
    ['Bonnie Glaser said she thinks the talks had failed.', ['Bonnie Glaser: she thinks the talks had failed (R)']],
    // A show's title after "on" is a name, not more of the speaker's words; a quotation after an article is a noun
    // phrase's wording (the subject of the cue after it), not what the cue reports.
    ['“Fortunately the Logan Act is a dead letter,” Alan Dershowitz said on “Fox & Friends.”', ['Alan Dershowitz: Fortunately the Logan Act is a dead letter, (D)']],
    ['Donald Trump met Lavrov. A “former senior U.S. official close to current administration officials” said Trump was reckless.', []],
    ['“We have won,” Donald Trump said. The “first step toward a real agreement” said nothing about tariffs.', ['Donald Trump: We have won, (D)']],
    // …but a frame with its own subject after the closing mark attributes the quoted words all the same.
    // (The sentence's own words run into the quotation: the whole clause is reported — reported.quoted-lead, as for Reinsch below.)
    ['Qassim al-Moussawi spoke on Monday. Breaking the siege was a “big achievement and an important victory” he said.', ['Qassim al-Moussawi: Breaking the siege was a “big achievement and an important victory” (R)']],
    // (The quoted words are the noun phrase's, no direct quote; "May" is Theresa May since stop 50, so her stance and report stand.)
    ['Theresa May spoke on Monday. May praised the “precious and profound” alliance between the United States and the United Kingdom but said friends could disagree.', ['Theresa May: the “precious and profound” alliance between the United States and the United Kingdom (R)', 'Theresa May: friends could disagree (R)']],
    ['Carla Gleason spoke. “We treat all persons with respect,” she said. She said the “proposed policy is NOT a ban on service. It is critical that the department be permitted to implement it.”', ['Carla Gleason: We treat all persons with respect, (D)', 'Carla Gleason: the “proposed policy is NOT a ban on service (R)', 'Carla Gleason: It is critical that the department be permitted to implement it. (D)']],
    ['A withdrawal would be an “enormous political mistake,” said Bill Reinsch, a senior adviser. “If he does that, you will see an immediate sharp consumer impact.”', ['Bill Reinsch: A withdrawal would be an “enormous political mistake,” (R)', 'Bill Reinsch: If he does that, you will see an immediate sharp consumer impact. (D)']],
    // The words before a gerund or an infinitive cue ending with "by" or "to" are a clause, never an unnamed speaker.
    ['Donald Trump met Putin. However, the president angered members of both parties by saying both countries share blame.', []],
    ['Barack Obama spoke on Monday. He used some of his most forceful language yet to warn about the downsides of military action.', []],
    ['Members of both parties said the talks had failed.', ['null: the talks had failed (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('according to: the channel of an attribution read in its clause, not its speaker', () => {
  test.each<[string, string[]]>([
    // The clause holds its own frame or speech verb and speaker: that speaker speaks; the outlet passed the words on.
    ['“This isn’t anything new,” the official said, according to CNN.', ['null | the official | -: This isn’t anything new, (D)']],
    ['Saudi Arabia arrested him. “Discussions led to his death,” Saudi Arabia’s attorney general said in a statement, according to The Wall Street Journal.', ['null | Saudi Arabia’s attorney general | Saudi Arabia: Discussions led to his death, (D)']],
    ['Clinton spokesman Jesse Lehrich said Friday that the senator would sign the bill, according to Yahoo News.', ['Jesse Lehrich | - | -: the senator would sign the bill (R)']],
    ['“We will not protect the Europeans,” a senior French diplomat told reporters, according to Reuters.', ['null | a senior French diplomat | -: We will not protect the Europeans, (D)']],
    // Negatives: a clause with no attribution of its own is the source's; an outlet's own report keeps its cited source.
    ['The talks had failed completely, according to Reuters.', ['Reuters | - | -: The talks had failed completely (R)']],
    // …nor a clause after the source; a clause opening with its own attribution ("X believed that …, according to
    // experts") is X's, the source only relays it.
    // (A few of a party's members speak unnamed, for their party: speaker.quantified-group.)
    ['Some Republicans also believed that Chuck Hagel was vulnerable, according to experts.', ['null | Some Republicans | Republican Party: Chuck Hagel was vulnerable (R)']],
    ['The regime controlled as many as 60 nuclear weapons, according to an assessment by intelligence officials, although some independent experts think the number is far smaller.', ['null | an assessment by intelligence officials | -: The regime controlled as many as 60 nuclear weapons, according to an assessment by intelligence officials, although some independent experts think the number is far smaller (R)', 'null | some independent experts | -: the number is far smaller (R)']],
    ['Bloomberg reports that the nominee has won among those voters, according to the Roper Center for Public Opinion Research.', ['Bloomberg | - | -: the nominee has won among those voters (R)']],
  ])('%s', (body, expected) => expect(attributed(body)).toEqual(expected));
});

describe('a coordinated report: its own subject, its own listener', () => {
  test.each<[string, string[]]>([
    // "and he assured her …" has a subject of its own: that subject's report, not a second one of the first speaker.
    ['Debbie Wasserman Schultz spoke. Ms. Wasserman Schultz said she spoke with President Barack Obama on Saturday and he assured her she would be part of the group.', ['Debbie Wasserman Schultz: she spoke with President Barack Obama on Saturday (R)', 'Barack Obama: she would be part of the group (R)']],
    // After a verb of telling the listener comes first: the clause told starts after it.
    ['John Kerry told Sergey Lavrov that the talks were over and assured him the embargo would stay.', ['John Kerry: the talks were over (R)', 'John Kerry: the embargo would stay (R)']],
    ['Nancy Pelosi said the vote was close and told them they would win.', ['Nancy Pelosi: the vote was close (R)', 'Nancy Pelosi: they would win (R)']],
    // A listener before a contracted or a present-tense clause: "told me he’d …", "told me they stand by …".
    ['Lawrence Wilkerson, the retired Army colonel, told me he’d recently spoken to an active-duty colonel.', ['Lawrence Wilkerson: he’d recently spoken to an active-duty colonel (R)']],
    ['Newsroom leaders told me they stand by the decision to cover the story.', ['null: they stand by the decision to cover the story (R)']],
    ['According to the documents, senior military officials told the panel there were no discussions of any threat.', ['null: there were no discussions of any threat (R)']],
    // Negatives: the same subject going on ("and he said", "but he reiterated") is still that speaker; a wh-word after
    // the listener opens what is told, no clause of its own.
    ['Donald Trump said the wall would be built and he said Mexico would pay for it.', ['Donald Trump: the wall would be built (R)', 'Donald Trump: Mexico would pay for it (R)']],
    ['Donald Trump spoke. Enrique Peña Nieto said he saw no need to cancel the meeting, but he reiterated that Mexico would not pay for the wall.', ['Enrique Peña Nieto: he saw no need to cancel the meeting (R)', 'Enrique Peña Nieto: Mexico would not pay for the wall (R)']],
    ['Kim Jong Un spoke on Monday. And he is telling us where we can go.', []],
    ['Barack Obama spoke. He banned the term and kept telling the enemy precisely when we’d be leaving.', []],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('a time between the cue and its "that" is no content', () => {
  test.each<[string, string[]]>([
    // The time adjunct in its usual forms: "earlier this month", "this weekend", "last Friday", "for months",
    // "late Sunday night" after an occasion, a time and a comma.
    ['Donald Trump said earlier this month that he had discussed the idea with Vladimir Putin.', ['Donald Trump: he had discussed the idea with Vladimir Putin (R)']],
    ['Donald Trump tweeted earlier this week that Russia would help the Democrats.', ['Donald Trump: Russia would help the Democrats (R)']],
    ['Saeb Erekat said this weekend that the decision is very unfortunate.', ['Saeb Erekat: the decision is very unfortunate (R)']],
    ['Javad Zarif said last Friday that the bases had been selected to demonstrate accuracy.', ['Javad Zarif: the bases had been selected to demonstrate accuracy (R)']],
    ['Michael Cohen has vehemently denied for months that he has ever been in Prague.', ['Michael Cohen: he has ever been in Prague (R)']],
    ['Chrystia Freeland said in a joint statement late Sunday night that, together with Mexico, they had reached a new agreement.', ['Chrystia Freeland: together with Mexico, they had reached a new agreement (R)']],
    ['Carrie Lam said Monday, that the Hong Kong government would respect the election results.', ['Carrie Lam: the Hong Kong government would respect the election results (R)']],
    // After a listener, "that evening" is the time and the second "that" opens what was told.
    ['Jeff Sessions informed the White House Counsel that evening that Rod Rosenstein was upset.', ['Jeff Sessions: Rod Rosenstein was upset (R)']],
    // Negatives: "that" opening the content as a pronoun stays ("said, that is the point"; "said Tuesday that was …").
    ['Lindsey Graham said, that is the point.', ['Lindsey Graham: that is the point (R)']],
    ['Vladimir Putin said Tuesday that was not true.', ['Vladimir Putin: that was not true (R)']],
    ['Jen Psaki said Monday, that is up to Nigeria.', ['Jen Psaki: that is up to Nigeria (R)']],
    ['Vladimir Putin said this week that was not true.', ['Vladimir Putin: that was not true (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('a report inside an opening subordinate clause ends where the main clause begins', () => {
  test.each<[string, string[]]>([
    // A quantifier opens the main clause's subject as an article does.
    ['When Barack Obama announced in 2008 that he was going to transform America, few Americans comprehended what that meant.', ['Barack Obama: he was going to transform America (R)']],
    ['When Angela Merkel said that the talks had failed, many investors sold their shares.', ['Angela Merkel: the talks had failed (R)']],
    ['After Mike Pompeo said the deal was dead, some diplomats in Brussels still hoped for a compromise.', ['Mike Pompeo: the deal was dead (R)']],
    // Negatives: an adverb ("most likely") or a relative ("some of whom") after the comma opens no main clause; with no
    // opening subordinator the comma and quantifier stay inside the report.
    ['While Kyiv said the shelling began before the jet was shot down, most likely by rebels, Moscow remains silent.', ['Ukraine: the shelling began before the jet was shot down, most likely by rebels (R)']],
    ['Angela Merkel said that the talks had failed, many investors sold their shares and the euro fell.', ['Angela Merkel: the talks had failed, many investors sold their shares and the euro fell (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('"…, according to X, who …": the source\'s appositive or relative clause is no part of what it vouches for', () => {
  test.each<[string, string[]]>([
    ['The crisis was avoidable, according to analyst Kevin Freeman, who wrote a report for the Pentagon.', ['Kevin Freeman: The crisis was avoidable (R)']],
    ['The crisis was avoidable, according to Kevin Freeman, an analyst at the Cato Institute.', ['Kevin Freeman: The crisis was avoidable (R)']],
    // Negatives: a source set off by commas inside its clause still vouches for all of it, a determiner after it
    // going on with that clause; a dash aside closed by a second dash opens no clause of its own.
    ['While some consideration was given to striking back at Iran, according to Kevin Freeman, the decision was made to wait.', ['Kevin Freeman: While some consideration was given to striking back at Iran, according to Kevin Freeman, the decision was made to wait (R)']],
    ['Syria has become, according to the UN, the worst refugee crisis since 1994.', ['United Nations: Syria has become, according to the UN, the worst refugee crisis since 1994 (R)']],
    ['The United States has conducted 776 airstrikes — and likely far more — in Libya, according to Gary Peppers, a spokesman for the command.', ['Gary Peppers: The United States has conducted 776 airstrikes — and likely far more — in Libya (R)']],
    ['The strike came, according to Kevin Freeman, after weeks of talks.', ['Kevin Freeman: The strike came, according to Kevin Freeman, after weeks of talks (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('the channel of an attribution and clauses on the way are no part of the report', () => {
  test.each<[string, string[]]>([
    // "…, X said, according to Y": the channel; the report is the clause before the attribution.
    ['The missile does not appear to be aimed at the mainland, Kim Dong-yub said, according to the news agency Yonhap.', ['Kim Dong-yub: The missile does not appear to be aimed at the mainland (R)']],
    // ", reports X" after the speaker's closing mark ends the report; the quoted words are the speaker's, not the outlet's.
    ['Donald Trump hailed the deal, saying it “was a great day” because of “jobs, jobs, jobs,” reports the Washington Post.', ['Donald Trump: the deal (R)', 'Donald Trump: it “was a great day” because of “jobs, jobs, jobs,” (R)']],
    // A subordinate clause on the way holds the "that" after it; a pronoun clause before it is what was told.
    ['Two law enforcement officials told NPR they did not tell Congress because the matter did not rise to that level.', ['null: they did not tell Congress because the matter did not rise to that level (R)']],
    ['Food reaches stores not because the government tells them to but because of exchanges that comprise a market economy.', []],
    // Negatives: a channel that continues the clause, and a "that" right after the cue, stay.
    ['Russia has a model, Sergei Lavrov said, for how the region can recover.', ['Sergei Lavrov: Russia has a model, Sergei Lavrov said, for how the region can recover (R)']],
    ['Mike Pompeo warned that if the talks failed, sanctions would follow.', ['Mike Pompeo: if the talks failed, sanctions would follow (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('what was not said and what was done: counterfactual cues and declared things', () => {
  test.each<[string, string[]]>([
    // A modal perfect or an inverted condition before the cue: nobody said it.
    ['In essence, Vladimir Putin would have claimed that Russia had fueled the dossier.', []],
    ['Robert Mueller could have saved the nation much division had he only insisted that his lawyers give no money to campaigns.', []],
    // Declaring a thing into being is an act, not a report.
    ['The president spoke after the killings were confirmed in Cairo. He also declared a week of mourning in the nation for the slain Christians.', []],
    ['Donald Trump declared a national emergency at the border on Friday.', []],
    // Negatives: the counterfactual inside the report, and a declared clause, stay.
    ['Donald Trump said he would have fired Robert Mueller.', ['Donald Trump: he would have fired Robert Mueller (R)']],
    ['Vladimir Putin declared the war was over.', ['Vladimir Putin: the war was over (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('a possessed claim or stance: where it ends, and what is no stance', () => {
  test.each<[string, string[]]>([
    // A claim heading the sentence ends where the sentence's predicate begins, after the claim's own verb.
    ['Barack Obama spoke. Obama’s claim that he pressured Putin into ceasing the tampering came amid criticisms that his softness was to blame.', ['Barack Obama: he pressured Putin into ceasing the tampering (R)']],
    // Efforts are deeds; an effort to do something states an aim.
    ['Republicans criticized the law. Many voters were unhappy with Barack Obama’s efforts on ISIS and his dealings with Assad.', []],
  ])('%s', (body, expected) => expect(said(body).filter((q) => !q.startsWith('Republican'))).toEqual(expected));
});

/** "speaker: text (D|R)", an unnamed speaker by the words naming it. */
const saidBy = (body: string) => {
  const r = extract(body);
  return r.quotes.map((q) => `${nameOf(r, q.speakerId) ?? q.speakerText}: ${q.text} (${q.direct ? 'D' : 'R'})`);
};

describe('a report relaying another: its content never holds a second attribution', () => {
  test.each<[string, string[]]>([
    // "X says Y maintain that Z": Z is Y's; the reporter only relays it (a participle before the cue is no cue of its own).
    ['NPR’s Corey Flintoff, reporting from Moscow, says Russian officials maintain that most of the sanctions will not seriously affect their economy.', ['Russian officials: most of the sanctions will not seriously affect their economy (R)']],
    ['The Daily Beast reported Wednesday that sources said a conference call tipped off the U.S. to the plot.', ['sources: a conference call tipped off the U.S. to the plot (R)']],
    ['Hamas officials say a period of calm will begin at 2 p.m., CNN reports.', ['Hamas officials: a period of calm will begin at 2 p.m. (R)']],
    // Quoted words closing a person's report, then another's attribution: the report ends with its closing mark, its words the person's.
    ['However, Sergei Ryabkov says Russia’s space program “could be hurt by a ban on sales of certain items made in the West,” Corey Flintoff says.', ['Sergei Ryabkov: Russia’s space program “could be hurt by a ban on sales of certain items made in the West,” (R)']],
    // Negatives: a pronoun is most often the speaker again; a country's view is its leader's words; an object is no clause;
    // a participle before a noun is no cue; an act is no report a spokesperson relays.
    ['Donald Trump said he believes the deal is dead.', ['Donald Trump: he believes the deal is dead (R)']],
    ['Tricia Newbold spoke on Monday. The office also announced a plan to restructure that would remove her from a supervisory role, she said.', ['Tricia Newbold: The office also announced a plan to restructure that would remove her from a supervisory role (R)', 'The office: a plan to restructure that would remove her from a supervisory role (R)']],
    ['NPR’s Deborah Amos, reporting from Amman, Jordan, tells Weekend Edition Saturday that the plan comes after the regime made gains.', ['Deborah Amos: the plan comes after the regime made gains (R)']],
    ['Theresa May said Britain believed it was necessary to negotiate the trade deal first.', ['Theresa May: Britain believed it was necessary to negotiate the trade deal first (R)', 'United Kingdom: it was necessary to negotiate the trade deal first (R)']],
    ['The New York Times wrote that Donald Trump had claimed a loss of 916 million dollars in 1995.', ['New York Times: Donald Trump had claimed a loss of 916 million dollars in 1995 (R)', 'Donald Trump: a loss of 916 million dollars in 1995 (R)']],
    ['The government’s confirmed death toll was 1,774 early Tuesday, said Jose Cuisa, the Philippine ambassador.', ['Jose Cuisa: The government’s confirmed death toll was 1,774 early Tuesday (R)', 'The government’s: death toll was 1,774 early Tuesday (R)']],
    ['Meanwhile, the United States offered its “full support to the Russian government in security preparations,” spokeswoman Caitlin Hayden said.', ['Caitlin Hayden: Meanwhile, the United States offered its “full support to the Russian government in security preparations,” (R)']],
  ])('%s', (body, expected) => expect(saidBy(body)).toEqual(expected));
});

describe('an unnamed source after its clause: a listener, a time and the terms of anonymity after the cue', () => {
  test.each<[string, string[]]>([
    ['The strikes were aimed at depots used by the militants near the border with Syria, a senior defense official told POLITICO early Tuesday.', ['a senior defense official: The strikes were aimed at depots used by the militants near the border with Syria (R)']],
    ['The strikes were aimed at depots used by the militants near the border with Syria, the official said on condition of anonymity.', ['the official: The strikes were aimed at depots used by the militants near the border with Syria (R)']],
    ['The drone was downed with jamming equipment, U.S. officials told Fox News later Thursday.', ['U.S. officials: The drone was downed with jamming equipment (R)']],
    ['Barack Obama said earlier Monday in Manila that the U.S. is holding off on broader sanctions.', ['Barack Obama: the U.S. is holding off on broader sanctions (R)']],
    // Negatives: quoted words and a name before the source are a direct quote's; a participle after the cue opens no report.
    ['“This negative discourse is killing people,” Felipe Lago, a 29-year-old fashion producer told CNN.', ['Felipe Lago: This negative discourse is killing people, (D)']],
    ['The banks will be barred from selling bonds, the sources said, speaking on condition of anonymity because they were not authorized to speak.', ['the sources: The banks will be barred from selling bonds (R)']],
  ])('%s', (body, expected) => expect(saidBy(body)).toEqual(expected));
});

describe('content boundaries: a list, a correlative, an aside and a complement go on with the clause; a source set off after a clause vouches for it', () => {
  test.each<[string, string[]]>([
    // A participle after a comma is the next member of a list of participles opened by "including" (no cue, no tail).
    ['Hillary Clinton said she accepted every one of its recommendations, including strengthening security, adding fire safety precautions and improving intelligence collection.', ['Hillary Clinton: she accepted every one of its recommendations, including strengthening security, adding fire safety precautions and improving intelligence collection (R)']],
    // "not X, but Y": the second term of the correlative goes on with the clause; a new subject and its verb do not.
    ['Vicente Fox suggested that violence at the border isn’t caused by Mexico, but by drug consumption in the United States.', ['Vicente Fox: violence at the border isn’t caused by Mexico, but by drug consumption in the United States (R)']],
    ['Vladimir Putin said he did not consider Barack Obama a friend or an enemy, but a competitor.', ['Vladimir Putin: he did not consider Barack Obama a friend or an enemy, but a competitor (R)']],
    ['Vladimir Putin said he would never see a movie on Christmas Day, but the hype around this movie drew him out.', ['Vladimir Putin: he would never see a movie on Christmas Day (R)']],
    // The last name of a serial list after ", and"; a clause of its own after it still ends the report.
    ['Matt Towery said they could put North Carolina, Arkansas, and Louisiana in GOP hands.', ['Matt Towery: they could put North Carolina, Arkansas, and Louisiana in GOP hands (R)']],
    // A short aside in parentheses that the phrase goes on after; one closing the clause ends it.
    ['Barack Obama said it was the first (but not last) time the country had done so.', ['Barack Obama: it was the first (but not last) time the country had done so (R)']],
    ['Barack Obama said the plan would fail (citing costs).', ['Barack Obama: the plan would fail (R)']],
    // An adjunct of time, place or means between the cue and its "that".
    ['Larry Kudlow acknowledged over the weekend that U.S. consumers will bear some of the costs.', ['Larry Kudlow: U.S. consumers will bear some of the costs (R)']],
    // After "X said," an adverb and a participle are the sentence's tail: the report is the clause before, the attribution inside it.
    ['Subsequent tariff increases have been conducted without new fact findings, Jennifer Hillman said, potentially opening those moves to legal challenge.', ['Jennifer Hillman: Subsequent tariff increases have been conducted without new fact findings (R)']],
    ['Jennifer Hillman spoke. Subsequent tariff increases have been conducted without new fact findings, she said, potentially opening those moves to legal challenge.', ['Jennifer Hillman: Subsequent tariff increases have been conducted without new fact findings (R)']],
    // "according to X" set off after a subordinate clause vouches for that clause; before the writer's coordinated clause, for the clause before it.
    ['Hillary Clinton’s failure to provide security even though there was advanced warning, according to Mark Geist, as well as the failure to respond, was a dereliction of duty.', ['Mark Geist: there was advanced warning (R)']],
    ['It wasn’t clear if the police would charge all the protesters, according to Mark Geist, and police did not release a number of arrests.', ['Mark Geist: It wasn’t clear if the police would charge all the protesters (R)']],
    // Negative: a source inside a clause with no verb before it vouches for all of it.
    ['The reason, according to Mark Geist, was to avoid a crisis.', ['Mark Geist: The reason, according to Mark Geist, was to avoid a crisis (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});

describe('content boundaries (stop 49): a name in apposition inside the subject, a medium\'s relative clause before "that"', () => {
  test.each<[string, string[]]>([
    // The comma closing a name in apposition inside the clause's subject goes on with the subject's next member and its verb.
    ['Shinzo Abe said that his deputy prime minister, Taro Aso, and U.S. Vice President Mike Pence have begun talks on trade.', ['Shinzo Abe: his deputy prime minister, Taro Aso, and U.S. Vice President Mike Pence have begun talks on trade (R)']],
    // Negative: after the clause's verb the comma and "and" still open a clause of its own.
    ['Shinzo Abe said they met the minister, Taro Aso, and the talks were good.', ['Shinzo Abe: they met the minister, Taro Aso (R)']],
    // A relative clause on the medium's noun ("an interview that aired Thursday") comes before the report's own "that".
    ['Barack Obama told Israel’s Channel 2 in an interview that aired Thursday that Netanyahu’s statements indicate no commitment to peace.', ['Barack Obama: Netanyahu’s statements indicate no commitment to peace (R)']],
    ['Barack Obama said in an interview that aired Sunday that he is not so concerned with criticism.', ['Barack Obama: he is not so concerned with criticism (R)']],
    // Negative: a clause after a listener whose verb follows its own subject is the content.
    ['Barack Obama told reporters that armed men stormed the building that housed the embassy.', ['Barack Obama: armed men stormed the building that housed the embassy (R)']],
  ])('%s', (body, expected) => expect(said(body)).toEqual(expected));
});
