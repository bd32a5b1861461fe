// Quotes: the table of attribution rules — id, pattern (compiled once from the named fragments of patterns.ts and the
// word lists of lexicon/), examples that run as tests, why, and how arbitration ranks it against the others.
import { INVERTED_UNNAMED, AFTER_QUOTE, APPOSITIVE_AFTER_QUOTE, ATTITUDE, BEFORE_QUOTE, CALLED_QUOTED, FINDING, HEADLINE_COLON, HEADLINE_SAYS_FIRST, HEADLINE_SAYS_LAST, INTENTION, INVERTED, INVERTED_FINDING, MIDDLE, ACCORDING, POSSESSED_CLAIM, POSSESSED_STANCE, RELATIVE, REPORTED, STANCE, STANCE_BEFORE_QUOTE, STANCE_PARTICIPLE, STANDING, SUBJECT_VERB, THAT_CLAUSE, UNNAMED_AFTER_QUOTE, AS_ATTRIBUTION, DASH_AFTER_QUOTE, CREDIT_AFTER_QUOTE, LABEL_BEFORE_QUOTE, ACCORDING_BEFORE_QUOTE, NAME_DASH_BEFORE_QUOTE, LEAD_COLON_BEFORE_QUOTE, WHAT_SAID_HEADING, DESCRIBED_AS } from './patterns.js';
import { DOCUMENT_PARTICIPLE, DOCUMENT_SAYS, PASSIVE_BY } from './clauses.js';
import { COORDINATED_INTENTION } from './coordinated-intention.js';
import { LABEL, QA_LABEL } from './transcript.js';
import { SIGNED_POST } from './signed-post.js';
import { INVERTED_COMMON_TAIL } from './inverted-common.js';
import { AFTER_COORDINATOR, IT_SUBJECT } from './predicate-subject.js';
import { IT_AFTER_QUOTE, UNNAMED_PHRASE_AFTER_QUOTE } from './after-quote-phrases.js';
import { CUE_TOKEN } from './common-clauses.js';
import { UNNAMED_TAIL } from './unnamed-tails.js';
import { BODY_TAIL } from './body-tails.js';
import { APPOSITIVE_TAIL } from './appositive-tail.js';
import { NAMING_PARTICIPLE } from './naming-participle.js';
import { COLON_FRAME } from './colon-block.js';
import { DOCUMENT_AFTER_QUOTE } from './document-issuer.js';
import { DEFINITE_PERSON_AFTER_QUOTE } from './definite-person.js';
import { GROUP_SOURCE_AFTER_QUOTE } from './group-source.js';
import { QUOTED_AS_AFTER_QUOTE } from './quoted-as.js';
import { PARTY_MEMBER_AFTER_QUOTE } from './party-member.js';
import { MANNER_AFTER_QUOTE } from './after-quote-phrases.js';
import { LONG_SUBJECT_NAMING } from './long-subject-naming.js';
import { WORD_BEFORE_OPENING } from './quoted-lead.js';

/**
 * When a candidate gives way to one admitted before it (lower rank first; ties keep text order):
 * - `never`: it stands beside any other (only the same words twice are one quote);
 * - `report-in-sentence`: any report already admitted in its sentence;
 * - `report-opening-sentence`: the latest-starting admitted report of its sentence starts within its first 12 characters;
 * - `inside-report`: an admitted report holds all its words;
 * - `overlap`: an admitted report shares words with it — unless the candidate may nest (a that-clause inside a report);
 * - `report-at-start`: an admitted report covers its first word.
 * Direct quotes' frames all hold the same words, so the best-ranked frame with a speaker wins there.
 */
export type YieldsTo = 'never' | 'report-in-sentence' | 'report-opening-sentence' | 'inside-report' | 'overlap' | 'report-at-start';

/** An example: the text, and the quote the rule must produce from it — or null: the rule must produce none. */
export type RuleExample = readonly [text: string, expected: { speaker: string | null; text: string; direct?: boolean } | null];

export interface AttributionRule {
  readonly kind: 'direct' | 'reported' | 'transcript';
  /** The rule's main pattern; its matcher may check more around it (see the why). */
  readonly pattern: RegExp;
  readonly rank: number;
  readonly yieldsTo: YieldsTo;
  readonly why: string;
  readonly examples: readonly RuleExample[];
}

