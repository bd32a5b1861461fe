// Quotes: the table of speaker rules — who speaks once a rule of rules.ts has found an attribution — each with its
// pattern, why, and [sentence, expected] examples (negatives included) that tests/extract/speaker-rules.test.ts runs.
import { RELATED_SOURCE, RELATIVE_SOURCE } from './related-source.js';
import { DEFINITE_WORDS } from './definite-person.js';
import { AGENT_AFTER_PRINCIPAL, BARE_PRESIDENT, DESCRIBED_BODY_HEAD, UTTERED_BY, COUNTRY_BODY, COUNTRY_OFFICE, THE_BODY_HEAD, DEMONYM_GROUP, ENVOY_BEFORE_TO, NAMED_HEAD, OPENING_ADJUNCT, OPENING_ADJUNCT_ONLY, ADJUNCT_OPENING, SUBORDINATE_OPENING, SINGULAR_PRONOUN, OWN_CLAUSE_PRONOUN, OWNED_NOUN, ROLE_DESCRIPTION, ROLE_SUBJECT, TITLE_BEFORE_NAME, UNNAMED_ONE_SPEAKER } from './speakers.js';
import { NAMED_PEOPLE_HEAD } from './reported.js';
import { WITH_ABSOLUTE } from './with-absolute.js';
import { PLURAL_PRONOUN, PLURAL_SUBJECT_OPENING } from './plural-antecedent.js';
import { UNIT_BY_KIND, WIDER_KIND_WORDS } from './kind-antecedent.js';
import { ADJUNCT_ASIDE, RELATIVE_ASIDE } from './relative-aside.js';
import { FRAMING_SUBJECT } from './credited-framing.js';
import { DEFINITE_ROLE } from './unnamed-role-antecedent.js';
import { LISTENER_BEFORE } from './listener.js';
import { RELATIVE_SPEAKER } from './relative-speaker.js';
import { ROLE_WORDS_BETWEEN } from './modifier-principal.js';
import { KIND_ANAPHOR, KIND_NOUN, STATE_NOUN } from './named-body.js';
import { DESCRIPTIVE_APPOSITIVE } from './descriptive-appositive.js';
import { OPENS_SENTENCE } from './dropped-subject.js';
import { MAIN_CLAUSE_VERB } from './main-clause-subject.js';
import { OUTLET_ANAPHOR, UNNAMED_REPORT } from './outlet-antecedent.js';
import { APPOSITIVE_HOLDER, OFFICER_OF } from './appositive-holder.js';
import { OFFICE_DESCRIPTION } from './next-holder.js';
import { OWNED_OFFICE } from './office-owner.js';
import { QUANTIFIED_LEAD } from './quantified-group.js';
import { MODIFIED_AFTER } from './country-modifier.js';
import { PARTICIPLE_AFTER_REPORT } from './reporter-participle.js';
import { ORGAN_AFTER_STATE } from './state-organ.js';
import { ORGAN_IN_CITY, POLICE_AFTER_CITY } from './placed-body.js';
import { COMPARISON_OPENING } from './compared-subject.js';
import { MODIFIED_HEAD, OWNED_HEAD } from './owned-head.js';
import { DOCUMENT_SOURCE } from './document-source.js';
import { UNNAMED_SUBJECT } from './document-issuer.js';
import { OFFICE_AFTER_COUNTRY } from './capital-office.js';
import { ANONYMOUS_AFTER } from './anonymous-source.js';
import { SHORT_NAME } from './short-name-bearer.js';
import { CUE_BEFORE_NAME, NAMES_ONLY, POSSESSED_NOUN_COMMA, PRONOUN_AFTER_ADVERB, SERVICE_NOUN, WHICH_TO_PRONOUN } from './speakers.js';

/** An example: the text, and the quote whose words start with `text` — its speaker (entity name or null), its
 * speakerText and onBehalfOf (entity name) when given; null: no quote at all. */
export type SpeakerExample = readonly [text: string, expected: { text: string; speaker: string | null; speakerText?: string | null; onBehalfOf?: string | null } | null];

export interface SpeakerRule {
  readonly pattern: RegExp;
  readonly why: string;
  readonly examples: readonly SpeakerExample[];
}

/** A paragraph naming nobody, longer than a shared role's reach (ROLE_REACH): holders named before it are out of reach. */
const NO_ONE_NAMED = 'The talks have dragged on for months, and the two sides remain far apart on the most basic questions of security and trade. Negotiators met again this week in a hotel outside the capital, where they spent two long days going over the same ground they had covered in the spring. Several rounds of meetings ended without a joint statement, and the mood among the delegations was described as tense but businesslike. The agenda included prisoner releases, the timetable for a withdrawal of troops, and guarantees that the country would not become a haven for militant groups. Progress on each of these points has been slow, and the violence on the ground has only made the work harder. Many families in the provinces say they have lost hope that the talks will bring them peace. Prices for food and fuel have risen sharply since the summer, and aid groups warn that the winter could be the hardest in years. Roads in the north remain closed after heavy rains washed away bridges, and schools in several districts have not reopened since the last round of fighting.';

