// Quoted terms (quoted-terms.ts): words named as words, a question's wording, a chant or slogan inside a sentence are no
// quote — and the statements around them still are.
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';

/** [sentence, the quotes that must come out (speaker name, words), the words that must not be a quote]. */
const cases: readonly (readonly [string, readonly (readonly [string | null, string])[], readonly string[]])[] = [
  ['Robert Mueller spoke on Wednesday. But he also said his investigation did not clear Donald Trump and, while he did not use the word "impeachment," he pointed out there were other ways to hold presidents accountable.', [['Robert Mueller', 'there were other ways to hold presidents accountable']], ['impeachment,']],
  ['Mike Pompeo spoke on Monday. Asked about "escalatory actions," Pompeo replied, "I don\'t want to talk about what underlays it, but we will respond."', [['Mike Pompeo', "I don't want to talk about what underlays it, but we will respond."]], ['escalatory actions,']],
  ['Shimon Peres spoke on Monday. Asked if he believes the U.S. is ready to "shoot if necessary," Peres said, "Yes."', [['Shimon Peres', 'Yes.']], ['shoot if necessary,']],
  ['“Catch and release” is the term Trump administration officials have used to describe the practice.', [], ['Catch and release']],
  ['“Regime change” is not a phrase you hear discussed honestly in Washington, Bernie Sanders said.', [], ['Regime change']],
  ['“We will keep fighting,” said Patrick Klugman, the deputy mayor. The day earlier, thousands poured into streets holding up pens and chanting "We are Charlie!"', [['Patrick Klugman', 'We will keep fighting,']], ['We are Charlie!']],
  // Negatives: a verb of saying before the words, a quote opening its sentence, a partial quote framed by its speaker.
  ['He also said, "Our country has regained the respect that we used to have long ago," declaring, "America is back." Barack Obama spoke.', [[null, 'America is back.']], []],
  ['“It will be a beautiful day,” Donald Trump said. “Believe me.”', [['Donald Trump', 'Believe me.']], []],
  // (A partial quote run into by the sentence's own words is reported whole, quoted-lead.ts.)
  ['The options for Brexit "are narrowing", Health Secretary Matt Hancock has said.', [['Matt Hancock', 'The options for Brexit "are narrowing"']], []],
  ['Israel risks becoming “an apartheid state,” John Kerry told world leaders on Friday.', [['John Kerry', 'Israel risks becoming “an apartheid state,”']], []],
  ['Trump denounced what he called a "witch hunt" by the Democrats, Kellyanne Conway said.', [], []],
  // "the words “…”" is often what someone said: it stays.
  ['Protest is patriotic, whether wearing a T-shirt with the words "I can\'t breathe," as Eric Garner said before he died.', [['Eric Garner', "I can't breathe,"]], []],
  // A participle after a relaying report or after a reported subject of its own goes on with that subject, not the reporter
  // (participle-subject.ts): no quote credited to the outlet or the witnesses.
  ['CNN affiliate JTBC reported that the boy dialed the emergency number, telling dispatchers, "Help us. The boat is sinking."', [], ['Help us. The boat is sinking.']],
  ['Witnesses said he went from person to person, asking, "Are you TSA?"', [], ['Are you TSA?']],
];

describe('quoted terms are no quote; the statements around them stay', () => {
  test.each(cases)('%s', (text, kept, gone) => {
    const r = extract(text);
    const quotes = r.quotes.map((q) => ({ speaker: nameOf(r, q.speakerId), text: q.text }));
    for (const [speaker, words] of kept) {
      const q = quotes.find((x) => x.text === words);
      expect(q, `no quote "${words}" in ${JSON.stringify(quotes)}`).toBeDefined();
      if (speaker !== null) expect(q!.speaker).toBe(speaker);
    }
    for (const words of gone) expect(quotes.map((q) => q.text)).not.toContain(words);
  });
});
