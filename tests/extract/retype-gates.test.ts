// Speed gates of retype.ts (perf31): each answers as the pattern it guards, on windows that hold its cue and on ones that
// don't. Output unchanged: whole-corpus extract-dump cmp-identical.
import { describe, expect, test } from 'vitest';
import { NAME_GOES_BEFORE, nameGoesBefore, operationHeadBefore } from '../../src/extract/retype.js';

/** The operation test as retypeByContext wrote it before the gate. */
const OPERATION_HEAD = /^(?:Operation|Exercise|Project|Program|Programme)$/;
const operationBefore = (body: string, at: number) => {
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(body.slice(Math.max(0, at - 20), at))?.[1];
  return !!before && OPERATION_HEAD.test(before);
};

const windows = [
  'the US launched Operation ', 'during Exercise ', 'a new Programme ', 'the Program  ', 'Project\n', 'the Projects ', 'Operations ',
  'Programmes ', 'President ', 'said Operation Iraqi ', 'Operation', 'in Operation Freedom and ', 'OPERATION ', 'operation ', '',
  'the Secretary of ', 'Ministry for the ', 'Residents of ', 'the Bank of the ', 'members of the ', 'Friends of the ', 'Center for ',
  'the Organization for Security and ', 'Cooperation in ', 'capital of ', 'a, Bank of ', 'The Office of ', 'X of', 'Y for the',
  'Ñandú Élan of the ', 'of the ', ' the ', 'Ministry of  ',
];

describe('operationHeadBefore answers as the pattern it gates', () => {
  test.each(windows)('%j', (before) => {
    const body = `${before}Desert Storm`;
    expect(operationHeadBefore(body, before.length)).toBe(operationBefore(body, before.length));
  });
  test('a head word before the name', () => expect(operationHeadBefore('Operation Desert Storm', 10)).toBe(true));
});

describe('nameGoesBefore answers as NAME_GOES_BEFORE', () => {
  test.each(windows)('%j', (before) => expect(nameGoesBefore(before)).toBe(NAME_GOES_BEFORE.test(before)));
  test('a longer name goes on', () => expect(nameGoesBefore('the Organization for the ')).toBe(true));
});
