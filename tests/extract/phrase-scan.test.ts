// phraseFinder finds what the case-insensitive alternation it replaces found: same starts, same texts, same order.
import { describe, expect, it } from 'vitest';
import { phraseFinder } from '../../src/extract/phrase-scan.js';

const PHRASES = ['press conference', 'face-to-face encounter', 'conference', 'e-mailed', 'spoke on the phone', 'spoke', 'on the phone with', 'met', 'meeting', 'talks'];
/** The regex phraseFinder stands for (events.ts built it so before). */
const asRegex = (phrases: string[]) => new RegExp(`\\b(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
const viaRegex = (text: string) => [...text.matchAll(asRegex(PHRASES))].map((m) => [m.index, m[0]]);
const viaFinder = (text: string) => phraseFinder(PHRASES)(text).map((h) => [h.index, h[0]]);

describe('phraseFinder', () => {
  it.each<[string, [number, string][]]>([
    ['Trump met Putin at a press conference.', [[6, 'met'], [21, 'press conference']]],
    // either case, any white space between words (a line break, a no-break space), the first phrase in order wins
    ['PRESS\n Conference and Press\u00a0conference', [[0, 'PRESS\n Conference'], [22, 'Press\u00a0conference']]],
    ['a face-to-face encounter; E-mailed', [[2, 'face-to-face encounter'], [26, 'E-mailed']]],
    // no match inside a word or before a word character: "metal", "meetings", "talks2", "_met", "2met"
    ['metal meetings talks2 _met 2met', []],
    // a longer phrase that fails falls back to a shorter one at the same start
    ['she spoke on the phone; she spoke on the radio', [[4, 'spoke on the phone'], [28, 'spoke']]],
    // letters beyond ASCII never fold to ASCII ones without the u flag: "ſpoke" (long s), "meEting" with a Kelvin-like sign stays unmatched
    ['ſpoke \u212Aalks', []],
    ['', []],
  ])('%j', (text, want) => {
    expect(viaFinder(text)).toEqual(want);
    expect(viaFinder(text)).toEqual(viaRegex(text));
  });

  it('agrees with the regex on random text made of the phrases' + "' pieces", () => {
    let state = 7;
    const random = (n: number) => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n);
    const pieces = ['press', 'conference', 'Conference', 'face', '-', 'to', 'encounter', 'e', 'mailed', 'spoke', 'on', 'the', 'phone', 'with', 'met', 'meeting', 'TALKS', 'talks', ' ', '  ', '\n', '\u00a0', ',', '_', '9', 'x', 'ſ'];
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = random(30); k >= 0; k--) text += pieces[random(pieces.length)] + (random(3) ? ' ' : '');
      expect(viaFinder(text), text).toEqual(viaRegex(text));
    }
  });

  it('refuses a phrase it cannot read as the regex would', () => {
    expect(() => phraseFinder(['Met'])).toThrow();
    expect(() => phraseFinder(['met '])).toThrow();
    expect(() => phraseFinder(['met  with'])).toThrow();
  });
});
