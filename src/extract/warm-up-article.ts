// An invented article that walks the extraction's main paths once, so a worker compiles its patterns before any budget runs.
import type { Article } from './types.js';

// Written for the warm-up (no corpus text): furniture, a dateline, titles and roles, organisations and their acronyms,
// countries and demonyms, direct and reported speech in its common shapes, a spokesperson, pronouns, meetings planned,
// held and refused, a call, backing and arms, dated events, a place, a list of parties. What it holds is never stored.
const BODY = [
  'WASHINGTON (Reuters) — Secretary of State Rex Tillerson met Russian President Vladimir Putin in Moscow on Tuesday, two days after a rocket attack on a base in northern Syria killed 12 people, officials said.',
  'Photo: Tillerson arrives at the Kremlin. Alexander Zemlianichenko/AP Photo',
  'Hide Caption 1 of 4',
  '“We need to talk about the ceasefire,” Tillerson told reporters after the talks. “There is no military solution.”',
  'Kremlin spokesman Dmitry Peskov said the meeting was “constructive,” but added that Moscow would not change its position. He said Russia would keep supplying arms to the Syrian government.',
  'According to a statement from the Foreign Ministry, Lavrov will meet Chinese Foreign Minister Wang Yi, Japan’s prime minister and the U.N. envoy next month in Geneva.',
  'The North Atlantic Treaty Organization (NATO) said in a report on Monday that Turkey and the United States had agreed to back the Kurdish-led Syrian Democratic Forces, or SDF.',
  'German Chancellor Angela Merkel, who spoke with President Donald Trump by phone on March 3, declined to meet Iranian officials. “That is not on the table,” she said.',
  'A senior administration official, who spoke on condition of anonymity, said the White House believed the deal could collapse. Critics argue that the sanctions have failed.',
  '“This is a disgrace,” said Sen. John McCain, R-Ariz., chairman of the Senate Armed Services Committee. The Pentagon did not respond to a request for comment.',
  'The European Union and the Organization of Petroleum Exporting Countries were expected to hold a summit in Vienna after the election, Mrs. Clinton’s campaign said in an email.',
  'Sign up for our daily newsletter. Follow us on Twitter.',
].join('\n\n');

export const WARM_UP_ARTICLE: Article = {
  id: 'warm-up',
  url: null,
  title: 'Tillerson meets Putin as Moscow vows to back Assad, ‘We need to talk’',
  publishedAt: '2017-05-04',
  source: 'reuters',
  body: BODY,
};
