// A state's organ by its lower-case words: one name per organ, the entity stage's key for the capitalised form.
import { describe, expect, test } from 'vitest';
import { organName } from '../../src/extract/quotes/state-organ.js';

describe('organName', () => {
  test.each([
    ['foreign ministry', 'RU', 'Russian Foreign Ministry'],
    ['ministry of foreign affairs', 'RU', 'Russian Foreign Ministry'],
    ['defence ministry', 'JP', 'Japanese Defense Ministry'],
    ['military', 'IQ', 'Iraqi Military'],
    ['armed forces', 'EG', 'Egyptian Military'],
    ['powerful army', 'TH', 'Thai Army'],
    ['military', 'US', 'U.S. Military'],
    ['state department', 'US', 'State Department'],
    ['defence department', 'US', 'Defense Department'],
    ['presidency', 'KR', 'South Korean Presidential Office'],
    // a state whose armed forces go by a proper name
    ['military', 'IL', 'Israel Defense Forces'],
    ['armed forces', 'IL', 'Israel Defense Forces'],
    // a state's mission: the one the article names ("the British embassy said")
    ['embassy', 'GB', 'British Embassy'],
    ['consulate', 'SA', 'Saudi Consulate'],
  ])('%s (%s) → %s', (words, code, name) => expect(organName(words.split(' '), code)).toBe(name));

  test.each([
    ['foreign ministry', 'US'],
    ['foreign relations department', 'MX'],
    ['police', 'FR'],
    ['top diplomat', 'RU'],
  ])('%s (%s) → none', (words, code) => expect(organName(words.split(' '), code)).toBeNull());
});
