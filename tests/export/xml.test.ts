// The XML escapes: every string becomes well-formed content, and what XML can carry comes back unchanged.
import { describe, expect, test } from 'vitest';
import { isoDay, nmtoken, xmlAttr, xmlAttrs, xmlSafe, xmlText } from '../../src/export/xml.js';

describe('xmlText', () => {
  test.each([
    ['plain', 'plain'],
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    ['"quoted" and \'single\'', '"quoted" and \'single\''],
    ['end of CDATA ]]> here', 'end of CDATA ]]&gt; here'],
    ['line\nbreak\ttab', 'line\nbreak\ttab'],
    ['carriage\r\nreturn', 'carriage&#13;\nreturn'],
    ['nul\u0000 bell\u0007 esc\u001b', 'nul\uFFFD bell\uFFFD esc\uFFFD'],
    ['noncharacters \uFFFE\uFFFF', 'noncharacters \uFFFD\uFFFD'],
    ['lone surrogates \uD800 and \uDC00', 'lone surrogates \uFFFD and \uFFFD'],
    ['emoji \uD83D\uDE00 stays', 'emoji \uD83D\uDE00 stays'],
    ['&amp; is escaped again', '&amp;amp; is escaped again'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(xmlText(input)).toBe(expected);
  });
});

describe('xmlAttr', () => {
  test.each([
    ['Rex Tillerson', 'Rex Tillerson'],
    ['say "no" & \'yes\'', 'say &quot;no&quot; &amp; &apos;yes&apos;'],
    ['<script>', '&lt;script&gt;'],
    // raw whitespace would be normalised to spaces by any XML parser
    ['a\tb\nc\rd', 'a&#9;b&#10;c&#13;d'],
    ['\u0001\u0008\u000b\u000c', '\uFFFD\uFFFD\uFFFD\uFFFD'],
  ])('%j → %j', (input, expected) => {
    expect(xmlAttr(input)).toBe(expected);
  });

  test('xmlAttrs skips null and undefined, keeps zero', () => {
    expect(xmlAttrs({ id: 'a"b', label: null, weight: 0, start: undefined })).toBe(' id="a&quot;b" weight="0"');
  });
});

describe('xmlSafe', () => {
  test('keeps every character XML 1.0 allows', () => {
    const allowed = '\t\n\r \u00e9\u4e2d\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}';
    expect(xmlSafe(allowed)).toBe(allowed);
  });
  test('is linear on long hostile input', () => {
    const s = '\u0000<&'.repeat(50_000);
    const t0 = performance.now();
    expect(xmlText(s).length).toBeGreaterThan(s.length);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('nmtoken (GraphML ids)', () => {
  test.each([
    ['person:rex-tillerson', 'person:rex-tillerson'],
    ['event:a-0f8e6ad7974615d5:5', 'event:a-0f8e6ad7974615d5:5'],
    ['org:a b', 'org:a_x20_b'],
    ['org:a_x20_b', 'org:a_x5f_x20_b'],
    ['event:press_conference-f43c', 'event:press_conference-f43c'],
    ['person:josé', 'person:jos_xe9_'],
    ['x|y', 'x_x7c_y'],
  ])('%j → %j', (input, expected) => {
    expect(nmtoken(input)).toBe(expected);
  });
});

describe('isoDay', () => {
  test.each([
    ['2017-04-12', '2017-04-12'],
    ['2017-04-12T10:00:00Z', null],
    ['April 12', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(isoDay(input)).toBe(expected);
  });
});
