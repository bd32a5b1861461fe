// MET_WITH and ALLIED_WITH: only when a sentence states them, with evidence offsets.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';

const relations = (body: string) => extract(body).relations.map((r) => `${r.sourceId} ${r.type} ${r.targetId}`);

describe('extractRelations', () => {
  test.each<[string, string[]]>([
    ['Rex Tillerson met with Vladimir Putin in Moscow.', ['person:rex-tillerson MET_WITH person:vladimir-putin']],
    ['Talks between Rex Tillerson and Sergey Lavrov lasted hours.', ['person:rex-tillerson MET_WITH person:sergey-lavrov']],
    ['Vladimir Putin hosted Rex Tillerson at the Kremlin.', ['person:vladimir-putin MET_WITH person:rex-tillerson']],
    ['Washington blames Russia’s ally Bashar Assad for the attack.', ['country:RU ALLIED_WITH person:bashar-assad']],
    ['Russia is backing Bashar Assad.', ['country:RU ALLIED_WITH person:bashar-assad']],
    // Nothing is invented: naming two people is not a meeting.
    ['Rex Tillerson criticised Vladimir Putin.', []],
    ['Rex Tillerson will not meet Vladimir Putin, a source said.', []],
  ])('%s', (body, expected) => {
    expect(relations(body)).toEqual(expected);
  });

  test('evidence is the stating sentence, by offsets into the body', () => {
    const body = 'It was cold. Rex Tillerson met with Vladimir Putin in Moscow.';
    const [r] = extract(body).relations;
    expect(body.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    expect(r.evidence.text).toBe('Rex Tillerson met with Vladimir Putin in Moscow.');
  });
});