export const SPEAKER_RULES: Record<string, SpeakerRule> = {
  'speaker.related-source': {
    pattern: RELATED_SOURCE,
    why: 'A source tied to someone by nearness or knowledge ("the source close to Mattis", "a person familiar with Trump’s thinking") or speaking for them ("an aide to Pelosi") is not that someone: it speaks unnamed, the body it belongs to kept as onBehalfOf (a person only when the source speaks for them).',
    examples: [
      ['James Mattis spoke on Monday. “He is very methodical,” the source close to Mattis said of the message.', { text: 'He is very methodical,', speaker: null, speakerText: 'the source close to Mattis', onBehalfOf: null }],
      ['James Mattis spoke on Monday. “Let’s call him the great clarifier,” said one source close to the Defense secretary.', { text: 'Let’s call him the great clarifier,', speaker: null, speakerText: 'one source close to the Defense secretary' }],
      ['Donald Trump spoke on Monday. A person familiar with Trump’s thinking said the plan was dead.', { text: 'the plan was dead', speaker: null, speakerText: 'A person familiar with Trump’s thinking', onBehalfOf: null }],
      ['Vladimir Putin spoke on Monday. Sources close to the Kremlin said Putin would attend the summit.', { text: 'Putin would attend the summit', speaker: null, speakerText: 'Sources close to the Kremlin', onBehalfOf: 'Kremlin' }],
      ['“He will stay,” said a source close to the Pentagon.', { text: 'He will stay,', speaker: null, speakerText: 'a source close to the Pentagon', onBehalfOf: 'Pentagon' }],
      ['Donald Trump spoke on Monday. Someone close to Trump said "a lot of people are gunning for Flynn."', { text: 'a lot of people are gunning for Flynn.', speaker: null, speakerText: 'Someone close to Trump', onBehalfOf: null }],
      ['Nancy Pelosi spoke on Monday. An aide to Pelosi said the vote would be close.', { text: 'the vote would be close', speaker: null, speakerText: 'An aide to Pelosi', onBehalfOf: 'Nancy Pelosi' }],
      ['Nancy Pelosi spoke on Monday. “The vote will be close,” an aide to Pelosi said.', { text: 'The vote will be close,', speaker: null, speakerText: 'an aide to Pelosi', onBehalfOf: 'Nancy Pelosi' }],
      // Negatives: a person heading the phrase speaks ("Kirby, spokesman for …"); "close" that is no relation.
      ['“We will not comment,” John Kirby, spokesman for the State Department, said.', { text: 'We will not comment,', speaker: 'John Kirby' }],
      ['Jen Psaki, a spokeswoman for the State Department, said the talks were over.', { text: 'the talks were over', speaker: 'Jen Psaki' }],
      ['“We came close to a deal,” John Kerry said.', { text: 'We came close to a deal,', speaker: 'John Kerry' }],
    ],
  },
  'speaker.relative-source': {
    pattern: RELATIVE_SOURCE,
    why: 'A subject whose relative clause names whom it met or spoke with ("One of the officials who spoke with Reuters said", "Soldiers who served with Bergdahl said") is the unnamed people of its head: the name inside the clause is an object, neither the speaker nor whom they speak for. A name heading the phrase still speaks.',
    examples: [
      ['Iran’s leaders met on Monday. One of the officials who spoke with Reuters said Tehran was delighted with the outcome.', { text: 'Tehran was delighted with the outcome', speaker: null, speakerText: 'One of the officials who spoke with Reuters', onBehalfOf: null }],
      ['Donald Trump called senators on Monday. A senator who spoke with Trump said the President appeared ready to sign the bill.', { text: 'the President appeared ready to sign the bill', speaker: null, speakerText: 'A senator who spoke with Trump', onBehalfOf: null }],
      ['Several US military officials who have spoken to CNN expressed dismay over how the plan was handled.', { text: 'dismay over how the plan was handled', speaker: null, speakerText: 'Several US military officials who have spoken to CNN' }],
      ['Bowe Bergdahl was released on Saturday. Soldiers who served with Bergdahl said they were outraged at the deal.', { text: 'they were outraged at the deal', speaker: null, speakerText: 'Soldiers who served with Bergdahl' }],
      ['Barack Obama met lawmakers on Tuesday. Congressional Democrats who met with Obama said they also support military action.', { text: 'they also support military action', speaker: null, speakerText: 'Congressional Democrats who met with Obama' }],
      ['“We are not done,” said an official who spoke to Reuters.', { text: 'We are not done,', speaker: null, speakerText: 'an official who spoke to Reuters' }],
      ['North Korea tested a bomb. A government official who spoke on the condition of anonymity with South Korea’s Yonhap News Agency on Sunday said the yield was about 50 kilotons.', { text: 'the yield was about 50 kilotons', speaker: null, speakerText: 'A government official who spoke on the condition of anonymity with South Korea’s Yonhap News Agency' }],
      ['The Senate released its report on Tuesday. CIA officials who read the Senate report said it was filled with errors.', { text: 'it was filled with errors', speaker: null, speakerText: 'CIA officials who read the Senate report' }],
      // Negatives: a spokesman for someone, a named head, a relative whose subject is the speaker.
      ['Donald Trump spoke on Monday. A spokesman for Trump said the talks would resume.', { text: 'the talks would resume', speaker: null, speakerText: 'A spokesman for Trump', onBehalfOf: 'Donald Trump' }],
      ['Emmanuel Macron met Donald Trump on Monday. Macron, who spoke with Trump, said the talks went well.', { text: 'the talks went well', speaker: 'Emmanuel Macron' }],
      ['Swati Sinha, 24, a student from Lucknow who has attended every protest march, says the law must go.', { text: 'the law must go', speaker: 'Swati Sinha' }],
      ['Russia condemned the attack. The United States launched a strike that Russia says violated international law.', { text: 'a strike that Russia says violated international law', speaker: 'Russia' }],
      // …and a negated main verb is no report: no speaker is made up for it.
      ['Michael Flynn was interviewed in January. The FBI agents who interviewed him at the time did not even think he was lying.', null],
    ],
  },
  'speaker.agent-of-principal': {
    pattern: AGENT_AFTER_PRINCIPAL,
    why: 'A person credited who is only the principal of the speaker’s phrase ("Trump’s spokesman, Sean Spicer", "an adviser to Tillerson", "A spokesman for Kerry") gives way to the agent: the person named in apposition, else an unnamed source speaking for the principal (quotes.ts, after every rule).',
    examples: [
      ['Angela Merkel spoke. “No request was made,” Ms. Merkel’s spokesman, Steffen Seibert, told reporters.', { text: 'No request was made,', speaker: 'Steffen Seibert' }],
      ['Abd-Rabbu Mansour Hadi fled. “President Hadi has been evacuated,” Hadi’s aide told the AFP news agency.', { text: 'President Hadi has been evacuated,', speaker: null, speakerText: 'Hadi’s aide', onBehalfOf: 'Abd-Rabbu Mansour Hadi' }],
      ['Ban Ki-moon spoke. A spokesman for U.N. Secretary-General Ban Ki-moon said he was concerned, warning thousands of residents to leave.', { text: 'thousands of residents to leave', speaker: null, speakerText: 'A spokesman for U.N. Secretary-General Ban Ki-moon' }],
      ['Theresa May spoke. However, former chief of staff to May Nick Timothy on Friday called the tweets “unhelpful.”', { text: 'the tweets “unhelpful.”', speaker: 'Nick Timothy' }],
      ['John Kerry stayed home. A spokesman for Kerry professed ignorance of the exact numbers involved.', { text: 'ignorance of the exact numbers involved', speaker: null, speakerText: 'A spokesman for Kerry', onBehalfOf: 'John Kerry' }],
      ['Adly Mansour met the generals. A spokesman for interim President Adly Mansour, Ahmed el-Musilamani, told reporters on Saturday that consultations were continuing, denying that the appointment was ever certain.', { text: 'the appointment was ever certain', speaker: 'Ahmed el-Musilamani' }],
      // Negatives: the principal's own words ("said his lawyer would testify"); a title before a name is no principal.
      ['Donald Trump said his lawyer would testify next week.', { text: 'his lawyer would testify next week', speaker: 'Donald Trump' }],
      ['Staffan de Mistura arrived. The UN special envoy to Syria Staffan de Mistura said the talks would resume.', { text: 'the talks would resume', speaker: 'Staffan de Mistura' }],
    ],
  },
  'speaker.role-holder': {
    pattern: ROLE_DESCRIPTION,
    why: 'A role description as the subject ("The secretary did admit", "The former Marine Corps general said") is the one person the article gives that role, by title (also one written in lower case: "special counsel Robert Mueller") or in apposition ("Mattis, a retired Marine Corps general"); a former holder needs all the description’s words, so the current "Gen. Nicholson" is not "the former Marine Corps general"; with no such person the speaker stays unnamed.',
    examples: [
      ['Defense Secretary James Mattis spoke on Monday. The secretary did admit that there are issues he and the president disagree on.', { text: 'there are issues he and the president disagree on', speaker: 'James Mattis' }],
      ['James Mattis, a retired Marine Corps general, spoke on Monday. The former Marine Corps general said later that the talks had failed.', { text: 'the talks had failed', speaker: 'James Mattis' }],
      ['James Mattis, a retired Marine Corps general, spoke on Monday. “We are never out of options,” the retired general said.', { text: 'We are never out of options,', speaker: 'James Mattis' }],
      ['President Bill Clinton spoke in Flint. The former president said the law was crazy.', { text: 'the law was crazy', speaker: 'Bill Clinton' }],
      // Negatives: the holder of the bare title now is no former holder; no one given the role → unnamed.
      ['Defense Secretary James Mattis spoke on Monday. Gen. Jon Nicholson stayed. The former Marine Corps general said later that the talks had failed.', { text: 'the talks had failed', speaker: null, speakerText: 'The former Marine Corps general' }],
      ['Vice President Joseph Biden arrived. The president said the talks had failed.', { text: 'the talks had failed', speaker: null, speakerText: 'The president' }],
      // An attorney or lawyer in apposition is "the attorney" after (not an attorney general).
      ['Barbara Wells, an attorney for Platte River Networks, told The Washington Post that agents took the server. The attorney told the paper that the server was blank.', { text: 'the server was blank', speaker: 'Barbara Wells' }],
      ['Robert Jones, a lawyer for the company, spoke on Monday. Susan Miller, a lawyer for the bank, spoke too. The lawyer said the case was closed.', { text: 'the case was closed', speaker: 'Susan Miller' }],
      // Negative: an attorney general is no attorney.
      ['Attorney General Eric Holder spoke on Monday. The attorney said the case was closed.', { text: 'the case was closed', speaker: null, speakerText: 'The attorney' }],
      // A role with its portfolio: "the secretary of state".
      ['Secretary of State John Kerry flew to Beijing. The secretary of state said China had agreed to talks.', { text: 'China had agreed to talks', speaker: 'John Kerry' }],
      // A title written in lower case before the name ("special counsel Robert Mueller", "press secretary Josh Earnest").
      ['Special counsel Robert Mueller filed a report on Monday. The special counsel said the defendant should spend some time in prison.', { text: 'the defendant should spend some time in prison', speaker: 'Robert Mueller' }],
      ['White House press secretary Josh Earnest spoke on Tuesday. “There is no evidence,” the press secretary said.', { text: 'There is no evidence,', speaker: 'Josh Earnest' }],
    ],
  },
  'speaker.other-office': {
    pattern: ROLE_DESCRIPTION,
    why: 'A role description is not the holder of another office: its compound noun is not a part of it ("the Libyan prime minister" is no foreign minister), its portfolio is not another one ("the press secretary" is not the defense secretary), its country is not the only one the holder is given it for ("the US president" is not French President Macron). With no fitting holder the speaker stays unnamed.',
    examples: [
      ['Foreign Minister Marty Natalegawa spoke on Monday. The Libyan prime minister said the attack was planned.', { text: 'the attack was planned', speaker: null, speakerText: 'The Libyan prime minister' }],
      ['Defense Secretary Chuck Hagel spoke on Monday. The press secretary said the talks had failed.', { text: 'the talks had failed', speaker: null, speakerText: 'The press secretary' }],
      ['French President Emmanuel Macron arrived on Monday. The US president said the talks had failed.', { text: 'the talks had failed', speaker: null, speakerText: 'The US president' }],
      // …nor a holder the lexicon or the article ties to another country only, nor one of no known country when the
      // article ties someone else to the description's.
      ['President Donald Trump arrived in Paris on Monday. The French president said the talks were useful.', { text: 'the talks were useful', speaker: null, speakerText: 'The French president' }],
      ['President Donald Trump met Emmanuel Macron in Paris on Monday. The French president said the talks were useful.', { text: 'the talks were useful', speaker: 'Emmanuel Macron' }],
      ['Russia’s Vladimir Putin met President Trump on Monday. The Russian president said the talks were useful.', { text: 'the talks were useful', speaker: 'Vladimir Putin' }],
      ['Foreign Minister Sergei Lavrov of Russia met President Joko Widodo. The Indonesian president said the talks were useful.', { text: 'the talks were useful', speaker: 'Joko Widodo' }],
      ['President Donald Trump met reporters on Monday. The president said the talks were useful.', { text: 'the talks were useful', speaker: 'Donald Trump' }],
      // A role qualifying another noun ("the office of London’s mayor") is no description of the holder.
      ['London Mayor Sadiq Khan spoke on Monday. A vigil will be held in Trafalgar Square later Thursday, the office of London’s mayor announced.', { text: 'A vigil will be held in Trafalgar Square later Thursday', speaker: null, speakerText: 'the office of London’s mayor' }],
    ],
  },
  'speaker.implied-role': {
    pattern: TITLE_BEFORE_NAME,
    why: 'An office makes its holder something more that a description may name: the Senate’s leaders and whips are senators ("Senate Minority Leader Mitch McConnell … The senator said"), senators and congressmen lawmakers ("Sen. Tom Cotton … The lawmaker said") — not a former one.',
    examples: [
      ['Senate Minority Leader Mitch McConnell spoke on Monday. The senator said the bill would fail.', { text: 'the bill would fail', speaker: 'Mitch McConnell' }],
      ['Sen. Tom Cotton spoke on Monday. The lawmaker said the program should end.', { text: 'the program should end', speaker: 'Tom Cotton' }],
      ['Rep. Adam Schiff spoke on Monday. “We will subpoena the documents,” the lawmaker said.', { text: 'We will subpoena the documents,', speaker: 'Adam Schiff' }],
      // Shared with a senator named later: the holder named last before the description.
      ['Senate Majority Leader Harry Reid spoke first. “We are reeling,” Mr. Reid said. The senator said the victims would be honored. Sen. Mark Warner spoke later.', { text: 'the victims would be honored', speaker: 'Harry Reid' }],
    ],
  },
  'speaker.appositive-person': {
    pattern: /,[^,“”"]{1,200},\s*$/,
    why: 'A role naming a body with the person in apposition ("U.N. special representative for Iraq, Nickolay Mladenov, said") is the person: a body inside the role’s own phrase and the periods of an abbreviation ("U.N.") do not end the noun phrase.',
    examples: [
      ['Calling the killing savage and cowardly, U.N. special representative for Iraq, Nickolay Mladenov, said the Iraqi government must act.', { text: 'the Iraqi government must act', speaker: 'Nickolay Mladenov' }],
      ['Calling the killing savage and cowardly, U.N. special representative for Iraq, Nickolay Mladenov, said the Iraqi government must act.', { text: 'the killing savage and cowardly', speaker: 'Nickolay Mladenov' }],
      // Negative: a person governed by a preposition in the appositive is no speaker.
      ['Russia, a longtime ally of Syrian President Bashar al-Assad, said the embargo could jeopardize the talks.', { text: 'the embargo could jeopardize the talks', speaker: 'Russia' }],
    ],
  },
  'speaker.pronoun-antecedent': {
    pattern: /\b(?:[Hh]e|[Ss]he)\b/,
    why: 'A pronoun subject points back from where it stands: to the speakers and subjects before it (gender agreeing), never to a name inside its own clause — an object or a possessor ("He echoed Obama’s view … and warned of …" is not Obama warning).',
    examples: [
      ['President Barack Obama nominated Chuck Hagel. Hagel apologized for the comment on Thursday. He echoed Obama’s view that all options are feasible and warned of new sanctions if Iran balks at the demands.', { text: 'of new sanctions if Iran balks at the demands', speaker: 'Chuck Hagel' }],
      ['President Barack Obama nominated Chuck Hagel. Hagel apologized for the comment on Thursday. He echoed Obama’s view that all options are feasible and warned of new sanctions if Iran balks at the demands.', { text: 'all options are feasible', speaker: 'Barack Obama' }],
      // Negative: with no name inside its clause, the pronoun still takes the latest subject.
      ['Chuck Hagel spoke first. Barack Obama listened. He said the talks would go on.', { text: 'the talks would go on', speaker: 'Barack Obama' }],
      // A pronoun inside a question put to someone is that someone, not the asker.
      ['Sen. John McCain spoke first. McCain tried to get Chuck Hagel to answer whether he was “right or wrong” when he once called the troop surge a “dangerous foreign policy blunder.”', { text: 'the troop surge a “dangerous foreign policy blunder.”', speaker: 'Chuck Hagel' }],
      ['Chuck Hagel spoke first. Reporters asked John McCain whether he still opposed the surge, and he said the surge had failed.', { text: 'the surge had failed', speaker: 'John McCain' }],
      // Negative: no question put to the name — the asker's own "he" stays the subject's.
      ['Chuck Hagel spoke first. John McCain met Barack Obama and he said the surge had failed.', { text: 'the surge had failed', speaker: 'John McCain' }],
      // A possessor opening the pronoun's own sentence is no antecedent ("Trump’s behavior, she said, …")…
      ['President Trump spoke on Monday. Nancy Pelosi did not hold back. Trump’s behavior, she said, “proves that the Russians have something on the President.”', { text: 'proves that the Russians have something on the President.', speaker: 'Nancy Pelosi' }],
      // …but one whose noun takes the pronoun's clause is ("Gove’s announcement that he would challenge …"), and one in
      // the sentence before may be taken up by the next "he".
      ['The contest was sparked by David Cameron’s decision to step down. Michael Gove’s announcement early on Thursday that he would challenge the leadership was unexpected, as the justice secretary had been expected to back Boris Johnson. Explaining his decision, he said: “I have repeatedly said that I do not want to be prime minister.”', { text: 'I have repeatedly said that I do not want to be prime minister.', speaker: 'Michael Gove' }],
      ['Nancy Pelosi spoke on Monday. Objections about President Trump’s style were warranted. He proved to be more abrasive than normal, accusing Angela Merkel of making Germany a captive to Russia.', { text: 'Angela Merkel of making Germany a captive to Russia', speaker: 'Trump' }],
      // Centering: a preposition's object past the subject's words is no subject; the subject before it is.
      ['Jonathan Rothwell found that support was high. The problem of men dropping out of the labor force doesn’t seem to be a factor behind Donald Trump’s rise. “The data do not suggest distress,” he concludes.', { text: 'The data do not suggest distress,', speaker: 'Jonathan Rothwell' }],
      // Negatives: a preposition's object the next sentence takes up stays a candidate; so does one the pronoun's own sentence names.
      ['Colin Powell nearly derailed the administration in its first year. The military brass was skeptical of Bill Clinton long before he arrived at the White House. He was the first antiwar president. During the 1992 campaign, he said he would rewrite the laws.', { text: 'he would rewrite the laws', speaker: 'Bill Clinton' }],
      ['Donald Trump spoke first. That might embolden world leaders like Russian President Vladimir Putin to refer back to this moment when he defends the annexation of Crimea.', { text: 'the annexation of Crimea', speaker: 'Vladimir Putin' }],
      ['Donald Trump spoke first. The BBC reports another excerpt from President Bashar Assad’s interview with Al Manar where he states, “The Syrian army has scored major victories.”', { text: 'The Syrian army has scored major victories.', speaker: 'Bashar Assad' }],
      ['Donald Trump spoke first. The theory that Trump could issue a self-pardon, Rudy Giuliani added, was a non-starter. “It would lead to impeachment,” he said.', { text: 'It would lead to impeachment,', speaker: 'Rudy Giuliani' }],
      // The clause after a label's colon has its own, later subject…
      ['Donald Trump spoke in Ohio. Trump does well in segregated areas: Turning to the data, Jonathan Rothwell finds that white areas back Trump. “People there view Trump favorably,” he writes.', { text: 'People there view Trump favorably,', speaker: 'Jonathan Rothwell' }],
      // …not the words a reporting verb's colon opens.
      ['Donald Trump spoke in Ohio. Trump said: Jonathan Rothwell is wrong about the data. “We will win,” he said.', { text: 'We will win,', speaker: 'Donald Trump' }],
      // …but a speaker named after the words they report is newer than those words' subject.
      ['Wendy Sherman spoke first. In a meeting with Madeleine Albright, Kim was asked 14 critical questions, Sherman said. “Kim went down that entire list,” she said.', { text: 'Kim went down that entire list,', speaker: 'Wendy Sherman' }],
      ['Nikki Haley spoke at the UN. North Korean leader Kim Jong-un had shown through his actions that he was “begging for war”, she said. “War is never something the United States wants,” she continued. “We don’t want it now.”', { text: 'We don’t want it now.', speaker: 'Nikki Haley' }],
      // A possessor inside a preposition's object is no centre, even when a rule credits it with the noun after it
      // ("critics … of Obama’s push for a strike"): the next "he" is the sentence's subject.
      ['Barack Obama spoke. Vladimir Putin has been among the loudest critics on the international stage of Obama’s push for a military strike in Syria. He reportedly blasted the push on Wednesday as an “act of aggression.” He has said in recent interviews that a strike would be illegal.', { text: 'a strike would be illegal', speaker: 'Vladimir Putin' }],
      ['Barack Obama spoke. Vladimir Putin has been among the loudest critics on the international stage of Obama’s push for a military strike in Syria. He reportedly blasted the push on Wednesday as an “act of aggression.” He has said in recent interviews that a strike would be illegal.', { text: 'the push on Wednesday as an “act of aggression.”', speaker: 'Vladimir Putin' }],
      // Negatives: a pronoun after it in its own sentence takes the possessor up; a possessor opening the subject is its centre.
      ['William Barr spoke on Monday. Barr’s claims fall in line with Mr. Trump’s repeated assertion that spying took place on his campaign, something he suggested amounts to “treason.”', { text: 'amounts to “treason.”', speaker: 'Trump' }],
      ['Vladimir Putin spoke. Barack Obama’s push for a military strike in Syria stalled. He said a strike would be legal.', { text: 'a strike would be legal', speaker: 'Barack Obama' }],
      // The subject of reported (not quoted) words is a referent too, when no person reports them.
      ['“He is damaged goods,” his lawyer, Manny Conditsis, said. Haron Monis ran a website which was taken down, Sky News reports. In a letter posted to the website, he accused Australia of “oppression.”', { text: 'Australia of “oppression.”', speaker: 'Haron Monis' }],
      // A participle's clause opening the pronoun's sentence has the pronoun as its subject: a name in it is its object.
      ['President Barack Obama spoke in the Rose Garden on Tuesday. Roughly quoting the late President Ronald Reagan, he said: “It’s not enough just to trust.”', { text: 'It’s not enough just to trust.', speaker: 'Barack Obama' }],
      ['Angela Merkel arrived in Washington on Monday. Pressed on Donald Trump’s tariffs, she said the talks were fine.', { text: 'the talks were fine', speaker: 'Angela Merkel' }],
      // The agent of words a relative clause describes ("comments made earlier by Assad in which he …") is its "he".
      ['President Barack Obama met Syrian President Bashar Assad. Obama dismissed comments made earlier by Assad in which he threatened that there could be repercussions.', { text: 'there could be repercussions', speaker: 'Bashar Assad' }],
      // Negatives: a clause opening with a name's own verb is no participle's; a name and "in which" with no words before it.
      ['Barack Obama spoke in the Rose Garden. Vladimir Putin answered, and he said the talks were over.', { text: 'the talks were over', speaker: 'Vladimir Putin' }],
      ['President Barack Obama met Syrian President Bashar Assad. Obama visited the town near Assad in which he said the war had begun.', { text: 'the war had begun', speaker: 'Barack Obama' }],
      // The subject of a that-clause the pronoun's adverbial clause hangs on is its antecedent, not the reporter before it.
      ['Josh Earnest clarified that President Barack Obama was referring to Syria when he said there was no strategy yet.', { text: 'there was no strategy yet', speaker: 'Barack Obama' }],
      // Negative: a name governed by a preposition in the that-clause is no subject.
      ['Josh Earnest said that the talks with Barack Obama went well when he said the deal was close.', { text: 'the deal was close', speaker: 'Josh Earnest' }],
    ],
  },
  'speaker.role-antecedent': {
    pattern: ROLE_SUBJECT,
    why: 'A definite role heading its sentence ("The Afghan president, who …, has insisted …", "The senator has said …") is that sentence’s subject, so the next "he" or "she" points back to it: to the person the article ties the role to — by the steps that read a role speaker (one holder, a country’s office, the holder named last; the head of an organization its name qualifies, "the U.N. leader", the one person titled as its head, "U.N. Secretary-General Ban Ki-moon") — or, tied to nobody, to the role’s own words, never past it to an older name or a name inside its relative clause.',
    examples: [
      ['President Ashraf Ghani said peace was meaningless. An injured man is carried into a hospital. The Afghan president, who was in Kabul at the time, visited the wounded. He demands a second term and a strong mandate.', { text: 'a second term and a strong mandate', speaker: 'Ashraf Ghani' }],
      ['French President Emmanuel Macron met Angela Merkel in Berlin. Olaf Scholz also attended the meeting. The French president flew home on Tuesday. He said Europe must defend itself.', { text: 'Europe must defend itself', speaker: 'Emmanuel Macron' }],
      ['Sen. Ted Cruz and Sen. Marco Rubio spoke on Monday. Rubio left early. Paul Ryan joined them later. On Tuesday, the senator also criticized the plan. He said the deal was a mistake.', { text: 'the deal was a mistake', speaker: 'Marco Rubio' }],
      // A name inside the role's relative clause is an object, no subject.
      ['President Hamid Karzai spoke in Kabul. The president, who spoke with Ban Ki-moon on Monday, flew to Doha. He said the deal was unfair.', { text: 'the deal was unfair', speaker: 'Hamid Karzai' }],
      // A former office is not the one a country's holder has now (the lexicon gives Bolsonaro Brazil's presidency).
      ['Former Brazilian President Luiz Inácio Lula da Silva was freed on Friday. The left-wing former leader, known as Lula, was greeted by crowds. “I am back,” he told the crowds. The 2018 race was won by far-right candidate Jair Bolsonaro.', { text: 'I am back,', speaker: 'Luiz Inácio Lula da Silva' }],
      // A role people of the article hold, none of them named where the role looks, is no unnamed person before it: the
      // pronoun is the role, unnamed. (A president the lexicon lists is their country's wherever named: speaker.country-office.)
      [`President Yoweri Museveni said peace was meaningless. President Paul Kagame wants a deal. ${NO_ONE_NAMED} An injured man is carried into a hospital. The Ugandan president, who has been shown the deal, has insisted that the election be held on time. He demands a second term and a strong mandate.`, { text: 'a second term and a strong mandate', speaker: null, speakerText: 'The Ugandan president' }],
      [`President Yoweri Museveni said peace was meaningless. President Paul Kagame wants a deal. ${NO_ONE_NAMED} A local official described the blast. The Ugandan president has insisted that the election be held on time. He says the vote must be fair.`, { text: 'the vote must be fair', speaker: null, speakerText: 'The Ugandan president' }],
      // …but takes up a person who is the subject before it, as a reader does.
      [`President Bill Clinton and President Richard Nixon faced impeachment. ${NO_ONE_NAMED} Barack Obama hugged Hillary Clinton after the speech. The president said Clinton was ready to lead. “I had a front-row seat,” he said.`, { text: 'I had a front-row seat,', speaker: 'Barack Obama' }],
      // Negatives: a name in apposition is the subject; a role of the other gender is passed over; a role as an object
      // or a possessor is no subject.
      ['Donald Trump spoke on Monday. The Afghan president, Ashraf Ghani, has insisted that the vote be held on time. He said the vote would be fair.', { text: 'the vote would be fair', speaker: 'Ashraf Ghani' }],
      ['Paul Ryan spoke first. The congresswoman, who represents Ohio, voted against the bill. He said the vote was close.', { text: 'the vote was close', speaker: 'Paul Ryan' }],
      ['Hillary Clinton spoke first. Reporters asked the senator about the plan. She said it would pass.', { text: 'it would pass', speaker: 'Hillary Clinton' }],
      ['Barack Obama spoke on Monday. The president’s spokesman, Josh Earnest, declined to comment. He said the talks would go on.', { text: 'the talks would go on', speaker: 'Josh Earnest' }],
      // A role an organization's name qualifies is the person titled with that organization, not the subject before it…
      ['U.S. Vice President Joe Biden talked late Thursday with Viktor Yanukovych, who has also been in touch with U.N. Secretary-General Ban Ki-moon. In comments Thursday, the U.N. leader called for dialogue -- even as he stressed it is crucial that authorities exercise restraint.', { text: 'it is crucial that authorities exercise restraint', speaker: 'Ban Ki-moon' }],
      ['Joe Biden spoke on Monday. Ban Ki-moon, the U.N. secretary-general, arrived in Kiev. The U.N. chief called for dialogue. He said the authorities must exercise restraint.', { text: 'the authorities must exercise restraint', speaker: 'Ban Ki-moon' }],
      // Negatives: a party's candidate is no body's head; a country's office is read as before (its holder).
      ['Donald Trump spoke on Monday. The GOP candidate did not supply an overall cost estimate, though he said budget reforms would help finance his plans.', { text: 'budget reforms would help finance his plans', speaker: 'Donald Trump' }],
      ['Joe Biden spoke on Monday. Russian President Vladimir Putin met him. The Russian president left early. He said the talks would go on.', { text: 'the talks would go on', speaker: 'Vladimir Putin' }],
    ],
  },
  'speaker.article-gender': {
    pattern: OWN_CLAUSE_PRONOUN,
    why: 'A person’s gender is what the article says before what the given name usually is: a gendered title ("congressman", "queen", a "spokeswoman" in apposition) or the pronoun opening the clause of their own reporting verb ("Sen. Lindsey Graham, R-S.C., suggested he …"), when all the article’s evidence, honorifics included, agrees; so a later "he said" may point back to a Lindsey, a "she" to a Jody.',
    examples: [
      ['Darrell Issa spoke first. Sen. Lindsey Graham, R-S.C., suggested he was open to a subpoena. “I hope she would come back,” he said.', { text: 'I hope she would come back,', speaker: 'Lindsey Graham' }],
      ['Darrell Issa spoke first. Kelly Smith, the chairman of the committee, opened the hearing. “We will find the truth,” he said.', { text: 'We will find the truth,', speaker: 'Kelly Smith' }],
      ['Donald Trump spoke first. Jody Williams, a spokeswoman for the campaign, answered. “We are ready,” she said.', { text: 'We are ready,', speaker: 'Jody Williams' }],
      // Negatives: the article's evidence disagreeing leaves the name's usual gender; "Rep." tells no gender; a pronoun
      // does not overrule a name one dataset alone lists.
      ['Margaret Thatcher was forced out. Geoffrey Howe said she also left a mark on the Labour Party. “So Thatcher transformed both parties,” he said.', { text: 'So Thatcher transformed both parties,', speaker: 'Geoffrey Howe' }],
      ['Donald Trump spoke first. Hillary Clinton said he should resign. Hillary Clinton said she would run. “We will win,” she said.', { text: 'We will win,', speaker: 'Hillary Clinton' }],
      ['Darrell Issa spoke first. Rep. Nancy Pelosi opened the hearing. “We will find the truth,” he said.', { text: 'We will find the truth,', speaker: 'Darrell Issa' }],
    ],
  },
  'speaker.participle-subject': {
    pattern: OWNED_NOUN,
    why: 'A participle after a comma ("…, saying …", "…, citing …") reports what the subject of the clause it hangs on said: the nearest clause’s own subject after ", but" / ";"; never a dateline’s outlet ("Washington (CNN) …"); and when a name only owns the subject’s noun ("Morsi’s supporters canceled …"), that noun phrase speaks, unnamed.',
    examples: [
      ['Mohammed Morsi spoke on Monday. Morsi’s supporters canceled a massive rally they had planned for Tuesday, citing the need to “defuse tension” after a series of clashes.', { text: 'the need to “defuse tension” after a series of clashes', speaker: null, speakerText: 'Morsi’s supporters' }],
      ['House Democrats have demanded that it be sent to them by next Tuesday, but the Justice Department outlined a longer schedule, saying that it will have its own summary ready within weeks.', { text: 'it will have its own summary ready within weeks', speaker: 'Justice Department' }],
      ['Washington (CNN) President Barack Obama slammed Republican senators who penned a letter to Iran, claiming they were aligning themselves with Iranian hard-liners.', { text: 'they were aligning themselves with Iranian hard-liners', speaker: 'Barack Obama' }],
      // Negatives: a name heading the subject speaks, or owning a thing ("Trump’s threat"); an agent noun is the agent rule's; a name after the last clause's verb is no subject.
      ['Donald Trump spoke on Monday. Trump’s original threat was followed up with a Wednesday tweet boasting that the arsenal is “far stronger than ever before.”', { text: 'the arsenal is “far stronger than ever before.”', speaker: 'Donald Trump' }],
      ['Mohammed Morsi canceled a massive rally, citing the need to “defuse tension” after a series of clashes.', { text: 'the need to “defuse tension” after a series of clashes', speaker: 'Mohammed Morsi' }],
      ['Japanese Prime Minister Shinzo Abe said Friday that his deputy, Taro Aso, and U.S. Vice President Mike Pence have begun to “create a new framework,” suggesting that Tokyo has agreed to more bilateral deals.', { text: 'Tokyo has agreed to more bilateral deals', speaker: 'Shinzo Abe' }],
      ['Donald Trump met Kim Jong Un, and the two leaders agreed to meet Vladimir Putin, saying that the talks had gone well.', { text: 'the talks had gone well', speaker: null }],
      // A cue after a possessive is a noun ("the special counsel’s claims"), no frame whose subject would speak.
      ['Special Counsel Robert Mueller filed a report. In a joint report, Paul Manafort contested the special counsel’s claims, noting that he met with the government on numerous occasions.', { text: 'he met with the government on numerous occasions', speaker: 'Paul Manafort' }],
    ],
  },
  'speaker.main-clause-subject': {
    pattern: MAIN_CLAUSE_VERB,
    why: 'A participle of speech or naming (not of evidence, intention or action: "signaling", "aiming") after a comma hangs on the main clause even when its verb states nothing ("China retaliated, saying …", "protesters gathered, chanting “…”"): with no person or body heading the sentence, the words up to the main clause’s first finite verb are its subject — a country, an unnamed noun phrase, or "he"/"she" after a connective — read as a subject before a cue is. Not after "According to X," (X is the source), nor for a comma made up after "by" or a document.',
    examples: [
      ['China retaliated on Monday, saying the tariffs were a violation of trade rules.', { text: 'the tariffs were a violation of trade rules', speaker: 'China' }],
      ['North Korea has upped the pressure on its neighbors, warning that it would not give any notice before an attack.', { text: 'it would not give any notice before an attack', speaker: 'North Korea' }],
      ['Administration officials declined to give details about the helicopters, saying the information was classified.', { text: 'the information was classified', speaker: null, speakerText: 'Administration officials' }],
      ['Barack Obama spoke in Cairo. But he stopped short of writing off the interim government, saying the aid would continue.', { text: 'the aid would continue', speaker: 'Barack Obama' }],
      ['Syria retaliated on Monday, saying “We will respond to this aggression with all the means we have.”', { text: 'We will respond to this aggression with all the means we have.', speaker: 'Syria' }],
      // Negatives: the source of "According to X," speaks; a gerund after "by" reads no subject; a name heading the sentence speaks.
      ['According to Andrei Lankov, North Korea would have needed to divert scarce funds, saying it would have been overkill.', { text: 'it would have been overkill', speaker: 'Andrei Lankov' }],
      ['Former intelligence officials added their names to a statement criticizing the decision.', null],
      ['Sergey Lavrov met China’s envoy on Monday, saying the talks were useful.', { text: 'the talks were useful', speaker: 'Sergey Lavrov' }],
      // A named object after the main verb is no subject: the country before the verb speaks.
      ['Russia has supported Viktor Yanukovych, saying it would use all its influence to restore calm.', { text: 'it would use all its influence to restore calm', speaker: 'Russia' }],
      // …and an unnamed noun phrase before the verb speaks, unnamed, the person after it an object (also in the last clause after ", but").
      ['Donald Trump canceled the summit. A senior administration official called it a wise decision for Trump, noting that the U.S. conceded nothing.', { text: 'the U.S. conceded nothing', speaker: null, speakerText: 'A senior administration official' }],
      ['Mohamed Morsi was ousted. The reports conflicted, but an army spokesman denied troops shot at Morsi supporters, saying only blanks were used.', { text: 'only blanks were used', speaker: null, speakerText: 'an army spokesman' }],
      // A participle of evidence or action is what the main clause's thing shows or does, no statement.
      ['The court decision came over the objections of a prosecutor, signaling the deep division in the army over the militants.', null],
      // A participle inside an opening subordinate clause runs on into the main clause: its subject is not read here.
      ['William Barr testified on Tuesday. When Democratic Senator Patrick Leahy challenged Barr, saying the memo read like a job application, Barr called his characterization "ludicrous."', { text: 'his characterization "ludicrous."', speaker: 'William Barr' }],
    ],
  },
  'speaker.shared-role': {
    pattern: ROLE_DESCRIPTION,
    why: 'A definite role several people of the article hold ("The senator added" with three senators named) is the holder mentioned last before it — a definite description takes the most recent fitting referent — but never a holder named inside the quote’s own words; none within about a paragraph: unnamed.',
    examples: [
      ['Sen. John McCain pressed Sen. Chuck Hagel on the surge. “I will defer that judgment to history,” Hagel said. The senator added that Hagel’s refusal would have an impact on his vote. Sen. Ted Cruz spoke later.', { text: 'Hagel’s refusal would have an impact on his vote', speaker: 'John McCain' }],
      ['Sen. Ted Cruz spoke first. Sen. John McCain asked about the surge. The senator said the surge had worked.', { text: 'the surge had worked', speaker: 'John McCain' }],
      // A holder named as a preposition's object gives way to one named as a subject.
      ['President Donald Trump flew to Seoul. Trump took questions from reporters. He has lined up meetings with President Moon Jae-in in Seoul. The president said he might meet Kim Jong Un at the border.', { text: 'he might meet Kim Jong Un at the border', speaker: 'Donald Trump' }],
      // The one holder of a role, named before it however far back.
      [`Prime Minister Theresa May spoke in Brussels on Monday. ${'The talks went on for hours and nobody left the room until late. '.repeat(18)}The prime minister has previously said that an extension would be unacceptable.`, { text: 'an extension would be unacceptable', speaker: 'Theresa May' }],
      // Negatives: the holder named in the quote is not its speaker; one holder is the role-holder rule's; a role no one holds stays unnamed.
      ['Sen. Ted Cruz spoke first. Sen. John McCain asked about the surge. The senator said McCain was wrong.', { text: 'McCain was wrong', speaker: 'Ted Cruz' }],
      ['Sen. Ted Cruz spoke first. Sen. John McCain asked about the surge. The governor said the surge had worked.', { text: 'the surge had worked', speaker: null, speakerText: 'The governor' }],
    ],
  },
  'speaker.bare-president': {
    pattern: BARE_PRESIDENT,
    why: 'A bare "the president" is a president the article has titled before it: of those titled without a country ("President Trump"), else of all, the one last leading a sentence within reach; a holder titled only with a country ("Chinese President Xi Jinping") is that country\'s president and the bare one only as a sentence\'s subject; nobody titled before: the US president in office on the article\'s date when the article named him before it and no other president (a US news corpus), else unnamed, whoever is named president after it.',
    examples: [
      ['President Donald Trump spoke on Friday. Trump said Monday that he expects to meet Chinese President Xi Jinping in late June. The president has repeatedly insisted that tariffs on Chinese goods are being paid by China.', { text: 'tariffs on Chinese goods are being paid by China', speaker: 'Donald Trump' }],
      ['President Obama arrived in Hanoi. Obama announced the end of the embargo alongside Vietnamese President Tran Dai Quang. The president said the move was a step toward normal relations.', { text: 'the move was a step toward normal relations', speaker: 'Obama' }],
      ['Turkish President Recep Tayyip Erdogan spoke in Ankara on Tuesday. The president said the killing had been planned for days.', { text: 'the killing had been planned for days', speaker: 'Recep Tayyip Erdogan' }],
      // Nobody titled before: the US president in office on the article's date (2017 here), when the article named him
      // before it and no other president; not one named only after the quote.
      ['Mr. Trump praised Mr. Bolton on Monday. The president said he would find a position for him. President Lyndon B. Johnson once did the same.', { text: 'he would find a position for him', speaker: 'Trump' }],
      ['Donald Trump fired John Bolton on Tuesday. “I informed John Bolton last night that his services are no longer needed,” the president tweeted.', { text: 'I informed John Bolton last night that his services are no longer needed,', speaker: 'Donald Trump' }],
      // Negatives: a foreign president named as an object; another president the lexicon lists named before; a president
      // not in office on the article's date; the sitting one named only after the quote.
      ['Donald Trump spoke on Friday. Trump met Chinese President Xi Jinping in June. The president has repeatedly insisted that tariffs are being paid by China.', { text: 'tariffs are being paid by China', speaker: null, speakerText: 'The president' }],
      ['Donald Trump spoke on Friday. Trump called Moon Jae-in on Monday. The president said the talks would go on.', { text: 'the talks would go on', speaker: null, speakerText: 'The president' }],
      ['Mr. Obama praised Mr. Bolton on Monday. The president said he would find a position for him.', { text: 'he would find a position for him', speaker: null, speakerText: 'The president' }],
      ['The talks went on. The president said the wall would be built. Donald Trump left for Florida.', { text: 'the wall would be built', speaker: null, speakerText: 'The president' }],
      // A possessor is no sentence's subject ("he knows Castro’s reforms …"): the president titled with a country stays his.
      ['Barack Obama arrived in Cuba. Obama ventured to the palace for a meeting with Cuban President Raul Castro. While the president does not expect change, he knows Castro’s reforms have opened the door. “It is a historic opportunity,” the president told staffers.', { text: 'It is a historic opportunity,', speaker: null, speakerText: 'the president' }],
    ],
  },
  'speaker.plural-antecedent': {
    pattern: PLURAL_PRONOUN,
    why: 'A "they" speaking that names nobody continues the attribution of the group in the plural that spoke in its own or the previous sentence ("Navy officials said … They said …", "Critics of the plan say …", "Many said …"): an unnamed group\'s words, or the body a party\'s or a people\'s plural names ("Democrats said … They said …", "The Saudis claimed … They also said …") when "they" opens its clause; no such group just before: unnamed, no words.',
    examples: [
      ['U.S. military officials said they had received no new guidance about weapons. But they said there were no immediate plans to deliver any new weapons to the group.', { text: 'there were no immediate plans to deliver any new weapons to the group', speaker: null, speakerText: 'U.S. military officials' }],
      ['Opponents said this risked exposing Hongkongers to unfair trials. They also argued the bill would give China greater influence.', { text: 'the bill would give China greater influence', speaker: null, speakerText: 'Opponents' }],
      // The group's head noun before its modifiers ("Critics of the plan"), a quantifier of people ("Many").
      ['Critics of the plan say it is far too costly. They also say the criticism overlooks the costs of doing nothing.', { text: 'the criticism overlooks the costs of doing nothing', speaker: null, speakerText: 'Critics of the plan' }],
      ['Many said they were concerned about a crackdown. But they said the ouster did not make them lose faith.', { text: 'the ouster did not make them lose faith', speaker: null, speakerText: 'Many' }],
      // A body named by its members in the plural, continued by a clause "they" opens: that body.
      ['Democrats said the report was deeply flawed. They said the committee would vote on Monday.', { text: 'the committee would vote on Monday', speaker: 'Democratic Party' }],
      ['The Saudis over the weekend claimed Khashoggi was killed in a fistfight. They also said they have detained 18 suspects.', { text: 'they have detained 18 suspects', speaker: 'Saudi Arabia' }],
      // Negatives: a named speaker before, a group further back, another subject before "they".
      ['Democrats said the report was deeply flawed. Nadler and three other chairmen released documents that they said show Whitaker failed.', { text: 'show Whitaker failed', speaker: null, speakerText: null }],
      ['Senator John Smith said the plan had failed. They said the vote would be delayed.', { text: 'the vote would be delayed', speaker: null, speakerText: null }],
      ['Navy officials said the ship was repaired. The crew left port on Monday. The captain waved. They said the voyage would be long.', { text: 'the voyage would be long', speaker: null, speakerText: null }],
    ],
  },
  'speaker.adjunct-opening': {
    pattern: ADJUNCT_OPENING,
    why: 'An opening phrase of a preposition ("Beyond seeking more pressure on Kim,", "Amid the talks with Kim,") holds no subject: the next "he" takes up the main clause\'s subject or its possessor ("Trump’s trip to Asia"), the centre of the sentence, not a name inside the phrase.',
    examples: [
      ['Kim Jong Un said on Monday that the talks were over. Beyond seeking more pressure on Kim, President Donald Trump’s trip to Asia has been a sales job. He has urged Japan to buy more U.S. military equipment.', { text: 'Japan to buy more U.S. military equipment', speaker: 'Donald Trump' }],
      ['Kim Jong Un said on Monday that the talks were over. Amid the talks with Kim, President Donald Trump’s aides stayed home. He said the summit would go ahead.', { text: 'the summit would go ahead', speaker: 'Donald Trump' }],
      // Negative: a topic's "To X," keeps X as the centre.
      ['To President Donald Trump, it is a matter of who is tougher. He said the talks were over.', { text: 'the talks were over', speaker: 'Donald Trump' }],
    ],
  },
  'speaker.subordinate-subject': {
    pattern: SUBORDINATE_OPENING,
    why: 'A "he"/"she" opening the main clause after an adverbial clause whose subject is a person ("While Abdullah had been close to …, including … Jawaharlal Nehru, he remained …") is that subject, the centre of the sentence so far — not a name later in the clause.',
    examples: [
      ['Omar Abdullah spoke on Monday. While Abdullah had been close to the country’s leaders, including its first prime minister, Jawaharlal Nehru, he said Pakistan was a threat.', { text: 'Pakistan was a threat', speaker: 'Omar Abdullah' }],
      ['Vladimir Putin spoke on Monday. When Donald Trump met the Russian leader, Vladimir Putin, he said the meeting went well.', { text: 'the meeting went well', speaker: 'Donald Trump' }],
      // The one person named right before "as"/"while"/"when" and the pronoun, a preposition's object too.
      ['Barack Obama spoke on Monday. Officials focused on Park Geun-hye as she said the talks would resume.', { text: 'the talks would resume', speaker: 'Park Geun-hye' }],
      // Negative: a subject of the other gender is not taken ("he" is no Merkel).
      ['Angela Merkel spoke on Monday. While Merkel met Donald Trump, he said the meeting went well.', { text: 'the meeting went well', speaker: null }],
    ],
  },
  'speaker.main-clause-centre': {
    pattern: /^(?:(?:But|And|Yet|So|Still)\s+)?(?:While|Although|Though|When|Whenever|After|Before|Since|Because|Once|Whereas|If|Unless|Like|Unlike|like|unlike)\s/,
    why: 'In a sentence opened by an adverbial clause or a "like"/"unlike" phrase, however long, the person heading the main clause after its comma ("When Trump tried to defend his remarks …, Kasich forcefully differed.", "But like Trump, Rubio holds …") is the sentence\'s centre — the subject a "he"/"she" in the next sentence takes up, not the name inside the opening clause.',
    examples: [
      ['Marco Rubio spoke first. When Donald Trump tried to defend his remarks calling the Chinese government “strong” when it violently ended the democracy movement in Tiananmen Square in 1989, John Kasich forcefully differed. “I think that the Chinese government butchered those kids,” he said.', { text: 'I think that the Chinese government butchered those kids,', speaker: 'John Kasich' }],
      ['Jeb Bush spoke first. But like Donald Trump, Marco Rubio holds several positions that are well outside the mainstream. He believes that taxes should be cut.', { text: 'taxes should be cut', speaker: 'Marco Rubio' }],
      // Negatives: a name in apposition inside the opening clause is no main subject; no person heads the main clause.
      ['Vladimir Putin spoke on Monday. When Donald Trump met the Russian leader, Vladimir Putin, he said the meeting went well.', { text: 'the meeting went well', speaker: 'Donald Trump' }],
      ['Barack Obama spoke first. When the vote was over, the senators went home. “It was a long day,” he said.', { text: 'It was a long day,', speaker: 'Barack Obama' }],
    ],
  },
  'speaker.us-president': {
    pattern: COUNTRY_OFFICE,
    why: '"The US president", "the American president" of an article that titles nobody so ("President Trump") is the US president in office on the article\'s date when the article names him: the office the date fixes, not a role left unnamed.',
    examples: [
      ['Donald Trump arrived in Scotland on Friday. The US president said he had come for meetings and some golf.', { text: 'he had come for meetings and some golf', speaker: 'Donald Trump' }],
      ['Donald Trump arrived in Scotland on Friday. The American president told reporters that the visit was a success.', { text: 'the visit was a success', speaker: 'Donald Trump' }],
      // Negative: a president out of office on the article's date is not "the US president".
      ['Barack Obama arrived in Scotland on Friday. The US president said he had come for meetings and some golf.', { text: 'he had come for meetings and some golf', speaker: null, speakerText: 'The US president' }],
    ],
  },
  'speaker.title-after-comma': {
    pattern: DEFINITE_WORDS,
    why: 'A comma closes the words before a capitalised title ("In London, meanwhile, Secretary of State John Kerry"): Kerry is a secretary as much as "British Foreign Secretary William Hague", so "the secretary" is the holder named last, not the only one whose title stood clear of a comma.',
    examples: [
      ['British Foreign Secretary William Hague met reporters in London. In London, meanwhile, Secretary of State John Kerry brushed aside the denials. The secretary also said that Assad would be able to prevent a strike.', { text: 'Assad would be able to prevent a strike', speaker: 'John Kerry' }],
      ['Secretary of State John Kerry flew to London on Monday. Kerry later met British Foreign Secretary William Hague, who hosted the talks. The foreign secretary said the talks were useful.', { text: 'the talks were useful', speaker: 'William Hague' }],
      ['Sen. Tom Cotton met Sen. Lindsey Graham on Monday. Cotton said the deal was bad. The senator also said that Iran could not be trusted.', { text: 'Iran could not be trusted', speaker: 'Tom Cotton' }],
    ],
  },
  'speaker.plural-skips-singular': {
    pattern: PLURAL_PRONOUN,
    why: 'A "they" heading its clause after one person\'s report ("The officials said … A former senior official said … They also claimed …") is the plural source before that report, within three sentences: a plural pronoun passes over singular speakers (not over a body, which may be "they" too).',
    examples: [
      ['The officials said the meeting was tense. A former senior official said Trump seemed reckless. They also claimed that Trump seemed to be boasting.', { text: 'Trump seemed to be boasting', speaker: null, speakerText: 'The officials' }],
      ['The officials said the meeting was tense. Jim Smith, a former senior official, said Trump seemed reckless. They also claimed that Trump seemed to be boasting.', { text: 'Trump seemed to be boasting', speaker: null, speakerText: 'The officials' }],
      // Negative: a body between is no singular person.
      ['The officials said the meeting was tense. The Pentagon said the talks would go on. They also claimed that Trump seemed to be boasting.', { text: 'Trump seemed to be boasting', speaker: null, speakerText: null }],
    ],
  },
  'speaker.disjoint-reference': {
    pattern: SINGULAR_PRONOUN,
    why: 'A "he"/"she" whose reported words follow it is nobody those words name near their start ("He said Esper had concluded …", "She believes Omar’s tweet …", "he asked Trump to fire …"): the name its own clause governs is someone else, as grammar reads it; the next candidate before it is taken, or none.',
    examples: [
      ['Donald Trump spoke on Monday. He said Trump was wrong about the tariffs.', { text: 'Trump was wrong about the tariffs', speaker: null }],
      ['Donald Trump met Mike Pompeo on Monday. Pompeo spoke to reporters. Trump stayed home. He said Trump was pleased with the outcome.', { text: 'Trump was pleased with the outcome', speaker: 'Mike Pompeo' }],
      // Negative: a direct quote's own words before the pronoun are no clause it governs.
      ['Donald Trump spoke on Monday. “Trump will win,” he said.', { text: 'Trump will win,', speaker: 'Donald Trump' }],
    ],
  },
  'speaker.cue-listener': {
    pattern: SINGULAR_PRONOUN,
    why: 'A "he"/"she" is none of the people its own cue names after it — the listener or the person spoken of ("“…,” he told Hannity", "he said of Obama", "She told Warren that …"): a pronoun never stands for a name its own clause governs, so the candidate before it is taken (in an interview, the one answering), or none.',
    examples: [
      ['Donald Trump spoke in Austin. Sean Hannity asked him how high the wall would be. “It could be 35 to 45 feet,” he told Hannity.', { text: 'It could be 35 to 45 feet,', speaker: 'Donald Trump' }],
      ['Joe Biden spoke in Ohio. Barack Obama praised him. “He is a good friend,” he said of Obama.', { text: 'He is a good friend,', speaker: 'Joe Biden' }],
      ['Donald Trump spoke in Austin. Sean Hannity interviewed him. He told Hannity that the wall would be built.', { text: 'the wall would be built', speaker: 'Donald Trump' }],
      // Negatives: the listener is no candidate anyway; a name past the cue's comma is another clause's.
      ['Donald Trump spoke in Austin. “The wall will be built,” he told Sean Hannity.', { text: 'The wall will be built,', speaker: 'Donald Trump' }],
      ['Sean Hannity interviewed Donald Trump in Austin. “The crowd is huge,” he said, as Trump watched.', { text: 'The crowd is huge,', speaker: 'Sean Hannity' }],
    ],
  },
  'speaker.country-office': {
    pattern: COUNTRY_OFFICE,
    why: 'A country’s office as the subject ("The Ukrainian leader said", "Turkey’s president told reporters") is the person the article gives that office with that country ("Ukrainian President Petro Poroshenko"); "leader" names the head of state or government (lexicon/titles.ts HEAD_OFFICES); a former holder, another country’s or one named in the quote’s words is not; none: unnamed.',
    examples: [
      ['Ukrainian President Petro Poroshenko was at the summit. The Ukrainian leader said the talks in Minsk would decide.', { text: 'the talks in Minsk would decide', speaker: 'Petro Poroshenko' }],
      ['Israeli Prime Minister Benjamin Netanyahu met Barack Obama. The Israeli leader said Iran was a threat.', { text: 'Iran was a threat', speaker: 'Benjamin Netanyahu' }],
      ['Turkey’s President Recep Tayyip Erdogan spoke on Monday. Turkey’s president told reporters that the talks were over.', { text: 'the talks were over', speaker: 'Recep Tayyip Erdogan' }],
      // The lexicon's holders hold their country's offices, named in full or by a family name only its holder bears.
      ['President Donald Trump met Vladimir Putin in Helsinki on Monday. The Russian president said the talks were useful.', { text: 'the talks were useful', speaker: 'Vladimir Putin' }],
      ['President Trump met Putin on Monday. The Russian president said the talks were useful.', { text: 'the talks were useful', speaker: 'Putin' }],
      // …unless the article gives the office to someone else (Erdogan was a prime minister once).
      ["Turkish Prime Minister Binali Yildirim said the attack was planned. President Recep Tayyip Erdogan condemned it. Turkey's prime minister says the three bombers opened fire.", { text: 'the three bombers opened fire', speaker: 'Binali Yildirim' }],
      // Negatives: a former holder, another country's, a holder named in the quote's own words.
      ['The former Ukrainian President Viktor Yanukovych spoke. The Ukrainian leader said the talks were over.', { text: 'the talks were over', speaker: null, speakerText: 'The Ukrainian leader' }],
      ['Russian President Vladimir Putin spoke. The Ukrainian leader said the talks were over.', { text: 'the talks were over', speaker: null, speakerText: 'The Ukrainian leader' }],
      ['Ukrainian President Petro Poroshenko spoke. The Ukrainian leader said Poroshenko was wrong.', { text: 'Poroshenko was wrong', speaker: null, speakerText: 'The Ukrainian leader' }],
      // An office written beside the name — in lower case before it (a place it is held at between) or in apposition after
      // it, or as a title with the place it is held at — is that person's; the one holder named after the office is it too.
      ["Russia's ambassador to Britain, Alexander Yakovenko, met British officials. Russia's ambassador said the patrols were routine.", { text: 'the patrols were routine', speaker: 'Alexander Yakovenko' }],
      ["Russia's ambassador said the patrols were routine. Russia's ambassador to Britain, Alexander Yakovenko, met British officials.", { text: 'the patrols were routine', speaker: 'Alexander Yakovenko' }],
      ["Ukraine’s prime minister Arseniy Yatsenyuk spoke on Monday. Ukraine's prime minister said the troops must leave.", { text: 'the troops must leave', speaker: 'Arseniy Yatsenyuk' }],
      ['Talks were held in Manila. Anifah Aman, Malaysia’s foreign minister, arrived late. The Malaysian foreign minister said the talks would go on.', { text: 'the talks would go on', speaker: 'Anifah Aman' }],
      ['Russian Ambassador to the United States Sergey Kislyak spoke on Sunday. The Russian ambassador said the sanctions were a gesture of the cold war mentality.', { text: 'the sanctions were a gesture of the cold war mentality', speaker: 'Sergey Kislyak' }],
      // Negatives: a modified office is not the bare one; an anonymous noun ties no one; a former office; another office.
      ['Russian opposition leader Alexei Navalny was jailed. The Russian leader said the verdict was right.', { text: 'the verdict was right', speaker: null, speakerText: 'The Russian leader' }],
      ["Russia's former ambassador, Alexander Yakovenko, spoke. Russia's ambassador said the patrols were routine.", { text: 'the patrols were routine', speaker: null, speakerText: "Russia's ambassador" }],
      ["Mexico's economy minister, Ildefonso Guajardo, spoke. The Mexican president said the wall would never be paid for.", { text: 'the wall would never be paid for', speaker: null, speakerText: 'The Mexican president' }],
      // An office after a name and its comma that has a verb of its own is a subject, no appositive.
      ['North Korean leader Kim Jong Un met South Korean President Moon Jae-in. According to Mr. Moon, the North Korean leader said he is willing to cooperate.', { text: 'he is willing to cooperate', speaker: 'Kim Jong Un' }],
    ],
  },
  'speaker.country-body': {
    pattern: COUNTRY_BODY,
    why: 'A country’s possessive before a body or office as the whole subject ("Russia’s Emergencies Ministry reported", "China’s foreign ministry said") names who speaks: the body — the Organization the tagger found in the words, else an unnamed source kept with its words and the country as onBehalfOf (as "a Pentagon spokesman" keeps the Pentagon); not the country. A person named after the office is the speaker; an office the article gives a holder is that holder (speaker.country-office).',
    examples: [
      ['The pilots did not report any technical problems, Russia’s Investigative Committee said.', { text: 'The pilots did not report any technical problems', speaker: 'Investigative Committee' }],
      ['The missile flew about 700 kilometers, South Korea\'s Joint Chiefs of Staff said.', { text: 'The missile flew about 700 kilometers', speaker: null, speakerText: 'South Korea\'s Joint Chiefs of Staff', onBehalfOf: 'South Korea' }],
      ['“We have no such information,” China’s foreign ministry said in a statement.', { text: 'We have no such information,', speaker: 'Chinese Foreign Ministry', onBehalfOf: 'China' }],
      ['“The death toll has climbed to 40,” Pakistan\'s defense minister said.', { text: 'The death toll has climbed to 40,', speaker: null, speakerText: 'Pakistan\'s defense minister', onBehalfOf: 'Pakistan' }],
      // Negatives: a person named after the office; the country alone; an office the article gives a holder.
      ['“The talks have failed,” Russia\'s Foreign Minister Sergei Lavrov said.', { text: 'The talks have failed,', speaker: 'Sergei Lavrov' }],
      ['Russia said the talks had failed.', { text: 'the talks had failed', speaker: 'Russia' }],
      ['Scotland\'s First Minister, the SNP\'s Nicola Sturgeon, said the ruling was the most significant in her lifetime.', { text: 'the ruling was the most significant in her lifetime', speaker: 'Nicola Sturgeon' }],
      ['Israel\'s foreign minister, Avigdor Lieberman, said the talks had failed.', { text: 'the talks had failed', speaker: 'Avigdor Lieberman' }],
      ['Turkey’s President Recep Tayyip Erdogan spoke on Monday. Turkey’s president told reporters that the talks were over.', { text: 'the talks were over', speaker: 'Recep Tayyip Erdogan', onBehalfOf: null }],
    ],
  },
  'speaker.possessed-unnamed': {
    pattern: UNNAMED_ONE_SPEAKER,
    why: 'One unnamed person determined by a possessive ("May’s spokesman said …", "Her spokesman declined …") is the subject a later "he"/"she" points back to, not a person named before — the possessor owns the person, it does not head the phrase; a noun of the other gender ("spokesman" for "she") is passed over.',
    examples: [
      ['John Bercow spoke first. Asked about the vote, May’s spokesman said she had confidence in her whip. “I’ll leave it to historians,” he said.', { text: 'I’ll leave it to historians,', speaker: null, speakerText: 'May’s spokesman' }],
      ['Julian Smith spoke first. Her spokesman declined to say what she would do. “She has said it many times,” he said.', { text: 'She has said it many times,', speaker: null, speakerText: 'Her spokesman' }],
      // An unnamed source with an affiliation after the noun ("a reporter for Agence France-Presse") is one person too.
      ['Mohamed Bouhlel drove the truck. A reporter for Agence France-Presse called it “absolute chaos.” “We saw people hit,” he said.', { text: 'We saw people hit,', speaker: null, speakerText: 'A reporter for Agence France-Presse' }],
      ['Boris Johnson spoke first. A spokesman for the ministry said the talks were over. “We are ready,” he said.', { text: 'We are ready,', speaker: null, speakerText: 'A spokesman for the ministry' }],
      // Negatives: a "she" is no spokesman; a person named in apposition heads the phrase.
      ['Theresa May spoke. Her spokesman said the vote would go ahead. “We are ready,” she said.', { text: 'We are ready,', speaker: 'Theresa May' }],
      ['Donald Trump spoke. Trump’s lawyer, Rudy Giuliani, said the probe was over. “It is a witch hunt,” he said.', { text: 'It is a witch hunt,', speaker: 'Rudy Giuliani' }],
    ],
  },
  'speaker.demonym-group': {
    pattern: DEMONYM_GROUP,
    why: 'A group of a country’s people who do not speak for its state ("Syrian rebels say", "Syrians in the area claim"; lexicon/sources.ts PEOPLE_GROUP_NOUNS) speaks unnamed, not the country; its officials, authorities and state media, and a bare plural demonym standing for the nation’s side ("Palestinians seek to …"), stay the country’s.',
    examples: [
      ['“There is nothing that can stop the regime,” Syrian rebels say.', { text: 'There is nothing that can stop the regime,', speaker: null, speakerText: 'Syrian rebels' }],
      ['Syrians in the area claim more than 1,300 people died.', { text: 'more than 1,300 people died', speaker: null, speakerText: 'Syrians in the area' }],
      // Negatives: the state's unnamed officials; a nation's side.
      ['“We are ready,” Russian officials said.', { text: 'We are ready,', speaker: 'Russia' }],
      ['Palestinians say the plan is dead.', { text: 'the plan is dead', speaker: 'Palestine' }],
    ],
  },
  'speaker.quantified-group': {
    pattern: QUANTIFIED_LEAD,
    why: 'A quantity before a country’s people or a party’s members in the plural ("Most Americans say", "57% of Republicans said", "a majority of Britons believe", "Some Democrats argued") makes them a share or a part of the group — a poll’s respondents, some of the members — who speak unnamed, neither the state nor the party; so does a country’s whole people in a sentence that gives a poll’s or a survey’s findings ("polling shows Americans are increasingly opposed"); the whole group elsewhere ("Republicans said", "all 54 Senate Republicans") stays the body’s.',
    examples: [
      ['Most Americans believe the election was stolen, according to a new poll.', { text: 'the election was stolen', speaker: null, speakerText: 'Most Americans' }],
      ['In the poll, 57% of Republicans say they back his Syria policy.', { text: 'they back his Syria policy', speaker: null, speakerText: '57% of Republicans' }],
      ['Two-thirds of Americans say the country is on the wrong track.', { text: 'the country is on the wrong track', speaker: null, speakerText: 'Two-thirds of Americans' }],
      ['Still, the poll found 8 in 10 Americans do believe Syrian President Bashar Assad used chemical weapons.', { text: 'Syrian President Bashar Assad used chemical weapons', speaker: null, speakerText: '8 in 10 Americans' }],
      ['Some congressional Democrats asserted that Mr. Trump’s eagerness to meet Mr. Kim was dangerous.', { text: 'Mr. Trump’s eagerness to meet Mr. Kim was dangerous', speaker: null, speakerText: 'Some congressional Democrats' }],
      ['Only 1 in 10 Britons believes that U.K. politicians want to do what is best for the country.', { text: 'U.K. politicians want to do what is best for the country', speaker: null, speakerText: 'Only 1 in 10 Britons' }],
      // Negatives: the whole group speaks as its body; a numeral after "some" counts, it quantifies no share; officials.
      ['Republicans said the bill was dead.', { text: 'the bill was dead', speaker: 'Republican Party' }],
      ['Russian officials said the talks had failed.', { text: 'the talks had failed', speaker: null, speakerText: 'Russian officials' }],
      ['Palestinians say the plan is dead.', { text: 'the plan is dead', speaker: 'Palestine' }],
      // A country's whole people in a sentence giving a poll's findings are its respondents too.
      ['Barack Obama will address the nation on Tuesday, as national polling shows Americans are increasingly opposed to U.S. military action in Syria.', { text: 'U.S. military action in Syria', speaker: null, speakerText: 'Americans' }],
      ['Americans say the economy is doing well, according to a survey released Monday.', { text: 'the economy is doing well', speaker: null, speakerText: 'Americans' }],
      // Negative: no poll in the sentence.
      ['Americans say the economy is doing well.', { text: 'the economy is doing well', speaker: 'United States' }],
    ],
  },
  'speaker.reporter-participle': {
    pattern: PARTICIPLE_AFTER_REPORT,
    why: 'A participle after a report ("X said Y …, saying …", "X told reporters, “…,” adding: …") goes on with the reporter’s act of saying: its subject is the sayer, never a name inside the reported words; an attribution inside the words ("…, said Gen. X, according to the agency, adding") keeps its own speaker.',
    examples: [
      ['Sen. Marco Rubio, Florida Republican, said he’s skeptical that Mr. Kim will agree to completely give up his country’s nuclear capabilities, saying the leader has an almost emotional attachment to them.', { text: 'the leader has an almost emotional attachment to them', speaker: 'Marco Rubio' }],
      ['The Trump administration said on Monday it would not impose additional sanctions on Russia, despite a new law designed to punish Moscow’s alleged meddling in the election, insisting the measure was already hitting Russian companies.', { text: 'the measure was already hitting Russian companies', speaker: 'Trump administration' }],
      ['Esper has had little influence and essentially takes his lead from Secretary of State Mike Pompeo, the source said, adding that this latest press conference will undoubtedly make things worse.', { text: 'this latest press conference will undoubtedly make things worse', speaker: null, speakerText: 'the source' }],
      ['Kim Kye-gwan said that Mr Trump’s decision was “unexpected” and “extremely regrettable”, adding that Pyongyang was willing “to sit face to face at any time”.', { text: 'Pyongyang was willing “to sit face to face at any time”', speaker: 'Kim Kye-gwan' }],
      // An unnamed reporter goes on unnamed: the body its words name is whom it speaks for, not the participle's subject.
      ['Barack Obama will speak on Wednesday. A senior White House official told Fox News that the speech will update the public, saying the administration wants "people to understand the plan."', { text: 'the administration wants "people to understand the plan."', speaker: null, speakerText: 'A senior White House official', onBehalfOf: 'White House' }],
      ['The United States is looking into reports that a Kurdish politician was killed in Syria, a State Department spokesman told Reuters, adding that Washington found the reports disturbing.', { text: 'Washington found the reports disturbing', speaker: null, speakerText: 'a State Department spokesman', onBehalfOf: 'State Department' }],
      ['According to The Financial Times, a Ladbrokes spokesman argued that the referendum would be the biggest betting event in history, noting that his firm had taken more money in bets than ever.', { text: 'his firm had taken more money in bets than ever', speaker: null, speakerText: 'a Ladbrokes spokesman', onBehalfOf: 'Ladbrokes' }],
      // The comma closing the report's quoted words: the participle still hangs on the report.
      ['Joe Biden spoke on Monday. A State Department spokesman said Secretary of State John Kerry shared Biden’s “grave concerns,” adding, “Ukraine’s deep divisions will not be healed by spilling more innocent blood.”', { text: 'Ukraine’s deep divisions will not be healed by spilling more innocent blood.', speaker: null, speakerText: 'A State Department spokesman', onBehalfOf: 'State Department' }],
      // The quote just closed by its speaker's frame before it: "NAME told reporters, “…,” adding: “…”".
      ['Pressed on whether he had challenged Kim Jong Un on human rights, Donald Trump told reporters, “It was discussed relatively briefly,” adding: “They will be doing things.”', { text: 'They will be doing things.', speaker: 'Donald Trump' }],
      ['Donald Trump attacked Hillary Clinton over her emails, saying, “She should be in jail.”', { text: 'She should be in jail.', speaker: 'Donald Trump' }],
      // Negatives: an attribution inside the reported words speaks for itself; a participle of the sentence's own subject.
      ['The memos show Donald Trump, during a private dinner with James Comey, complaining about his adviser Michael Flynn, saying “the guy has serious judgment issues.”', { text: 'the guy has serious judgment issues.', speaker: 'Donald Trump' }],
      ['Mike Pompeo, who was in the United Arab Emirates, dismissed Mohammad Javad Zarif’s remarks, saying: “I was here doing active diplomacy while the foreign minister of Iran is threatening all-out war.”', { text: 'I was here doing active diplomacy while the foreign minister of Iran is threatening all-out war.', speaker: 'Mike Pompeo' }],
      ['Microsoft said the company would appeal, adding that it had done nothing wrong.', { text: 'it had done nothing wrong', speaker: 'Microsoft' }],
      ['The latest missile tested within eight meters, said Gen. Ali Abdollahi, deputy chief of staff, according to the news agency, adding that the exercise took place two weeks ago.', { text: 'the exercise took place two weeks ago', speaker: 'Ali Abdollahi' }],
      ['Louisiana Representative Steve Scalise renewed that call Friday after Trump said he won’t impose tariffs on Mexico, lauding the breakthrough that “puts us in a better position.”', { text: 'the breakthrough that “puts us in a better position.”', speaker: 'Steve Scalise' }],
    ],
  },
  'speaker.envoy-to': {
    pattern: ENVOY_BEFORE_TO,
    why: 'The country or body after an envoy’s "to" ("Syria’s ambassador to the United Nations", "a former envoy to China") is where the envoy serves: it never speaks; the envoy does, unnamed, for the country that sends it when the phrase names one.',
    examples: [
      ['Syria’s ambassador to the United Nations had said that the government would cooperate.', { text: 'the government would cooperate', speaker: null, speakerText: 'Syria’s ambassador to the United Nations', onBehalfOf: 'Syria' }],
      ['On Friday, Russia’s ambassador to Iran said that Moscow has no intention of pressing Tehran.', { text: 'Moscow has no intention of pressing Tehran', speaker: null, speakerText: 'Russia’s ambassador to Iran', onBehalfOf: 'Russia' }],
      ['One former ambassador to Ukraine told the Times that a cloud of Russian influence hung over the talks.', { text: 'a cloud of Russian influence hung over the talks', speaker: null, speakerText: 'One former ambassador to Ukraine', onBehalfOf: null }],
      ['On Friday the U.S. ambassador to the United Nations said the United States had not yet decided.', { text: 'the United States had not yet decided', speaker: null, speakerText: 'the U.S. ambassador to the United Nations' }],
      // Negatives: an envoy named speaks; a body "to" follows no envoy noun.
      ['Nikki Haley, the U.S. ambassador to the United Nations, said the United States had not yet decided.', { text: 'the United States had not yet decided', speaker: 'Nikki Haley' }],
      ['Gordon Sondland, the U.S. ambassador to the European Union, who initially testified in October, offered new details to lawmakers on Monday.', { text: 'new details to lawmakers on Monday', speaker: 'Gordon Sondland' }],
      ['A spokesman for the State Department said the talks had failed.', { text: 'the talks had failed', speaker: null, speakerText: 'A spokesman for the State Department', onBehalfOf: 'State Department' }],
    ],
  },
  'speaker.opening-adjunct': {
    pattern: OPENING_ADJUNCT,
    why: 'A name inside the adjunct opening a sentence ("Next week at the United Nations, …", "Pressed by …, commissioned by firm Fusion GPS, …") is never its subject: the person heading the main clause after the adjunct’s comma speaks, a title at most between.',
    examples: [
      ['Next week at the United Nations, Donald Trump plans to stay on message, touting his drive to protect U.S. sovereignty before world leaders.', { text: 'his drive to protect U.S. sovereignty before world leaders', speaker: 'Donald Trump' }],
      ['In a taped message during a recent visit to Washington, Jordan’s King Abdullah II, called Islamic State a “cowardly gang” with “no connection to our noble religion,” Islam.', { text: 'no connection to our noble religion,', speaker: 'Abdullah II' }],
      ['Pressed by Republicans about the dossier paid for by Democrats, authored by Christopher Steele and commissioned by firm Fusion GPS, Robert Mueller repeatedly refused to discuss the issue, saying, “This is outside my purview.”', { text: 'This is outside my purview.', speaker: 'Robert Mueller' }],
      ['As the House of Commons assembled for the first time since the election, Boris Johnson said his priority was to “get Brexit done”.', { text: 'his priority was to “get Brexit done”', speaker: 'Boris Johnson' }],
      // A prepositional opening without its comma runs into the main clause: the name its verb follows is the subject
      // (not "Mr Trump", the object of "referring to" before the clause's first comma).
      ['Donald Trump spoke. During the campaign Mr López Obrador had often used harsh language when referring to Mr Trump, but struck a conciliatory note, saying he would seek friendly relations.', { text: 'he would seek friendly relations', speaker: 'López Obrador' }],
      // A participle after the main clause: its subject speaks, not a person the opening adjunct names.
      ['Robert Mueller leads the inquiry. Donald Trump spoke on Monday. Referring to the Mueller investigation, and the possibility it may result in criminal charges against him, Trump maintained he has “the absolute right to pardon myself,” adding “but I will never have to do it.”', { text: 'but I will never have to do it.', speaker: 'Donald Trump' }],
      ['Meeting with German Chancellor Angela Merkel later in the day, Donald Trump played nice for the cameras, insisting he and Merkel have a very good relationship.', { text: 'he and Merkel have a very good relationship', speaker: 'Donald Trump' }],
      // Negatives: the body heading the main clause speaks; a person after its verb is a listener, not the subject.
      ['According to Andrei Lankov, North Korea would have needed to divert scarce funds, saying it would have been overkill.', { text: 'it would have been overkill', speaker: 'Andrei Lankov' }],
      ['In Washington, the State Department said the talks had failed.', { text: 'the talks had failed', speaker: 'State Department' }],
      ['In Brussels, the European Union told Boris Johnson that the talks had failed.', { text: 'the talks had failed', speaker: 'European Union' }],
    ],
  },
  'speaker.named-head': {
    pattern: NAMED_HEAD,
    why: 'An unnamed speaker whose words are headed by a person — a title at most before the name, then an adjunct of the act ("Gen Mattis in his memo argued", "Sen. Lindsey Graham in a statement said"), is that person; a principal after "for", "of" or "to" ("a spokesman for Kerry in a statement") stays the agent’s, unnamed.',
    examples: [
      ['James Mattis spoke on Monday. Gen Mattis in his memo argued that military service requires sacrifice.', { text: 'military service requires sacrifice', speaker: 'James Mattis' }],
      // Negatives: a principal after "for" and a body after "in" head nothing.
      ['John Kerry stayed home. A spokesman for Kerry in a statement argued that the numbers were wrong.', { text: 'the numbers were wrong', speaker: null, speakerText: 'A spokesman for Kerry in a statement', onBehalfOf: 'John Kerry' }],
      ['James Mattis spoke. Critics in the Pentagon argued that the troops were unfit.', { text: 'the troops were unfit', speaker: null, speakerText: 'Critics in the Pentagon' }],
    ],
  },
  'speaker.people-of-name': {
    pattern: NAMED_PEOPLE_HEAD,
    why: 'A person’s aides, lawyers or spokespeople ("McConnell aides", "Pagliano’s lawyer has said") speak for themselves, unnamed, the person kept as onBehalfOf; a name after the noun is the speaker ("Boehner spokesman Michael Steel").',
    examples: [
      ['Mitch McConnell spoke. McConnell aides acknowledged a collaborative relationship with the administration.', { text: 'a collaborative relationship with the administration', speaker: null, speakerText: 'McConnell aides', onBehalfOf: 'Mitch McConnell' }],
      ['Bryan Pagliano refused. Pagliano’s lawyer has said he will refuse to answer any questions.', { text: 'he will refuse to answer any questions', speaker: null, speakerText: 'Pagliano’s lawyer', onBehalfOf: 'Bryan Pagliano' }],
      ['Boehner spokesman Michael Steel said the bill was dead.', { text: 'the bill was dead', speaker: 'Michael Steel' }],
    ],
  },
  'speaker.with-absolute': {
    pattern: WITH_ABSOLUTE,
    why: 'In the absolute construction "with NP saying …" the noun phrase after "with" is the participle\'s subject: a name heading it speaks, otherwise the phrase speaks unnamed — never the sentence\'s subject or a name before "with". An utterance after "with" ("with a tweet saying", "with a floor speech saying") is the subject\'s own words; a gerund governed by "after", "by", "while" belongs to the subject.',
    examples: [
      ['A Fox News poll found a public decidedly skeptical of Mrs. Clinton, with 58 percent saying she knowingly lied about her emails.', { text: 'she knowingly lied about her emails', speaker: null, speakerText: '58 percent' }],
      ['North Korea took its turn Saturday in the escalating feud with President Trump, with the state-run newspaper saying the army is capable of fighting any war.', { text: 'the army is capable of fighting any war', speaker: null, speakerText: 'the state-run newspaper' }],
      ["Stephen Doughty spoke on Monday. But other MPs backed Mr Corbyn, with Labour's Stephen Doughty saying his leader was right to call for a general election.", { text: 'his leader was right to call for a general election', speaker: 'Stephen Doughty' }],
      ['The sharper rhetoric coincides with administration critics saying the government’s response to the virus was slow.', { text: 'the government’s response to the virus was slow', speaker: null, speakerText: 'administration critics' }],
      ['Donald Trump spoke on Monday. The Kremlin was furious, with Russia’s foreign minister saying the strikes were illegal.', { text: 'the strikes were illegal', speaker: null, speakerText: 'Russia’s foreign minister' }],
      // Negatives: the named subject of the phrase already read; an utterance is the subject's; a gerund after "while".
      ['The White House backtracked, with press secretary Sarah Huckabee Sanders saying that the administration was merely considering sanctions.', { text: 'the administration was merely considering sanctions', speaker: 'Sarah Huckabee Sanders' }],
      ['President Donald Trump pushed back against the criticism, with a tweet saying trade wars are good and easy to win.', { text: 'trade wars are good and easy to win', speaker: 'Donald Trump' }],
      ['Sen. Chuck Schumer marked the anniversary with a floor speech saying that Trump and allies are spinning conspiracy theories.', { text: 'Trump and allies are spinning conspiracy theories', speaker: 'Chuck Schumer' }],
      ['Wilbur Ross dismissed suggestions that the U.S. is igniting a trade war with key allies while saying the effects will be trivial.', { text: 'the effects will be trivial', speaker: 'Wilbur Ross' }],
      ['Barack Obama said Tuesday that his approach was working, wading into new disputes with lawmakers by saying his strategy has paid dividends.', { text: 'his strategy has paid dividends', speaker: 'Barack Obama' }],
    ],
  },
  'speaker.relative-aside': {
    pattern: RELATIVE_ASIDE,
    why: 'A relative clause set off by commas between the subject and its verb of saying ("Ukraine’s interim government, which met with Mr. Biden, said", "Mr. Kerry, who served in Vietnam, said") describes the subject: the names inside it (whom it met, where it comes from) are never the speaker, which is read from the words before the clause.',
    examples: [
      ['Joe Biden arrived in Kiev. Ukraine’s interim government, which met with Mr. Biden, said insurgents kidnapped two Ukrainians.', { text: 'insurgents kidnapped two Ukrainians', speaker: 'Ukraine' }],
      ['Hillary Clinton, who shuttled among Israel, the West Bank and Egypt to help negotiate the deal, said the United States will keep working with its partners.', { text: 'the United States will keep working with its partners', speaker: 'Hillary Clinton' }],
      ['The migrants, who are mostly from Honduras, but also from Guatemala and El Salvador, say they are fleeing violence at home.', { text: 'they are fleeing violence at home', speaker: null, speakerText: 'The migrants' }],
      ['A spokeswoman for FlyDubai, which operates a number of 737 Max 8s, told Reuters that the company continues to have confidence in the aircraft.', { text: 'the company continues to have confidence in the aircraft', speaker: null, speakerText: 'A spokeswoman for FlyDubai' }],
      ['The officials, who spoke on condition of anonymity, said the talks had stalled.', { text: 'the talks had stalled', speaker: null, speakerText: 'The officials' }],
      // Negatives: a relative clause whose verb is the cue ("which officials said"), a name heading the subject.
      ['The strikes hit the Khorasan group, which US officials said posed a greater threat to Europe.', { text: 'the Khorasan group, which US officials said posed a greater threat to Europe', speaker: null }],
      ['Rex Tillerson, who met with Sergei Lavrov on Monday, said the talks had stalled.', { text: 'the talks had stalled', speaker: 'Rex Tillerson' }],
    ],
  },
  'speaker.adjunct-aside': {
    pattern: ADJUNCT_ASIDE,
    why: 'A participle\'s or a preposition\'s phrase set off by commas between the subject and its verb of saying ("The officials, speaking on condition of anonymity, said", "The ministry, in a statement, said", "Two U.S. officials, in Washington, said") is an adjunct of the saying: the speaker is read from the words before it, the names inside it never speak.',
    examples: [
      ['The officials, speaking on condition of anonymity, said the offer had been accepted.', { text: 'the offer had been accepted', speaker: null, speakerText: 'The officials' }],
      ['The ministry, in a statement, said the deal was accepted by the government.', { text: 'the deal was accepted by the government', speaker: null, speakerText: 'The ministry' }],
      ['Two officials, in Paris, said the talks had stalled over the border.', { text: 'the talks had stalled over the border', speaker: null, speakerText: 'Two officials' }],
      ['Two senior U.S. officials, contacted by Reuters after the comments, said the United States had no information to support the threat.', { text: 'the United States had no information to support the threat', speaker: null, speakerText: 'Two senior U.S. officials' }],
      // Negatives: a name heading the subject still speaks; an agent in a prepositional phrase is whose words they are.
      // (A participle's aside may name a place "City, Country" and a day after commas: the country is no speaker.)
      ['Mike Pompeo flew to the Gulf. Pompeo, speaking from Jeddah, Saudi Arabia, on Wednesday, added that the attack was Iran’s.', { text: 'the attack was Iran’s', speaker: 'Mike Pompeo' }],
      ['John Smith, speaking to reporters in Paris, said the talks had stalled.', { text: 'the talks had stalled', speaker: 'John Smith' }],
      ["The group's media arm, in an audio recording by spokesman Abu Mohammed al-Adnani, said that the pledge has been accepted.", { text: 'the pledge has been accepted', speaker: 'Abu Mohammed al-Adnani' }],
    ],
  },
  'speaker.credited-framing': {
    pattern: FRAMING_SUBJECT,
    why: 'In a round-up of commentary, the editor\'s framing words before an excerpt closed by its credit ("Some suggest that Congress “…” Edward B. Foley, Politico", "Many point out that “…” Dara Lind, Vox") name no source of their own: the credited writer speaks.',
    examples: [
      ['Some suggest that Congress “remove Trump from office and let the voters judge the rest of it.” Edward B. Foley, Politico\n\nThe debate goes on.', { text: 'Congress “remove Trump from office and let the voters judge the rest of it.”', speaker: 'Edward B. Foley' }],
      // Negatives: framing words with no credit after them; a credit in another paragraph.
      ['Some suggest that Congress should remove Trump from office and let the voters judge.\n\nThe debate goes on.', { text: 'Congress should remove Trump from office and let the voters judge', speaker: null, speakerText: 'Some' }],
      ['Some suggest that Congress should remove Trump from office and let the voters judge.\n\n“The debate goes on and on.” Edward B. Foley, Politico', { text: 'Congress should remove Trump from office and let the voters judge', speaker: null, speakerText: 'Some' }],
    ],
  },
  'speaker.unnamed-role-antecedent': {
    pattern: DEFINITE_ROLE,
    why: 'A definite role noun speaking ("“…,” the official said") points to its latest antecedent: an unnamed source of that noun after the role\'s named holder ("Nico Tak, a top NATO official, … A senior U.S. defense official also told Fox News … the official said") is that unnamed source again, its words kept.',
    examples: [
      ['Brig. Gen. Nico Tak, a top NATO official, told reporters that the aim was clear. A senior U.S. defense official also told Fox News that the Pentagon has seen evidence. “This is not the first time,” the official said.', { text: 'This is not the first time,', speaker: null, speakerText: 'A senior U.S. defense official' }],
      // Negatives: the named holder is the latest; an unnamed source of another noun.
      ['A senior U.S. defense official told Fox News that the Pentagon has seen evidence. Brig. Gen. Nico Tak, a top NATO official, told reporters that the aim was clear. “This is not the first time,” the official said.', { text: 'This is not the first time,', speaker: 'Nico Tak' }],
      ['Brig. Gen. Nico Tak, a top NATO official, told reporters that the aim was clear. A Pentagon spokesman told Fox News that the Pentagon has seen evidence. “This is not the first time,” the official said.', { text: 'This is not the first time,', speaker: 'Nico Tak' }],
    ],
  },
  'speaker.not-listener': {
    pattern: LISTENER_BEFORE,
    why: 'A name right after a verb of telling ("told CNN’s Anderson Cooper, adding …", "said to Donald Trump, “…”", "told Fox News that …, adding …") is whom the words were addressed to, never their speaker: the quote goes to the subject of that verb — the speaker another quote of the sentence gives it, else the name or the unnamed source’s words before the verb.',
    examples: [
      ['Donald Trump sat down with the anchor. “Well,” the newswoman said to Donald Trump, “you’re under a tremendous amount of pressure lately.”', { text: 'you’re under a tremendous amount of pressure lately.', speaker: null, speakerText: 'the newswoman' }],
      ['"Her resume is very thin," David Gergen, who served in the Nixon, Ford, Reagan, and Clinton administrations, told CNN\'s Anderson Cooper, adding that the UN post is not a communications job.', { text: 'the UN post is not a communications job', speaker: 'David Gergen' }],
      ['The source told Fox News that home arrests typically take place early in the morning, adding that the case was nothing out of the ordinary.', { text: 'the case was nothing out of the ordinary', speaker: null, speakerText: 'The source' }],
      // Negatives: the speaker before the verb of telling; a listener who speaks in a relative clause of its own.
      ['"We will win," Senator John McCain told CNN\'s Anderson Cooper on Sunday.', { text: 'We will win,', speaker: 'John McCain' }],
      ['Donald Trump was talking to Vladimir Putin, who said the talks had gone well.', { text: 'the talks had gone well', speaker: 'Vladimir Putin' }],
    ],
  },
  'speaker.relative-clause-source': {
    pattern: RELATIVE_SPEAKER,
    why: 'A verb of saying inside a relative clause ("a missile that experts said was capable of …", "Monica Witt, who officials say worked for …") has the noun phrase after the relative pronoun as its speaker — "experts", "officials" — not the noun the clause is about; a relative clause with a verb of its own ("the official who spoke to the AP said") names its head.',
    examples: [
      ['North Korea fired a missile Friday that experts said was capable of hitting Los Angeles.', { text: 'a missile Friday that experts said was capable of hitting Los Angeles', speaker: null, speakerText: 'experts' }],
      ['Trump has repeatedly blasted the deal, which critics say does not do enough to end Iran’s aggression.', { text: 'the deal, which critics say does not do enough to end Iran’s aggression', speaker: null, speakerText: 'critics' }],
      ['The strikes hit the Khorasan group, which US officials said Tuesday posed a greater threat to Europe.', { text: 'the Khorasan group, which US officials said Tuesday posed a greater threat to Europe', speaker: null, speakerText: 'US officials' }],
      // Negatives: the relative clause's own verb ("who spoke to the AP"): its head speaks.
      ['The official who spoke to the AP said the talks had stalled.', { text: 'the talks had stalled', speaker: null, speakerText: 'The official who spoke to the AP' }],
    ],
  },
  'speaker.owned-head': {
    pattern: OWNED_HEAD,
    why: 'A person’s possessive before a person’s noun ("Kassig’s purported executioner", "Parnas’ lawyer", "Eid’s father", "Mrs. Clinton’s political director") only qualifies the noun heading the subject: that noun speaks, unnamed — for the person when on their side (an aide, an official, a supporter), for no one otherwise (kin, a killer, a critic) — unless a person is named in apposition to it (quotes/owned-head.ts, after speaker.agent-of-principal).',
    examples: [
      ['Peter Kassig was killed. “Here we are,” Kassig\'s purported executioner says.', { text: 'Here we are,', speaker: null, speakerText: 'Kassig\'s purported executioner', onBehalfOf: null }],
      ['Ahmed Eid was jailed. “Where do we turn?” Eid’s father said.', { text: 'Where do we turn?', speaker: null, speakerText: 'Eid’s father', onBehalfOf: null }],
      ['Lev Parnas spoke on Monday. Parnas’ lawyer said Trump’s statement was “plainly false.”', { text: 'Trump’s statement was “plainly false.”', speaker: null, speakerText: 'Parnas’ lawyer', onBehalfOf: 'Lev Parnas' }],
      ['Hillary Clinton spoke. “They should serve,” said Mrs. Clinton’s political director.', { text: 'They should serve,', speaker: null, speakerText: 'Mrs. Clinton’s political director', onBehalfOf: null }],
      // Negatives: the person in apposition speaks; "’s" as "is" before a determiner; a verb after "’s has".
      ['Krystle Campbell died. "She was the best," Campbell\'s distraught mother, Patty Campbell, told reporters.', { text: 'She was the best,', speaker: 'Patty Campbell' }],
      ['Donald Trump spoke. “He’s a liar,” Trump’s first defense secretary, Jim Mattis, said.', { text: 'He’s a liar,', speaker: 'Jim Mattis' }],
      ['Mitch McConnell spoke. “We’re running out of time,” added McConnell’s whip, Sen. John Cornyn of Texas.', { text: 'We’re running out of time,', speaker: 'John Cornyn' }],
      ['Donald Trump spoke on Monday. Trump’s asked advisers whether the plan was dead, he said.', { text: 'Trump’s asked advisers whether the plan was dead', speaker: 'Donald Trump' }],
    ],
  },
  'speaker.modified-head': {
    pattern: MODIFIED_HEAD,
    why: 'A person’s name modifying a noun of their side or tie ("A senior Trump official", "One Tillerson ally", "Trump associates", "Obama national security aides") is no speaker: the noun phrase speaks, unnamed, for that person when on their side; a person in apposition to it speaks ("Sen. Lindsey Graham, a staunch Trump ally, told reporters"; quotes/owned-head.ts).',
    examples: [
      ['Donald Trump spoke. A senior Trump official played down the idea, saying he remained in contact with top officials.', { text: 'he remained in contact with top officials', speaker: null, speakerText: 'A senior Trump official', onBehalfOf: 'Donald Trump' }],
      ['Donald Trump spoke. Trump associates, meanwhile, believe the public is turning against Mueller.', { text: 'the public is turning against Mueller', speaker: null, speakerText: 'Trump associates', onBehalfOf: 'Donald Trump' }],
      ['Barack Obama spoke. Obama national security aides requested the unmasking, suggesting to Republicans that they were spying.', { text: 'they were spying', speaker: null, speakerText: 'Obama national security aides', onBehalfOf: 'Barack Obama' }],
      // Negatives: a listener after the verb; a person the phrase is in apposition to.
      ['Donald Trump spoke on Monday. Trump told aides that the plan was dead.', { text: 'the plan was dead', speaker: 'Donald Trump' }],
      ['Hillary Clinton lost. Clinton addresses supporters in New York, saying the country is more divided than she thought.', { text: 'the country is more divided than she thought', speaker: 'Hillary Clinton' }],
      ['Donald Trump spoke. Lindsey Graham, a Trump ally, said the plan was dead.', { text: 'the plan was dead', speaker: 'Lindsey Graham' }],
    ],
  },
  'speaker.modifier-principal': {
    pattern: ROLE_WORDS_BETWEEN,
    why: 'A name modifying a role noun before another name ("Clinton senior policy adviser Jake Sullivan", "Obama spokesman Josh Earnest") is the principal: the name after the role noun heads the phrase and speaks, and so do the quotes that continue it.',
    examples: [
      ['Democratic nominee Hillary Clinton spoke. “Russia is already in Ukraine,” said Clinton senior policy adviser Jake Sullivan.', { text: 'Russia is already in Ukraine,', speaker: 'Jake Sullivan' }],
      ['Barack Obama spoke. “We will not go,” Obama spokesman Josh Earnest said.', { text: 'We will not go,', speaker: 'Josh Earnest' }],
      // A possessor's office with its holder in apposition after a quotation of two sentences: the holder speaks.
      ['Mike Pence spoke. “There’s a long way to go still. The legal teams are talking today,” Vice President Mike Pence’s chief of staff, Marc Short, told reporters.', { text: 'There’s a long way to go still. The legal teams are talking today,', speaker: 'Marc Short' }],
      // Negatives: two people coordinated; a listener after the verb.
      ['Barack Obama spoke. Obama told Vladimir Putin that the talks went well.', { text: 'the talks went well', speaker: 'Barack Obama' }],
    ],
  },
  'speaker.named-kind': {
    pattern: KIND_NOUN,
    why: 'A body named and then given its kind ("the Xinhua news agency", "the semiofficial Fars news agency", "the Hamas movement", "The Islamic State group") is that body: the kind noun classifies the name, it does not make the source unnamed. A person heading the words ("The leader of Hezbollah") or a kind noun without a name ("the news agency", with no news agency named before it: speaker.outlet-antecedent) stays unnamed.',
    examples: [
      ['Xinhua reported it. The Xinhua news agency said China would retaliate against the tariffs.', { text: 'China would retaliate against the tariffs', speaker: 'Xinhua' }],
      ['The tanker was hit by two missiles, the semiofficial Fars news agency reported.', { text: 'The tanker was hit by two missiles', speaker: 'Fars' }],
      // …after its state's word, or with its kind before the name; an organization's press office is the organization.
      ['The tanker was hit by two missiles, Iran’s semi-official Tasnim news agency reported.', { text: 'The tanker was hit by two missiles', speaker: 'Tasnim' }],
      ['Wang Yi warned of storm clouds, according to the Chinese state news agency Xinhua.', { text: 'Wang Yi warned of storm clouds', speaker: 'Xinhua' }],
      ['The Kremlin’s press office said Vladimir Putin would attend the summit.', { text: 'Vladimir Putin would attend the summit', speaker: 'Kremlin' }],
      // A firm's kind too: an airline, a company, a bank.
      ['Germany’s Lufthansa airline said it and subsidiaries are canceling flights to and from Tehran for the next 10 days.', { text: 'it and subsidiaries are canceling flights to and from Tehran for the next 10 days', speaker: 'Lufthansa' }],
      ['More than a quarter of Sweden’s voters were still undecided, according to national polling company Sifo.', { text: 'More than a quarter of Sweden’s voters were still undecided', speaker: 'Sifo' }],
      // Negative: people of the group named after the kind speak, unnamed.
      ['Officials of the group Hamas said the truce would hold.', { text: 'the truce would hold', speaker: null }],
      // Negatives: the leader of the group speaks; a kind noun alone.
      ['The leader of Lebanon’s Hezbollah group said the tanker was hit.', { text: 'the tanker was hit', speaker: null, speakerText: 'The leader of Lebanon’s Hezbollah group' }],
      ['China is angry. The news agency said China would retaliate.', { text: 'China would retaliate', speaker: null, speakerText: 'The news agency' }],
    ],
  },
  'speaker.demonym-state': {
    pattern: STATE_NOUN,
    why: 'A country’s adjective before the noun of its state ("the Indian government", "the Thai authorities", "the Syrian regime") names the state, wherever the words stand ("according to the Indian government", "…, the Nigerian government said"), as "The Russian government said" does: the country speaks. Its military, a ministry or a people’s group stay as their own rules read them.',
    examples: [
      ['India is large. Anywhere from 150,000 to 300,000 Hindus have fled since 1990, according to the Indian government.', { text: 'Anywhere from 150,000 to 300,000 Hindus have fled since 1990', speaker: 'India' }],
      ['Nigeria is large. The girls were freed on Sunday, the Nigerian government said.', { text: 'The girls were freed on Sunday', speaker: 'Nigeria' }],
      // Negatives: a group of the country's people; a ministry.
      ['“There is nothing that can stop the regime,” Syrian rebels say.', { text: 'There is nothing that can stop the regime,', speaker: null, speakerText: 'Syrian rebels' }],
      ['“We have no such information,” China’s foreign ministry said in a statement.', { text: 'We have no such information,', speaker: 'Chinese Foreign Ministry', onBehalfOf: 'China' }],
      // A possessive and a qualifier of a government: the state; some authorities of it are not.
      ['Iraq is large. Iraq’s new government said the attack was a violation of its sovereignty.', { text: 'the attack was a violation of its sovereignty', speaker: 'Iraq' }],
      ['Indonesia is large. Indonesia’s aviation authorities said all 737 Max jets would be grounded.', { text: 'all 737 Max jets would be grounded', speaker: null, speakerText: 'Indonesia’s aviation authorities' }],
    ],
  },
  'speaker.country-modifier': {
    pattern: MODIFIED_AFTER,
    why: 'A country whose name or adjective only modifies the speaker’s noun ("Some U.S. senators expressed concern … and urged …", "Iranian officials did not address … but threatened …"; not its military or state media, organs the state speaks through) or only places it after a preposition ("The U.S. Embassy in Afghanistan confirmed …", "Kurdish-led forces in northeast Syria confirmed …") does not speak: the noun phrase does — a name in apposition after it ("Israeli army spokesman Lt. Col. Peter Lerner") or a body the article names heading it, else unnamed with the country it belongs to as onBehalfOf, as "U.S. officials said" reads. The place after "in" is never the speaker.',
    examples: [
      ['Donald Trump met Kim Jong Un. Some U.S. senators expressed concern about North Korea and urged the Trump administration to keep up the pressure on Pyongyang.', { text: 'the Trump administration to keep up the pressure on Pyongyang', speaker: null, speakerText: 'Some U.S. senators', onBehalfOf: 'United States' }],
      ['Iranian officials did not address the cyberattack but threatened to shoot down more aircraft that violate its airspace.', { text: 'violate its airspace', speaker: null, speakerText: 'Iranian officials', onBehalfOf: 'Iran' }],
      ['The U.S. Embassy in Afghanistan confirmed Thursday that three American doctors were killed.', { text: 'three American doctors were killed', speaker: 'U.S. Embassy' }],
      ['The British Embassy in Argentina said the visit would be the first by a prime minister.', { text: 'the visit would be the first by a prime minister', speaker: null, speakerText: 'The British Embassy in Argentina', onBehalfOf: 'United Kingdom' }],
      ['Kurdish-led forces in northeast Syria confirmed that U.S. forces had withdrawn from areas at the border.', { text: 'U.S. forces had withdrawn from areas at the border', speaker: null, speakerText: 'Kurdish-led forces in northeast Syria' }],
      ['The U.S. Embassy in Seoul said it was aware of the reports.', { text: 'it was aware of the reports', speaker: 'U.S. Embassy' }],
      ['A senior U.S. official highly involved on Syria said the administration is always planning.', { text: 'the administration is always planning', speaker: null, speakerText: 'A senior U.S. official highly involved on Syria', onBehalfOf: 'United States' }],
      // Negatives: a country heading its own phrase; a verb after it, its object the noun; a preposition's object.
      ['Commenting on his suspected capture, Israeli army spokesman Lt. Col. Peter Lerner said troops destroying a tunnel were attacked by militants.', { text: 'on his suspected capture', speaker: 'Peter Lerner' }],
      ['Russia banned imports of Polish fruit on Wednesday and said it might expand the ban.', { text: 'it might expand the ban', speaker: 'Russia' }],
      // …nor a state's organ it speaks through ("The US military", "Syrian state media").
      ['Syrian state media denied government forces had launched any chemical attack and said rebels in the town were spreading false news.', { text: 'rebels in the town were spreading false news', speaker: 'Syria' }],
      ['Iran accused western officials of lying and said the talks were over.', { text: 'the talks were over', speaker: 'Iran' }],
      ['The U.S. government said the talks had failed.', { text: 'the talks had failed', speaker: 'United States' }],
    ],
  },
  'speaker.plain-title': {
    pattern: ROLE_SUBJECT,
    why: 'A bare role ("The president said", "The president himself tried …; “…,” he said") where the article titles one holder plainly ("President Barack Obama") and another only with a foreign country ("Russian President Vladimir Putin") is the plainly titled one, when named before it: the office the writer needs not qualify, as a reader takes it; the country-titled holder needs his country named ("the Russian president"). With every holder titled by a country, the latest holder named, as before.',
    examples: [
      ['President Barack Obama spoke on Saturday. Russian President Vladimir Putin spoke too. The president said the talks would go on.', { text: 'the talks would go on', speaker: 'Barack Obama' }],
      ['President Barack Obama spoke on Saturday. Russian President Vladimir Putin fears it could threaten the arsenal. The president himself tried to manage expectations. “It won’t be easy,” he said.', { text: 'It won’t be easy,', speaker: 'Barack Obama' }],
      // Negatives: the country named with the role; every holder titled by a country.
      ['President Barack Obama spoke on Saturday. Russian President Vladimir Putin spoke too. The Russian president said the talks would go on.', { text: 'the talks would go on', speaker: 'Vladimir Putin' }],
      ['U.S. President Barack Obama spoke on Saturday. Russian President Vladimir Putin spoke too. The president said the talks would go on.', { text: 'the talks would go on', speaker: 'Vladimir Putin' }],
      // …a plainly titled holder named only after the role does not take it ("President John F. Kennedy set the goal").
      ['U.S. President Donald Trump spoke on Monday. Senator Bill Nelson said “Thankfully, the president can’t do it.” In December, the president signed a directive that he said would enable astronauts to return to the moon. President John F. Kennedy set the goal.', { text: 'a directive that he said would enable astronauts to return to the moon', speaker: 'Donald Trump' }],
    ],
  },
  'speaker.appositive-object': {
    pattern: DESCRIPTIVE_APPOSITIVE,
    why: 'An appositive between a subject and its verb that describes the subject by someone ("Russia’s foreign ministry, an ally of Assad’s, released a statement saying", "The official, a former aide to Obama, said") names that person only as a preposition’s object or a possessor: the subject before it speaks, whatever the verb — "said" or a document-issuing "released a statement saying". A person heading the appositive ("Romney’s spokeswoman, Andrea Saul,") still speaks.',
    examples: [
      ['Bashar al-Assad spoke on Sunday. Russia’s foreign ministry, an ally of Assad’s, released a statement saying that Lavrov had urged restraint.', { text: 'Lavrov had urged restraint', speaker: 'Russian Foreign Ministry', onBehalfOf: 'Russia' }],
      ['Bashar al-Assad spoke on Sunday. Russia’s foreign ministry, an ally of Assad’s, said the strike was illegal.', { text: 'the strike was illegal', speaker: 'Russian Foreign Ministry', onBehalfOf: 'Russia' }],
      ['Barack Obama spoke on Monday. The official, a former aide to Obama, said the strike was illegal.', { text: 'the strike was illegal', speaker: null, speakerText: 'The official' }],
      // Negatives: a person heading the appositive, or heading the subject, speaks.
      ['Mitt Romney spoke on Monday. Romney’s spokeswoman, Andrea Saul, said the vote was fair.', { text: 'the vote was fair', speaker: 'Andrea Saul' }],
      ['Vladimir Putin spoke on Monday. Sergei Lavrov, Putin’s closest partner, said the strike was illegal.', { text: 'the strike was illegal', speaker: 'Sergei Lavrov' }],
      ['Nicola Sturgeon spoke on Monday. Scotland’s First Minister, the SNP’s Nicola Sturgeon, said the vote was fair.', { text: 'the vote was fair', speaker: 'Nicola Sturgeon' }],
    ],
  },
  'speaker.state-organ': {
    pattern: ORGAN_AFTER_STATE,
    why: 'A state’s organ named in lower case after the state’s name, adjective or possessive ("Russia’s foreign ministry", "the Iraqi military", "Seoul’s defense ministry", "Egypt’s armed forces", "South Korea’s presidential office") names one body: an Organization node keyed as the capitalised form is ("Russian Foreign Ministry"), the same node whatever the wording, speaking for its state (onBehalfOf). A ministry by its topic (none for the United States, whose departments are read by their names), the organs of STATE_ORGANS; "The ministry" or "the military" taking one up is that node too (speaker.kind-antecedent). A person heading the words, or an organ of no listed kind, stays as before.',
    examples: [
      ['Russia condemned the strikes. Russia’s foreign ministry said on Monday that the strikes were illegal.', { text: 'the strikes were illegal', speaker: 'Russian Foreign Ministry', onBehalfOf: 'Russia' }],
      ['Russia condemned the strikes. The Russian foreign ministry said the strikes were illegal.', { text: 'the strikes were illegal', speaker: 'Russian Foreign Ministry', onBehalfOf: 'Russia' }],
      ['Israel launched strikes on Gaza. The Israeli military said it hit 12 targets. The military said troops were continuing work.', { text: 'troops were continuing work', speaker: 'Israel Defense Forces', onBehalfOf: 'Israel' }],
      ['Egypt is tense. Egypt’s armed forces said they would guarantee the rights of protesters.', { text: 'they would guarantee the rights of protesters', speaker: 'Egyptian Military', onBehalfOf: 'Egypt' }],
      ['The U.S. military said the airstrikes were in retaliation for the attack.', { text: 'the airstrikes were in retaliation for the attack', speaker: 'U.S. Military', onBehalfOf: 'United States' }],
      ['The US defence department said 3,750 extra soldiers would be sent to the border.', { text: '3,750 extra soldiers would be sent to the border', speaker: 'Defense Department', onBehalfOf: 'United States' }],
      // Negatives: a spokesman of the organ speaks, unnamed; a kind the table does not hold.
      ['A spokesman for Russia’s foreign ministry said the strikes were illegal.', { text: 'the strikes were illegal', speaker: null, speakerText: 'A spokesman for Russia’s foreign ministry' }],
      ['Mexico is large. Mexico’s foreign relations department said the migrants had been deported.', { text: 'the migrants had been deported', speaker: null, speakerText: 'Mexico’s foreign relations department' }],
      // A state's mission, in lower case or capitalised, and "the embassy" taking it up.
      ['Britain urged calm. The British embassy said staff were safe. The embassy added that flights were cancelled.', { text: 'flights were cancelled', speaker: 'British Embassy', onBehalfOf: 'United Kingdom' }],
      ['The Russian Embassy said staff were safe. “We are monitoring the situation,” the embassy said.', { text: 'We are monitoring the situation,', speaker: 'Russian Embassy' }],
    ],
  },
  'speaker.city-police': {
    pattern: POLICE_AFTER_CITY,
    why: 'A city’s police as the source ("Berlin police urged …", "the Delhi police said", "…,” Ottawa police said") is one named institution, that city’s police force: an Organization node "Berlin Police", neither unnamed words nor the state a capital’s name stands for elsewhere ("Berlin police" is not Germany speaking). The city is a name the gazetteer knows as a city of 100,000 or more; a bare "police", a demonym’s ("Nigerian police": a state’s forces, often several) and police officers keep what they had (quotes/placed-body.ts).',
    examples: [
      ['A truck drove into a market in Berlin. Berlin police urged people to remain "particularly vigilant."', { text: 'people to remain "particularly vigilant."', speaker: 'Berlin Police', onBehalfOf: null }],
      ['A truck drove into a market in Berlin. "All measures are being taken with great speed," Berlin police said on Twitter.', { text: 'All measures are being taken with great speed,', speaker: 'Berlin Police' }],
      ['In a media briefing a day later, the Delhi police said that 200 people had been arrested.', { text: '200 people had been arrested', speaker: 'Delhi Police' }],
      ['A gunman opened fire at the National War Memorial on Wednesday, killing one soldier, Ottawa police said in a statement.', { text: 'A gunman opened fire at the National War Memorial on Wednesday, killing one soldier', speaker: 'Ottawa Police' }],
      // Negatives: police of no place, a demonym's police, police officers of a city.
      ['A man was arrested on Monday. Police said the man was armed.', { text: 'the man was armed', speaker: null, speakerText: 'Police' }],
      ['On Thursday, Nigerian police said one officer was shot in the neck.', { text: 'one officer was shot in the neck', speaker: null, speakerText: 'Nigerian police' }],
    ],
  },
  'speaker.organ-in-capital': {
    pattern: ORGAN_IN_CITY,
    why: 'A state’s organ placed in the state’s capital ("The defence ministry in Seoul said", "the foreign ministry in Moscow") is that state’s organ, as "Seoul’s defense ministry" is (speaker.state-organ): the same Organization node, for the state when the article names it. A city that is no capital ("the military in Aleppo"), or an organ of no listed kind ("the government in Tripoli"), keeps its words (quotes/placed-body.ts).',
    examples: [
      ['North Korea fired a missile on Monday. The defence ministry in Seoul said there would be no drills.', { text: 'there would be no drills', speaker: 'South Korean Defense Ministry' }],
      ['Ukraine protested the move. The foreign ministry in Moscow said the talks were over.', { text: 'the talks were over', speaker: 'Russian Foreign Ministry' }],
      // Negatives: no capital; no listed organ.
      ['Fighting went on in Syria. The military in Aleppo said the rebels had retreated.', { text: 'the rebels had retreated', speaker: null }],
      ['Libya is divided. The government in Tripoli said the attack was planned.', { text: 'the attack was planned', speaker: null }],
    ],
  },
  'speaker.compared-subject': {
    pattern: COMPARISON_OPENING,
    why: 'A name inside a comparison opening the sentence ("Like U.S. officials, the group … said", "Yet like Glenn Close’s character in Fatal Attraction, the terrorists … keep declaring …") is the comparison’s term, never the subject: the name or the noun phrase after the comparison’s comma speaks (a body’s kind there taken up as speaker.kind-antecedent reads it). A comparison reporting speech itself ("Like Trump said, …") is left alone.',
    examples: [
      ['The Syrian Observatory for Human Rights, a British-based group that monitors the conflict, reported the death. Like U.S. officials, the group characterized McCain as an ISIS fighter and said he was killed battling al-Nusra Front.', { text: 'he was killed battling al-Nusra Front', speaker: 'Syrian Observatory for Human Rights' }],
      ['Yet like Glenn Close’s character in Fatal Attraction, the terrorists and strongmen keep getting in our faces and declaring that they won’t be ignored.', { text: 'they won’t be ignored', speaker: null, speakerText: 'the terrorists and strongmen' }],
      ['Unlike Barack Obama, Donald Trump said the deal was a disaster.', { text: 'the deal was a disaster', speaker: 'Donald Trump' }],
      // Negative: the comparison holds no speaker.
      ['Like many Republicans, Senator Lindsey Graham said the deal was a disaster.', { text: 'the deal was a disaster', speaker: 'Lindsey Graham' }],
    ],
  },
  'speaker.kind-antecedent': {
    pattern: KIND_ANAPHOR,
    why: 'A body’s kind after "the" as the subject ("The ministry added that …", "The group said", "The agency said") takes up the one body the article has tied to that kind before it — by name beside the kind ("the advocacy group Global Zero", "Iran’s Tasnim news agency", "the North’s state news agency, KCNA") or a country owning it ("Mexico’s foreign ministry": for Mexico, as that phrase is read). Two bodies of the kind, or none tied, leave the words unnamed; so does a latest mention of the kind that is another body than the one the article names with that noun ("The health ministry puts the toll at 77. …, the ministry said" is not the Interior Ministry: named-body.ts latestKindBodies).',
    examples: [
      ['He wrote a study for the advocacy group Global Zero. The group said the United States can reduce its arsenal.', { text: 'the United States can reduce its arsenal', speaker: 'Global Zero' }],
      ['Iran’s semi-official Tasnim news agency quoted the general. The agency said the missile has a range of 1,250 miles.', { text: 'the missile has a range of 1,250 miles', speaker: 'Tasnim' }],
      ['In response, Mexico’s foreign ministry issued a statement on Sunday. The ministry added that fighting crime is the responsibility of both nations.', { text: 'fighting crime is the responsibility of both nations', speaker: 'Mexican Foreign Ministry', onBehalfOf: 'Mexico' }],
      // Negatives: two bodies of the kind; a kind tied to no body. (A company named beside its kind is that company, not
      // its country's.)
      ['Mexico’s foreign ministry and Canada’s foreign ministry issued statements on Sunday. The ministry added that the wall is the responsibility of both nations.', { text: 'the wall is the responsibility of both nations', speaker: null, speakerText: 'The ministry', onBehalfOf: null }],
      // (A group named just before is the one meant — kind-antecedent.ts — a company is no group.)
      ['Amnesty International reported it. The group said the camps hold 200,000 prisoners.', { text: 'the camps hold 200,000 prisoners', speaker: 'Amnesty International' }],
      ['Apple Inc. reported it. The group said the camps hold 200,000 prisoners.', { text: 'the camps hold 200,000 prisoners', speaker: null, speakerText: 'The group' }],
      ['The Chinese company Huawei was hit by the ban. The company said it was willing to talk.', { text: 'it was willing to talk', speaker: 'Huawei' }],
      // The latest body of the kind is the one meant: a body of the kind named before it is not, though the article names
      // it with the kind's noun.
      ['The Ukrainian Interior Ministry said the protesters were armed. The government places the toll much lower. The health ministry puts the total death toll since Tuesday at 77. Another 577 people have been injured, the ministry said.', { text: 'Another 577 people have been injured', speaker: null, speakerText: 'the ministry' }],
      ['The Ukrainian Interior Ministry said the protesters were armed. Ukraine’s health ministry puts the total death toll at 77. Another 577 people have been injured, the ministry said.', { text: 'Another 577 people have been injured', speaker: 'Ukrainian Health Ministry', onBehalfOf: 'Ukraine' }],
      // Negatives: the named body, then its kind again, or its own name's words in lower case.
      ['The Ukrainian Interior Ministry said the protesters were armed. The ministry blamed the opposition. Another 577 people have been injured, the ministry said.', { text: 'Another 577 people have been injured', speaker: 'Ukrainian Interior Ministry' }],
      ['The Ukrainian Interior Ministry said the protesters were armed. The interior ministry has 10,000 troops there. Another 577 people have been injured, the ministry said.', { text: 'Another 577 people have been injured', speaker: 'Ukrainian Interior Ministry' }],
      ['Theresa May halted the vote hours after the EU’s top court, the Court of Justice, said London could revoke its notice. The timing was no coincidence - the court said it had ruled with unprecedented haste.', { text: 'it had ruled with unprecedented haste', speaker: 'Court of Justice' }],
    ],
  },
  'speaker.body-head': {
    pattern: THE_BODY_HEAD,
    why: 'A body by the noun heading its name ("the administration", "the interior ministry", "the agency") is the body the article names so wherever the words stand — in the middle of a sentence ("While the regime denied …, the administration said …") or as a report inside a report ("Kerry said the administration believes …") — as it is when it heads its sentence: the one organization of the article whose name has that noun and every word the description gives it, named before it. None such, or several: unnamed.',
    examples: [
      ['The Obama administration accused Syria of using gas. While the regime denied the fresh accusations, the administration said it could not immediately verify them.', { text: 'it could not immediately verify them', speaker: 'Obama administration' }],
      ['The Obama administration accused Syria of using gas. Kerry said the administration believes the regime did it.', { text: 'the regime did it', speaker: 'Obama administration' }],
      // A force, a service, an authority, an organization or an association by its head noun as well.
      ['India\'s Central Reserve Police Force said the man was driving a car. The force said the soldiers feared an attack.', { text: 'the soldiers feared an attack', speaker: 'Central Reserve Police Force' }],
      ['Egypt\'s Civil Aviation Authority closed the airport. The aviation authority said the soldiers feared an attack.', { text: 'the soldiers feared an attack', speaker: 'Civil Aviation Authority' }],
      // Negatives: no body of that noun named before it; a possessive description is no body.
      ['Syria denied using gas. While the regime denied the fresh accusations, the administration said it could not immediately verify them.', { text: 'it could not immediately verify them', speaker: null, speakerText: 'the administration' }],
      ['Israeli forces raided the camp. The force said the soldiers feared an attack.', { text: 'the soldiers feared an attack', speaker: null, speakerText: 'The force' }],
      ['The Obama administration accused Syria of using gas. While the regime denied the accusations, the administration’s lawyers said they could not verify them.', { text: 'they could not verify them', speaker: null }],
      ['The Israeli Defense Ministry spoke on Monday. Al-Aqsa TV quoted the health ministry as saying 19 people had been killed.', { text: '19 people had been killed', speaker: null, speakerText: 'the health ministry' }],
    ],
  },
  'speaker.document-source': {
    pattern: DOCUMENT_SOURCE,
    why: 'A document as a quote\u2019s whole source speaks for the issuer the article names (a named author\u2019s document is a named source): a name modifying the noun ("A White House statement said", "Barr\u2019s letter says", "a Pentagon report found", "the Israeli readout of the call"; a country\u2019s only with "government" or alone), the name opening the phrase after "from"/"by"/"released by" ("a statement from U.S. Central Command said"), an outlet a report is in ("a report Wednesday in the Israeli newspaper Haaretz"), "its" (the body heading the words before), a lower-case kind ("a ministry statement": the latest body of the kind, its modifier in the name), or "X in a statement". A carrier or a finder is no issuer ("a statement carried by IRNA", "a memo obtained by Politico"), nor a name with a noun of its own between ("The Levinson family statement"), nor one owning another\u2019s office ("a statement from Netanyahu\u2019s office"): those keep their words.',
    examples: [
      ['Trump spoke with Calvo, reassuring him that U.S. forces stand ready, a White House statement said.', { text: 'Trump spoke with Calvo, reassuring him that U.S. forces stand ready', speaker: 'White House', speakerText: null, onBehalfOf: null }],
      ['Attorney General William Barr wrote to Congress on Sunday. Barr’s letter also says that most of the actions have been reported.', { text: 'most of the actions have been reported', speaker: 'William Barr' }],
      ['The interceptor destroyed the target, according to a statement from the Missile Defense Agency.', { text: 'The interceptor destroyed the target', speaker: 'Missile Defense Agency' }],
      ['The Pentagon in a statement said Iran had launched more than a dozen missiles.', { text: 'Iran had launched more than a dozen missiles', speaker: 'Pentagon' }],
      ['Japan’s Ministry of Defense said the projectiles were missiles. “The firings are a serious problem,” a ministry statement said.', { text: 'The firings are a serious problem,', speaker: 'Japanese Defense Ministry' }],
      ['Israel sees an opening, according to a report Wednesday in the Israeli newspaper Haaretz.', { text: 'Israel sees an opening', speaker: 'Haaretz' }],
      // Negatives: a carrier, a family's statement, an office's; an owner of another noun.
      ['The strike killed 12 people, according to a statement carried by IRNA.', { text: 'The strike killed 12 people', speaker: null, speakerText: 'a statement carried by IRNA' }],
      ['The Levinson family statement on Wednesday said they had received information from US officials.', { text: 'they had received information from US officials', speaker: null }],
      ['A statement from Netanyahu’s office said the announcement rights a historic wrong.', { text: 'the announcement rights a historic wrong', speaker: null }],
    ],
  },
  'speaker.document-antecedent': {
    pattern: UNNAMED_SUBJECT,
    why: 'A definite document ("The statement said", "…, the statement said", "according to the report") whose issuer the sentence or the few before name as an unnamed subject — "The group released a statement", "It said in a statement", "The Kremlin voiced its hope in a statement" (a stance verb, its short object and "in") — speaks for the body that subject stands for: "the group" or "the ministry" for the latest body of that kind (a company is no group: kind-antecedent.ts), "it" for the body heading the words before. None found: the words are kept.',
    examples: [
      ['Hamas issued a warning on Tuesday. The group released a statement on Wednesday. The statement said the fighters were ready.', { text: 'the fighters were ready', speaker: 'Hamas' }],
      ['The Kremlin voiced its hope in a statement that the vote would be calm. The statement signaled that Russia has no plan to annex the provinces.', { text: 'Russia has no plan to annex the provinces', speaker: 'Kremlin' }],
      ['From 2007 to 2011, the department granted 161,000 waivers, according to a report issued by Rep. Chris Murphy, D-Conn. The waivers sent $53.5 billion overseas, the report said.', { text: 'The waivers sent $53.5 billion overseas', speaker: 'Chris Murphy' }],
      // Negatives: a company is no group; no issuer named.
      ['Apple Inc. reported it. The group released a statement on Wednesday. The statement said the camps hold 200,000 prisoners.', { text: 'the camps hold 200,000 prisoners', speaker: null, speakerText: 'The statement' }],
      ['A statement was read out on state television. The statement said the fighters were ready.', { text: 'the fighters were ready', speaker: null, speakerText: 'The statement' }],
    ],
  },
  'speaker.outlet-antecedent': {
    pattern: OUTLET_ANAPHOR,
    why: 'A news outlet’s kind after "the" ("The newspaper said", "the paper reported", "according to the news agency", "the state broadcaster said") takes up the latest outlet of that kind the article named before it, as a reader takes it — a paper by its name’s head word ("the Bangkok Post", "The New York Times"), an agency, a broadcaster, a magazine or a website by the lexicon (lexicon/outlets.ts). Two outlets of the kind named together, one of the kind brought in unnamed after it ("a local newspaper"), a bare "the agency" (as often a government’s) or a modifier that makes it something else ("the research paper") leave the words unnamed.',
    examples: [
      ['The Bangkok Post reported on Monday that the attack killed 19 people. The newspaper said the bomb was placed under a bench.', { text: 'the bomb was placed under a bench', speaker: 'Bangkok Post' }],
      ['The New York Times reported that the talks had failed. The paper said the envoy left early.', { text: 'the envoy left early', speaker: 'New York Times' }],
      ['Reuters reported that the talks had failed. The news agency said the envoy left early.', { text: 'the envoy left early', speaker: 'Reuters' }],
      ['Donald Trump spoke to CNN on Monday. The talks had failed, according to the broadcaster.', { text: 'The talks had failed', speaker: 'CNN' }],
      // Negatives: two papers named together; a paper brought in unnamed after it; a bare "agency"; a research paper.
      ['The New York Times and The Washington Post reported that the talks had failed. The paper said the envoy left early.', { text: 'the envoy left early', speaker: null, speakerText: 'The paper' }],
      ['The New York Times reported that the talks had failed. A local newspaper reported that the envoy had left. The newspaper said the envoy left early.', { text: 'the envoy left early', speaker: null, speakerText: 'The newspaper' }],
      ['Reuters reported that the talks had failed. The agency said the envoy left early.', { text: 'the envoy left early', speaker: null, speakerText: 'The agency' }],
      ['The New York Times reported that the talks had failed. The research paper said the envoy left early.', { text: 'the envoy left early', speaker: null, speakerText: 'The research paper' }],
      // …nor a broadcaster named after it by its name's last word but read as no body (here none: "Al-Aqsa TV").
      ['CNN reported the strikes. Al-Aqsa TV quoted the health ministry as saying 19 people had been killed. The channel said more than 180 people have been wounded.', { text: 'more than 180 people have been wounded', speaker: null, speakerText: 'The channel' }],
      // …nor an outlet's publisher, nor a paper named after its kind but read as no body.
      ['The tabloid published by the ruling party mouthpiece People’s Daily said the claims were false. The paper said the envoy left early.', { text: 'the envoy left early', speaker: null, speakerText: 'The paper' }],
      ['The New York Times reported the strikes. An editorial in the British tabloid The Sun blamed the envoy. The paper said the envoy left early.', { text: 'the envoy left early', speaker: null, speakerText: 'The paper' }],
    ],
  },
  'speaker.appositive-holder': {
    pattern: APPOSITIVE_HOLDER,
    why: 'One person described by a role or a noun of people ("the chief spokesman for Isis", "one resident of the capital", "The current leader of Southern Command") and then named in apposition (", Mohammad al-Adnani,", ", Abebe Arega.", ", Adm. Kurt Tidd,") is that person, whatever rule read the attribution (a stance, a quotation after it, "according to"): the name says who the description is. A plural description with a list, or a name that is the reported words’ own subject, is no appositive holder.',
    examples: [
      ['The current leader of Southern Command, Adm. Kurt Tidd, voiced Kelly’s concern about the smuggling routes.', { text: 'Kelly’s concern about the smuggling routes', speaker: 'Kurt Tidd' }],
      ['Separately, the chief spokesman for Isis, Mohammad al-Adnani, singled out the “spiteful French” among a list of enemies.', { text: 'the “spiteful French” among a list of enemies', speaker: 'Mohammad al-Adnani' }],
      ['“We are afraid,” said one resident of the capital, Abebe Arega.', { text: 'We are afraid,', speaker: 'Abebe Arega' }],
      ['On Jan. 11, the chairman of the Joint Chiefs of Staff, Gen. Martin Dempsey, said he anticipated a decision soon.', { text: 'he anticipated a decision soon', speaker: 'Martin Dempsey' }],
      // Negatives: a plural description with a list; a description with no name after it; a document's appositive.
      ['The two Democratic senators from Rhode Island, Jack Reed and Sheldon Whitehouse, announced support for the deal.', { text: 'support for the deal', speaker: null, speakerText: 'The two Democratic senators from Rhode Island' }],
      ['Vladimir Putin met the envoy. “We are afraid,” said one resident of the capital, who asked not to be named.', { text: 'We are afraid,', speaker: null, speakerText: 'one resident of the capital' }],
    ],
  },
  'speaker.body-officer': {
    pattern: OFFICER_OF,
    why: 'A body or a country named only as the place of one person’s office ("the head of the 22-member Arab League urged …", "A top commander of the Iranian Revolutionary Guard Corps said", "Marc H. Morial, the chief executive of the National Urban League, told …") does not speak: its officer does — the person named in apposition before the office, else an unnamed source with the office’s words speaking for the body (onBehalfOf), whom the next sentence may name (speaker.next-holder). The body’s own relative clause ("the Chinese Basketball Association, which has said …") stays the body’s.',
    examples: [
      ['A top commander of the Iranian Revolutionary Guard Corps said Friday that his forces could have shot down a U.S. Navy plane.', { text: 'his forces could have shot down a U.S. Navy plane', speaker: null, speakerText: 'A top commander of the Iranian Revolutionary Guard Corps' }],
      ['In a panel discussion this weekend, Marc H. Morial, the chief executive of the National Urban League, told a young woman that not voting is not a viable option.', { text: 'not voting is not a viable option', speaker: 'Marc H. Morial' }],
      ['The head of the Arab League said the war was over. Arab League chief Nabil Elaraby spoke later.', { text: 'the war was over', speaker: 'Nabil Elaraby' }],
      // Negatives: the body's own relative clause; the body as the subject; a member of it is no office.
      ['Yao is now the president of the Chinese Basketball Association, which has said it is suspending its relationship with the Rockets.', { text: 'it is suspending its relationship with the Rockets', speaker: 'Chinese Basketball Association' }],
      ['The Arab League said the war was over.', { text: 'the war was over', speaker: 'Arab League' }],
    ],
  },
  'speaker.next-holder': {
    pattern: OFFICE_DESCRIPTION,
    why: 'An office described without a name ("a Taliban spokesman said", "the head of the lead agency in the operation said") whose holder the next sentence names with the same office — as a title before the name ("Taliban spokesman Zabihullah Mujahid") or in apposition (", the head of Indonesia’s National Search and Rescue Agency") — is that holder: the writer brings in the office and names it right after. Only one such person, named there first, of the same kind of office ("Foreign Minister" for a foreign minister) and of no other body ("White House spokesman" is not "a State Department spokesman"; a person owning the office, "Putin spokesman", may stand for the body); "another spokesman", a former office or a bare "the spokesman" (which points back: speaker.role-holder) are not.',
    examples: [
      ['Talks were held in Kabul. The two sides held a 35-minute telephone call, a Taliban spokesman said. In an emailed statement later, Taliban spokesman Zabihullah Mujahid said the talks would go on.', { text: 'The two sides held a 35-minute telephone call', speaker: 'Zabihullah Mujahid' }],
      ['Vladimir Putin will attend the summit. Leaders often meet in pull-asides, but a Kremlin spokesman said the only confirmed contact would be during the group meeting. "No preparations are underway for such a meeting," said Putin spokesman Dmitry Peskov.', { text: 'the only confirmed contact would be during the group meeting', speaker: 'Dmitry Peskov' }],
      ['Searchers suspect that the jet is on the bottom of the ocean, the head of the lead agency in the operation said today. “We currently suspect that plane is located on the ocean floor,” Bambang Soelistyo, the head of Indonesia\'s National Search and Rescue Agency, said.', { text: 'Searchers suspect that the jet is on the bottom of the ocean', speaker: 'Bambang Soelistyo' }],
      // Negatives: another body's spokesman; another kind of minister; another holder; a holder named before.
      ['A State Department spokesman said the talks had failed. White House spokesman Josh Earnest said the talks would go on.', { text: 'the talks had failed', speaker: null, speakerText: 'A State Department spokesman' }],
      ['Syria\'s foreign minister said the government would accept the plan. Prime Minister Wael al-Halqi spoke in Moscow.', { text: 'the government would accept the plan', speaker: null, speakerText: 'Syria\'s foreign minister' }],
      ['The talks went on. A spokesman said the talks had failed. Another spokesman, John Smith, said they would resume.', { text: 'the talks had failed', speaker: null, speakerText: 'A spokesman' }],
      ['John Kirby arrived on Monday. A spokesman said the talks had failed. Spokesman John Kirby said they would resume.', { text: 'the talks had failed', speaker: null, speakerText: 'A spokesman' }],
      // …nor a spokeswoman of another service for a spokesman.
      ['At least three people were killed when a rocket struck a building, an Israeli police spokesman said. Israeli military spokeswoman Avital Leibovich tweeted a photo.', { text: 'At least three people were killed when a rocket struck a building', speaker: null, speakerText: 'an Israeli police spokesman' }],
      // …nor one heading another body in apposition.
      ['The talks would resume in May, the head of the IAEA said on Monday. “We are ready,” Reza Najafi, head of Iran\'s delegation, said.', { text: 'The talks would resume in May', speaker: null, speakerText: 'the head of the IAEA' }],
    ],
  },
  'speaker.office-owner': {
    pattern: OWNED_OFFICE,
    why: 'A person’s office speaking ("Prime Minister David Cameron’s office said", "a statement from Netanyahu’s office", "…, his office said") is an unnamed source that speaks for that person, kept as onBehalfOf as a spokesman for them is (speaker.agent-of-principal) — not the country or body of the person’s title. "His"/"her" is the one person its sentence names before it, or the subject opening that sentence, of that gender; an office of no named person ("The Paris prosecutor’s office") or of several sources keeps what it had.',
    examples: [
      ['Senate Majority Whip Dick Durbin\'s office announced the Senate will take up another vote on Tuesday.', { text: 'the Senate will take up another vote on Tuesday', speaker: null, speakerText: 'Senate Majority Whip Dick Durbin\'s office', onBehalfOf: 'Dick Durbin' }],
      ['Israeli Prime Minister Benjamin Netanyahu\'s office said in a statement that Israel was disappointed.', { text: 'Israel was disappointed', speaker: null, onBehalfOf: 'Benjamin Netanyahu' }],
      ['Iraqi Prime Minister Adel Abdul Mahdi made his request in a phone call with U.S. Secretary of State Mike Pompeo on Thursday, his office said.', { text: 'Iraqi Prime Minister Adel Abdul Mahdi made his request in a phone call with U.S. Secretary of State Mike Pompeo on Thursday', speaker: null, speakerText: 'his office', onBehalfOf: 'Adel Abdul Mahdi' }],
      // Negatives: a "her" whose sentence names no woman; an office of no named person; several sources.
      ['Donald Trump met Angela Merkel on Monday. The talks were useful, her office said.', { text: 'The talks were useful', speaker: null, speakerText: 'her office', onBehalfOf: null }],
      ['“The attack led to the death of a British citizen, Dawn Sturgess,” a statement from her office said.', { text: 'The attack led to the death of a British citizen, Dawn Sturgess,', speaker: null, speakerText: 'a statement from her office', onBehalfOf: null }],
      ['The Paris prosecutor\'s office announced Thursday that it was opening a terrorism investigation.', { text: 'it was opening a terrorism investigation', speaker: null, onBehalfOf: 'France' }],
      ['Representatives for the Justice Department and Mueller\'s office said there was no conflict.', { text: 'there was no conflict', speaker: null, onBehalfOf: 'Justice Department' }],
    ],
  },
  'speaker.outlet-report-ahead': {
    pattern: UNNAMED_REPORT,
    why: 'An outlet’s report brought in unnamed ("…, according to a published report.") whose next sentence opens with an outlet reporting ("The New York Times, citing U.S. officials, reported late Sunday that …") is that outlet’s: the writer names the source right after, as "the newspaper" after a name is that paper (speaker.outlet-antecedent). A next sentence whose subject is no outlet ("Barbara Wells … told The Washington Post") names no report.',
    examples: [
      ['The Obama administration is preparing a campaign to destroy the Islamic State, according to a published report.  The New York Times, citing U.S. officials, reported late Sunday that the White House plan involves three phases.', { text: 'The Obama administration is preparing a campaign to destroy the Islamic State', speaker: 'New York Times' }],
      ['U.S. airstrikes are proceeding despite intelligence gaps, according to a published report.  The Associated Press reported Wednesday that the Defense Department is relying on satellites.', { text: 'U.S. airstrikes are proceeding despite intelligence gaps', speaker: 'Associated Press' }],
      // Negatives: the outlet is a listener, not the subject; no outlet after it.
      ['The FBI has taken the server, according to a published report.  Barbara Wells, an attorney for the firm, told The Washington Post that agents picked up the server.', { text: 'The FBI has taken the server', speaker: null, speakerText: 'a published report' }],
      ['The FBI has taken the server, according to a published report.  Agents picked up the server on Wednesday.', { text: 'The FBI has taken the server', speaker: null, speakerText: 'a published report' }],
    ],
  },
  'speaker.opening-adjunct-subject': {
    pattern: OPENING_ADJUNCT_ONLY,
    why: 'A name right after the comma of an adjunct opening the sentence ("Noting that …, Katz wrote: “…”", "After meeting …, Pence said") opens the main clause: it is the subject of the verb after it, never the object of a preposition or participle inside the adjunct ("coincided with the day, Katz").',
    examples: [
      ['Noting that the comments coincided with the memorial day, Benjamin Netanyahu wrote: “Shame on you, Kerry!”', { text: 'Shame on you, Kerry!', speaker: 'Benjamin Netanyahu' }],
      ['Noting that the comments coincided with the memorial day, Benjamin Netanyahu wrote that the remarks were shameful.', { text: 'the remarks were shameful', speaker: 'Benjamin Netanyahu' }],
      // (A measure of time before "after" opens the adjunct too: the name inside it is no subject.)
      ['Donald Trump fired John Bolton on Tuesday. And moments after Trump’s announcement, Bolton himself seemed to contradict the president’s account, writing: “I offered to resign last night.”', { text: 'I offered to resign last night.', speaker: 'John Bolton' }],
      // Negatives: a name inside a participle phrase that modifies the subject; a name governed with no comma after it.
      ['Nicolás Maduro, backed by Russia, China and the military, said the vote was fair.', { text: 'the vote was fair', speaker: 'Nicolás Maduro' }],
      ['Danny Gonzalez of the group Move America Forward said the war was over.', { text: 'the war was over', speaker: 'Danny Gonzalez' }],
    ],
  },
  'speaker.dropped-subject': {
    pattern: OPENS_SENTENCE,
    why: 'A clause dropped as no statement ("While Cuccinelli declined to get specific …, he said …") still has its subject, which a reader takes the next "he" or "she" for, as any sentence’s subject: it stays an antecedent when it opens its sentence (after a conjunction or an adverb’s comma), never when it is nested in someone’s report or an object.',
    examples: [
      ['Ken Cuccinelli spoke on CNN. President Donald Trump said the raids would begin on Sunday. While Cuccinelli declined to get specific on when the raids would start, he said on Sunday that it shows how far we have fallen.', { text: 'it shows how far we have fallen', speaker: 'Ken Cuccinelli' }],
      ['Ken Cuccinelli spoke on CNN. President Donald Trump said the raids would begin on Sunday. Cuccinelli declined to say when the raids would start. He said it shows how far we have fallen.', { text: 'it shows how far we have fallen', speaker: 'Ken Cuccinelli' }],
      // An echo dropped as no quote (non-statement.echo) still names who spoke, wherever named.
      ['Ed Davis spoke on Sunday. The sentiment was echoed by Watertown Police Chief Edward Deveau. “From what I know right now, these two acted together and alone,” he said.', { text: 'From what I know right now, these two acted together and alone,', speaker: 'Edward Deveau' }],
      // Negatives: a pronoun of the other gender; a dropped clause inside someone's report.
      ['Kellyanne Conway spoke on CNN. Mike Pence said the raids would begin on Sunday. Conway declined to say when the raids would start. “It shows how far we have fallen,” he said.', { text: 'It shows how far we have fallen,', speaker: 'Mike Pence' }],
      ['Ken Cuccinelli spoke on CNN. President Donald Trump said the raids would begin, and he noted that Cuccinelli wants to deport them all. He said it shows how far we have fallen.', { text: 'it shows how far we have fallen', speaker: 'Donald Trump' }],
    ],
  },
  'speaker.wider-kind-antecedent': {
    pattern: WIDER_KIND_WORDS,
    why: 'A body described by a kind its name need not spell ("The group argues …", "the company said", "the airline said", "The organization said") is, once the steps that read a kind tied to a name found none, the one body of the article that fits the kind — a civil body by its name\'s head noun (Institute, Foundation, Center, Observatory, Fund, Committee …), a firm by its legal form or trade word, an airline by its words, a public agency by the noun heading its name ("the agency" after "the FBI": Federal Bureau of Investigation; Agency, Bureau, Service, or an Administration with two words of its field — not "the Trump Administration"), or any body the article itself describes with the kind\'s noun ("NetBlocks, an organisation that …") — named within 600 characters before it; of several, the latest only when it heads its sentence (or its "according to") in that sentence or the one before. Not a state\'s body, not with another of the kind brought in unnamed ("a group calling itself …"), not when the quoted words name a body. The kind\'s noun alone: a modifier ("the hacking group") may tell another body.',
    examples: [
      ['Two more cases pose challenges. The first is the case from the American Institute for International Steel. The group argues that Congress lacks the authority to grant such powers.', { text: 'Congress lacks the authority to grant such powers', speaker: 'American Institute for International Steel' }],
      ['Shares of CarMax Inc. fell 4.1% as the company said it had beat expectations in the quarter.', { text: 'it had beat expectations in the quarter', speaker: 'CarMax Inc.' }],
      ['A Southwest Airlines flight from Indianapolis made an unscheduled landing in Kansas City. The airline said all passengers exited the plane safely.', { text: 'all passengers exited the plane safely', speaker: 'Southwest Airlines' }],
      // A public agency by the noun heading its name (Agency, Bureau, Service, Administration), though the article writes
      // its initials: "the agency" after "the FBI".
      ['The FBI released photos of the bomb on Tuesday. The device also had fragments that may have included nails, BBs and ball bearings, the agency said.', { text: 'The device also had fragments that may have included nails, BBs and ball bearings', speaker: 'Federal Bureau of Investigation' }],
      ['The Postal Service confirmed the breach in a written statement. The agency said customers at local post offices were not affected.', { text: 'customers at local post offices were not affected', speaker: 'Postal Service' }],
      // Negatives: an administration named by a person is no agency; two agencies in reach, neither heading its sentence.
      ['The Trump Administration confirmed the breach in a written statement. The agency said customers at local post offices were not affected.', { text: 'customers at local post offices were not affected', speaker: null, speakerText: 'The agency' }],
      // …nor a name the attribution closes ("…, the agency said" is no apposition).
      ['A State Department official cut several minutes of videotape before posting the footage to its website and YouTube, the agency said Wednesday.', { text: 'A State Department official cut several minutes of videotape before posting the footage to its website and YouTube', speaker: null, speakerText: 'the agency' }],
      ['Officials from the Secret Service and the Postal Service confirmed the breach. The agency said customers at local post offices were not affected.', { text: 'customers at local post offices were not affected', speaker: null, speakerText: 'The agency' }],
      // Of two, the latest heading the sentence just before.
      ['The Tax Foundation projected large gains. The Tax Policy Center came to a similar conclusion. The top 1 percent would see an average tax cut of $275,000, the group said.', { text: 'The top 1 percent would see an average tax cut of $275,000', speaker: 'Tax Policy Center' }],
      // Negatives: a group brought in unnamed; a state's body; a quotation naming a body itself.
      ['A group calling itself the Islamic State Hacking Division posted the names, according to the Middle East Media Research Institute. The group said it took the information from government servers.', { text: 'it took the information from government servers', speaker: null, speakerText: 'The group' }],
      ['The deal was signed in a filing with the Securities and Exchange Commission on Monday. The company said the tariffs will add $2,200 to the cost.', { text: 'the tariffs will add $2,200 to the cost', speaker: null, speakerText: 'The company' }],
      ['The Democratic National Committee sued WikiLeaks in April. “WikiLeaks has never been contacted by anyone from his office,” the organization said.', null],
    ],
  },
  'speaker.definite-person': {
    pattern: DEFINITE_WORDS,
    why: 'A definite description of one person as the whole source — "the", modifiers, a person noun (role, occupation, kin: lexicon/sources.ts PERSON_HEAD_NOUNS, whatever its ending: "the king") — is the one person the article described by that noun beside a name, in apposition or as a lower-case title, with every modifier ("Jack Smith, a defense lobbyist" for "the lobbyist", "former police officer Carl Mills" for "the former officer"); with none, two, or one of the noun brought in unnamed after the name, it stays unnamed (quotes/definite-person.ts; a role\'s own steps come first).',
    examples: [
      ['The king said the country would not back down.', { text: 'the country would not back down', speaker: null, speakerText: 'The king' }],
      ['Jack Smith, a lobbyist for the firm, met the panel on Monday. The lobbyist said the bill would fail.', { text: 'the bill would fail', speaker: 'Jack Smith' }],
      ['The case was brought by former police officer Carl Mills. “I call it street sense,” the former officer said.', { text: 'I call it street sense,', speaker: 'Carl Mills' }],
      // A former head of state's or government's office the article writes as a title, a capitalised modifier.
      ['Former President Bill Clinton spoke in Little Rock on Monday. President Barack Obama spoke in Washington. The former president also said he was amazed by the coverage.', { text: 'he was amazed by the coverage', speaker: 'Bill Clinton' }],
      ['The memos were prepared by former FBI director James Comey. The former FBI director said he began memorializing his meetings.', { text: 'he began memorializing his meetings', speaker: 'James Comey' }],
      // A title with its portfolio describes its head noun: two secretaries so described, the role steps choose.
      ['The talks ended. Secretary of State John Kerry brushed aside the offer on Monday. He met British Foreign Secretary William Hague. “What does he offer?” Kerry asked. The secretary also said that Assad could hand over the weapons.', { text: 'Assad could hand over the weapons', speaker: 'John Kerry' }],
      // Negatives: a modifier the description lacks; one of the noun brought in unnamed after the name.
      ['Jack Smith, a member of Congress, met the panel. “Nobody is home,” the staff member said.', { text: 'Nobody is home,', speaker: null, speakerText: 'the staff member' }],
      ['Jack Smith, a lobbyist, met the panel. One defense lobbyist told The Hill the talks failed. “Nobody is home,” the lobbyist said.', { text: 'Nobody is home,', speaker: null, speakerText: 'the lobbyist' }],
    ],
  },
  'speaker.utterance-agent': {
    pattern: UTTERED_BY,
    why: 'The agent of a passive participle of uttering ("the view expressed by …", "remarks made by …") in a sentence no person heads is the one who spoke: the next "he"/"she" takes that person up, not an older subject (speakers.ts utteranceAgent; one person named in the sentence).',
    examples: [
      ['John Bolton spoke on Monday. Bolton said the tests were a violation. It marked a change in tone from the view expressed by U.S. Secretary of State Mike Pompeo in a recent television interview. He said, “the moratorium was focused on intercontinental missile systems.”', { text: 'the moratorium was focused on intercontinental missile systems.', speaker: 'Mike Pompeo' }],
      // Negative: a participle of no utterance ("sponsored by") leaves the subject before.
      ['John Bolton spoke on Monday. Bolton said the tests were a violation. The bill, sponsored by Sen. Mike Lee, passed on Tuesday. He said the vote was a mistake.', { text: 'the vote was a mistake', speaker: 'John Bolton' }],
      ['Hillary Clinton spoke first. The plan followed remarks made by Secretary of State John Kerry in an interview. He said the deal was fair.', { text: 'the deal was fair', speaker: 'John Kerry' }],
    ],
  },
  'speaker.appositive-body': {
    pattern: DESCRIBED_BODY_HEAD,
    why: 'A body named alone in apposition to a definite description before the cue ("The agency, UNHCR, says", "The UN refugee agency, UNHCR, said") is what the description describes: the body speaks.',
    examples: [
      ['Refugees keep arriving in Greece. The agency, UNHCR, says the numbers are rising.', { text: 'the numbers are rising', speaker: 'UNHCR' }],
      ['Refugees keep arriving in Greece. The UN refugee agency, UNHCR, said on Monday that the numbers are rising.', { text: 'the numbers are rising', speaker: 'UNHCR' }],
      ['Rockets were fired overnight. The group, Hamas, says the strikes will go on.', { text: 'the strikes will go on', speaker: 'Hamas' }],
    ],
  },
  'speaker.plural-subject-antecedent': {
    pattern: PLURAL_SUBJECT_OPENING,
    why: 'A "they" heading its clause that no attribution before it resolved ("Several officers defected and formed the Free Syrian Army. They say …") is the plural subject opening the sentence just before (same or previous paragraph): an unnamed group of people by a determiner or quantifier and a plural noun of people (its words kept), or two people named as one subject ("Sen. John McCain and Sen. Jack Reed co-wrote a letter … They wrote …": the first of the joint speakers); a group opening the main clause after an opening adjunct ("As of Tuesday night, protesters gathered …") gives its words, the span staying the pronoun. No such subject there: unnamed, as before.',
    examples: [
      ['Protests spread in July. Several officers defected and formed the Free Syrian Army. They say thousands of soldiers have left their posts.', { text: 'thousands of soldiers have left their posts', speaker: null, speakerText: 'Several officers' }],
      ['The officials accused Marín of scheming against the government. They said they had video evidence of the plot.', { text: 'they had video evidence of the plot', speaker: null, speakerText: 'The officials' }],
      ['Sen. John McCain and Sen. Jack Reed co-wrote a letter to Carter last week. They wrote that Petraeus had served with distinction.', { text: 'Petraeus had served with distinction', speaker: 'John McCain' }],
      // A bare plural, capitalised or after capitalised modifiers, with a place after it or an adverb set off by commas.
      ['The mayor spoke on Monday. Officials in the city met the protesters on Tuesday. “We will listen,” they said.', { text: 'We will listen,', speaker: null, speakerText: 'Officials in the city' }],
      ['Prosecutors are expected to call for a long sentence. They said the evidence was clear.', { text: 'the evidence was clear', speaker: null, speakerText: 'Prosecutors' }],
      ['Ethics analysts see it differently. They say the deal was improper.', { text: 'the deal was improper', speaker: null, speakerText: 'Ethics analysts' }],
      // After an opening adjunct, the main clause's subject: its words, the span staying the pronoun.
      ['Trump spoke on Monday. As of Tuesday night, protesters gathered outside the embassy. They said they would stay until the troops leave.', { text: 'they would stay until the troops leave', speaker: null, speakerText: 'protesters' }],
      ['The judge set a hearing. To support their request for bail, the lawyers filed affidavits from friends. They said he was not a flight risk.', { text: 'he was not a flight risk', speaker: null, speakerText: 'the lawyers' }],
      // Negative: no group of people opens the sentence before.
      ['The boxes arrived on Monday. They said the boxes were empty.', { text: 'the boxes were empty', speaker: null, speakerText: null }],
    ],
  },
  'speaker.own-sentence-plural-subject': {
    pattern: PLURAL_SUBJECT_OPENING,
    why: 'A "they" inside its sentence that no step resolved ("Mexican authorities released what they said was a recent photograph …", "In court Wednesday, North Korean officials presented fingerprints -- proof, they said, that …", "When police cornered the suspect, they said they traded fire") is the plural group of people that is the subject of its own sentence (after an opening adjunct) or of the adverbial clause it follows: the pronoun agrees with it in number and the subject is the one in view. Not when another group of people stands between (either may be meant), nor when the group is inside the reported words ("Prosecutors deemed him unreliable, they said"). Its words become the speaker\'s; the span stays the pronoun.',
    examples: [
      ['Mexican authorities released what they said was a recent photograph of the fugitive.', { text: 'what they said was a recent photograph of the fugitive', speaker: null, speakerText: 'Mexican authorities' }],
      ['Soldiers stopped the convoy at the gate, which they said was closed to the public by order of the governor.', { text: 'the gate, which they said was closed to the public by order of the governor', speaker: null, speakerText: 'Soldiers' }],
      ['The trial opened on Monday. In court Wednesday, North Korean officials presented photos and images -- proof, they said, that the student committed crimes.', { text: 'that the student committed crimes', speaker: null, speakerText: 'North Korean officials' }],
      ['When police cornered the suspect in a boat, they said they traded fire with him.', { text: 'they traded fire with him', speaker: null, speakerText: 'police' }],
      // Negatives: another group of people between; the group inside the reported words; nothing plural of people opens.
      ['Soldiers stopped the protesters at the gate, which they said was closed to the public by order of the governor.', { text: 'the gate, which they said was closed to the public by order of the governor', speaker: null, speakerText: null }],
      ['If the general had done nothing wrong, then members will have to explain what they think should have been reported.', { text: 'what they think should have been reported', speaker: null, speakerText: null }],
      ['Prosecutors deemed him unreliable after he changed his account of events, they said.', { text: 'Prosecutors deemed him unreliable after he changed his account of events', speaker: null, speakerText: null }],
    ],
  },
  'speaker.unit-by-kind': {
    pattern: UNIT_BY_KIND,
    why: 'A military unit described by its kind or its number alone ("The division said …", "the brigade said", "The 130th said …") is the one unit the article named so within a reader\'s reach before ("Soldiers with the 101st Airborne Division said …", "the 130th Engineer Brigade talked of …"): its name holds the kind\'s noun (or the number) and every modifier given. Two units of the kind named there, or the kind\'s noun used of a unit the article does not name as a body ("The 4th Infantry Division, …"), leave it unnamed (quotes/kind-antecedent.ts unitsByKind).',
    examples: [
      ['Soldiers with the 101st Airborne Division said the training was outdated. The division said its targeting cell uses an off-the-shelf server.', { text: 'its targeting cell uses an off-the-shelf server', speaker: '101st Airborne Division' }],
      ['Meanwhile, the 130th Engineer Brigade talked of lost hours on unstable systems. The 130th said the system received upgrades that erased data.', { text: 'the system received upgrades that erased data', speaker: '130th Engineer Brigade' }],
      // Negatives: two units of the kind in reach; no unit of the kind named before.
      ['The 101st Airborne Division and the 82nd Airborne Division returned home on Friday. The division said its soldiers were tired.', { text: 'its soldiers were tired', speaker: null }],
      ['The soldiers returned home on Friday. The division said its soldiers were tired.', { text: 'its soldiers were tired', speaker: null }],
    ],
  },
  'speaker.capital-office': {
    pattern: OFFICE_AFTER_COUNTRY,
    why: 'A country\'s office written as a title ("the French President also said", "According to the U.S. Trade Representative, …", "Egyptian president says") is no speech of the country, whose name only modifies the office: the office speaks — the person the article gives it (speaker.country-office, capitalised titles read as lower-case ones), else unnamed, its words kept, for the country (quotes/capital-office.ts).',
    examples: [
      ['U.S. Trade Representative Robert Lighthizer met Canadian officials on Sunday. According to the U.S. Trade Representative, Canada ships more than $56 billion of autos to the U.S. each year.', { text: 'Canada ships more than $56 billion of autos to the U.S. each year', speaker: 'Robert Lighthizer' }],
      ['Turkish Prime Minister Binali Yildirim spoke on Monday. The Turkish Prime Minister said the attack was planned.', { text: 'the attack was planned', speaker: 'Binali Yildirim' }],
      ['French President Francois Hollande met with leaders in Paris on Monday. To go after the group, the French President also said he would appeal to world leaders.', { text: 'he would appeal to world leaders', speaker: 'Francois Hollande' }],
      // Nobody given the office: unnamed, for the country — never the country itself.
      ['The talks went on in Geneva. According to the U.S. Trade Representative, Canada ships more than $56 billion of autos to the U.S. each year.', { text: 'Canada ships more than $56 billion of autos to the U.S. each year', speaker: null, speakerText: 'the U.S. Trade Representative', onBehalfOf: 'United States' }],
      // The holder named in apposition to the office speaks.
      ['Pope Francis met the Palestinian president on Wednesday. “Yes, it’s a recognition that the state exists,” said the Vatican spokesman, the Rev. Federico Lombardi.', { text: 'Yes, it’s a recognition that the state exists,', speaker: 'Federico Lombardi' }],
      // Negatives: the country heads its own clause; a verb is no office's modifier; a role word modifying a noun.
      ['Russia said its president would attend the talks.', { text: 'its president would attend the talks', speaker: 'Russia' }],
    ],
  },
  'speaker.anonymous-source': {
    pattern: ANONYMOUS_AFTER,
    why: 'A source the article marks as anonymous right after its words ("said the attorney, who asked not to be named", "the official, speaking on condition of anonymity, said") stays unnamed, its words kept: the writer withholds the name, so no description or role step ties it to a person the article names elsewhere (quotes/anonymous-source.ts).',
    examples: [
      ['David Kendall, an attorney for the family, filed the papers on Monday. “Nobody contacted me,” said the attorney, who asked not to be named.', { text: 'Nobody contacted me,', speaker: null, speakerText: 'the attorney' }],
      ['Defense Secretary James Mattis spoke on Monday. The secretary, speaking on condition of anonymity, said the plan was ready.', { text: 'the plan was ready', speaker: null, speakerText: 'The secretary' }],
      // Negatives: the description alone is the person; a named speaker's own anonymity clause is about someone else.
      ['David Kendall, an attorney for the family, filed the papers on Monday. “Nobody contacted me,” said the attorney.', { text: 'Nobody contacted me,', speaker: 'David Kendall' }],
    ],
  },
  'speaker.adverb-pronoun-opening': {
    pattern: PRONOUN_AFTER_ADVERB,
    why: 'A "he"/"she" opening its sentence after a time or sequence adverb or an opening phrase ("Then he spread the rumor that … George Soros …", "Still, he understands …") is the subject: the chain of subjects goes on through the sentence, and a name after the pronoun is an object, no antecedent of the next "he".',
    examples: [
      ['Donald Trump spoke in Ohio on Monday. Then he spread the rumor that financier George Soros was paying the marchers. Later, he declared that the caravan was an invasion.', { text: 'the caravan was an invasion', speaker: 'Donald Trump' }],
      ['Donald Trump spoke in Ohio on Monday. Now he says that George Soros is behind it. He also said the march would fail.', { text: 'the march would fail', speaker: 'Donald Trump' }],
      // Negative: a name opening the sentence after the adverb is its subject.
      ['Donald Trump spoke in Ohio on Monday. Then Joe Biden spoke in Iowa. He said the march would fail.', { text: 'the march would fail', speaker: 'Joe Biden' }],
    ],
  },
  'speaker.byline-no-antecedent': {
    pattern: NAMES_ONLY,
    why: 'A line of names alone ("William Cummings", "Richard Partington and Jasper Jolly", "By Jane Doe") is a byline or a credit: it names no one the story is about, so it is no antecedent of a later "he"/"she".',
    examples: [
      ['William Cummings\n\nUSA TODAY\n\nThe talks collapsed on Saturday. He said the deal was dead.', { text: 'the deal was dead', speaker: null }],
      ['Donald Trump spoke on Monday. The tariffs rose. Richard Partington and Jasper Jolly\n\nHe said the deal was dead.', { text: 'the deal was dead', speaker: 'Donald Trump' }],
      // Negative: a name opening a sentence with its verb is a subject.
      ['William Cummings spoke on Monday.\n\nHe said the deal was dead.', { text: 'the deal was dead', speaker: 'William Cummings' }],
    ],
  },
  'speaker.family-name-gender': {
    pattern: SERVICE_NOUN,
    why: 'A one-word name that is the family name of someone the article names in full ("Clinton" beside "Hillary Clinton"), or a Chinese family name ("Lu"), tells no gender by the given-name lists ("Clinton" is a man\'s given name); a service noun glued before a given name ("Marine Butch Bracknell") is no given name — the next word is.',
    examples: [
      ['Hillary Clinton and Bill Clinton spoke on Monday. Presumptive Democratic nominee Clinton put out a statement. As the markets fell, she said the economy was strong.', { text: 'the economy was strong', speaker: 'Clinton' }],
      ['Ashton Carter spoke on Sunday. Former Marine Butch Bracknell says he doesn’t think the country feels at war.', { text: 'the country feels at war', speaker: 'Marine Butch Bracknell' }],
      // Negative: a lone given name keeps its gender ("Julie" is no "he").
      ['Donald Trump spoke on Monday. Julie met the residents in Kathmandu. He said the aid would come.', { text: 'the aid would come', speaker: 'Donald Trump' }],
    ],
  },
  'speaker.possessed-appositive': {
    pattern: POSSESSED_NOUN_COMMA,
    why: 'A possessed noun with a name in apposition heading the sentence ("Ms. Abedin’s attorney, Miguel Rodriguez, declined …") has the named person as its subject: the next "he" takes up that person, not the possessor nor someone named before.',
    examples: [
      ['Bill Clinton did not charge for the event. Ms. Abedin’s attorney, Miguel Rodriguez, declined to comment. But he has insisted that Ms. Abedin did nothing wrong.', { text: 'Ms. Abedin did nothing wrong', speaker: 'Miguel Rodriguez' }],
      ['Robert Mueller spoke on Monday. Trump’s lawyer, Rudy Giuliani, met reporters. He said the inquiry was over.', { text: 'the inquiry was over', speaker: 'Rudy Giuliani' }],
      // Negative: without a name in apposition the possessor stays the centre.
      ['Donald Trump spoke on Monday. Ms. Abedin’s attorney declined to comment. But he has insisted that the deal was fine.', { text: 'the deal was fine', speaker: 'Donald Trump' }],
    ],
  },
  'speaker.frame-source': {
    pattern: CUE_BEFORE_NAME,
    why: 'The person of a frame set off after the sentence\'s words ("…, says Mr. Litwak of the Wilson Center, because …", "…, Catherine Dill from the Middlebury Institute (MIIS) says.", "…, said deputy national security adviser Ben Rhodes last week.") is the source of the sentence, the centre the next "he"/"she" takes up — though no rule read the words as a quote.',
    examples: [
      ['Kim Jong Un spoke on Monday. The test site may no longer be needed, Catherine Dill from the Middlebury Institute of International Studies (MIIS) says. She says the programme goes far beyond one site.', { text: 'the programme goes far beyond one site', speaker: 'Catherine Dill' }],
      ['Barack Obama spoke on Monday. On Wednesday, Obama will give a big speech in Athens, said deputy national security adviser Ben Rhodes last week. That speech had not been written, he noted.', { text: 'That speech had not been written', speaker: 'Ben Rhodes' }],
      // Negative: a possessor after the cue is no source.
      ['Robert Mueller spoke on Monday. The inquiry was over, said Trump’s lawyer. He said the report was done.', { text: 'the report was done', speaker: 'Robert Mueller' }],
    ],
  },
  'speaker.within-quote': {
    pattern: SINGULAR_PRONOUN,
    why: 'A subject inside someone\'s quoted words is an antecedent for a pronoun inside those same words ("“… John Bolton has made policy statements that have differed from the President’s, including when he said …”", a columnist\'s quoted paragraph) — never for one outside them.',
    examples: [
      ['Donald Trump spoke on Monday. “Within the executive branch, it is hard to keep track. National Security Adviser John Bolton has made statements that have differed from the President’s, including when he said the US would stay in Syria.” Samantha Vinograd, CNN', { text: 'the US would stay in Syria', speaker: 'John Bolton' }],
      ['“John Bolton has made statements of his own, and I doubt it,” Donald Trump said. He said the US would stay in Syria.', { text: 'the US would stay in Syria', speaker: 'Donald Trump' }],
      ['Donald Trump spoke on Monday. “John Bolton has made statements of his own,” Mike Pence said. He said the US would stay in Syria.', { text: 'the US would stay in Syria', speaker: 'Mike Pence' }],
    ],
  },
  'speaker.short-name-bearer': {
    pattern: SHORT_NAME,
    why: 'A short name credited as speaker ("…,” Kim said") is the bearer the story is on where it stands: the person named in full with that family name, written first, as the speaker of the quote right before, in its paragraph or the one before ("…, Kim Kye Gwan, said …"), not the bearer the article names most — unless that one is named in full there too. The next "He added" follows. (Korean and Chinese family names are shared by many people a story names; a family name written last keeps the entities\' tie.)',
    examples: [
      ['North Korean leader Kim Jong Un has agreed to a summit.\n\nNorth Korea’s vice foreign minister, Kim Kye Gwan, said in a statement that the talks were at risk.\n\n“We will no longer be interested in such dialogue,” Kim said. He added that Trump risked becoming a tragic president.\n\nMr. Kim met Moon Jae-in in April.', { text: 'We will no longer be interested in such dialogue,', speaker: 'Kim Kye Gwan' }],
      ['North Korean leader Kim Jong Un has agreed to a summit.\n\nNorth Korea’s vice foreign minister, Kim Kye Gwan, said in a statement that the talks were at risk.\n\n“We will no longer be interested in such dialogue,” Kim said. He added that Trump risked becoming a tragic president.\n\nMr. Kim met Moon Jae-in in April.', { text: 'Trump risked becoming a tragic president', speaker: 'Kim Kye Gwan' }],
      // Negative: the dominant bearer named in full in the window keeps the short name.
      ['North Korea’s vice foreign minister, Kim Kye Gwan, spoke in March.\n\nNorth Korean leader Kim Jong Un has agreed to a summit.\n\n“We will meet,” Kim said.\n\nMr. Kim met Moon Jae-in in April.', { text: 'We will meet,', speaker: 'Kim Jong Un' }],
    ],
  },
  'speaker.which-after-time': {
    pattern: WHICH_TO_PRONOUN,
    why: 'A pronoun in a relative clause on someone\'s words is that speaker, a time phrase between the name and "in which" too ("a speech by North Korean Foreign Minister Ri Yong-ho, earlier Saturday in which he called Trump …"): not an object of the clause nor a byline.',
    examples: [
      ['President Trump tweeted on Saturday. He was answering a speech by North Korean Foreign Minister Ri Yong-ho, earlier Saturday in which he called Trump “a mentally deranged person full of megalomania” who is holding “the nuclear button.”', { text: 'Trump “a mentally deranged person full of megalomania”', speaker: 'Ri Yong-ho' }],
      ['President Trump tweeted on Saturday. He was answering a speech by North Korean Foreign Minister Ri Yong-ho on Friday, in which he called Trump “a mentally deranged person full of megalomania” who is holding “the nuclear button.”', { text: 'Trump “a mentally deranged person full of megalomania”', speaker: 'Ri Yong-ho' }],
      ['President Trump tweeted on Saturday. He was answering a speech by North Korean Foreign Minister Ri Yong-ho, in which he called Trump “a mentally deranged person full of megalomania” who is holding “the nuclear button.”', { text: 'Trump “a mentally deranged person full of megalomania”', speaker: 'Ri Yong-ho' }],
    ],
  },
};
