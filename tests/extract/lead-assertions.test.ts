import { describe, expect, test } from 'vitest';
import { leadExec, leadFirst, leadSplit } from '../../src/extract/lead-assertions.js';

const all = (re: RegExp, text: string) => {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, [...m], m.groups ?? null, m.indices ?? null]);
  return out;
};
const split = (re: RegExp, text: string) => {
  const s = leadSplit(re);
  const out: unknown[] = [];
  s.rest.lastIndex = 0;
  for (let m = leadExec(s, text); m; m = leadExec(s, text)) out.push([m.index, [...m], m.groups ?? null, m.indices ?? null]);
  return out;
};

describe('leadSplit: a pattern searched without its opening assertions finds the same matches', () => {
  test.each([
    [String.raw`\b(?<!\b(?:trade|business)\s)(?:partners?|ally)\b`, 'giu', 'a trade partner and an ally, business partners, partner'],
    [String.raw`\b(?<cue>meets?|met)\s+with\b`, 'giud', 'Obama met with Putin; Kim meets with Moon; helmet with'],
    [String.raw`(?<![-–])\b(?:backs?|backed)\b`, 'giu', 'Iran-backed militias, Russia backs Assad, –backed'],
    [String.raw`(?<=[\p{L}.])[-–](?:backed|funded)`, 'giu', 'U.S.-backed 𝐀-backed 1-backed Iran–funded'],
    // a rejected start inside a longer run: the search goes on from the next position
    [String.raw`\b(?:sea|seas)\b`, 'giu', 'overseas seas sea ſea'],
    [String.raw`(?<!\p{L})ab`, 'gu', '𝐀ab xab ab'],
    // a capturing group in the lead: not split, the same matches still
    [String.raw`(?<=(a))b`, 'g', 'ab cb ab'],
  ])('%s /%s on %j', (source, flags, text) => expect(split(new RegExp(source, flags), text)).toEqual(all(new RegExp(source, flags), text)));

  test('leadFirst is exec of the pattern without g', () => {
    const re = /\b(?:during|at)\s+(?:the\s+)?(?<noun>summit|talks)/iu;
    for (const text of ['at the summit', 'that talks', 'What at talks', 'none']) expect(leadFirst(leadSplit(re), text)?.[0]).toEqual(re.exec(text)?.[0]);
  });
});