export const ATTRIBUTION_RULES = {
  // ── Direct quotes: the frame attributing a quotation (all frames of one quote compete; the best-ranked with a speaker wins).
  'direct.after-quote': {
    kind: 'direct', pattern: AFTER_QUOTE, rank: 10, yieldsTo: 'never',
    why: 'The commonest frame: the speaker and a speech verb right after the closing mark ("…," NAME said / said NAME).',
    examples: [
      ['“We need to talk,” Rex Tillerson said.', { speaker: 'Rex Tillerson', text: 'We need to talk,', direct: true }],
      // A written message's verb frames it too ("texted", "emailed", "messaged"; not the nouns "text", "email").
      ['“This stuff is frustrating to read,” Dylan Dille texted the group.', { speaker: 'Dylan Dille', text: 'This stuff is frustrating to read,', direct: true }],
      // The person a body's spokesperson phrase names speaks, not the body.
      ['"Threats will not bring North Korea the security it seeks," said the NSC spokeswoman, Caitlin Hayden.', { speaker: 'Caitlin Hayden', text: 'Threats will not bring North Korea the security it seeks,', direct: true }],
      ['"We need to talk," said Rex Tillerson.', { speaker: 'Rex Tillerson', text: 'We need to talk,', direct: true }],
      ['“We need to talk,” Rex Tillerson told Reuters.', { speaker: 'Rex Tillerson', text: 'We need to talk,', direct: true }],
      // Two right single marks close a curly double quote in some wires; an apostrophe inside a word closes nothing.
      ['“We’re not ready,’’ Debbie Dingell said on Sunday.', { speaker: 'Debbie Dingell', text: 'We’re not ready,', direct: true }],
      ['“The voters’ choice is clear,’’ Thom Tillis said.', { speaker: 'Thom Tillis', text: 'The voters’ choice is clear,', direct: true }],
      // Quoted words inside a report the sentence attributes are not the relaying outlet's.
      ['Ashraf Ghani told citizens on Sunday that poverty and insecurity are Afghanistan’s “enemies, and not their fellow citizens,” reports The Associated Press.', null],
      // An attribution the frames cannot read as a name still frames its quote: the person it names speaks.
      ['“We stay,” said Julie Wattenberg. “It would be a bad decision,” another tourist from Great Britain, Helen Collins, said.', { speaker: 'Helen Collins', text: 'It would be a bad decision,', direct: true }],
      // An office's title is no body: the office-holder the article names, else an unnamed speaker.
      ['US Secretary of State Mike Pompeo spoke on Tuesday. “That is what the United States will do,” the US Secretary of State said.', { speaker: 'Mike Pompeo', text: 'That is what the United States will do,', direct: true }],
      ['Secretary of Defense Mark Esper spoke on Tuesday. “We will stay,” the Secretary of State said.', { speaker: null, text: 'We will stay,', direct: true }],
      // A spokesperson's or an aide's words are their own, not the principal's: an unnamed source, or the agent named.
      ['Abd-Rabbu Mansour Hadi fled. “President Hadi has been evacuated to a safe place,” Hadi’s aide told the AFP news agency.', { speaker: null, text: 'President Hadi has been evacuated to a safe place,', direct: true }],
      ['Xiongzhou Zhang enlisted in 2016. “The check is unfair,” said Zhang’s attorney, Beverly Cutler.', { speaker: 'Beverly Cutler', text: 'The check is unfair,', direct: true }],
      // "he" after one unnamed person's quote is that person, not someone named before.
      ['Saleem Iqbal has helped parents. “Some were transferred,” Iqbal said. “No one is doing anything,” one of the officials said. “The racket goes on,” he said.', { speaker: null, text: 'The racket goes on,', direct: true }],
      ['Saleem Iqbal has helped parents. “No one is doing anything,” a senior police official said. Iqbal disagreed. “It is getting better,” he said.', { speaker: 'Saleem Iqbal', text: 'It is getting better,', direct: true }],
      // Words named as words ("the word", "the so-called", "is the term") and a question's wording before the answer's
      // frame ("Asked about “…,” NAME replied") are nobody's statement (quoted-terms.ts); a partial quote stays.
      ['Robert Mueller spoke on Wednesday. While he did not use the word “impeachment,” he pointed out there were other ways to hold presidents accountable.', null],
      ['Mike Pompeo spoke on Monday. Asked about “escalatory actions,” Pompeo replied, “I don’t want to talk about what underlays it.”', null],
      ['Shimon Peres spoke on Monday. Asked if he believes the U.S. is ready to “shoot if necessary,” Peres said, “Yes.”', null],
      ['The militants still hold parts of the so-called “caliphate,” Kurdish commander Ahmed Ali said.', null],
      ['“We are very close,” Mike Pompeo said when asked about the “final stage” of the talks.', { speaker: 'Mike Pompeo', text: 'We are very close,', direct: true }],
    ],
  },
  'direct.dash-name': {
    kind: 'direct', pattern: DASH_AFTER_QUOTE, rank: 20, yieldsTo: 'never',
    why: 'Lists of reactions and epigraphs close a quote with a dash and its speaker ("…" ― NAME).',
    examples: [
      ['“Trump is wrong about us.” ― Pamela Padilla', { speaker: 'Pamela Padilla', text: 'Trump is wrong about us.', direct: true }],
      // Two names joined after the dash are what the quote weighs, no speaker.
      ['Barack Obama spoke. One intelligence official argued: “It’s probably a tie as to who is the bigger traitor” – Bowe Bergdahl or Barack Obama.', null],
      ['“You can get a knife anywhere here at the moment.” — Businessman and the Apprentice winner Mark Wright', { speaker: 'Mark Wright', text: 'You can get a knife anywhere here at the moment.', direct: true }],
    ],
  },
  'direct.credit-line': {
    kind: 'direct', pattern: CREDIT_AFTER_QUOTE, rank: 20, yieldsTo: 'never',
    why: 'Round-ups of commentary close each quoted excerpt with its credit — the writer\'s name and the outlet, ending the paragraph ("…” Noah Feldman, Bloomberg") or alone on a line below it: the writer speaks; an "Editorial Board" credit is the outlet\'s.',
    examples: [
      ['“There is enough here to support impeachment. Whether it is also enough to convince Republicans is another matter.” Noah Feldman, Bloomberg\n\nThe debate goes on.', { speaker: 'Noah Feldman', text: 'There is enough here to support impeachment. Whether it is also enough to convince Republicans is another matter.', direct: true }],
      ['“Congress should consider both requests favorably.” Editorial Board, Washington Post\n\nThe debate goes on.', { speaker: 'Washington Post', text: 'Congress should consider both requests favorably.', direct: true }],
      // The credit alone on a line below the excerpt.
      ['“The border crisis is real, and it is getting worse every month.”\n\nJohn Daniel Davidson, The Federalist\n\nThe debate goes on.', { speaker: 'John Daniel Davidson', text: 'The border crisis is real, and it is getting worse every month.', direct: true }],
      // A report inside the excerpt is the writer's report of another speaker, and stays (reported.speech-cue reads it).
      ['“The administration has insisted the issues are unrelated. Mick Mulvaney said on a call that the tariffs were part of an immigration matter.” Jeff Spross, The Week\n\nThe debate goes on.', { speaker: 'Jeff Spross', text: 'The administration has insisted the issues are unrelated. Mick Mulvaney said on a call that the tariffs were part of an immigration matter.', direct: true }],
      // Negatives: a sentence going on after the names; a list of places.
      ['“We will win.” John Smith, the mayor, said it twice.', null],
      ['“We will win.” Paris, London and Berlin agreed.', null],
      ['Barack Obama spoke. “Our most important role is as a leader, vision setter and convener,” Mr. Obama said.\n\nAn Ambitious, Divisive Legacy.\n\nThe rules remain.', null],
    ],
  },
  'direct.appositive-after': {
    kind: 'direct', pattern: APPOSITIVE_AFTER_QUOTE, rank: 21, yieldsTo: 'never',
    why: 'An appositive may stand between the speaker and the verb ("…," NAME, a member of …, said); the person it names speaks, not the body it describes.',
    examples: [
      ['“We want calm,” Norway’s envoy to the talks, Lars Holm, told Reuters.', { speaker: 'Lars Holm', text: 'We want calm,', direct: true }],
      // An adviser to a principal speaks, not the principal: unnamed when the recogniser does not know the adviser's name.
      ['Rex Tillerson left early. “Everything he does has a purpose,” RC Hammond, a senior adviser to Tillerson, told CNN.', { speaker: null, text: 'Everything he does has a purpose,', direct: true }],
    ],
  },
  'direct.unnamed-after': {
    kind: 'direct', pattern: UNNAMED_AFTER_QUOTE, rank: 30, yieldsTo: 'never',
    why: 'An unnamed source frames the quote ("…," a senior official said): the speaker stays unnamed, its words kept.',
    examples: [
      ['“We are ready,” a senior administration official said.', { speaker: null, text: 'We are ready,', direct: true }],
      // "according to" after the frame names the outlet that passed the words on: the quote stays the source's.
      ['“This isn’t anything new,” the official said, according to CNN.', { speaker: null, text: 'This isn’t anything new,', direct: true }],
      // A few lower-case words it frames are its quote, no scare quotes.
      ['His decision to give the captain his phone number is “very odd,” the former senior official said.', { speaker: null, text: 'very odd,', direct: true }],
    ],
  },
  'direct.unnamed-phrase-after': {
    kind: 'direct', pattern: UNNAMED_PHRASE_AFTER_QUOTE, rank: 31, yieldsTo: 'never',
    why: 'Any indefinite noun phrase naming no person frames the quote ("…," a London-based banker at an Asian bank said / said a woman from Ohio): an unnamed source, its words kept; a phrase a frame above resolves (a name) ranks first.',
    examples: [
      ['“Right now, all banks are acting the same,” a London-based banker at an Asian bank said.', { speaker: null, text: 'Right now, all banks are acting the same,', direct: true }],
      ['“My heart is just broken,” said a woman from Ohio.', { speaker: null, text: 'My heart is just broken,', direct: true }],
      // A definite description stands for someone the article names: the role rules' business, not an unnamed source.
      ['“It was very nice,” the gambling tycoon said.', null],
      ['“We are ready,” a banker said in a report on Monday.', { speaker: null, text: 'We are ready,', direct: true }],
      ['“We have delivered our message,” one announcement said.', { speaker: null, text: 'We have delivered our message,', direct: true }],
      // A relative clause on the phrase, set off by commas or not, describes the source: the phrase before it speaks
      // (after-quote-phrases.ts UNNAMED_THEN_RELATIVE) — when the cue ends the sentence but for a few words.
      ['“We will fight,” a man who lost his job said.', { speaker: null, text: 'We will fight,', direct: true }],
      ['“Things are moving very fast,” one high-ranking official who was not authorized to speak told Fox News.', { speaker: null, text: 'Things are moving very fast,', direct: true }],
      ['“We could see the bullets,” a woman, who identified herself only as Sabrine, told CNN.', { speaker: null, text: 'We could see the bullets,', direct: true }],
      ['“Talking is a waste of time,” a general who served in Kabul has previously said he believes the US should stay for many more years.', null],
      // A clause is no speaker's phrase; a phrase ending in a person's name is the person's (direct.after-quote).
      ['“We will fight,” a man is said to have shouted.', null],
      ['“We need to talk,” the Secretary of State Rex Tillerson said.', null],
    ],
  },
  'direct.body-pronoun-after': {
    kind: 'direct', pattern: IT_AFTER_QUOTE, rank: 32, yieldsTo: 'never',
    why: '"…," it said: the organization or country heading the sentence or the two before it speaks (reported.body-pronoun\'s reading of "it").',
    examples: [
      ['The Popular Mobilisation Forces issued a statement on Tuesday. “We emphasize our commitment,” it said.', { speaker: 'Popular Mobilisation Forces', text: 'We emphasize our commitment,', direct: true }],
      ['The report came out on Tuesday. “We emphasize our commitment,” it said.', null],
      ['Russia denied the charges. The indictment was filed in Washington. “The defendants hacked the servers,” it said.', { speaker: null, text: 'The defendants hacked the servers,', direct: true }],
      // Words before the quote in its sentence are the report's: their head is no antecedent.
      ['The Foreign Office issued a statement. Russia had become “accustomed to not hearing any facts”, it said.', { speaker: 'Foreign Office', text: 'accustomed to not hearing any facts', direct: true }],
      // A subject alone before the quotation, the quotation its predicate: that subject.
      ['Egypt’s president spoke. The U.N. Security Council meanwhile “strongly condemned the heinous murder in Libya of 21 Egyptian Christians,” it said in a statement.', { speaker: 'United Nations Security Council', text: 'strongly condemned the heinous murder in Libya of 21 Egyptian Christians,', direct: true }],
    ],
  },
  'direct.party-member-after': {
    kind: 'direct', pattern: PARTY_MEMBER_AFTER_QUOTE, rank: 34, yieldsTo: 'never',
    why: '"…," the Ohio Republican (the California Democrat) said: the latest person named before the quote whose party and state the article marks beside the name ("Sen. Rob Portman (R-Ohio)", "Sen. Richard Shelby, R-Ala.", "Adam Schiff, a California Democrat") speaks; else, in the three sentences before, the first lawmaker titled or marked with the party, else the first person named (not a possessor); a person marked with the other party or another state, or titled President, is passed over; no one, no frame.',
    examples: [
      ['Sen. Rob Portman (R-Ohio) criticized the regime. “It is a regime that brutalizes its people,” the Ohio Republican said.', { speaker: 'Rob Portman', text: 'It is a regime that brutalizes its people,', direct: true }],
      ['Sen. Richard Shelby, R-Ala., spoke on Tuesday. “We have seen you operate,” the Alabama Republican said on the Senate floor.', { speaker: 'Richard Shelby', text: 'We have seen you operate,', direct: true }],
      ['Sen. Lindsey Graham (R-S.C.) spoke after Rep. Adam Schiff (D-Calif.) on Monday. “The deal is dangerous,” the South Carolina Republican said.', { speaker: 'Lindsey Graham', text: 'The deal is dangerous,', direct: true }],
      // No one the article marks with the party and the state: no frame.
      ['Sen. Ted Cruz (R-Texas) spoke on Tuesday. “It is a regime that brutalizes its people,” the Ohio Republican said.', null],
      ['President Donald Trump spoke on Tuesday. “It is a regime that brutalizes its people,” the Ohio Republican said.', null],
      // With no state marked, the lawmaker heading a sentence before speaks, titled or marked first.
      ['Some Democrats have hinted that the criticism of Mrs. Rice has to do with her race, but Sen. Lindsey Graham dismissed that argument. “The only color I’m worried about is red,” the South Carolina Republican said.', { speaker: 'Lindsey Graham', text: 'The only color I’m worried about is red,', direct: true }],
    ],
  },
  'direct.kind-after': {
    kind: 'direct', pattern: AFTER_QUOTE, rank: 35, yieldsTo: 'never',
    why: '"…," the group (ministry, paper, agency …) said, the words naming no body: the latest body of that kind named before speaks (kind-antecedent.ts and the kind steps of named-body.ts, outlet-antecedent.ts); with none, no one a reader can tell, and the quote is dropped.',
    examples: [
      ['The attack was claimed by the Balochistan Liberation Army, a separatist group. “Our fighters carried out this attack,” the group said.', { speaker: 'Balochistan Liberation Army', text: 'Our fighters carried out this attack,', direct: true }],
      ['The tariffs were announced by China’s finance ministry. “The move is a response to unilateralism,” the ministry said.', { speaker: 'Chinese Finance Ministry', text: 'The move is a response to unilateralism,', direct: true }],
      ['Hamas fired rockets at Israel overnight. “We will respond to every attack,” the group said.', { speaker: 'Hamas', text: 'We will respond to every attack,', direct: true }],
      ['The Global Times ran an editorial on Monday. “There should be no doubting Beijing’s resolve,” the newspaper said.', { speaker: 'Global Times', text: 'There should be no doubting Beijing’s resolve,', direct: true }],
      // No body of the kind before it, or two: no one a reader can tell.
      ['Protesters gathered in the square. “We will stay,” the group said.', null],
      ['Hamas and Islamic Jihad fired rockets. “We will respond,” the group said.', null],
      // The listener is no speaker.
      ['Donald Trump told the Sierra Club his plan on Monday. “We will respond,” the group said.', null],
      // A body of the kind described between them, named or not, may be the one meant; a name inside a modifier is none.
      ['Hamas fired rockets. Pierre was freed, according to Gift of Givers, the aid group that negotiated it. “We are relieved,” the group said.', null],
      ['Hamas fired rockets. A group of anti-Hamas activists reported the strikes. “Pray for us,” the group said.', null],
    ],
  },
  'direct.definite-person-after': {
    kind: 'direct', pattern: DEFINITE_PERSON_AFTER_QUOTE, rank: 36, yieldsTo: 'never',
    why: 'A definite description of one person — "the", modifiers, a person noun (a role, an occupation, kin) — as the subject of the cue after the quote ("…," the staff member said / said the official, who …) is a person of the article: the one it described by that noun beside a name ("Jack Smith, a lobbyist", "lobbyist Jack Smith"), else an unnamed source, its words kept; a frame above that resolves the phrase (a role\'s holder) ranks first.',
    examples: [
      ['“The acting officials are afraid to make decisions,” the staff member told The Hill.', { speaker: null, text: 'The acting officials are afraid to make decisions,', direct: true }],
      ['“The political people care about the wall,” the lobbyist said.', { speaker: null, text: 'The political people care about the wall,', direct: true }],
      ['“This is not a drill,” said the official, who spoke on condition of anonymity.', { speaker: null, text: 'This is not a drill,', direct: true }],
      ['“Nobody is home,” said the woman.', { speaker: null, text: 'Nobody is home,', direct: true }],
      // The article ties the description to a name: that person speaks.
      ['Jack Smith, a defense lobbyist in Washington, met the panel. “Nobody is home,” the lobbyist said.', { speaker: 'Jack Smith', text: 'Nobody is home,', direct: true }],
      ['The case was brought by former police officer Carl Mills. “I call it street sense,” the former officer said.', { speaker: 'Carl Mills', text: 'I call it street sense,', direct: true }],
      // …unless one of the noun is brought in unnamed after the name; a modifier the description lacks is another person.
      ['Jack Smith, a lobbyist, met the panel. One defense lobbyist told The Hill the talks failed. “Nobody is home,” the lobbyist said.', { speaker: null, text: 'Nobody is home,', direct: true }],
      ['Jack Smith, a member of Congress, met the panel. “Nobody is home,” the staff member said.', { speaker: null, text: 'Nobody is home,', direct: true }],
      // Not a person's noun, not one phrase, not the cue's subject.
      ['“We will stay,” the company said.', null],
      ['“We will stay,” the lobbyist’s wife said.', null],
    ],
  },
  'direct.document-after': {
    kind: 'direct', pattern: DOCUMENT_AFTER_QUOTE, rank: 33, yieldsTo: 'never',
    why: '"…," the statement (communique, letter, memo, report, study) said: a definite document points back to the one the sentence or the two before introduce (a definite mention there points three sentences further back in turn); whoever issued it speaks (the subject of "issued a statement", "said in a statement", "…, in a statement, said", the name after "a statement from", or the name modifying the noun). No issuer named: no speaker.',
    examples: [
      ['Huawei issued a statement on Monday. “The company is not aware of any wrongdoing,” the statement said.', { speaker: 'Huawei', text: 'The company is not aware of any wrongdoing,', direct: true }],
      ['The State Department, in a statement, condemned the threat. “We stand in solidarity with Japan,” the statement said.', { speaker: 'State Department', text: 'We stand in solidarity with Japan,', direct: true }],
      ['In a statement, the Kremlin said the talks had failed. “There is no basis for dialogue,” the statement added.', { speaker: 'Kremlin', text: 'There is no basis for dialogue,', direct: true }],
      ['“The ATT is simply not needed for the United States,” the White House statement reads.', { speaker: 'White House', text: 'The ATT is simply not needed for the United States,', direct: true }],
      ['Rex Tillerson met Sergei Lavrov on Monday. “The talks were useful,” the statement said.', null],
      ['A statement was posted on the website. “The talks were useful,” the statement said.', null],
      // The subject who spoke in the statement, before the body that released it; a name governed by a preposition is no issuer.
      ['Donald Trump said, in a written statement released by the White House, that the regime had shown contempt. “All options are on the table,” the statement said.', { speaker: 'Donald Trump', text: 'All options are on the table,', direct: true }],
      ['The coalition fighting ISIS in Iraq and Syria said in a statement that several were treated. “Service members were transported,” the statement said.', null],
      // A report or a study is a document its writer speaks through, introduced the same ways.
      ['The Pentagon released its annual report on China on Thursday. “These concerns will likely intensify,” the report said.', { speaker: 'Pentagon', text: 'These concerns will likely intensify,', direct: true }],
      ['A study by the Rand Corporation looked at the costs. “The war would be long,” the study concluded.', { speaker: 'Rand Corporation', text: 'The war would be long,', direct: true }],
      ['Officials read a report on the costs. “The war would be long,” the report said.', null],
      // A definite mention on the way back points further back in turn; an indefinite one with no issuer ends the search.
      ['The White House issued a statement on Monday. Leaders from five countries signed the deal. Talks went on. The statement urged all parties to act. “Heavy weapons must be withdrawn,” the statement said.', { speaker: 'White House', text: 'Heavy weapons must be withdrawn,', direct: true }],
      ['The International Crisis Group said Thursday in a report that the deal could fail. Talks went on. “The government has demonstrated little willingness,” the report said.', { speaker: 'International Crisis Group', text: 'The government has demonstrated little willingness,', direct: true }],
      ['The White House issued a statement on Monday. A statement was posted on the website later. The statement was long. “The talks were useful,” the statement said.', null],
    ],
  },
  'direct.manner-after': {
    kind: 'direct', pattern: MANNER_AFTER_QUOTE, rank: 34, yieldsTo: 'never',
    why: 'A verb of the manner of speaking right after the closing mark frames the quote as a speech verb does ("…," chanted protesters / "…," Kerry thundered); away from a quote such verbs name a sound, so they are no speech verbs of the lexicon. Its subject speaks: a name, a pronoun, else an unnamed source ("the crowd").',
    examples: [
      ['“There are 2.75 million Palestinians living in the West Bank,” John Kerry thundered.', { speaker: 'John Kerry', text: 'There are 2.75 million Palestinians living in the West Bank,', direct: true }],
      ['“Leave the country,” chanted protesters in the capital.', { speaker: null, text: 'Leave the country,', direct: true }],
      ['“No more elections after today,” the crowd chanted in response.', { speaker: null, text: 'No more elections after today,', direct: true }],
      // A quote closing its sentence is no frame's; an act after the quote is none.
      ['The protesters carried banners reading “Leave the country.” Police shouted orders.', null],
      // Quoted words inside a clause are its wording; "they" chanting is no named speaker.
      ['Responding to the claim of “American exceptionalism,” the White House shot back at the lack of openness in Russia.', null],
      ['The crowd gathered at the gate. “The people want to bring down the regime!” they shouted.', null],
    ],
  },
  'direct.quoted-as-after': {
    kind: 'direct', pattern: QUOTED_AS_AFTER_QUOTE, rank: 20, yieldsTo: 'never',
    why: 'The passive of quoting after a quote ("…," Xi was quoted as saying by Xinhua) frames it as "…," Xi said does: the one quoted speaks, the outlet only relays.',
    examples: [
      ['Xi Jinping spoke in Beijing. “We will open wider,” Xi was quoted as saying by Xinhua.', { speaker: 'Xi Jinping', text: 'We will open wider,', direct: true }],
      ['Seoul welcomed the move. "We expect progress," Foreign Affairs Ministry spokesman Noh Kyu-duk was quoted as saying by Yonhap.', { speaker: 'Noh Kyu-duk', text: 'We expect progress,', direct: true }],
      ['Oil rose. “Supply is tight,” Edward Marshall, a commodities trader at Global Risk, was quoted as saying.', { speaker: 'Edward Marshall', text: 'Supply is tight,', direct: true }],
    ],
  },
  'direct.group-after': {
    kind: 'direct', pattern: GROUP_SOURCE_AFTER_QUOTE, rank: 33, yieldsTo: 'never',
    why: 'A group of people frames the quote ("…," the justices wrote / police said / said the protesters): several people, no one node — an unnamed source, its words kept; a frame that reads a country or a body in the phrase ranks first.',
    examples: [
      ['The court ruled against the government. “The decision was unlawful,” the justices wrote.', { speaker: null, text: 'The decision was unlawful,', direct: true }],
      ['A man was shot on Monday. “We are investigating,” said police.', { speaker: null, text: 'We are investigating,', direct: true }],
      // The group is no continuation of the quote before it: "Democratic senators" are not Trump's lawyers.
      ['“The suit is baseless,” Trump’s lawyers wrote. “We object,” Democratic senators said.', { speaker: null, text: 'We object,', direct: true }],
      // A body is no group of people: the frames that read bodies decide.
      ['“We object,” the country said.', null],
    ],
  },
  'direct.before-quote': {
    kind: 'direct', pattern: BEFORE_QUOTE, rank: 40, yieldsTo: 'never',
    why: 'The speaker and the verb before the opening mark (NAME said, "…" / told reporters: "…" / …, saying "…").',
    examples: [
      ['As a senior White House official put it: “The law should apply to al-Qaida.”', { speaker: null, text: 'The law should apply to al-Qaida.', direct: true }],
      ['Sergey Lavrov told reporters: “The talks were useful. We will meet again.”', { speaker: 'Sergey Lavrov', text: 'The talks were useful. We will meet again.', direct: true }],
      ['Angela Merkel said on Tuesday, “Europe must stand together.”', { speaker: 'Angela Merkel', text: 'Europe must stand together.', direct: true }],
      // A few lower-case words after a verb and a name are wording, not a quote (an unnamed source after them keeps them).
      ['The Colombian government called Nicolás Maduro’s charges “absurd.”', null],
      ['“We need to talk,” Rex Tillerson said. A State Department spokeswoman said: “The two countries share a bond.”', { speaker: null, text: 'The two countries share a bond.', direct: true }],
      // "…, saying “…”" is the sentence subject's; a name after the verb is an object (here the one disagreed with).
      ['The Pentagon official disagreed with Brandon Judd’s characterization of the National Guard’s usage, saying "it has not been a significant change under three presidents."', { speaker: null, text: 'it has not been a significant change under three presidents.', direct: true }],
      // "…, NAME, who has said “…”": the relative pronoun's antecedent speaks, not the sentence's subject.
      ['Donald Trump is at odds with his adviser, Larry Kudlow, who has said "both sides will suffer".', { speaker: 'Larry Kudlow', text: 'both sides will suffer', direct: true }],
      // Adjuncts after the verb, each after a comma and opened by a preposition or a participle, up to the colon.
      ['Angela Merkel said Saturday at a news conference in Potsdam, outside Berlin: “It should not take forever.”', { speaker: 'Angela Merkel', text: 'It should not take forever.', direct: true }],
      ['Boris Johnson sat before a fireplace and told the nation, in a televised address: “This is the moment when the dawn breaks.”', { speaker: 'Boris Johnson', text: 'This is the moment when the dawn breaks.', direct: true }],
      // …not a new clause after the comma: its subject speaks (here no one a rule names), or its own verb frames the quote.
      ['Barack Obama said he would go, but his critics were blunt: “He will not go.”', null],
      ['“Peace is meaningless,” said Ashraf Ghani, while presidential adviser Waheed Omer added: “Afghans have been bitten by this snake before.”', { speaker: 'Waheed Omer', text: 'Afghans have been bitten by this snake before.', direct: true }],
    ],
  },
  'direct.stance-before': {
    kind: 'direct', pattern: STANCE_BEFORE_QUOTE, rank: 50, yieldsTo: 'never',
    why: 'A verb of stance right before a quotation puts the quoted words forward as the subject’s ("Trump attacked “…”").',
    examples: [['In an August speech, Donald Trump attacked “the hateful ideology of radical Islam and its backers.”', { speaker: 'Donald Trump', text: 'the hateful ideology of radical Islam and its backers.', direct: true }]],
  },
  'direct.label-colon': {
    kind: 'direct', pattern: LABEL_BEFORE_QUOTE, rank: 60, yieldsTo: 'never',
    why: 'A name and a colon introduce the quote in lists of reactions ("NAME: “…”").',
    examples: [
      // A clause before the colon is no label: "as X put it" attributes to X (direct.before-quote).
      ['As a senior White House official put it: “The law should apply to al-Qaida.”', null],['Pamela Padilla: “Trump is wrong about us.”', { speaker: 'Pamela Padilla', text: 'Trump is wrong about us.', direct: true }]],
  },
  'direct.according-before': {
    kind: 'direct', pattern: ACCORDING_BEFORE_QUOTE, rank: 61, yieldsTo: 'never',
    why: '"According to NAME, “…”" attributes the quotation that follows.',
    examples: [
      ['Rush Limbaugh spoke on his radio show. According to Limbaugh, “the media will never forgive him for this.”', { speaker: 'Rush Limbaugh', text: 'the media will never forgive him for this.', direct: true }],
      // A body's name after "the" is the source too.
      ['According to the World Health Organization, “outbreaks have a case fatality rate of up to 90 percent.”', { speaker: 'World Health Organization', text: 'outbreaks have a case fatality rate of up to 90 percent.', direct: true }],
      // A colon after the source, and a possessive and a role noun before its name, as in "…, according to my colleague X: “…”".
      ['Here’s the end result, according to my colleague Zack Beauchamp: “Conflict on the Korean Peninsula would cost many lives.”', { speaker: 'Zack Beauchamp', text: 'Conflict on the Korean Peninsula would cost many lives.', direct: true }],
    ],
  },
  'direct.name-dash-before': {
    kind: 'direct', pattern: NAME_DASH_BEFORE_QUOTE, rank: 62, yieldsTo: 'never',
    why: "Some archives introduce a quotation with the name and a dash (\"Mitt Romney -- ''…''\").",
    examples: [["Mitt Romney -- ''We will win this election in November.''", { speaker: 'Mitt Romney', text: 'We will win this election in November.', direct: true }]],
  },
  'direct.lead-colon': {
    kind: 'direct', pattern: LEAD_COLON_BEFORE_QUOTE, rank: 70, yieldsTo: 'never',
    why: 'A paragraph ending "NAME continued:" or "NAME said:" introduces the quotation paragraph after it.',
    examples: [['Pat Caddell continued:\n“The party has lost its way and the voters know it.”', { speaker: 'Pat Caddell', text: 'The party has lost its way and the voters know it.', direct: true }]],
  },
  'direct.colon-block': {
    kind: 'direct', pattern: COLON_FRAME, rank: 71, yieldsTo: 'never',
    why: 'A paragraph whose last sentence is an attribution ending in a colon ("The Associated Press reports:", "Pressed on it, he said:", "…, as The New York Times reports:") introduces the next paragraph as the source’s words, with or without quotation marks (web pages lose their blockquote markup; unmarked, it is flagged direct: false, as PolNeAR flags it); reports inside the block keep their own speakers.',
    examples: [
      ['Protests went on in Hong Kong.\nThe Associated Press reports:\nThe organizers of the march said they were calling it off after an appeals court upheld a police ban.', { speaker: 'Associated Press', text: 'The organizers of the march said they were calling it off after an appeals court upheld a police ban.', direct: false }],
      ['In a statement Sunday, Attorney General William Barr said:\nIt is the responsibility of state and local leaders to ensure that adequate law enforcement resources are deployed.', { speaker: 'William Barr', text: 'It is the responsibility of state and local leaders to ensure that adequate law enforcement resources are deployed.', direct: false }],
      ['Mike Pompeo met Kim Yong Chol in Pyongyang.\nPressed on how the agreement would be verified, he said:\n“Of course it will. I find that question insulting and ridiculous.”', { speaker: 'Mike Pompeo', text: 'Of course it will. I find that question insulting and ridiculous.', direct: true }],
      // A clause after the cue, or an infinitive, is what was said before the colon, not an introduction.
      ['Police were at the scene.\nA reporter on the ground says at least one shooter is still on the loose:\nSeveral streets near the promenade have been closed and residents told to stay indoors.', null],
      ['Walls are expensive.\nPoliticians in the US continue to use the idea to soothe anxieties over immigration:\nThe value of the wall, some experts say, is much more as a political idea than an actual structure.', null],
      // A noun after a determiner or a number is no cue ("a July 12 note"): the verb before it is.
      ['The U.S. mission wrote in a July 12 note to U.N.-based delegations:\nSame-sex spouses of U.S. diplomats now enjoy the same rights and benefits as opposite-sex spouses.', { speaker: null, text: 'Same-sex spouses of U.S. diplomats now enjoy the same rights and benefits as opposite-sex spouses.', direct: false }],
      // A list, a heading or a line with no speech verb before the colon is no block.
      ['There are many ways Trump could do this. Options, according to the experts, include:\nSelling advanced weapons to other powers in East Asia, like Vietnam and the Philippines.', null],
      ['The ministry published its figures.\nThe full list of states, ranked by hours of work:\nNevada comes first with 107 hours, Montana second with 107 hours, and Idaho third.', null],
      // A question's verb introduces a question, not the passage after the colon.
      ['YouGov polled voters in June.\nYouGov asked the same question of voters in December:\nDespite months of news about Russia, more Democrats think the election was rigged now than then.', null],
      // The object pointing at the words to come ("said this:", "released the following statement:", "sent this update
      // late Tuesday:") or a time after the verb ("tweeted this week:") keeps the frame.
      ['In the interview, Barack Obama also said this:\n"They can hurt us, and they can hurt our people and our families."', { speaker: 'Barack Obama', text: 'They can hurt us, and they can hurt our people and our families.', direct: true }],
      ['NBA Chief Communications Officer Mike Bass released the following statement:\n"We recognize that the views expressed have deeply offended many of our fans in China."', { speaker: 'Mike Bass', text: 'We recognize that the views expressed have deeply offended many of our fans in China.', direct: true }],
      ['Michael Cohen stayed silent.\nLanny Davis tweeted this week:\n“Michael Cohen will soon share with America what he told the special counsel.”', { speaker: 'Lanny Davis', text: 'Michael Cohen will soon share with America what he told the special counsel.', direct: true }],
      // A verb of issuing with no statement for object introduces no one's words.
      ['Apple released its quarterly figures on Tuesday:\n“Revenue rose four percent in the quarter, driven by services and wearables.”', null],
    ],
  },
  'direct.what-said': {
    kind: 'direct', pattern: WHAT_SAID_HEADING, rank: 65, yieldsTo: 'never',
    why: 'A heading "What NAME said:" introduces the quotation paragraphs after it as that person’s words.',
    examples: [
      ['Obama spoke in Havana.\nWhat Barack Obama said:\n“We will not go back to the old ways of doing business.”', { speaker: 'Barack Obama', text: 'We will not go back to the old ways of doing business.', direct: true }],
      ['What the President said:\n“We will not go back to the old ways of doing business.”', null],
    ],
  },
  'direct.inside-report': {
    kind: 'direct', pattern: REPORTED, rank: 80, yieldsTo: 'never',
    why: 'Quoted words inside a reported clause are that report’s speaker’s ("Lavrov said the objective should not be to “…”"); a few words (≤ 4) are the report’s wording, no quote of their own.',
    examples: [
      ['Sergey Lavrov said Wednesday that Syrians should decide, and the objective should not be to “topple the regime by force and install a new one.”', { speaker: 'Sergey Lavrov', text: 'topple the regime by force and install a new one.', direct: true }],
      // A quotation going on past the report's sentence: the words inside the report are the report's, the rest a quote.
      ['Donald Trump tweeted that the United States “has been talking to North Korea, and paying them extortion money, for 25 years. Talking is not the answer!”', { speaker: 'Donald Trump', text: 'Talking is not the answer!', direct: true }],
      ['Ted Cruz called Donald Trump a “pathological liar” who is “utterly amoral” and a “bully.”', null],
      // A possessed stance ("Israel’s decision to build …") put nothing forward that its sentence goes on to quote.
      ['This means that Israel’s decision to build a plaza at the Western Wall constitutes a “flagrant violation of international law.”', null],
      // An unnamed source's or a document's report holds its quotation too: no continuation of the speaker before it.
      ['“The open question is whether Americans were involved,” said Renato Mariotti. The indictment says that the Russians tried to break into accounts “at a domain used by Clinton’s personal office. At the same time, they targeted 76 addresses.”', { speaker: null, text: 'At the same time, they targeted 76 addresses.', direct: true }],
    ],
  },
  'direct.paragraph-after-report': {
    kind: 'direct', pattern: /[“"«]/, rank: 95, yieldsTo: 'never',
    why: 'A paragraph that is one whole quotation with no frame of its own, right after a paragraph whose last sentence reports someone’s words ("Kohli also said the NPR does not require documents. ¶ “The tweet … leads to an unnecessary confusion.”"), goes on with that speaker: the journalist’s convention for a quote following its paraphrase.',
    examples: [
      ['Nalin Kohli also said the register does not require citizenship documents.\n“The tweet leads to an unnecessary confusion because the register does not require them.”', { speaker: 'Nalin Kohli', text: 'The tweet leads to an unnecessary confusion because the register does not require them.', direct: true }],
      ['John Kerry issued a statement condemning the attack.\n\n“We thank the first responders for their courage.”', { speaker: 'John Kerry', text: 'We thank the first responders for their courage.', direct: true }],
      // A report in the same paragraph, or a paragraph with words of its own around the quotation, continues nobody.
      ['Nalin Kohli said the register does not require documents. “The tweet leads to an unnecessary confusion,” a party official said.', null],
      ['Nalin Kohli said the register does not require documents.\nThe party tweeted “The register leads to confusion” on Monday.', null],
      // A paragraph with no report at its end continues nobody.
      ['Nalin Kohli said the register does not require documents. The party met on Monday.\n“The register leads to an unnecessary confusion.”', null],
      // A report by a verb of saying that runs on to a colon hands over to the quotation paragraph after it.
      ['Susan Rice said the analogy was about the use of air power:\n“We have done so with sustained effect. But on the ground we have had partners that have done the fighting.”', { speaker: 'Susan Rice', text: 'We have done so with sustained effect. But on the ground we have had partners that have done the fighting.', direct: true }],
      ['Nicholas Dungan argued that America’s friends need to adopt a dual track approach:\n\n"You need two different policies. You need one policy to the individual and another toward the country."', { speaker: 'Nicholas Dungan', text: 'You need two different policies. You need one policy to the individual and another toward the country.', direct: true }],
      // …not a list's or a document's colon, nor a report closed before the colon.
      ['The report looked at ten episodes related to the allegations of obstruction, including:\n“The campaign’s response to reports about Russian support for the candidate.”', null],
      ['Nalin Kohli said the register does not require documents, and the party published a list:\n“The register leads to an unnecessary confusion about citizenship.”', null],
    ],
  },
  'direct.continues': {
    kind: 'direct', pattern: /[“"«]/, rank: 90, yieldsTo: 'never',
    why: 'A quotation with no frame of its own right after an attributed one continues it ("…," he said. "…"): same speaker.',
    examples: [
      ['“We need to talk,” Rex Tillerson said. “The relationship is at a low point.”', { speaker: 'Rex Tillerson', text: 'The relationship is at a low point.', direct: true }],
      // A quote with an attribution of its own continues nobody's.
      ['“We stay,” said Julie Wattenberg. “It would be a bad decision,” another tourist from Great Britain, Helen Collins, said.', null],
      // A sentence naming another person before the quote: the words are that person's business, not the previous speaker's.
      ['“Iran is subject to the most robust verification regime,” the International Atomic Energy Agency said. Donald Trump’s remarks singled out the regime for “continuing to fuel conflict, terror, and turmoil throughout the Middle East.”', null],
      // The reader's imagined voice ("you're saying", "you might say", "I hear you ask") is nobody's and continues no one.
      ['“The deal is good,” Jeffrey Lewis said. “But wait,” you’re saying, “can’t Russia just block the whole process?”', null],
      ['“The deal is good,” Jeffrey Lewis said. “But wait,” you say again, “won’t China just veto anything?”', null],
      ['“The deal is good,” Jeffrey Lewis said. You might say, “This is just more spin from Washington.”', null],
      // A source of its own attributing in the quote's sentence ("the prosecutor's office said in a statement …"): its
      // words, not the previous speaker's; nor are the quotes after it.
      ['“We will cooperate,” Hassan Rouhani told reporters. Meanwhile the Ukrainian general prosecutor’s office said in a statement it was investigating the incident as a possible case of “willful killing and aircraft destruction.” The case was handled as one of “violation of traffic safety rules.”', null],
      // …but the previous speaker attributing again, by name, pronoun or role, is still that speaker.
      ['“We must act,” John Boehner said. But the Ohio Republican said questions remain because training Iraqi forces “could take years to fully implement at a time when momentum must be halted.”', { speaker: 'John Boehner', text: 'could take years to fully implement at a time when momentum must be halted.', direct: true }],
      ['“We need to talk,” Rex Tillerson said. He said in a statement that it was “a relationship at a low point with no end in sight.” “It will not get better soon.”', { speaker: 'Rex Tillerson', text: 'It will not get better soon.', direct: true }],
      // A few quoted words inside a sentence of the writer's — a chant, a slogan, a name — are no more of the speaker's words
      // (quoted-terms.ts); right after a verb of saying they are.
      ['“We will keep fighting,” said Patrick Klugman. The day earlier, thousands poured into the streets, holding up pens and chanting “We are Charlie!”', null],
      ['“It is a warning,” said Jenny Town. It was that deadline that a North Korean official was referring to in his “Christmas gift” threat.', null],
      ['“We will win,” Donald Trump said. It was a familiar line for the campaign, which released an ad calling Biden “China’s puppet.”', null],
      ['“We need to talk,” Rex Tillerson said. “Believe me.”', { speaker: 'Rex Tillerson', text: 'Believe me.', direct: true }],
      // A quotation over several paragraphs (each reopened with a mark, the last closed) is continued by the paragraph
      // right after the one it closes in…
      ['Theresa May addressed the Commons. Theresa May said: “In time, another prime minister will be standing here.\n\n“We have to pass a bill, and we will hold votes on the issues that divide us,” she said.\n\n“Our job is to take decisions, not duck them.”', { speaker: 'Theresa May', text: 'Our job is to take decisions, not duck them.', direct: true }],
      ['Mark Dubowitz spoke. “If they stonewall, what will we do?” he asked. “We will have no leverage.\n\n“Why would you design such a deal?” Mr. Dubowitz asked. “My contention is that the deal makes war more likely.”', { speaker: 'Mark Dubowitz', text: 'My contention is that the deal makes war more likely.', direct: true }],
      // …not across a credit line or a heading, nor where the paragraph's quotation carries its own speaker and verb.
      ['Theresa May addressed the Commons. Theresa May said: “In time, another prime minister will be standing here.\n\n“We have to pass a bill, and we will hold votes on the issues that divide us,” she said.\n\nEli Lake, Bloomberg\n\n“Our job is to take decisions, not duck them.”', null],
      ['Rod Rosenstein answered Jim Jordan: “I am the deputy attorney general. I am responsible.\n\n“So your statement that I am keeping information from you is wrong.”\n\n“You’re the boss, Mr. Rosenstein,” Jordan interrupted.', null],
    ],
  },
  // ── Transcripts: paragraphs that are one person's words without quotation marks.
  'transcript.label-turn': {
    kind: 'transcript', pattern: LABEL, rank: 0, yieldsTo: 'never',
    why: 'Interview transcripts open each turn with the speaker’s name in capitals and a colon ("PENCE: Well, look, …").',
    examples: [['Mike Pence spoke to Chris Wallace.\nWALLACE: Will Trump accept the result?\nPENCE: We will respect the outcome of this election.', { speaker: 'Mike Pence', text: 'We will respect the outcome of this election.', direct: true }]],
  },
  'transcript.qa-turn': {
    kind: 'transcript', pattern: QA_LABEL, rank: 0, yieldsTo: 'never',
    why: 'Q-and-A interviews mark turns "Q:" and "A:"; the answers are the interviewee’s, named in the introduction.',
    examples: [
      ['The Times spoke with Angela Merkel in Berlin.\nQ: What about the euro?\nA: I believe the euro has held together when it mattered.\nQ: And Britain?\nA: Britain will remain my friend.', { speaker: 'Angela Merkel', text: 'I believe the euro has held together when it mattered.', direct: true }],
      ['The Times spoke with Angela Merkel in Berlin.\nQ: What does she intend for the euro?\nHer plan is to keep the euro together.\nQ: And Britain?\nShe wants Britain to remain a friend.', null],
    ],
  },
  'transcript.signed-post': {
    kind: 'transcript', pattern: SIGNED_POST, rank: 0, yieldsTo: 'never',
    why: 'An embedded post closed by its author’s signature ("… — Donald J. Trump (@realDonaldTrump) July 4, 2017") is that person’s words, verbatim; a post signed by a body (an outlet relaying others) is not read so.',
    examples: [
      ['Mike Pence visited the border.\nCNN is so dishonest. Today we took reporters to a detention facility. — Vice President Mike Pence (@VP) July 13, 2019', { speaker: 'Mike Pence', text: 'CNN is so dishonest. Today we took reporters to a detention facility.', direct: true }],
      ['Donald Trump wrote on Twitter.\nNorth Korea has just launched another missile. https://t.co/abc123 — Donald J. Trump (@realDonaldTrump) July 4, 2017', { speaker: 'Donald Trump', text: 'North Korea has just launched another missile.', direct: true }],
      ['Mike Pence spoke.\nVP Mike Pence fights back against comparisons of detention facilities to camps. pic.twitter.com/IZa1Bp4Bos — CNN (@CNN) July 13, 2019', null],
    ],
  },
  // ── Reported speech: one sentence's candidates, arbitrated by rank and yieldsTo.
  'reported.speech-cue': {
    kind: 'reported', pattern: REPORTED, rank: 10, yieldsTo: 'never',
    why: 'A speech verb with its speaker before it and a clause after it ("NAME said (that) …") — the core of reported speech.',
    examples: [
      // A content opening with a subordinate clause runs on to its main clause: no comma inside the opening clause ends it
      // (a name before ", the …", a relative clause); without a comma before a subject, nothing changes.
      ['Iran warned that if its oil could not get out of the Persian Gulf, the oil of other Gulf States could be kept off the world markets.', { speaker: 'Iran', text: 'if its oil could not get out of the Persian Gulf, the oil of other Gulf States could be kept off the world markets', direct: false }],
      ['Mustakhim Ali said when they found the body of his cousin, who got married himself last December, they did not recognise him.', { speaker: 'Mustakhim Ali', text: 'when they found the body of his cousin, who got married himself last December, they did not recognise him', direct: false }],
      ['Darci Vetter said if the talks dragged on past March they might not end until next year, making it harder to sell farm products.', { speaker: 'Darci Vetter', text: 'if the talks dragged on past March they might not end until next year', direct: false }],
      // "say" set off by commas with no subject before it is "for example": no one speaks.
      ['Voters care about problems that plague other parts of the world, as opposed to the tangible benefit of, say, a tax cut.', null],
      // A predicate after a cue set off by commas keeps its subject: the report is the sentence, the attribution inside it.
      ['Hillary Clinton spoke. The remainder, she has said, were wiped clean from her server.', { speaker: 'Hillary Clinton', text: 'The remainder, she has said, were wiped clean from her server', direct: false }],
      // A "that" after a demand's infinitive is the infinitive's: the request is the addressee and what they should do.
      ['Senate Democrats urged Donald Trump to pursue an interim agreement that freezes the nuclear program.', { speaker: 'Senate Democrats', text: 'Donald Trump to pursue an interim agreement that freezes the nuclear program', direct: false }],
      ['Donald Trump urged James Comey to tell the public that he was not under investigation.', { speaker: 'Donald Trump', text: 'James Comey to tell the public that he was not under investigation', direct: false }],
      // A short adjunct before the demanded infinitive is no end of it.
      ['Human Rights Watch urged Barack Obama in a letter Monday to press Mexico.', { speaker: 'Human Rights Watch', text: 'Barack Obama in a letter Monday to press Mexico', direct: false }],
      // Inside a relative clause the report runs from the antecedent's noun phrase, or from "what".
      ['Egypt kept its seven-year-old Gaza border blockade, which Israel says has stopped the militant group from importing more weapons.', { speaker: 'Israel', text: 'its seven-year-old Gaza border blockade, which Israel says has stopped the militant group from importing more weapons', direct: false }],
      // …unless another report ends on the antecedent: "wants Egypt to lift the blockade, which Israel says …" keeps the want's object.
      ['Hamas wants Egypt to lift the seven-year-old Gaza border blockade, which Israel says would lead the militant group to import more weapons.', { speaker: 'Israel', text: 'would lead the militant group to import more weapons', direct: false }],
      ['Abdelaziz Abdelshakua was wounded in his right leg with what he says was a live round.', { speaker: 'Abdelaziz Abdelshakua', text: 'what he says was a live round', direct: false }],
      // …also when the predicate opens with a full verb, from a bare noun phrase after a preposition or a verb, or from a
      // name set off by a comma; with no antecedent the words give, or on the sentence's subject with no comma closing
      // it, the predicate alone has lost its subject: no report.
      ['Iran should thank Barack Obama for the deal, which Donald Trump said infused billions into its economy.', { speaker: 'Donald Trump', text: 'the deal, which Donald Trump said infused billions into its economy', direct: false }],
      ['Now they are talking about new trade deals that critics of the president said would never happen.', { speaker: null, text: 'new trade deals that critics of the president said would never happen', direct: false }],
      ['Trump muddied the waters over Chinese telecom giant ZTE, which policy experts argue could have been used as an example.', { speaker: null, text: 'ZTE, which policy experts argue could have been used as an example', direct: false }],
      ['Late last decade, the Stuxnet virus — which most observers believe was a joint U.S.-Israeli project — targeted Iranian centrifuges.', { speaker: null, text: 'the Stuxnet virus — which most observers believe was a joint U.S.-Israeli project', direct: false }],
      ['Troops were sent to stop migrants who Donald Trump said were travelling in caravans.', null],
      ['The Afghan immigrant who authorities believe planted bombs in New Jersey was captured Monday.', null],
      // A report inside a credited excerpt of commentary stays (direct.credit-line).
      ['“The administration has insisted the issues are unrelated. Mick Mulvaney said on a call that the tariffs were part of an immigration matter.” Jeff Spross, The Week\n\nThe debate goes on.', { speaker: 'Mick Mulvaney', text: 'the tariffs were part of an immigration matter', direct: false }],
      // A body after the cue with a relative clause of "which" is the clause's subject, not an inverted speaker.
      ["Japan's trade minister, Hiroshige Seko, said Japan, which accounts for about 40 percent of U.S. vehicle imports, will keep reminding U.S. officials of the rules.", { speaker: 'Hiroshige Seko', text: 'Japan, which accounts for about 40 percent of U.S. vehicle imports, will keep reminding U.S. officials of the rules', direct: false }],
      // A participle hangs on the main clause's subject after a sentence adverb ("Here,"), not on a name in its object.
      ['William Barr and Robert Mueller spoke. Here, Barr cites language from Mueller’s report, noting that the special counsel’s office did not draw a definite conclusion.', { speaker: 'William Barr', text: 'the special counsel’s office did not draw a definite conclusion', direct: false }],
      // An inverted cue after a comma, a name and a bare role's appositive: the name speaks the words before (reported.inverted), no clause follows.
      ['Kim Jong Un spoke. Kim may be starting to look at what he can extract, said Tom Nichols, professor of National Security Affairs at the Naval War College.', null],
      // A definite document's issuer, named in the sentence or the two before, speaks (document-issuer.ts).
      ['Huawei issued a statement on Monday. The statement said the company had been provided very little information.', { speaker: 'Huawei', text: 'the company had been provided very little information', direct: false }],
      ['Sergey Lavrov said Wednesday that the talks had failed.', { speaker: 'Sergey Lavrov', text: 'the talks had failed', direct: false }],
      // A writing verb's piece that takes a content clause: the clause after "a story that" is what was written; after a
      // piece with a relative "that" nothing is reported (that-clause.ts writtenPieceClause).
      ['The New York Times wrote a story that Donald Trump was going to fire Robert Mueller.', { speaker: 'New York Times', text: 'Donald Trump was going to fire Robert Mueller', direct: false }],
      ['Jeff Flake wrote a letter that was never sent to the White House.', null],
      ['The Washington Post published a report that cited no sources.', null],
      ['Nancy Pelosi tweeted a video that shows the attack on the Capitol.', null],
      ['Robert Mueller’s staff wrote a report that was plainly intended to be public.', null],
      // A participle clause after the report, an adverb before it, is the reporter's gloss ("…, potentially opening …").
      ['Sergey Lavrov said Tuesday that Bashar Assad has accepted a Russian proposal, potentially opening the door to a deal as Barack Obama waits.', { speaker: 'Sergey Lavrov', text: 'Bashar Assad has accepted a Russian proposal', direct: false }],
      // Negative: a participle phrase set off between the clause's subject and its verb stays inside it.
      ['Sergey Lavrov said the rebels, reportedly using tunnels, had reached the city.', { speaker: 'Sergey Lavrov', text: 'the rebels, reportedly using tunnels, had reached the city', direct: false }],
      // A gerund heading the main clause after an opening subordinate clause is its subject, not a participle of the reporter's.
      ['John Kerry acknowledged that even if European and Arab countries offer their support, getting them to agree to operations in Syria would be much more difficult.', { speaker: 'John Kerry', text: 'even if European and Arab countries offer their support, getting them to agree to operations in Syria would be much more difficult', direct: false }],
      ['John Kerry said that when the talks resume, signing a deal will be hard.', { speaker: 'John Kerry', text: 'when the talks resume, signing a deal will be hard', direct: false }],
      // A subject and its verb right after a verb of warning open the clause told (no listener): the "that" after is a relative pronoun.
      ['Richard Haass warned there was little that outside pressure could do.', { speaker: 'Richard Haass', text: 'there was little that outside pressure could do', direct: false }],
      ['Richard Haass told him it was a plan that nobody liked.', { speaker: 'Richard Haass', text: 'it was a plan that nobody liked', direct: false }],
      // Negative: a listener before "that" is skipped.
      ['Richard Haass warned Russia that the sanctions would stay.', { speaker: 'Richard Haass', text: 'the sanctions would stay', direct: false }],
      // A participle of saying on the way to a "that" has that "that" in its own clause: the telling verb's listener ends before it.
      ['John Kerry has warned North Korea not to conduct a missile test, saying it will be an act of provocation that would isolate the country.', { speaker: 'John Kerry', text: 'it will be an act of provocation that would isolate the country', direct: false }],
      // ", and" with a quantified subject ("both the …", "all the …") opens a clause of the reporter's, as ", and the …" does.
      ['Sergey Lavrov said the allies disagree with the move, and both the Security Council and the Arab League will meet on Friday.', { speaker: 'Sergey Lavrov', text: 'the allies disagree with the move', direct: false }],
      // "that" after a preposition is a determiner, no complementizer: the clause begins at its subject.
      ['Enrique Peña Nieto had said at that time he did not see a need to scrap the meeting.', { speaker: 'Enrique Peña Nieto', text: 'he did not see a need to scrap the meeting', direct: false }],
      // A relative clause holding a report of another speaker's is the reporter's aside, even inside a that-clause.
      ['Enrique Peña Nieto said that his country would not fund any border wall, which Mitch McConnell said would cost $15 billion.', { speaker: 'Enrique Peña Nieto', text: 'his country would not fund any border wall', direct: false }],
      // ", in a message …" after the clause says how it was said: the reporter's adjunct (without the comma it may be the clause's own).
      ['Xi Jinping assured Donald Trump that the text of the trade deal could be finalised soon, in a message conveyed by Liu He.', { speaker: 'Xi Jinping', text: 'the text of the trade deal could be finalised soon', direct: false }],
      ['Sergey Lavrov said the text of the deal was found in a message from the ministry.', { speaker: 'Sergey Lavrov', text: 'the text of the deal was found in a message from the ministry', direct: false }],
      // "that" before a finite verb taking an object or an adverb is the clause's subject, a demonstrative; "that" before a plural noun is the complementizer.
      ['Fred Hof thinks that plays right into the hands of the Syrian leader.', { speaker: 'Fred Hof', text: 'that plays right into the hands of the Syrian leader', direct: false }],
      ['Fred Hof said that means the deal is dead.', { speaker: 'Fred Hof', text: 'that means the deal is dead', direct: false }],
      ['Fred Hof said that talks with Iran were over.', { speaker: 'Fred Hof', text: 'talks with Iran were over', direct: false }],
      // In a sentence opening with a subordinate clause, a bare plural subject after the comma opens the main clause.
      ['Just hours after Raul Castro announced they were moving toward normalizing relations, crowds gathered in Havana and Miami.', { speaker: 'Raul Castro', text: 'they were moving toward normalizing relations', direct: false }],
      // A sentence adverb set off between the cue and its "that" is no part of the clause.
      ['Karim Bitar argues, though, that the Obama administration failed to sustain the Hadi government.', { speaker: 'Karim Bitar', text: 'the Obama administration failed to sustain the Hadi government', direct: false }],
      // A time clause holding another speaker's report ends the first report.
      ['Michael Flynn denied he had discussed the sanctions with Sergey Kislyak on Wednesday before a spokesman said Thursday that the topic may have come up.', { speaker: 'Michael Flynn', text: 'he had discussed the sanctions with Sergey Kislyak on Wednesday', direct: false }],
      // In an opening subordinate clause, a quotation closing before the main clause's subject ends the report with its mark.
      ['While John Heubusch told The Times that the hope is “to create a dialogue without partisanship,” he also said the forum would go on.', { speaker: 'John Heubusch', text: 'the hope is “to create a dialogue without partisanship,”', direct: false }],
      // A comparison's second term after a set-off cue is no clause.
      ['The evidence of chemical weapons appears more concrete, Karim Bitar notes, than the case the US made about Iraq.', null],
      // A dash before "even if" opens the reporter's concession, as before "but".
      ['But Karim Bitar says that is unlikely to sway the French position – even if recently France has said it needs time to reflect.', { speaker: 'Karim Bitar', text: 'that is unlikely to sway the French position', direct: false }],
      // ", even as" opens the reporter's clause, as ", while" does.
      // Negatives: set off between the clause's subject and its verb it is inside; "even as soon as" is a time of the speaker's.
      ['Henry Kissinger declared that the world’s leaders, even as they deal with the raging pandemic, must begin to plan.', { speaker: 'Henry Kissinger', text: 'the world’s leaders, even as they deal with the raging pandemic, must begin to plan', direct: false }],
      ["Iraqi Prime Minister Adel Abdul Mahdi said the strikes had violated his country's sovereignty, while Kataib Hezbollah leader Abu Mahdi al-Muhandis, warned that its response would be tough.", { speaker: 'Adel Abdul Mahdi', text: "the strikes had violated his country's sovereignty", direct: false }],
      ['Richard Haass said there’s no time like the present — even as soon as the press conference on Friday.', { speaker: 'Richard Haass', text: 'there’s no time like the present — even as soon as the press conference on Friday', direct: false }],
      ['Richard Haass noted that there was little surprising in the list, even as critics looked askance at the claim.', { speaker: 'Richard Haass', text: 'there was little surprising in the list', direct: false }],
      // A subordinate clause opening the content is no sentence-opening one: its main clause is still the report's.
      ['William Barr said that since Robert Mueller did not make a determination, both he and Rod Rosenstein decided the case.', { speaker: 'William Barr', text: 'since Robert Mueller did not make a determination, both he and Rod Rosenstein decided the case', direct: false }],
      ['Dylan Dille emailed that the unit was tired.', { speaker: 'Dylan Dille', text: 'the unit was tired', direct: false }],
      // Up to three auxiliaries and adverbs between the subject and the cue (speakers.ts BETWEEN_SUBJECT_AND_VERB).
      ['Amnesty International has consistently said that the militants tore through the towns.', { speaker: 'Amnesty International', text: 'the militants tore through the towns', direct: false }],
      ['Hilary Benn has also said that he will table an amendment on Monday.', { speaker: 'Hilary Benn', text: 'he will table an amendment on Monday', direct: false }],
      ['Donald Trump has since acknowledged the meeting was a mistake.', { speaker: 'Donald Trump', text: 'the meeting was a mistake', direct: false }],
      ['Donald Trump had for weeks argued that the deal would pass.', { speaker: 'Donald Trump', text: 'the deal would pass', direct: false }],
      // A negation is no adverb between: what was not said is no report.
      ['Donald Trump has never said the talks failed.', null],
      // Before a singular count noun and its verb "that" is a determiner, part of the content; before a mass or plural noun,
      // a determiner or a name it opens the clause.
      ['The company says that small amount can be increased sharply later.', { speaker: null, text: 'that small amount can be increased sharply later', direct: false }],
      ['Barack Obama said that kind of rhetoric is dangerous.', { speaker: 'Barack Obama', text: 'that kind of rhetoric is dangerous', direct: false }],
      ['John Kerry says that plan will fail.', { speaker: 'John Kerry', text: 'that plan will fail', direct: false }],
      ['Vyacheslav Ponomaryov told Sky News that turnout was 80 percent.', { speaker: 'Vyacheslav Ponomaryov', text: 'turnout was 80 percent', direct: false }],
      ['Vladimir Putin said that the decision would hurt both countries.', { speaker: 'Vladimir Putin', text: 'the decision would hurt both countries', direct: false }],
      ['Angela Merkel said that people are angry.', { speaker: 'Angela Merkel', text: 'people are angry', direct: false }],
      ['Angela Merkel told Reuters that the talks had failed.', { speaker: 'Angela Merkel', text: 'the talks had failed', direct: false }],
      // A short clause goes on through a coordinated verb; an object ends before it ("denied the report and said …").
      ['Angela Merkel said Iran agreed and signed the deal.', { speaker: 'Angela Merkel', text: 'Iran agreed and signed the deal', direct: false }],
      ['Benjamin Netanyahu denied the report and said he is a victim of a political witch-hunt.', { speaker: 'Benjamin Netanyahu', text: 'he is a victim of a political witch-hunt', direct: false }],
      // Adverbs between the coordinator and the second verb ("…, and more recently, has argued"): still the subject's own predicate.
      ['Sergey Lavrov denied the existence of the system, and more recently, has argued the missile does not violate the treaty.', { speaker: 'Sergey Lavrov', text: 'the existence of the system', direct: false }],
      ['Sergey Lavrov denied the existence of the system, and more recently, has argued the missile does not violate the treaty.', { speaker: 'Sergey Lavrov', text: 'the missile does not violate the treaty', direct: false }],
      // A noun's own "that" clause stays with the noun ("claims that …" is what is denied).
      ['Angela Merkel denied US claims that the talks had failed.', { speaker: 'Angela Merkel', text: 'US claims that the talks had failed', direct: false }],
      ['Angela Merkel was told that the talks had failed.', null],
      // After a noun the cue does not take, "that" before a past verb opens a relative clause, not the report.
      ['Russia was ready to act, Vladimir Putin said in a documentary that aired on state TV on Sunday.', null],
      ['Vladimir Putin said in a documentary that armed forces were ready.', { speaker: 'Vladimir Putin', text: 'armed forces were ready', direct: false }],
      // A "that" inside a subordinate clause on the way is not the cue's: the request is the report.
      ['Heritage Action urged lawmakers to vote against the bill unless Republican leaders give a commitment that they will not renew the bank.', { speaker: 'Heritage Action', text: 'lawmakers to vote against the bill unless Republican leaders give a commitment that they will not renew the bank', direct: false }],
      // An outlet relaying the sentence after the speaker's quoted words ends the report; the words stay the speaker's.
      ['Ashraf Ghani told citizens on Sunday that poverty and insecurity are Afghanistan’s “enemies, and not their fellow citizens,” reports The Associated Press.', { speaker: 'Ashraf Ghani', text: 'poverty and insecurity are Afghanistan’s “enemies, and not their fellow citizens,”', direct: false }],
      // A named listener, then the clause told with its own subject and verb; "to" and a verb after it is a request.
      ['Somyot Poompummuang told the Associated Press the object had been found to be harmless.', { speaker: 'Somyot Poompummuang', text: 'the object had been found to be harmless', direct: false }],
      ['Vladimir Putin told Donald Trump the deal was dead.', { speaker: 'Vladimir Putin', text: 'the deal was dead', direct: false }],
      ['Donald Trump told reporters the talks were over.', { speaker: 'Donald Trump', text: 'the talks were over', direct: false }],
      ['Donald Trump told Congress to act quickly.', { speaker: 'Donald Trump', text: 'Congress to act quickly', direct: false }],
      ['Barack Obama told reporters to leave the room.', null],
      // A day after the listener is when; a "that" after a titled listener is the listener's clause, none before it.
      ['Dan Coats told ABC Sunday the injuries may leave the suspect unable to speak.', { speaker: 'Dan Coats', text: 'the injuries may leave the suspect unable to speak', direct: false }],
      ['Liu He told Treasury Secretary Steven T. Mnuchin that China would not continue talks, two people briefed on those meetings said.', null],
      // A post or a piece of writing as the only object of a posting or writing verb is no clause; a clause after it is.
      ['The Kurdish Region Security Council tweeted a running commentary on the battle.', null],
      ['Donald Trump tweeted a video of the rally on Monday.', null],
      ['Donald Trump tweeted that the photo of the wall was fake.', { speaker: 'Donald Trump', text: 'the photo of the wall was fake', direct: false }],
      // A refusal to say whether or how much states nothing; a condition imagines a report; a day before "that" is no content.
      ['Patrick Ventrell wouldn’t say how many bodies were found.', null],
      ['Patrick Ventrell said he did not know how many bodies were found.', { speaker: 'Patrick Ventrell', text: 'he did not know how many bodies were found', direct: false }],
      ['If Angela Merkel says the talks have failed, the markets will fall.', null],
      ['Angela Merkel said Tuesday that the talks had failed.', { speaker: 'Angela Merkel', text: 'the talks had failed', direct: false }],
      // An outlet after the cue runs up to "that", its abbreviations' dots included; "think tank" is a noun, no cue.
      ['Stephen Kenny said in an interview with the Australian Broadcasting Corp. that the deal was dead.', { speaker: 'Stephen Kenny', text: 'the deal was dead', direct: false }],
      ['Stephen Kenny said in an interview with CNN that the deal was dead.', { speaker: 'Stephen Kenny', text: 'the deal was dead', direct: false }],
      ['Bonnie Glaser works at the CSIS think tank in Washington, D.C.', null],
      // After a direct quote, a day and an adjunct following the cue are where it was said, not a second report.
      ['“We want a process,” Victoria Toensing said during an interview Tuesday on “America’s Newsroom” with Fox News anchor Martha MacCallum.', null],
      // The clause may open with a number; a number of days before "ago" is when, not what.
      ['Venezuelan health officials said 69 people were injured in the clashes.', { speaker: null, text: '69 people were injured in the clashes', direct: false }],
      ['Donald Trump said 10 days ago that the wall was finished.', { speaker: 'Donald Trump', text: 'the wall was finished', direct: false }],
      ['François Hollande said overnight that the vote would not change his plans.', { speaker: 'François Hollande', text: 'the vote would not change his plans', direct: false }],
      // A dash and a coordinator: the reporter goes on about the subject ("-- but did not …"); a dash alone spells the clause out.
      ['Donald Trump said he would impose new sanctions on the regime -- but did not take action to alter the deal.', { speaker: 'Donald Trump', text: 'he would impose new sanctions on the regime', direct: false }],
      ['Donald Trump said he would impose new sanctions -- the toughest ever -- on the regime.', { speaker: 'Donald Trump', text: 'he would impose new sanctions -- the toughest ever -- on the regime', direct: false }],
      // Unnamed sources keep their words: a bare plural, a possessive determiner.
      ['Police officials said a second device was found in Chelsea.', { speaker: null, text: 'a second device was found in Chelsea', direct: false }],
      ['Paul Pagliano refused to testify. His lawyer said he would not answer questions.', { speaker: null, text: 'he would not answer questions', direct: false }],
      // A definite role read as a common-noun subject is the holder the article named last before it (none: unnamed).
      ['President Donald Trump met Kim Jong Un on Monday. The president has previously said he would not lift sanctions.', { speaker: 'Donald Trump', text: 'he would not lift sanctions', direct: false }],
      ['The president has previously said he would not lift sanctions.', { speaker: null, text: 'he would not lift sanctions', direct: false }],
      // A name governed by a preposition is not the subject: the noun before it heads it — a person, the unnamed
      // people speaking for someone, or a body named by its members.
      ['Danny Gonzalez of the group Move America Forward, a pro-military organization, said his group would fight.', { speaker: 'Danny Gonzalez', text: 'his group would fight', direct: false }],
      ['Prosecutors in New York say Michael Cohen has not cooperated.', { speaker: null, text: 'Michael Cohen has not cooperated', direct: false }],
      // …a compass word between the preposition and the place too.
      ['Rebels in eastern Ukraine claimed they were making progress on a new offensive.', { speaker: null, text: 'they were making progress on a new offensive', direct: false }],
      ['A spokeswoman for Hillary Clinton says neither the nominee nor her campaign helped.', { speaker: null, text: 'neither the nominee nor her campaign helped', direct: false }],
      // …but a quantity of a party's members ("Some Republicans", "Most of the Republicans") speaks unnamed for it (speaker.quantified-group).
      ['Some Republicans on the Armed Services Committee said they would vote against Chuck Hagel.', { speaker: null, text: 'they would vote against Chuck Hagel', direct: false }],
      ['Hillary Clinton spoke on Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that police shootings must end.', { speaker: 'Hillary Clinton', text: 'police shootings must end', direct: false }],
      // After "was quick to accuse Russia", Russia is the object: the sentence's subject is the one insisting.
      ['Mike Pompeo was quick to accuse Russia of meddling, insisting that its government had persuaded Nicolás Maduro to stay.', { speaker: 'Mike Pompeo', text: 'its government had persuaded Nicolás Maduro to stay', direct: false }],
      // A piece of writing as the only object says nothing; what it urges does.
      ['George Soros wrote his piece on the website Project Syndicate.', null],
      // "that's" after the cue is the clause's subject and verb ("that is"), kept with it.
      ['Barack Obama suggested that’s a hopeful example to other parts of the world.', { speaker: 'Barack Obama', text: 'that’s a hopeful example to other parts of the world', direct: false }],
      // A second report ends the first one's words: ", the Journal reported", "and hours after Seoul said".
      ['Just days after Barack Obama announced that he would seek authorization for airstrikes, the Wall Street Journal reported what every Syrian knew.', { speaker: 'Barack Obama', text: 'he would seek authorization for airstrikes', direct: false }],
      ['He spoke days after Donald Trump said South Korea should pay for the system and hours after Seoul said that the deal stood.', { speaker: 'Donald Trump', text: 'South Korea should pay for the system', direct: false }],
      ['Nicolás Maduro, backed by Russia, China and the military, said he would stay.', { speaker: 'Nicolás Maduro', text: 'he would stay', direct: false }],
      // "but NAME said …" and ", Seoul officials said" begin another report; a speech verb on the way to "that" makes
      // that "that" another report's ("warned China … but Beijing said it would not swallow any “bitter fruit” that …").
      ['Donald Trump had warned China not to raise levies but Beijing said it would not swallow any "bitter fruit" that harmed its interests.', { speaker: 'Donald Trump', text: 'China not to raise levies', direct: false }],
      ['Donald Trump had warned China not to raise levies but Beijing said it would not swallow any "bitter fruit" that harmed its interests.', { speaker: 'China', text: 'it would not swallow any "bitter fruit" that harmed its interests', direct: false }],
      ['Moon Jae-in said Kim Jong Un had agreed to hold the summit in June, Seoul officials said on Sunday.', { speaker: 'Moon Jae-in', text: 'Kim Jong Un had agreed to hold the summit in June', direct: false }],
      // A time adjunct after the cue is when, not what: "tweeted shortly before …".
      ['Donald Trump tweeted shortly before news of the Chinese decision came.', null],
      // "…, saying" is the main clause subject's, not the name ending the words before the comma (an object, a place).
      ['Speaking to NPR, Barack Obama responded to those strategies, saying that more bombs are not the answer.', { speaker: 'Barack Obama', text: 'more bombs are not the answer', direct: false }],
      ['In a speech on Sunday in Vietnam, Mike Pompeo urged North Korea to follow the example of Vietnam, saying he believed Pyongyang could change.', { speaker: 'Mike Pompeo', text: 'he believed Pyongyang could change', direct: false }],
      // A condition or a question states nothing; a cue inside someone's quotation is theirs (the quote carries it); a
      // time after the cue is when, not what.
      ['Congress is watching Iran. If Donald Trump says the deal has failed, Congress will reimpose sanctions on Iran.', null],
      ['Donald Trump will announce next month whether he believes Iran has kept the deal.', null],
      ['“I think Hillary Clinton said she would win the state,” Donald Trump said.', null],
      ['“Hamas is continuing all its operations," Benjamin Netanyahu said, suggesting Hamas wants a truce only to restock.', { speaker: 'Benjamin Netanyahu', text: 'Hamas wants a truce only to restock', direct: false }],
      ['“We are ready,” Moon Jae-in said hours after the meeting in Pyongyang.', null],
      // A person named in an appositive or after a title naming a body speaks, not the body.
      ['The US envoy to the UN, Nikki Haley, has predicted the session would be the most watched ever.', { speaker: 'Nikki Haley', text: 'the session would be the most watched ever', direct: false }],
      ['The second-ranking Senate Republican, John Cornyn of Texas, said that the nomination was a bad message.', { speaker: 'John Cornyn', text: 'the nomination was a bad message', direct: false }],
      // A group of people spelled out in an appositive list speaks through the people named, not the party of its head
      // (the first named is credited); "including" names members of a group that speaks as a whole.
      ['Two senior Democrats, Senate Minority Leader Chuck Schumer of New York and Senator Mark Warner of Virginia, said that firing Robert Mueller would cross a line.', { speaker: 'Chuck Schumer', text: 'firing Robert Mueller would cross a line', direct: false }],
      ['Republicans, including John McCain and Lindsey Graham, said the strike was overdue.', { speaker: 'Republican Party', text: 'the strike was overdue', direct: false }],
      // A name after a preposition or an indefinite determiner in the subject is no speaker of its "…, saying" (Facebook).
      ['A troll on Facebook was one of the first to hype the site, saying it contained the hidden truth about Hillary Clinton.', null],
      ['Most of the Republicans on the committee voted against the report, saying they didn’t support its conclusions.', { speaker: null, text: 'they didn’t support its conclusions', direct: false }],
      // A person named inside a relative clause set off after the subject describes it: not the speaker (the unnamed
      // source before the clause speaks: speaker.relative-aside).
      ['The source, who is close to Vladimir Putin, said the talks would resume.', { speaker: null, text: 'the talks would resume', direct: false }],
      ['Mike Pompeo, who met Sergey Lavrov on Monday, said the talks would resume.', { speaker: 'Mike Pompeo', text: 'the talks would resume', direct: false }],
      ['Jeremy Hunt lost. Ruth Davidson, who backed Mr Hunt in the campaign, also sent her congratulations, adding that the new PM had a task ahead of him.', { speaker: 'Ruth Davidson', text: 'the new PM had a task ahead of him', direct: false }],
      // A body's possessive before the appositive's name modifies the person, who heads it (the party is no speaker).
      ["Wales' First Minister, Labour's Mark Drakeford, said the deal was a disaster for Wales.", { speaker: 'Mark Drakeford', text: 'the deal was a disaster for Wales', direct: false }],
      ['U.S. Ambassador to NATO Douglas Lute spoke at a forum in Colorado, saying there were 15,000 troops at the border.', { speaker: 'Douglas Lute', text: 'there were 15,000 troops at the border', direct: false }],
      ['Russia, a longtime ally of Syrian President Bashar al-Assad, said the embargo could jeopardize the talks.', { speaker: 'Russia', text: 'the embargo could jeopardize the talks', direct: false }],
      // A name's possessive determines a common noun: the body or person it owns speaks ("Egypt's military": a state's organ, quotes/state-organ.ts).
      ["Egypt's military said it had found wreckage of the plane.", { speaker: 'Egyptian Military', text: 'it had found wreckage of the plane', direct: false }],
      // A gerund phrase may be the clause's subject when its finite verb follows within a few words; a participle
      // adjunct after the cue is not.
      ['Andrew Cuomo said legalizing it could put thousands of people to work.', { speaker: 'Andrew Cuomo', text: 'legalizing it could put thousands of people to work', direct: false }],
      ['Andrew Cuomo said speaking to reporters in Albany.', null],
      // A quantity's hedge and "those surveyed" open an unnamed source too.
      ['More than half of US governors have said they will not accept refugees.', { speaker: null, text: 'they will not accept refugees', direct: false }],
      ['Those surveyed say stricter gun laws would help prevent gun violence.', { speaker: null, text: 'stricter gun laws would help prevent gun violence', direct: false }],
      // A clause coordinated after a comma has its own subject: a common noun phrase there is an unnamed source too
      // ("…, and human rights groups warned that …", "…, while 22 percent said …") — unless a dash interrupts it or
      // the comma closes an opening adjunct before "while" (a fronted subordinate clause, running into the main one).
      ['Barack Obama emphasized that the reforms were not complete, and human rights groups warned that the administration was giving up leverage.', { speaker: null, text: 'the administration was giving up leverage', direct: false }],
      ['Among Trump voters, 74 percent backed him, while 22 percent said they might change their mind.', { speaker: null, text: 'they might change their mind', direct: false }],
      ['Most young voters see police violence as a problem, and three-fourths say the government should require body cameras.', { speaker: null, text: 'the government should require body cameras', direct: false }],
      ['Barack Obama leaves a raft of new rules, and an aggressive - some say unrealistic - pledge made in Paris to cut emissions.', null],
      ['In a September debate, while most of his rivals said a bigger military effort was needed, Donald Trump hewed to Barack Obama.', null],
      // A relative about the speaker after "said," is no clause of the cue.
      ['The talks will resume next week, a senior official said, who declined to be named.', null],
      // ", wrote NAME" after a clause is an inverted attribution: the name is no content of the cue.
      ['Recep Tayyip Erdoğan has long viewed Bashar al-Assad as illegitimate, wrote Asli Aydıntaşbaş in a column.', null],
      ['Donald Trump, however, said Moscow was to blame for the attack.', { speaker: 'Donald Trump', text: 'Moscow was to blame for the attack', direct: false }],
      ['Michael V. Hayden, former director of the CIA, told CNN in an interview that Mark Esper did not do enough.', { speaker: 'Michael V. Hayden', text: 'Mark Esper did not do enough', direct: false }],
      // …and it ends the words of a report before it.
      ['Turkey has long argued that the Kurdish militia is a terrorist group, wrote Asli Aydıntaşbaş.', { speaker: 'Turkey', text: 'the Kurdish militia is a terrorist group', direct: false }],
      // A cue inside someone's quotation opened a sentence before is theirs: the quote carries it.
      ['“The indictments are good news for all Americans. Time for Robert Mueller to end this pursuit and say Donald Trump is completely innocent,” Rudy Giuliani said.', null],
      // A time with "late" or "early" before "that" is skipped like a bare day; a relative clause inside the clause stays in it.
      ['Izzat Rishq said late Monday that the Palestinian delegation, which is led by Azzam al-Ahmad, would return to Cairo.', { speaker: 'Izzat Rishq', text: 'the Palestinian delegation, which is led by Azzam al-Ahmad, would return to Cairo', direct: false }],
      ['Izzat Rishq said early on Tuesday that the delegation would return to Cairo.', { speaker: 'Izzat Rishq', text: 'the delegation would return to Cairo', direct: false }],
      // A participle phrase set off by commas between the clause's subject and its verb stays in the clause; one ending it does not.
      ['Angela Merkel said the refugees, fleeing the war in Syria, were welcome in Germany.', { speaker: 'Angela Merkel', text: 'the refugees, fleeing the war in Syria, were welcome in Germany', direct: false }],
      ['Angela Merkel said the talks had failed, citing the new sanctions on Russia.', { speaker: 'Angela Merkel', text: 'the talks had failed', direct: false }],
      ['Saleem Iqbal has helped parents. “Some were transferred,” Iqbal said. “No one is doing anything,” one of the officials said. He said he was speaking out to help the girls.', { speaker: null, text: 'he was speaking out to help the girls', direct: false }],
      // A cue with its agent after it ("announced by …") is a passive participle describing the noun before it: no report.
      ['The decisions announced by Abdul Fatah el-Sisi place state authority back in the hands of the army.', null],
      // …but "by" opening a means, a time or a gerund after the cue is no agent: the report stands.
      ['Jon Read said by the end of January it was apparent the virus had pandemic potential.', { speaker: 'Jon Read', text: 'by the end of January it was apparent the virus had pandemic potential', direct: false }],
      ['Recep Tayyip Erdogan said by killing dozens of civilians, including women and children, the terrorists were not true Muslims.', { speaker: 'Recep Tayyip Erdogan', text: 'by killing dozens of civilians, including women and children, the terrorists were not true Muslims', direct: false }],
      ['Ri Yong-ho said by repeatedly calling Kim Jong Un “Rocket Man,” Donald Trump is making a visit inevitable.', { speaker: 'Ri Yong-ho', text: 'by repeatedly calling Kim Jong Un “Rocket Man,” Donald Trump is making a visit inevitable', direct: false }],
      // A disaster claiming someone's life kills; claiming a clause still reports.
      ['The bloody rampage of Dzhokhar Tsarnaev claimed the life of MIT Police Officer Sean Collier.', null],
      ['Hamas claimed the attack was a victory for the resistance.', { speaker: 'Hamas', text: 'the attack was a victory for the resistance', direct: false }],
      // A gerund after "by", "while", "without" is the subject's act, not that of a name in the object before it.
      ['Jeremy Corbyn ramped up the pressure on Theresa May by saying it will be a failure of historic proportions.', { speaker: 'Jeremy Corbyn', text: 'it will be a failure of historic proportions', direct: false }],
      ['Angela Merkel began by saying the talks had failed.', { speaker: 'Angela Merkel', text: 'the talks had failed', direct: false }],
    ],
  },
  'reported.inside-quote': {
    kind: 'reported', pattern: REPORTED, rank: 10, yieldsTo: 'never',
    why: 'A report inside someone\'s quoted words whose subject is a name opening a sentence or a coordinated main clause there is that name\'s attribution, nested in the quote (nested-report.ts); pronouns and the quoted speaker stay the quote\'s wording.',
    examples: [
      ['“Donald Trump said it was good news for the whole world,” Blue House spokesman Kim Eui-kyeom told a briefing.', { speaker: 'Donald Trump', text: 'it was good news for the whole world', direct: false }],
      ['Kim Eui-kyeom spoke on Monday. “The two leaders talked for an hour. Moon Jae-in told Donald Trump that the summit was a success,” Kim Eui-kyeom said.', { speaker: 'Moon Jae-in', text: 'the summit was a success', direct: false }],
      // A pronoun, a hypothetical or the quoted speaker himself is the quote's wording, no report of its own.
      ['“He said it was good news for the whole world,” Kim Eui-kyeom said.', null],
      ['“If Donald Trump said the deal was dead, we would walk away,” Kim Eui-kyeom said.', null],
      ['“Kim Eui-kyeom said the deal was dead,” Kim Eui-kyeom said.', null],
      // The report's words end where the quoted speaker's own voice comes back.
      ['“Barack Obama said he would establish a red line against chemical weapons and then did nothing,” Donald Trump said.', { speaker: 'Barack Obama', text: 'he would establish a red line against chemical weapons', direct: false }],
      ['“James Mattis believes that Russia and China are clear adversaries … and no, ISIS is not gone,” Bob Corker said.', { speaker: 'James Mattis', text: 'Russia and China are clear adversaries', direct: false }],
    ],
  },
  'reported.quoted-as': {
    kind: 'reported', pattern: REPORTED, rank: 10, yieldsTo: 'never',
    why: '"quoted/cited X as saying …" (or "X was quoted by Y as saying …"): the one quoted speaks — a name, a pronoun\'s antecedent or an unnamed source — never the outlet or document that quotes or cites.',
    examples: [
      ['Reuters quoted Sergey Lavrov as saying the talks had failed.', { speaker: 'Sergey Lavrov', text: 'the talks had failed', direct: false }],
      ['The Associated Press cited a senior Turkish official as saying that evidence was found at the consulate.', { speaker: null, text: 'evidence was found at the consulate', direct: false }],
      ['Sergey Lavrov spoke in Moscow. Interfax quoted him as saying the talks had failed.', { speaker: 'Sergey Lavrov', text: 'the talks had failed', direct: false }],
      ['Sergey Lavrov was quoted by Interfax as saying the talks had failed.', { speaker: 'Sergey Lavrov', text: 'the talks had failed', direct: false }],
      ['The news agency cited the head of the council, Akbar Torkan, as saying that Hassan Rouhani had ordered new flights.', { speaker: 'Akbar Torkan', text: 'Hassan Rouhani had ordered new flights', direct: false }],
    ],
  },
  'reported.coordinated-predicate': {
    kind: 'reported', pattern: AFTER_COORDINATOR, rank: 10, yieldsTo: 'never',
    why: 'A cue right after "and"/"but" has no subject of its own: the sentence\'s head subject (a person, body, country or pronoun) speaks, never the words of the first predicate.',
    examples: [
      ['Russia banned imports of Polish fruit on Wednesday and said it might expand the ban to the entire EU.', { speaker: 'Russia', text: 'it might expand the ban to the entire EU', direct: false }],
      ['Angela Merkel spoke in Berlin on Monday but said Europe must stand together.', { speaker: 'Angela Merkel', text: 'Europe must stand together', direct: false }],
      ['U.S. President Barack Obama met the families and later said the attack was an act of terror.', { speaker: 'Barack Obama', text: 'the attack was an act of terror', direct: false }],
      // A country's office heading the sentence is its holder, not the country.
      ['Chinese President Xi Jinping met Donald Trump. The Chinese president did not respond to the call but said Beijing was committed to talks.', { speaker: 'Xi Jinping', text: 'Beijing was committed to talks', direct: false }],
      // A predicate coordinated inside a report's that-clause continues that clause: its named subject speaks.
      ['Paul Manafort met Konstantin Kilimnik in Madrid. Robert Mueller’s team says that after the deal was struck, Manafort backtracked on this story and told them that Kilimnik did not commit a crime.', { speaker: 'Paul Manafort', text: 'Kilimnik did not commit a crime', direct: false }],
      // A relative clause before the coordinator has its own subject; a coordinated subject is no second predicate.
      ['Donald Trump met Vladimir Putin, who smiled and said the talks were useful.', null],
      ['Donald Trump and Vladimir Putin said the talks were useful.', null],
    ],
  },
  'reported.body-pronoun': {
    kind: 'reported', pattern: IT_SUBJECT, rank: 10, yieldsTo: 'never',
    why: '"It said …" speaks for the organization or country heading the sentence before (or one of the two before it), or for the document heading one (an unnamed source); with neither, "it" is a thing and no speaker.',
    examples: [
      ['The Federal Aviation Administration banned flights below 26,000 feet. It also said all US operators should leave the country within 48 hours.', { speaker: 'Federal Aviation Administration', text: 'all US operators should leave the country within 48 hours', direct: false }],
      ['The president spoke on Monday. It said the ban would cost millions.', null],
      // A parenthetical "it said" between a subject and its verb is a middle attribution, not "it" as the subject.
      ['The state news agency KCNA spoke on Monday. North Korea, it said, was now a full-fledged nuclear power.', null],
      ['Vladimir Putin spoke on Monday. It said the ban would cost millions.', null],
      // "It" after a sentence headed by a document is the document, an unnamed source — not a body named before it.
      ['The United States accused Russia of meddling. But the 29-page document describes several incidents of hacking. It says Russian operatives helped a congressional candidate.', { speaker: null, text: 'Russian operatives helped a congressional candidate', direct: false }],
      ['The Pentagon spoke on Monday. The new report was released in Washington. It says the troops will stay in Syria.', { speaker: null, text: 'the troops will stay in Syria', direct: false }],
      // A body closing the sentence before as a report's source goes on reporting: "it" is that body, not the sentence's head.
      ['Russian military planes caused disruption to civil aviation on Wednesday, the Foreign Office has said. It said the planes did not enter UK airspace.', { speaker: 'Foreign Office', text: 'the planes did not enter UK airspace', direct: false }],
      // A demonym before a body's kind and name is that body; before a body noun the country; before a thing no speaker.
      ['Israeli newspaper Haaretz is live-blogging the vote. It adds that the turnout is higher than before.', { speaker: 'Haaretz', text: 'the turnout is higher than before', direct: false }],
      ['The editorial was published on Sunday. Saudi newspaper, Arab News, argued for strikes. It added that sanctions were not working.', { speaker: 'Arab News', text: 'sanctions were not working', direct: false }],
      ['The Israeli army says 360 rockets were fired from Gaza. It adds that most of them were intercepted.', { speaker: 'Israel', text: 'most of them were intercepted', direct: false }],
      ['The German investigation concluded that the launcher was Ukrainian. It said rebels had captured the launcher.', null],
      ['Russian military planes flew near the coast on Wednesday. It said the planes did not enter UK airspace.', null],
      // A country's name before a lower-case word has its verb there, whatever the word: the country.
      ['North Korea test launched an intercontinental ballistic missile Tuesday, which it claimed could reach Alaska.', { speaker: 'North Korea', text: 'an intercontinental ballistic missile Tuesday, which it claimed could reach Alaska', direct: false }],
    ],
  },
  'reported.inverted': {
    kind: 'reported', pattern: INVERTED, rank: 20, yieldsTo: 'report-opening-sentence',
    why: 'Content first, attribution last ("…, NAME said." / "…, said NAME."); after "told" comes the listener, never the speaker.',
    examples: [
      ['The war must end, Ban Ki-moon of the United Nations said.', { speaker: 'Ban Ki-moon', text: 'The war must end', direct: false }],
      ['The talks had failed completely, said Sergey Lavrov.', { speaker: 'Sergey Lavrov', text: 'The talks had failed completely', direct: false }],
      // A body's name holding "for" or "to" ("Organization for Migration") is one name, before or after the cue.
      ['The rebels had retaken the town, the Syrian Observatory for Human Rights said.', { speaker: 'Syrian Observatory for Human Rights', text: 'The rebels had retaken the town', direct: false }],
      ['More than a million migrants entered Europe, said the International Organization for Migration.', { speaker: 'International Organization for Migration', text: 'More than a million migrants entered Europe', direct: false }],
      // An age and an appositive after the name; a bare role noun's appositive ends the name, no clause of the cue.
      ['The talks are failing badly, said John Smith, 45, a farmer from Iowa.', { speaker: 'John Smith', text: 'The talks are failing badly', direct: false }],
      ['Kim Jong Un spoke. Kim may be starting to look at what he can extract, said Tom Nichols, professor of National Security Affairs at the Naval War College.', { speaker: 'Tom Nichols', text: 'Kim may be starting to look at what he can extract', direct: false }],
      ['The strikes killed forty militants near the port, reports Reuters.', { speaker: 'Reuters', text: 'The strikes killed forty militants near the port', direct: false }],
      // An adverb of order between the name and its cue: "first reported", "later said".
      ['The strikes killed forty militants near the port, The New York Times first reported.', { speaker: 'New York Times', text: 'The strikes killed forty militants near the port', direct: false }],
      // The sentence's full stop is no part of the name the cue opens ("the AP." is the AP).
      ['There have been no accounts of casualties as a result of the shelling today, notes the AP.', { speaker: 'Associated Press', text: 'There have been no accounts of casualties as a result of the shelling today', direct: false }],
      ['But the consulate will not reopen on Monday, reports The Wall Street Journal.', { speaker: 'Wall Street Journal', text: 'But the consulate will not reopen on Monday', direct: false }],
      // A clause headed by its own speaker and verb is that speaker's: the outlet after it only relayed it.
      ['Jen Psaki criticized Russia’s refusal to tell the truth about its role, reports The New York Times.', null],
      ['Recep Tayyip Erdoğan has long viewed Bashar al-Assad as illegitimate, wrote Asli Aydıntaşbaş.', { speaker: 'Asli Aydıntaşbaş', text: 'Recep Tayyip Erdoğan has long viewed Bashar al-Assad as illegitimate', direct: false }],
      // Quoted words with their own attribution: the trailing "reports X" is the channel that relayed them, no second quote.
      ['“There are casualties among the fighters,” Libyan air force commander Saqer al-Joroushi told Egyptian state television, reports Reuters.', null],
      ['“We will not protect the Europeans,” Emmanuel Macron told reporters, reports Reuters.', null],
      // A fronted subordinate clause before the attribution and the main clause after it: the report is the clause after.
      ['Once inspectors certify that Iran has met those conditions, John Kerry said, sanctions will begin to be reduced.', null],
      ['Once inspectors certify that Iran has met those conditions, John Kerry said, the talks will go on.', null],
      // …but a relative clause about the speaker is no main clause: the report before stands.
      ['If Russia continues escalating the situation, it will face more sanctions, said Ben Rhodes, who is the deputy national security adviser.', { speaker: 'Ben Rhodes', text: 'If Russia continues escalating the situation, it will face more sanctions', direct: false }],
    ],
  },
  'reported.inverted-unnamed': {
    kind: 'reported', pattern: INVERTED_UNNAMED, rank: 21, yieldsTo: 'report-opening-sentence',
    why: 'An unnamed source after the content ("…, sources said." / "…, a senior official told Reuters.") keeps its words, speaker null.',
    examples: [
      ['Hillary Clinton was taken to her daughter’s apartment instead of a hospital, sources said.', { speaker: null, text: 'Hillary Clinton was taken to her daughter’s apartment instead of a hospital', direct: false }],
      ['The talks will resume in Geneva next week, two senior officials told Reuters.', { speaker: null, text: 'The talks will resume in Geneva next week', direct: false }],
      // A time or the terms of anonymity after the cue ("told POLITICO early Tuesday", "said on condition of anonymity").
      ['The strikes hit depots near the border with Syria, a senior defense official told POLITICO early Tuesday.', { speaker: null, text: 'The strikes hit depots near the border with Syria', direct: false }],
      ['The strikes hit depots near the border with Syria, the official said on condition of anonymity.', { speaker: null, text: 'The strikes hit depots near the border with Syria', direct: false }],
      ['“The talks will resume next week,” two senior officials said.', null],
    ],
  },
  'reported.inverted-unnamed-trail': {
    kind: 'reported', pattern: UNNAMED_TAIL, rank: 21, yieldsTo: 'report-opening-sentence',
    why: 'An unnamed source after the content with the cue first ("…, said one of the officials.") or with a relative or participle about it ("…, one of the officials said, speaking on condition of anonymity"): speaker null, its words kept.',
    examples: [
      ['The army will withdraw from the city, said one of the officials, who declined to be identified.', { speaker: null, text: 'The army will withdraw from the city', direct: false }],
      ['The army will withdraw from the city, one of the officials said, speaking on condition of anonymity.', { speaker: null, text: 'The army will withdraw from the city', direct: false }],
      ['The army will withdraw from the city, said a senior official who asked not to be named.', { speaker: null, text: 'The army will withdraw from the city', direct: false }],
      // A source of a named body is that body's unnamed person; quoted words are a direct quote's; a name is reported.inverted's.
      ['“The army will withdraw from the city,” said one of the officials, who declined to be identified.', null],
      ['The army will withdraw from the city, said Sergey Lavrov, who declined to give details.', null],
    ],
  },
  'reported.inverted-appositive': {
    kind: 'reported', pattern: APPOSITIVE_TAIL, rank: 21, yieldsTo: 'report-opening-sentence',
    why: 'A description and a person\'s name in apposition, either order, close the clause ("…, said the company\'s chief executive, John Ferriola." / "…, a spokeswoman, Anna White, said." / "…, Kenneth Pomeranz, a professor at the University of Chicago, told the BBC."): the person named speaks, not the description\'s body.',
    examples: [
      ['The plant is under intense pressure from Asian imports, said the company’s chief executive, John Ferriola.', { speaker: 'John Ferriola', text: 'The plant is under intense pressure from Asian imports', direct: false }],
      ['The tool has been activated five times in the last year, a spokeswoman, Anna White, said on Saturday.', { speaker: 'Anna White', text: 'The tool has been activated five times in the last year', direct: false }],
      // The name first and its description after it: the person named speaks, not the body the description names.
      ['It is hard to predict how the confrontation will end, Kenneth Pomeranz, a professor of Chinese history at the University of Chicago, told the BBC.', { speaker: 'Kenneth Pomeranz', text: 'It is hard to predict how the confrontation will end', direct: false }],
      ['Airstrikes are also possible to help Kurdish forces end the siege, Josh Earnest, the White House spokesman, said Friday.', { speaker: 'Josh Earnest', text: 'Airstrikes are also possible to help Kurdish forces end the siege', direct: false }],
      // Quoted words before it are a direct quote's; a place in apposition is no speaker.
      ['“The plant is under intense pressure from Asian imports,” said the company’s chief executive, John Ferriola.', null],
      ['The plant is under intense pressure from Asian imports, said the mayor of the city, Decatur.', null],
    ],
  },
  'reported.inverted-common': {
    kind: 'reported', pattern: INVERTED_COMMON_TAIL, rank: 22, yieldsTo: 'report-opening-sentence',
    why: 'A common noun phrase after the content ("…, top lawmakers said Friday, as they …", "…, attorneys for the family said.") is an unnamed source, read as a speech verb\'s subject is (common-subject.ts): speaker null, its words kept.',
    examples: [
      // A definite document's issuer, named in the sentence or the two before, speaks (document-issuer.ts).
      ['Huawei issued a statement on Monday. The company had been provided very little information, the statement said.', { speaker: 'Huawei', text: 'The company had been provided very little information', direct: false }],
      ['The birther claims were an insult to all African-Americans, top black lawmakers said Friday afternoon, as they bristled at the questions.', { speaker: null, text: 'The birther claims were an insult to all African-Americans', direct: false }],
      ['The relatives watched the video on Thursday, attorneys for the family said.', { speaker: null, text: 'The relatives watched the video on Thursday', direct: false }],
      ['The relatives watched the video on Thursday, two officials also said.', { speaker: null, text: 'The relatives watched the video on Thursday', direct: false }],
      ['The campaign plans to release more detailed medical records soon, a spokesman announced Monday morning.', { speaker: null, text: 'The campaign plans to release more detailed medical records soon', direct: false }],
      // "told" takes its listener before the time.
      ['The drone was downed with jamming equipment, U.S. officials told Fox News later Thursday.', { speaker: null, text: 'The drone was downed with jamming equipment', direct: false }],
      // A name before the source phrase speaks, the phrase describing it.
      ['Driving the Ukrainian side is a desire to regroup after military setbacks, Timothy Ash, a researcher at Standard Bank told the Kyiv Post.', null],
      // A name is reported.inverted's; a phrase that is no subject (a time, an object) is no source.
      ['The talks had failed completely, Sergey Lavrov said.', null],
      ['He left the room before the vote, last week said nothing.', null],
      ['“We are ready,” two senior officials said.', null],
    ],
  },
  'reported.inverted-body': {
    kind: 'reported', pattern: BODY_TAIL, rank: 23, yieldsTo: 'report-opening-sentence',
    why: 'A body or a document after the content, the cue first, with a lower-case or hyphenated modifier or a possessor before its head ("…, said the interior ministry.", "…, reports China\'s Xinhua news agency.", "…, said North Korea\'s official news agency, KCNA."): the name in apposition speaks, else the body named inside the phrase, else the phrase\'s words stand (speaker null); a country owning the head is no speaker.',
    examples: [
      ['At least seven Chinese tourists are among the guests being held hostage, reports China’s Xinhua news agency.', { speaker: 'Xinhua', text: 'At least seven Chinese tourists are among the guests being held hostage', direct: false }],
      ['Kim Jong Un decided to grant amnesty to the three Americans at the suggestion of the president, said North Korea’s official news agency, KCNA.', { speaker: 'KCNA', text: 'Kim Jong Un decided to grant amnesty to the three Americans at the suggestion of the president', direct: false }],
      ['The migrants were rounded up after trying to cross the border on Sunday, said the interior ministry.', { speaker: null, text: 'The migrants were rounded up after trying to cross the border on Sunday', direct: false }],
      // A person or a place in apposition is no body speaking; quoted words before are a direct quote's.
      ['The migrants were rounded up after trying to cross the border, said the ministry’s office, Mexico City.', null],
      ['“The migrants were rounded up after trying to cross the border,” said the interior ministry.', null],
    ],
  },
  'reported.quoted-lead': {
    kind: 'reported', pattern: WORD_BEFORE_OPENING, rank: 20, yieldsTo: 'never',
    why: 'A sentence whose own words run into a partial quotation closed by its attribution ("Still, golf clubs are ‘‘just scratching out a profit,’’ Mr. Hedge said from his office") reports the whole clause, lead-in and quoted words, with the speaker the after-quote frame names (quoted-lead.ts): a mixed quotation, not a quote of the fragment alone.',
    examples: [
      ["Oliver Hedge runs a consultancy. Still, golf clubs are ''just scratching out a profit,'' Mr. Hedge said from his office in Orlando.", { speaker: 'Oliver Hedge', text: "Still, golf clubs are ''just scratching out a profit,''", direct: false }],
      ['Gene Sperling spoke. Ms. Brainard is “not a backslapper,” Mr. Sperling said of her style, in an interview.', { speaker: 'Gene Sperling', text: 'Ms. Brainard is “not a backslapper,”', direct: false }],
      ['We have to get over “partisan divides,” French Prime Minister Manuel Valls told the Paris daily Libération.', { speaker: 'Manuel Valls', text: 'We have to get over “partisan divides,”', direct: false }],
      // A short quoted noun phrase the sentence runs into is reported with it, not dropped as a term.
      ['Israel risks becoming “an apartheid state,” John Kerry told world leaders on Friday.', { speaker: 'John Kerry', text: 'Israel risks becoming “an apartheid state,”', direct: false }],
      // The quotation opening the sentence, after a colon or a dash, or after a fronted adjunct and its comma, is the direct quote's alone.
      ['Ron DeSantis spoke. In 2009, when Barack Obama offered states billions of dollars, “states were hemorrhaging money,” DeSantis said from his office in Tallahassee.', null],
      ['“We will win,” Marco Rubio said in Manchester.', null],
      ['His final assessment: “It’s not quite optimistic,” Marco Rubio said in Manchester.', null],
      // A verb of saying before the quotation frames it: the lead is the speaker's own frame, not reported words.
      ['Mike Pence praised the speaker but added, “I strongly support Paul Ryan,” Pence told supporters in Ohio.', null],
      ['Former Hewlett-Packard CEO Carly Fiorina named a favorite show as her guilty pleasure. “House of Cards,” she said in Iowa.', null],
      ['Liu He spoke in Beijing. Both sides appeared open to resuming talks — that is, as long as such discussions remain “calm,” Liu said at a conference.', null],
      // A split quotation, or a report after the cue, reads the sentence otherwise.
      ["Douglas Holtz-Eakin spoke. But ''the more interesting issue,'' Mr. Holtz-Eakin added, ''is whether the report represents a blip.''", null],
    ],
  },
  'reported.middle': {
    kind: 'reported', pattern: MIDDLE, rank: 30, yieldsTo: 'report-in-sentence',
    why: 'The attribution in the middle of the sentence reports all of it ("He has a model, he said, for how …").',
    examples: [
      ['The party could not win in November, Tom Baker said, replacing Hillary Clinton on the ticket would be a disaster for the Democrats.', { speaker: 'Tom Baker', text: 'The party could not win in November, Tom Baker said, replacing Hillary Clinton on the ticket would be a disaster for the Democrats', direct: false }],
      // The subject before the attribution belongs to the report: not "is no longer …" cut from "The deal".
      ['Donald Trump spoke on Friday. The deal, Trump said, is no longer in the national security interest of the United States.', { speaker: 'Donald Trump', text: 'The deal, Trump said, is no longer in the national security interest of the United States', direct: false }],
      // A predicate after the attribution with an adverb before its verb, or a result clause of "so …", is the sentence's too.
      ['Donald Trump spoke on Friday. Such recommendations, John McCain argued, often get overridden by Susan Rice.', { speaker: 'John McCain', text: 'Such recommendations, John McCain argued, often get overridden by Susan Rice', direct: false }],
      // …up to a summing-up appositive or a concession after it, the reporter's.
      ["Donald Trump spoke on Friday. What's needed in Iraq, Anthony Cordesman said, are American advisers placed with front-line Iraqi units, something the Obama administration has so far refused to do.", { speaker: 'Anthony Cordesman', text: "What's needed in Iraq, Anthony Cordesman said, are American advisers placed with front-line Iraqi units", direct: false }],
      ['Donald Trump spoke on Friday. The latest test, Kim Jong Un said, was the biggest yet, although analysts doubted it.', { speaker: 'Kim Jong Un', text: 'The latest test, Kim Jong Un said, was the biggest yet', direct: false }],
      // "…, X said, according to Tass" names the channel of the attribution: the report is the clause before it.
      ['The exercise will involve 38,000 troops and 41 warships, Sergei Shoigu said, according to Tass.', { speaker: 'Sergei Shoigu', text: 'The exercise will involve 38,000 troops and 41 warships', direct: false }],
      // So does a concessive clause after it: the writer's aside on the report.
      ['The affair with Paula Broadwell ended months ago, Peter Mansoor said, though the two remained in contact afterward, as she needed his help.', { speaker: 'Peter Mansoor', text: 'The affair with Paula Broadwell ended months ago', direct: false }],
    ],
  },
  'reported.finding': {
    kind: 'reported', pattern: FINDING, rank: 40, yieldsTo: 'inside-report',
    why: 'A poll, study, report or records state a finding; a name heading its subject speaks ("a study by Justin Levitt found"), a name modifying the document\'s noun owns it ("A Gallup poll shows that …": an unnamed source for Gallup, see document-owner.ts).',
    examples: [
      ['A new Gallup poll shows that most voters distrust both candidates.', { speaker: null, text: 'most voters distrust both candidates', direct: false }],
      ['A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter impersonation.', { speaker: 'Justin Levitt', text: '31 incidents of voter impersonation', direct: false }],
      // Records, documents, filings and e-mails show things as polls do (PolNeAR's sources), a bare plural too.
      ['Court records show that the firm paid the consultant two million dollars.', { speaker: null, text: 'the firm paid the consultant two million dollars', direct: false }],
      ['Polls show the two candidates running neck and neck in Ohio.', { speaker: null, text: 'the two candidates running neck and neck in Ohio', direct: false }],
      // The finding runs through a relative clause and a participle set off inside it.
      ['Robert Mueller filed the indictment on Friday. But the 29-page document describes several incidents in which the alleged Russian hackers, using the personas DCLeaks and Guccifer 2.0, were in contact with Americans.', { speaker: null, text: 'several incidents in which the alleged Russian hackers, using the personas DCLeaks and Guccifer 2.0, were in contact with Americans', direct: false }],
    ],
  },
  'reported.inverted-finding': {
    kind: 'reported', pattern: INVERTED_FINDING, rank: 40, yieldsTo: 'inside-report',
    why: 'A finding after its content ("…, a USA TODAY analysis shows.").',
    examples: [['Donations hit a record in the third quarter, a new analysis of campaign-finance reports shows.', { speaker: null, text: 'Donations hit a record in the third quarter', direct: false }]],
  },
  'reported.as-attribution': {
    kind: 'reported', pattern: AS_ATTRIBUTION, rank: 45, yieldsTo: 'report-at-start',
    why: '"As NAME put it / pointed out / told me, CLAUSE": the clause after the comma is the speaker’s (not after a modal or an auxiliary standing for an act: "As Trump said he would, …").',
    examples: [
      ['As Janet Yellen pointed out, inflation has stayed below the target for years.', { speaker: 'Janet Yellen', text: 'inflation has stayed below the target for years', direct: false }],
      // After a clause boundary too: the clause after the comma is still the speaker's, not "out recently, …".
      ['It would be a big deal if North Korea ended its program — but as Vox’s Alex Ward pointed out recently, there’s reason to be skeptical.', { speaker: 'Alex Ward', text: 'there’s reason to be skeptical', direct: false }],
      // Any verb of saying, present or past, a listener after it ("told me").
      ['As Hillary Clinton told me, the deal is not good for America.', { speaker: 'Hillary Clinton', text: 'the deal is not good for America', direct: false }],
      ['As Politico notes, Rudy Giuliani last week rejected the assertion.', { speaker: 'Politico', text: 'Rudy Giuliani last week rejected the assertion', direct: false }],
      // A comparison with an act ("said he would") or an imagined saying reports nothing.
      ['As Donald Trump said he would, the United States withdrew from the deal.', null],
      ['As Donald Trump might say, the deal was a disaster.', null],
      // An indefinite source is unnamed, never the body its words name.
      ['As one White House insider acknowledged, this is straight out of that playbook.', null],
    ],
  },
  'reported.headline-colon': {
    kind: 'reported', pattern: HEADLINE_COLON, rank: 70, yieldsTo: 'report-in-sentence',
    why: 'A headline "NAME: CLAIM" is the named person’s claim.',
    examples: [['Mike Pence: Gennifer Flowers Won’t Be at Debate\nThe campaign spoke on Monday.', { speaker: 'Mike Pence', text: 'Gennifer Flowers Won’t Be at Debate', direct: false }]],
  },
  'reported.headline-says-first': {
    kind: 'reported', pattern: HEADLINE_SAYS_FIRST, rank: 70, yieldsTo: 'report-in-sentence',
    why: 'A headline "NAME Says/Warns/Slams …" reports the named person (headline verbs are capitalised).',
    examples: [['Obama Says Museum Will Tell of American Triumph\nPresident Barack Obama spoke at the opening of the museum on Saturday.', { speaker: 'Barack Obama', text: 'Museum Will Tell of American Triumph', direct: false }]],
  },
  'reported.headline-says-last': {
    kind: 'reported', pattern: HEADLINE_SAYS_LAST, rank: 70, yieldsTo: 'report-in-sentence',
    why: 'A headline "CLAIM, NAME Says" reports the named person.',
    examples: [['Iran Deal Is Dead, Lindsey Graham Says\nThe senator spoke on Monday.', { speaker: 'Lindsey Graham', text: 'Iran Deal Is Dead', direct: false }]],
  },
  'reported.according-to': {
    kind: 'reported', pattern: ACCORDING, rank: 80, yieldsTo: 'never',
    why: '"According to NAME, …" / "…, according to NAME" attributes the clause to a named source — unless the clause holds its own attribution ("…," the official said, according to CNN): then the source is only the channel.',
    examples: [
      // A definite document's issuer, named in the sentence or the two before, speaks (document-issuer.ts).
      ['Huawei issued a statement on Monday. The company had been provided very little information, according to the statement.', { speaker: 'Huawei', text: 'The company had been provided very little information', direct: false }],
      // After a conjunction or "that", the source vouches for the clause after it, not the one before.
      ['The permanent members have urged Lakhdar Brahimi to stay, but according to one anonymous UN diplomat, he has already stepped down.', { speaker: null, text: 'he has already stepped down', direct: false }],
      ['Sergey Lavrov spoke in Moscow. The talks had failed completely, according to Lavrov.', { speaker: 'Sergey Lavrov', text: 'The talks had failed completely', direct: false }],
      // A clause opening with its own attribution is that speaker's: the source only relays it (arbitrate.ts relayedBy).
      ['Bloomberg reports that the nominee has won among those voters, according to the Roper Center for Public Opinion Research.', null],
      // A description is an unnamed source: a document, or people whose body or country is only a modifier or an object.
      ['Hillary Clinton leads Donald Trump by 46 percent to 42 percent, according to the poll.', { speaker: null, text: 'Hillary Clinton leads Donald Trump by 46 percent to 42 percent', direct: false }],
      ['Half of the advisers were at the headquarters, according to one senior American official.', { speaker: null, text: 'Half of the advisers were at the headquarters', direct: false }],
      ['According to Western diplomats, the talks will resume next week.', { speaker: null, text: 'the talks will resume next week', direct: false }],
      // An appositive owned by a name and headed by a role noun describes the source; a possessed noun with its verb is the clause.
      ['Vitaly Churkin spoke. According to Churkin, Russia’s ambassador to the United Nations, more than 2,000 people have been killed.', { speaker: 'Vitaly Churkin', text: 'more than 2,000 people have been killed', direct: false }],
      ['Vladimir Putin spoke. According to Putin, Russia’s economy shrank by three percent last year.', { speaker: 'Vladimir Putin', text: 'Russia’s economy shrank by three percent last year', direct: false }],
      // A source set off by commas inside the clause vouches for all of it, as a middle "X said" does.
      ['The move came, according to diplomats, after weeks of talks.', { speaker: null, text: 'The move came, according to diplomats, after weeks of talks', direct: false }],
      // A frame with no clause of its own before "according to X:" presents what follows the colon.
      ['First, the official story, according to South Korean intelligence: Kim Jong Un deemed his defense minister disloyal.', { speaker: null, text: 'Kim Jong Un deemed his defense minister disloyal', direct: false }],
      // (…and a quotation after the colon is direct.according-before's: this rule reads nothing there.)
      ['Here’s the end result, according to my colleague Zack Beauchamp: “Conflict on the Korean Peninsula would cost many lives.”', null],
      // A clause before the colon is the report; a colon ends the source as a comma does.
      ['Hugo Chávez turned to a close confidant, according to three former advisors: Fidel Castro.', { speaker: null, text: 'Hugo Chávez turned to a close confidant', direct: false }],
      ['Sergey Lavrov spoke in Moscow. The attack, according to Lavrov, killed at least 40 civilians.', { speaker: 'Sergey Lavrov', text: 'The attack, according to Lavrov, killed at least 40 civilians', direct: false }],
      ['The three men intended to reopen the site as a mall, according to a lawsuit filed in Manhattan by Yulia Tymoshenko.', { speaker: null, text: 'The three men intended to reopen the site as a mall', direct: false }],
      // Quoted words with their own attribution: "according to" names where that attribution was read, the quote is Macron's.
      ['Emmanuel Macron spoke on Friday. “We will not protect the Europeans,” Macron said, according to The Wall Street Journal.', null],
      ['“There are casualties among the fighters,” Libyan commander Saqer al-Joroushi told state television, according to Reuters.', null],
      // …and so whenever the clause holds an attribution of its own (channel.ts): an unnamed frame, a reported speaker.
      ['“This isn’t anything new,” the official said, according to CNN.', null],
      ['Clinton spokesman Jesse Lehrich said Friday that the senator would sign the bill, according to Yahoo News.', null],
      // …also when no rule reads that attribution's speaker (a role the article does not tie to a name): the outlet
      // after it is still only the channel.
      ['“I can think of no good reason to decline,” the UN chief said, according to Reuters.', null],
      ['The suspects were thinking of going to New York City, the carjacking victim told authorities, according to CBS News.', null],
      ['“We urge the Saudi authorities to release them,” the tweet said, according to CBC/Radio Canada.', null],
      // A source set off by dashes vouches for what follows the closing dash.
      ['The complex was a key earner for North Korea, where -- according to the World Food Program -- two-thirds of the population struggles with food shortages.', { speaker: 'World Food Program', text: 'two-thirds of the population struggles with food shortages', direct: false }],
      // The object must be a source: a clause or a manner ("according to what would work", "according to plan") is none.
      ['The country has been governed according to what would work in the long term.', null],
      ['The evacuation of the embassy staff went according to plan on Sunday.', null],
      ['According to the plan, the troops would withdraw from the city by May.', { speaker: null, text: 'the troops would withdraw from the city by May', direct: false }],
      // An abbreviation's dot ends no source; the sentence's own dot is no part of one.
      ['According to the U.S. Department of Treasury, Kim Yo Jong is the vice director of the department.', { speaker: 'U.S. Department of Treasury', text: 'Kim Yo Jong is the vice director of the department', direct: false }],
      ['The talks had failed, according to Sen. Ted Cruz.', { speaker: 'Ted Cruz', text: 'The talks had failed', direct: false }],
      // A name right after a country heads the source; the country is its modifier.
      ['In 2016 alone, U.S. attacks in Yemen have killed more than 100 militants, according to U.S. Central Command, which oversees operations in the Middle East.', { speaker: 'Central Command', text: 'In 2016 alone, U.S. attacks in Yemen have killed more than 100 militants', direct: false }],
      // A role, then its holder's name in apposition: the name heads the source, and the clause before it is the report.
      ['The talks will take place by May, according to South Korea’s national security adviser, Chung Eui-yong, who delivered the invitation.', { speaker: 'Chung Eui-yong', text: 'The talks will take place by May', direct: false }],
      ['According to a spokesman for the ministry, Ivan Petrov, the talks would take place by May.', { speaker: 'Ivan Petrov', text: 'the talks would take place by May', direct: false }],
    ],
  },
  // ── Clause-level attributions (quotes/clauses.ts): what PolNeAR counts as attributions beyond speech verbs.
  'clause.that': {
    kind: 'reported', pattern: THAT_CLAUSE, rank: 50, yieldsTo: 'overlap',
    why: 'Any verb with a that-clause states, knows or believes it ("Clinton acknowledged that …"); may nest inside a report.',
    examples: [
      ['Hillary Clinton discovered that the email server had been breached.', { speaker: 'Hillary Clinton', text: 'the email server had been breached', direct: false }],
      // A report nested in the clause (its attribution and words inside it) is no rival reading: both stand.
      ['Josh Earnest clarified that President Barack Obama was referring to Syria when he said there was no strategy yet.', { speaker: 'Josh Earnest', text: 'President Barack Obama was referring to Syria when he said there was no strategy yet', direct: false }],
      // "that" before one word and a mark is a demonstrative with its noun: no clause follows.
      ["Jeremy Corbyn spoke. 'The British people made the decision to leave and Labour respects that decision,' he said.", null],
      // …but an adverb set off after "that" opens the clause.
      ['Jason Chaffetz discovered that typically, transcripts from closed-door depositions are not allowed to leave the committee.', { speaker: 'Jason Chaffetz', text: 'typically, transcripts from closed-door depositions are not allowed to leave the committee', direct: false }],
      // "that" a determiner before a singular noun with no finite verb after it, or a relative pronoun before its own
      // verb: no clause is stated (quotes/that-clause.ts).
      ['He achieved that vision at the cost of tens of thousands of lives across the region.', null],
      ['Abbas crossed that line in September by calling on the ICC to investigate Israelis.', null],
      ['They want access to some of the evidence Mueller gathered that did not lead to criminal charges.', null],
      ['Russia despises the network of US sanctions that plagues many of its officials and top firms.', null],
      // …while a plural or a noun with its own verb after "that" is the clause's subject.
      ['Hillary Clinton requested that journalists refrain from unnecessary reporting.', { speaker: 'Hillary Clinton', text: 'journalists refrain from unnecessary reporting', direct: false }],
      ['Hillary Clinton realized that even more massive casualties would not bring victory.', { speaker: 'Hillary Clinton', text: 'even more massive casualties would not bring victory', direct: false }],
      ['Hillary Clinton understands that dynamic exists in the region.', { speaker: 'Hillary Clinton', text: 'dynamic exists in the region', direct: false }],
    ],
  },
  'clause.intention': {
    kind: 'reported', pattern: INTENTION, rank: 50, yieldsTo: 'overlap',
    why: 'Stated wishes and speech acts taking "to …" ("Trump vowed to release …"); a plan, an aim, a hope, an agreement or a refusal ("plans to visit", "hopes to win", "agreed to meet", "refuses to release") is no statement (non-statements.ts).',
    examples: [
      // An object relative clause: the infinitive's object is the noun before the subject ("vowed to defend [them]").
      ['South Korea and Japan, two countries that Washington has long vowed to defend, are within reach.', null],
      // …a phrasal verb's particle or a coordinated verb before the gap too.
      ['Donald Trump’s decision to visit Mexico, the country he wants to seal off from the US with a wall, has not been received well.', null],
      ['The classes bet heavily on the North America Free Trade Agreement – an agreement Donald Trump wants to renegotiate or rip up altogether – and on open borders.', null],
      // A role noun before a name is its title, no relative clause's head.
      ['Donald Trump backed off when White House counsel Don McGahn threatened to resign.', { speaker: 'Don McGahn', text: 'to resign', direct: false }],
      ['The economy is one of the reasons the United States pledged to meet in Vietnam.', { speaker: 'United States', text: 'to meet in Vietnam', direct: false }],
      ['Donald Trump vowed to release his tax returns.', { speaker: 'Donald Trump', text: 'to release his tax returns', direct: false }],
      ['Jimmy Carter plans to visit Cuba next year.', null],
      ['Victoria Toensing declined to say whether the official had testified.', null],
      // After "a"/"an" a demonym is an adjective: "a North Korean pledge to …" is a noun phrase, no one pledging.
      ['Kim and Trump will try to reach an agreement on a North Korean pledge to give up its nuclear weapons program.', null],
      ['North Korea pledged to give up its nuclear weapons program.', { speaker: 'North Korea', text: 'to give up its nuclear weapons program', direct: false }],
      // Declining or refusing (to comment, to step in) is the subject's own act: no statement (non-statement.own-aim).
      ['Victoria Toensing declined to comment on the case.', null],
      ['Donald Trump refuses to release his tax returns.', null],
      // The subject of the verb speaks, never a name inside a participial or relative modifier of it, nor a quantifier's body.
      ['But Nicolás Maduro, backed by Russia, China and the top of the military, has vowed to cede nothing to his rival.', { speaker: 'Nicolás Maduro', text: 'to cede nothing to his rival', direct: false }],
      ['His decision was overturned by an appeals court, and the Supreme Court promised to step into the fray.', { speaker: 'Supreme Court', text: 'to step into the fray', direct: false }],
      ['Many in Congress want to keep the prison open.', { speaker: null, text: 'to keep the prison open', direct: false }],
      ['“He volunteers because he wants to do it for his comrades,” Max Cleland said.', null],
    ],
  },
  'clause.stance': {
    kind: 'reported', pattern: STANCE, rank: 50, yieldsTo: 'overlap',
    why: 'A verb of stance puts a position forward ("Clinton cited derogatory comments …"): flagged stance.',
    examples: [
      // A demand's content is the addressee and the infinitive: no " to help" or adjunct before the infinitive ends it.
      ['John McCain called for the U.S. to help establish a no-fly zone in Syria.', { speaker: 'John McCain', text: 'the U.S. to help establish a no-fly zone in Syria', direct: false }],
      // "called on X to …" demands (no telephone call made for a purpose, patterns.ts callsForPurpose).
      ['Barack Obama called on Iran to stop all nuclear programs.', { speaker: 'Barack Obama', text: 'Iran to stop all nuclear programs', direct: false }],
      ['Governments who still support Nicolás Maduro, including Bolivia and Cuba, condemned the coup attempt as illegal.', { speaker: null, text: 'the coup attempt as illegal', direct: false }],
      // Citing someone "as saying" relays their words: no stance of the one citing (reported.quoted-as reads it).
      ['Reuters cited Sergey Lavrov as saying the talks had failed.', null],
      ['Hillary Clinton cited derogatory comments about women in her speech.', { speaker: 'Hillary Clinton', text: 'derogatory comments about women in her speech', direct: false }],
      // An object relative clause: the verb's object is the noun before its subject; what follows is no position.
      ['Margaret Thatcher gave her name to the cause Britain embraced under her government.', null],
      ['The plan Barack Obama outlined on Tuesday would cut taxes.', null],
      // Each predicate of a list is the subject's, the possessor of a claim inside the first one none of them.
      ['Chuck Hagel spoke. He echoed Barack Obama’s view that all options are feasible, praised the rounds of penalties and warned of new sanctions if Iran balks.', { speaker: 'Chuck Hagel', text: 'the rounds of penalties', direct: false }],
      ['Chuck Hagel spoke. He echoed Barack Obama’s view that all options are feasible, praised the rounds of penalties and warned of new sanctions if Iran balks.', { speaker: 'Chuck Hagel', text: 'new sanctions if Iran balks', direct: false }],
      // A short object ends at the coordinated verb too ("the launch and also called for …" is two stances).
      ['Vladimir Putin condemned the launch and also called for restraint from its partners.', { speaker: 'Vladimir Putin', text: 'the launch', direct: false }],
      ['Peter King blasted the delay and accused the president of abdicating his responsibility.', { speaker: 'Peter King', text: 'the delay', direct: false }],
      // …at an irregular or negated past too, and after adverbs between the coordinator and the verb; a noun phrase
      // coordinated inside the object goes on.
      ['Vladimir Putin condemned the shooting and took the investigation into the killing under his personal control.', { speaker: 'Vladimir Putin', text: 'the shooting', direct: false }],
      ['Hamas mocked the victims on its Twitter feed and used the attack to criticize US policy.', { speaker: 'Hamas', text: 'the victims on its Twitter feed', direct: false }],
      ['John Kerry condemned the attack but did not blame Russia.', { speaker: 'John Kerry', text: 'the attack', direct: false }],
      ['Hillary Clinton criticized the deal and its backers.', { speaker: 'Hillary Clinton', text: 'the deal and its backers', direct: false }],
      ['Hillary Clinton condemned the leak of sensitive and highly classified intelligence.', { speaker: 'Hillary Clinton', text: 'the leak of sensitive and highly classified intelligence', direct: false }],
      // A noun of content with its that-clause holds a whole clause: its commas end no object ("the claim that X, which
      // …, came from Y"; "fear that if …, the country would …"); a relative "that" after the noun does not open one.
      ['John McCain challenged Barack Obama’s claim that the use of sarin gas on Damascus suburbs, which killed hundreds, came from Assad’s forces.', { speaker: 'John McCain', text: 'Barack Obama’s claim that the use of sarin gas on Damascus suburbs, which killed hundreds, came from Assad’s forces', direct: false }],
      ['Tammam Salam expressed fear that if the two parties did not reach an arrangement, the country would break up.', { speaker: 'Tammam Salam', text: 'fear that if the two parties did not reach an arrangement, the country would break up', direct: false }],
      ['Paul Ryan questioned the assertion that the attack in Benghazi, a city in eastern Libya, was spontaneous.', { speaker: 'Paul Ryan', text: 'the assertion that the attack in Benghazi, a city in eastern Libya, was spontaneous', direct: false }],
      ['Paul Ryan criticized the claim that the economy was improving, saying wages were flat.', { speaker: 'Paul Ryan', text: 'the claim that the economy was improving', direct: false }],
      ['Paul Ryan criticized the report that cited anonymous officials, a senior aide to the speaker, and his staff.', { speaker: 'Paul Ryan', text: 'the report that cited anonymous officials', direct: false }],
      // An action answering something is no statement.
      ['Jimmy Carter responded to the crisis with a failed military operation.', null],
      // (Not) answering a request for comment says nothing: the reporter notes a question asked.
      ['Rudy Giuliani did not respond to a request for comment on Monday.', null],
      ['The White House has not responded to multiple requests for comment from Fox News.', null],
      ['Donald Trump responded to the criticism by calling it fake news.', { speaker: 'Donald Trump', text: 'the criticism by calling it fake news', direct: false }],
      ['Chuck Hagel needs five Republicans -- just in case Republicans call for a 60-vote threshold to proceed to the vote.', null],
      // A body in the subject's noun phrase (an appositive's head, a title's qualifier) does not speak for the person named.
      ["Russia's ambassador to the United Nations, Vitaly Churkin, condemned what he called Western attempts to influence Ukraine.", { speaker: 'Vitaly Churkin', text: 'what he called Western attempts to influence Ukraine', direct: false }],
      ['Jimmy Carter responded to the crisis with a statement condemning the attack.', { speaker: 'Jimmy Carter', text: 'the crisis with a statement condemning the attack', direct: false }],
      // A bare form after a singular name with no auxiliary is a noun ("U.S. support for …"); a plural group's is a verb.
      ['Any sign of United States support for the Jewish state could unnerve Israeli voters.', null],
      ['Republicans support the bill to fund the wall.', { speaker: 'Republican Party', text: 'the bill to fund the wall', direct: false }],
      ['Mass atrocities continue in Darfur as China and Russia support the government.', { speaker: 'Russia', text: 'the government', direct: false }],
      ['Palestinians seek recognition of east Jerusalem as the capital of a future state.', { speaker: 'Palestine', text: 'recognition of east Jerusalem as the capital of a future state', direct: false }],
      // Seeking to do something is the subject's own aim: no statement (non-statement.own-aim).
      ['Palestinians seek to make east Jerusalem the capital of a future state.', null],
      // Wanting another's act; a thing wanted is an aim (non-statement.aim-object).
      ['However, the Taliban want all of the foreign troops to leave Afghanistan immediately.', { speaker: 'Taliban', text: 'all of the foreign troops to leave Afghanistan immediately', direct: false }],
      ['Donald Trump will support the bill to fund the wall.', { speaker: 'Donald Trump', text: 'the bill to fund the wall', direct: false }],
      // A passive names who is compared, not who compares, an adverb of frequency between or not.
      ['Donald Trump is often compared to Richard Nixon in his disdain for law and ethics.', null],
      // Presenting a thing is no position put forward: a plan or a budget unveiled is an act (what it says would be).
      ['Barack Obama unveiled a plan to cut emissions by a third.', null],
      ['The Pentagon unveiled its new budget on Monday.', null],
      // A question states no position; thanking someone is an act towards them, not a position put forward.
      ['So why does Barack Obama not welcome the new sanctions on Iran?', null],
      ['Donald Trump thanked Kim Jong Un for the letter.', null],
      // Not commenting or not responding is a silence, no stance; other negated stances keep their negation in the cue.
      ['Chuck Hagel, the nominee for defense secretary, didn’t comment on the issue.', null],
      ['The White House has not responded to the letter from the senators.', null],
    ],
  },
  'clause.common-subject': {
    kind: 'reported', pattern: CUE_TOKEN, rank: 50, yieldsTo: 'overlap',
    why: 'A common noun phrase heading the sentence speaks as an unnamed source through a stance, a speech verb with an object or an intention ("Human rights groups have criticized …", "European leaders have promised to …"); acts ("The rebels attacked …") are left out.',
    examples: [
      ['Human rights groups have criticized the crackdown on the protesters.', { speaker: null, text: 'the crackdown on the protesters', direct: false }],
      ['European leaders have promised to take in more refugees.', { speaker: null, text: 'to take in more refugees', direct: false }],
      ['Opposition figures publicly welcomed the resignation of the prime minister.', { speaker: null, text: 'the resignation of the prime minister', direct: false }],
      ['Some lawmakers are calling for the investigation to be closed.', { speaker: null, text: 'the investigation to be closed', direct: false }],
      ['Western officials have accused Russia of arming the rebels.', { speaker: null, text: 'Russia of arming the rebels', direct: false }],
      // An act is no statement; a passive names the target; a later verb is another clause's; a name is clauses.ts's.
      ['The rebels attacked the city on Monday.', null],
      ['Foreign workers were urged to leave the country.', null],
      ['Protesters gathered outside parliament and criticized the government.', null],
      ['Human Rights Watch criticized the crackdown on the protesters.', null],
      // A participle modifying the subject is no statement of it (a disclaimer), nor is existential "there" a speaker.
      ['The opinions expressed in this commentary are solely those of the author.', null],
      ['The views expressed here are the writer’s own.', null],
      ['There’s little doubt that the deal will collapse.', null],
      ['Rights groups expressed concern about the arrests.', { speaker: null, text: 'concern about the arrests', direct: false }],
    ],
  },
  'clause.called': {
    kind: 'reported', pattern: CALLED_QUOTED, rank: 50, yieldsTo: 'overlap',
    why: 'Calling something by a (quoted or judging) name is a stance ("Clinton called Wells Fargo’s behavior “outrageous”").',
    examples: [
      ['Hillary Clinton called the charges outrageous.', { speaker: 'Hillary Clinton', text: 'the charges outrageous', direct: false }],
      // The naming runs on past the first quoted name, to the end of the clause.
      ['Donald Trump called the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick.”', { speaker: 'Donald Trump', text: 'the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick.”', direct: false }],
      // A phrasal verb's particle: "called off" cancels, it names nothing.
      ['Donald Trump called off the meeting - due in Singapore next month - citing the North’s “hostility”.', null],
      // A telephone call made for a purpose names nothing; a naming with an extraposed infinitive still names.
      ['Emmanuel Macron called Donald Trump to tell him the tariffs were “illegal”.', null],
      ['Angela Merkel called him on Tuesday to urge him to halt the offensive.', null],
      ['Joe Biden called it a mistake to withdraw the troops.', { speaker: 'Joe Biden', text: 'it a mistake to withdraw the troops', direct: false }],
    ],
  },
  'clause.described-as': {
    kind: 'reported', pattern: DESCRIBED_AS, rank: 50, yieldsTo: 'overlap',
    why: 'Describing or characterizing something as something puts a judgement forward, as calling it so does ("May characterized her relationship with Trump as “very good”"); the subject may carry an appositive or a relative clause before the verb.',
    examples: [
      ['Theresa May characterized her relationship with Donald Trump as “very good.”', { speaker: 'Theresa May', text: 'her relationship with Donald Trump as “very good.”', direct: false }],
      ['Javad Zarif described the sanctions as “economic terrorism” on Monday.', { speaker: 'Javad Zarif', text: 'the sanctions as “economic terrorism”', direct: false }],
      // A passive participle's adjunct, or a description with no "as", names nothing as anything.
      ['Paul Manafort met the man described in the filing as having ties to Russian intelligence.', null],
      ['Angela Merkel described the scene at the border in detail to reporters.', null],
    ],
  },
  'clause.long-subject-naming': {
    kind: 'reported', pattern: LONG_SUBJECT_NAMING, rank: 50, yieldsTo: 'overlap',
    why: 'Calling or describing something as something after a subject that clause.called cannot read — an appositive, a relative clause, an unnamed noun phrase ("Ammar al-Hakim, who leads the Islah bloc, called it …", "A former hostage described Emwazi as …"): the subject is read back from the verb when the words before it are one noun phrase with no verb of their own.',
    examples: [
      ['The Iranian foreign minister, Javad Zarif, described the sanctions as “economic terrorism” on Monday.', { speaker: 'Javad Zarif', text: 'the sanctions as “economic terrorism”', direct: false }],
      ['A former hostage described Mohammed Emwazi as a bloodthirsty psychopath.', { speaker: null, text: 'Mohammed Emwazi as a bloodthirsty psychopath', direct: false }],
      // A passive, a participle naming the noun before it ("a group called …" with the main verb after), or a participle
      // after a noun with a verb of its own before it, is no subject's naming.
      ['The man was described by neighbours as a quiet and polite young student.', null],
      ['A group called the Islamic State claimed the attack in a statement on Telegram.', null],
      ['Police arrested a man they described as a “lone wolf” on Monday.', null],
    ],
  },
  'clause.naming-participle': {
    kind: 'reported', pattern: NAMING_PARTICIPLE, rank: 50, yieldsTo: 'overlap',
    why: 'A naming participle after a comma ("…, calling it a “blatant violation”", "…, branding the deal a betrayal") names something as something: a stance of the main clause’s subject, as clause.called is of a finite verb’s.',
    examples: [
      ['Le Pen’s rival, Emmanuel Macron, renewed his attacks on Monday, calling her a “weakling” for her policies.', { speaker: 'Emmanuel Macron', text: 'her a “weakling”', direct: false }],
      ['Syria’s Foreign Ministry condemned Turkey’s military strike, calling it a “blatant violation” of international law.', { speaker: 'Syrian Foreign Ministry', text: 'it a “blatant violation”', direct: false }],
      ['Boris Johnson rejected the deal, branding it a betrayal of the referendum.', { speaker: 'Boris Johnson', text: 'it a betrayal of the referendum', direct: false }],
      // An object with "the" names as well as "it" does; a participle coordinated after it ends the name.
      ['Russia has supported Viktor Yanukovych, calling the unrest a coup attempt and saying it would help.', { speaker: 'Russia', text: 'the unrest a coup attempt', direct: false }],
      // The quoted name ends the stance, as with clause.called; calling for something or on someone is a request, no
      // naming; a phone call names nothing.
      ['Emmanuel Macron met the Italian premier in Rome, calling for a stronger European defence.', null],
      ['Angela Merkel left the summit early, calling him on Monday from Berlin.', null],
      // A time or a quantity after "a" is when the call was made, not a name.
      ['Angela Merkel left the summit early, calling the White House a day later.', null],
      // A gerund listed after "such as" or "including" names an item of the list, not an act of the subject.
      ['Presidents from Bill Clinton to Barack Obama tried different approaches, such as diplomatic engagement, labeling it a state sponsor of terror, or simply ignoring it.', null],
      // "or" and an adverb before the next participle end the name too.
      ['Boris Johnson rejected the deal, branding it a betrayal of the referendum, or simply ignoring it.', { speaker: 'Boris Johnson', text: 'it a betrayal of the referendum', direct: false }],
    ],
  },
  'clause.attitude': {
    kind: 'reported', pattern: ATTITUDE, rank: 50, yieldsTo: 'overlap',
    why: 'A belief or feeling about a clause ("McConnell was convinced that …") is an attribution of the clause.',
    examples: [['Mitch McConnell was convinced that the bill would pass.', { speaker: 'Mitch McConnell', text: 'the bill would pass', direct: false }]],
  },
  'clause.standing': {
    kind: 'reported', pattern: STANDING, rank: 50, yieldsTo: 'overlap',
    why: 'A position held towards something with a copula ("Graham has been critical of Trump").',
    examples: [['Lindsey Graham has been critical of the nuclear deal for months.', { speaker: 'Lindsey Graham', text: 'the nuclear deal for months', direct: false }]],
  },
  'clause.communication-verb': {
    kind: 'reported', pattern: SUBJECT_VERB, rank: 50, yieldsTo: 'overlap',
    why: 'Any verb WordNet files under communication, with an object, puts it forward ("stressed the need to …").',
    examples: [
      ['The US reiterated its support for Juan Guaidó on Wednesday, with Mike Pompeo saying that military action is possible.', { speaker: 'United States', text: 'its support for Juan Guaidó on Wednesday', direct: false }],
      // A noun of content's clause inside a dash aside opened before the cue ends at the aside's closing dash.
      ['During the campaign — even as Hillary Clinton was expressing outrage at the suggestion that Trump, if he won, might have her investigated — Barack Obama was having Trump investigated.', { speaker: 'Hillary Clinton', text: 'outrage at the suggestion that Trump, if he won, might have her investigated', direct: false }],
      // A spaced hyphen is a dash: the writer's gloss after it ends the object.
      ['Donald Trump has also threatened further tariffs on Chinese products - which would see virtually all Chinese imports subject to duties.', { speaker: 'Donald Trump', text: 'further tariffs on Chinese products', direct: false }],
      // A verb of telling, or "to"/"on", puts the listener or the medium before the that-clause: the clause is what was said.
      ['Mike Pompeo has notified Congress that the administration no longer regards Hong Kong as autonomous.', { speaker: 'Mike Pompeo', text: 'the administration no longer regards Hong Kong as autonomous', direct: false }],
      // After a verb of saying, a noun phrase and a modal open a that-less clause: the modal ends no object.
      ['Cecilia Malmstrom warned the move by Donald Trump would have consequences for the recovery of the EU.', { speaker: 'Cecilia Malmstrom', text: 'the move by Donald Trump would have consequences for the recovery of the EU', direct: false }],
      ['Roger Stone relayed to Donald Trump that Julian Assange had given him advance knowledge.', { speaker: 'Roger Stone', text: 'Julian Assange had given him advance knowledge', direct: false }],
      // A bracketed link to a video is a caption, no statement.
      ['( WATCH: John Kerry remarks on Iran nuclear deal)', null],
      // A condition imagines the act: "If the Senate doesn’t confirm Trump’s nominee, …" reports nothing.
      ['If the Senate doesn’t confirm Donald Trump’s nominee, Richard Grenell can serve for months.', null],
      ['But Patrick Ventrell insisted Tuesday that no such whistle-blowers have come forward.', { speaker: 'Patrick Ventrell', text: 'no such whistle-blowers have come forward', direct: false }],
      // Inside someone's quotation, opened a sentence before, a clause is the quoted speaker's wording: no attribution.
      ['“Senator Hagel’s record is deeply troubling. Too often it seems he’s willing to subscribe to a worldwide view of appeasement,” Jim Inhofe said.', null],
      ['The 11.5 million files stolen from the law firm Mossack Fonseca revealed how unequal the world is.', { speaker: null, text: 'how unequal the world is', direct: false }],
      ['Angela Merkel stressed the need for a common European asylum policy.', { speaker: 'Angela Merkel', text: 'the need for a common European asylum policy', direct: false }],
      // An object relative clause ("the tariffs that Trump proposed"): its verb's object is the noun before it.
      ['The people who like the tariffs that President Donald Trump just proposed on steel and aluminum generally are not his voters.', null],
      ['The sanctions Barack Obama announced on Monday would hurt Russia.', null],
      // Not after a noun of content ("the fact that …"), an adjective ("clear that …"), nor a verb taking a clause whose
      // subject is the noun ("a step that the White House asserted was …").
      ['But Donald Trump did not deal with the fact that Vladimir Putin insists on protecting his long-time supporter, Bashar al-Assad.', { speaker: 'Vladimir Putin', text: 'protecting his long-time supporter, Bashar al-Assad', direct: false }],
      ['The president could take a step that the White House asserted last week was within his power.', { speaker: 'White House', text: 'last week was within his power', direct: false }],
      ['Prime Minister Yoshihiko Noda of Japan referred indirectly to the situation as a crisis in his speech to the assembly Wednesday.', { speaker: 'Yoshihiko Noda', text: 'the situation as a crisis in his speech to the assembly Wednesday', direct: false }],
      // What someone refers to, with no naming, is only the topic (non-statement.referred-topic).
      ['Prime Minister Yoshihiko Noda of Japan referred indirectly to the situation in his speech to the assembly Wednesday.', null],
      ['Tory MP for Croydon South, Chris Philip, accused Jeremy Corbyn of shameless opportunism.', { speaker: 'Chris Philip', text: 'Jeremy Corbyn of shameless opportunism', direct: false }],
      // A hypothetical question states nothing; a verb inside someone's quoted words is theirs, carried by the quote.
      ['What if Hillary Clinton secretly authorized the sale of weapons to Qatar?', null],
      // Avoiding a question puts nothing forward: the object is the question.
      ['Sarah Sanders skirted questions about the payment on Monday.', null],
      // An act done by authority (authorizing, approving, nominating, decreeing) is no statement; a request is one.
      ['Barack Obama authorized airstrikes against ISIS in Iraq.', null],
      ['Donald Trump approved the sale of fighter jets to Qatar.', null],
      ['Barack Obama nominated Merrick Garland to the Supreme Court.', null],
      ['Nicolás Maduro decreed a state of emergency in the capital.', null],
      ['Jeff Sessions recused himself from the Russia investigation.', null],
      ['North Korea sentenced Otto Warmbier to 15 years of hard labor.', null],
      ['Robert Mueller is investigating whether Donald Trump’s campaign colluded with Russia.', null],
      ['The FBI reportedly is probing domestic violence incidents involving Patrick Shanahan.', null],
      ['H.R. McMaster wrote a book on how Lyndon B. Johnson bamboozled the Joint Chiefs during the Vietnam War.', null],
      ['The U.S. drone strike that killed Qasem Soleimani also claimed the life of Abu Mahdi al-Muhandis.', null],
      // An outlet quoting a source as saying something puts forward nothing of its own.
      ['NBC News quoted officials as saying the strike was imminent.', null],
      ['Barack Obama requested funding for the border wall.', { speaker: 'Barack Obama', text: 'funding for the border wall', direct: false }],
      // A verb handing a thing over with "to" right after it: its object is the noun before ("a speech … delivered"),
      // the words after "to" its recipient — no content; with its object after it, the object is put forward.
      ['Jenny Town took note of a speech Kim Jong Un delivered to the country’s People’s Assembly in April.', null],
      ['Angela Merkel delivered a warning to the Kremlin on Monday.', { speaker: 'Angela Merkel', text: 'a warning to the Kremlin on Monday', direct: false }],
      // A spokesman for a principal speaks for himself: an unnamed source, not the principal.
      ['John Kerry stayed home. A spokesman for Kerry professed ignorance of the exact numbers involved.', { speaker: null, text: 'ignorance of the exact numbers involved', direct: false }],
      ['“I think Hillary Clinton knew it was classified and used it,” Larry Johnson said.', null],
    ],
  },
  'clause.stance-participle': {
    kind: 'reported', pattern: STANCE_PARTICIPLE, rank: 50, yieldsTo: 'overlap',
    why: 'A participle of stance after a comma is the sentence subject’s ("…, citing derogatory comments …").',
    examples: [
      ['Donald Trump attacked the press on Monday, citing derogatory comments about his family.', { speaker: 'Donald Trump', text: 'derogatory comments about his family', direct: false }],
      // A report inside a subordinate clause after the main one is no frame: the main clause's subject.
      ['Steve Scalise renewed that call on Friday after Donald Trump said he would not impose tariffs, lauding the breakthrough on trade.', { speaker: 'Steve Scalise', text: 'the breakthrough on trade', direct: false }],
      // …when a person heads the main clause: a body's business suspended is no speaker.
      ['House of Commons business was suspended for 15 minutes before David Lidington told members of Parliament about the situation, citing the police.', { speaker: 'David Lidington', text: 'the police', direct: false }],
      ['Donald Trump renewed that call on Friday, lauding the breakthrough on trade.', { speaker: 'Donald Trump', text: 'the breakthrough on trade', direct: false }],
      // A spokesperson's words are the spokesperson's, not the body's.
      ['White House spokeswoman Lindsay Walters said that the preparation had begun, citing a section of the U.S. trade law.', { speaker: 'Lindsay Walters', text: 'a section of the U.S. trade law', direct: false }],
      // ", referring to …" is the reporter's gloss on what was meant — unless it names the thing "as" something.
      ['Jill Stein said the deal was a disaster, referring to the underground Fordow facility.', null],
      ['Donald Trump attacked the press on Monday, referring to reporters as the enemy of the people.', { speaker: 'Donald Trump', text: 'reporters as the enemy of the people', direct: false }],
      // Bowing to pressure is giving way, no position put forward.
      ['Harry Reid backed down, bowing to pressure from pro-trade Democrats.', null],
      // Citing a bare source says where the words came from; it puts nothing forward.
      ['The U.S. issued a warning to shipping, the Associated Press reported, citing a statement.', null],
      ['Russia moved troops to the border, Reuters reported, citing people familiar with the matter.', null],
      // …nor a name cited, the aside's comma giving the subject back its own verb.
      ['The Bangkok Post, citing the Royal Thai Police, put the death toll at 19.', null],
    ],
  },
  'clause.intention-participle': {
    kind: 'reported', pattern: STANCE_PARTICIPLE, rank: 50, yieldsTo: 'overlap',
    why: 'A participle of intention after a comma ("…, promising to lift …") is the subject’s stated intention.',
    examples: [
      ['Donald Trump spoke in Ohio on Monday, promising to lift environmental regulations.', { speaker: 'Donald Trump', text: 'to lift environmental regulations', direct: false }],
      ['U.N. Ambassador Nikki Haley is calling for an emergency session, promising to boost efforts to protect the protesters.', { speaker: 'Nikki Haley', text: 'to boost efforts to protect the protesters', direct: false }],
    ],
  },
  'clause.coordinated-intention': {
    kind: 'reported', pattern: COORDINATED_INTENTION, rank: 50, yieldsTo: 'overlap',
    why: 'A vow, a pledge, a promise, a threat or an offer with its to-infinitive coordinated after a first predicate ("The Security Council condemned the test and pledged to impose further sanctions") is the sentence subject’s commissive speech act, as with its own subject (clause.intention); a thing heading the sentence ("Tariffs weigh on trade and threaten to slow growth") threatens nothing in words.',
    examples: [
      ['The United Nations Security Council on Friday made a strong condemnation of the test and pledged to impose further sanctions.', { speaker: 'United Nations Security Council', text: 'to impose further sanctions', direct: false }],
      ['Donald Trump hiked tariffs on Chinese goods last week and has threatened to levy tariffs on more goods.', { speaker: 'Donald Trump', text: 'to levy tariffs on more goods', direct: false }],
      ['The tariffs weigh on trade and threaten to depress global growth.', null],
      // A relative clause before the coordinator has its own subject.
      ['Donald Trump met Kim Jong Un, who smiled and vowed to give up his weapons.', null],
      // A name inside an opening subordinate clause is no subject of the main clause.
      ['As Donald Trump traveled through the region, the state media denounced him and pledged to strengthen the weapons program.', null],
    ],
  },
  'clause.document-participle': {
    kind: 'reported', pattern: DOCUMENT_PARTICIPLE, rank: 50, yieldsTo: 'overlap',
    why: 'A participle after a document the subject put out is the subject’s ("issued a statement calling …").',
    examples: [['Nikki Haley issued a statement calling the test a clear violation of the resolutions.', { speaker: 'Nikki Haley', text: 'the test a clear violation of the resolutions', direct: false }]],
  },
  'clause.document-says': {
    kind: 'reported', pattern: DOCUMENT_SAYS, rank: 50, yieldsTo: 'overlap',
    why: 'What the subject’s document says is the subject’s ("released a letter from his doctor that says …").',
    examples: [['Donald Trump, who has faced months of questions about his health, released a letter from his doctor that says he is in excellent health.', { speaker: 'Donald Trump', text: 'he is in excellent health', direct: false }]],
  },
  'clause.relative': {
    kind: 'reported', pattern: RELATIVE, rank: 50, yieldsTo: 'overlap',
    why: 'A relative clause attributes to the name before it ("Mr. Kamin, who emphasized that …"), or, with no name, to the noun phrase of people (a body or a document for "which") it hangs on, unnamed ("an architect who said …").',
    examples: [
      ['The plan was backed by Mitch McConnell, who argued that the deficit would shrink.', { speaker: 'Mitch McConnell', text: 'the deficit would shrink', direct: false }],
      // An unnamed antecedent speaks, unnamed; the main clause is no part of the content.
      ['Donald Trump refused to pay an architect who said he was stiffed after he designed a clubhouse.', { speaker: null, text: 'he was stiffed after he designed a clubhouse', direct: false }],
      ['The change is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps down-ballot candidates.', { speaker: null, text: 'it helps down-ballot candidates', direct: false }],
      // A person named before the phrase in apposition speaks.
      ['Donald Trump met John Bentel, a tech staffer at the State Department who told his subordinates never to speak of it.', { speaker: 'John Bentel', text: 'his subordinates never to speak of it', direct: false }],
    ],
  },
  'clause.possessed-claim': {
    kind: 'reported', pattern: POSSESSED_CLAIM, rank: 50, yieldsTo: 'overlap',
    why: 'NAME’s CLAIM that … puts the claim forward as the possessor’s ("Trump’s claim that …").',
    examples: [
      ['Critics rejected Donald Trump’s claim that the election was rigged.', { speaker: 'Donald Trump', text: 'the election was rigged', direct: false }],
      // …but a participle with no object of its own is no next predicate: the clause goes on.
      ['Critics rejected Donald Trump’s claim that the deal, signed in Vienna and ratified in Tehran, was a failure.', { speaker: 'Donald Trump', text: 'the deal, signed in Vienna and ratified in Tehran, was a failure', direct: false }],
      // The claim ends where the subject's next predicate of a list begins (", praised … and warned …").
      ['Chuck Hagel spoke. He echoed Barack Obama’s view that all options are feasible to stop Tehran, praised the rounds of penalties and warned of new sanctions.', { speaker: 'Barack Obama', text: 'all options are feasible to stop Tehran', direct: false }],
      // A claim heading its clause ends at the main clause's verb; a conjunction keeps a second verb the claim's.
      ['Mitch McConnell said Barack Obama’s claim that the economy was recovering was false.', { speaker: 'Barack Obama', text: 'the economy was recovering', direct: false }],
      ['Barack Obama’s claim that the economy was recovering drew ridicule from Republicans.', { speaker: 'Barack Obama', text: 'the economy was recovering', direct: false }],
      ['Barack Obama’s claim that the economy was recovering and jobs were growing was false.', { speaker: 'Barack Obama', text: 'the economy was recovering and jobs were growing', direct: false }],
    ],
  },
  'clause.possessed-stance': {
    kind: 'reported', pattern: POSSESSED_STANCE, rank: 50, yieldsTo: 'overlap',
    why: 'NAME’s STANCE-NOUN of/for … names a position put forward ("Clinton’s criticism of the bank").',
    examples: [
      ['Voters cheered Hillary Clinton’s criticism of the trade deal.', { speaker: 'Hillary Clinton', text: 'the trade deal', direct: false }],
      // In a phrase opening the sentence, the noun phrase ends at the comma closing that phrase, not in the main clause.
      ['Despite Donald Trump’s call to withdraw the troops in October, some U.S. soldiers remain in the country.', { speaker: 'Donald Trump', text: 'to withdraw the troops in October', direct: false }],
    ],
  },
  'clause.passive-by': {
    kind: 'reported', pattern: PASSIVE_BY, rank: 50, yieldsTo: 'overlap',
    why: 'A passive with "by NAME" names the source of the stance ("The deal was criticized by Graham").',
    examples: [['The nuclear deal with Iran was sharply criticized by Lindsey Graham on Sunday.', { speaker: 'Lindsey Graham', text: 'The nuclear deal with Iran', direct: false }]],
  },
  'clause.opening-participle': {
    kind: 'reported', pattern: /^\p{Lu}\p{Ll}+ing\b/u, rank: 50, yieldsTo: 'overlap',
    why: 'A participle opening the sentence reports for the subject after its comma ("Claiming the criticism is unfair, Trump told …").',
    examples: [
      ['Claiming the criticism was designed to pressure the moderators, Donald Trump left the stage.', { speaker: 'Donald Trump', text: 'the criticism was designed to pressure the moderators', direct: false }],
      // A verb whose object is a topic or a listener acts on it, states nothing: "Addressing concerns about …".
      ['Addressing concerns about his stance on Iran, Chuck Hagel said all options must be on the table.', null],
    ],
  },
} as const satisfies Record<string, AttributionRule>;

export type RuleId = keyof typeof ATTRIBUTION_RULES;

export function ruleOf(id: RuleId): AttributionRule {
  return ATTRIBUTION_RULES[id];
}
