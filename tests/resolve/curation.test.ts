// What the editors' rules do to one article's extraction: tables of [case, rules, expected digest], negatives included.
import { describe, expect, test } from 'vitest';
import { applyCuration, keptApart, newEntityId, textKey, type CurationChange, type CurationRule } from '../../src/resolve/curation.js';
import { CurationFileError, formatCurationFile, parseCurationFile } from '../../src/resolve/curation-file.js';
import type { ExtractionResult } from '../../src/extract/types.js';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });
const article = { id: 'a-1', url: null, title: 't', publishedAt: '2018-03-01', source: null, body: '…' };

/** Rex Tillerson (also as "Tillerson") met Sergei Lavrov; two quotes; an event both attend in Russia. */
const base: ExtractionResult = {
  article,
  entities: [
    { id: 'person:rex-tillerson', type: 'Person', name: 'Rex Tillerson', aliases: [], mentions: [span(0, 'Rex Tillerson')], role: 'Secretary of State' },
    { id: 'person:tillerson', type: 'Person', name: 'Tillerson', aliases: [], mentions: [span(40, 'Tillerson')] },
    { id: 'person:sergei-lavrov', type: 'Person', name: 'Sergei Lavrov', aliases: ['Lavrov'], mentions: [span(20, 'Sergei Lavrov')] },
    { id: 'country:RU', type: 'Country', name: 'Russia', aliases: [], mentions: [span(60, 'Russia')], code: 'RU' },
    { id: 'event:a-1:0', type: 'Event', name: 'talks', aliases: [], mentions: [span(70, 'talks')], kind: 'talks', participantIds: ['person:tillerson', 'person:sergei-lavrov'], locationId: 'country:RU' },
  ],
  quotes: [
    { speakerId: 'person:tillerson', text: 'We  will talk.', direct: true, start: 80, end: 94, cue: 'said', aboutIds: ['person:sergei-lavrov'] },
    { speakerId: 'person:sergei-lavrov', text: 'Russia is ready.', direct: true, start: 100, end: 116, cue: 'said', aboutIds: ['country:RU', 'person:tillerson'] },
  ],
  relations: [
    { type: 'MET_WITH', sourceId: 'person:rex-tillerson', targetId: 'person:sergei-lavrov', evidence: span(0, 'Rex Tillerson met Sergei Lavrov.') },
    { type: 'MET_WITH', sourceId: 'person:tillerson', targetId: 'person:rex-tillerson', evidence: span(40, 'Tillerson met Rex Tillerson.') },
  ],
};

let seq = 0;
const rule = (change: CurationChange): CurationRule => ({ id: `rule:${++seq}`, seq, createdAt: '2026-01-01T00:00:00Z', actor: 'alice', reason: 'test', change });

/** What a rule can change, in a form a table can state. */
function digest(r: ExtractionResult) {
  return {
    entities: r.entities.map((e) => `${e.type}:${e.id}=${e.name}[${e.aliases.join('|')}]x${e.mentions.length}`),
    speakers: r.quotes.map((q) => q.speakerId),
    about: r.quotes.map((q) => (q.aboutIds ?? []).join(',')),
    relations: r.relations.map((x) => `${x.type}:${x.sourceId}-${x.targetId}`),
    event: r.entities.filter((e) => e.type === 'Event').map((e) => `${(e.participantIds ?? []).join(',')}@${e.locationId}`),
  };
}

const before = digest(base);

describe('applyCuration', () => {
  test.each<[string, CurationChange[], Partial<ReturnType<typeof digest>>]>([
    ['no rules: unchanged', [], before],
    [
      'merge: one entity with both mentions, the pinned name, the other names as aliases; references follow; no self-relation',
      [{ action: 'merge', from: 'person:tillerson', into: 'person:rex-tillerson', name: 'Rex Tillerson' }],
      {
        entities: ['Person:person:rex-tillerson=Rex Tillerson[Tillerson]x2', before.entities[2], before.entities[3], before.entities[4]],
        speakers: ['person:rex-tillerson', 'person:sergei-lavrov'],
        about: ['person:sergei-lavrov', 'country:RU,person:rex-tillerson'],
        relations: ['MET_WITH:person:rex-tillerson-person:sergei-lavrov'],
        event: ['person:rex-tillerson,person:sergei-lavrov@country:RU'],
      },
    ],
    [
      'merge of an id this article does not name: unchanged',
      [{ action: 'merge', from: 'person:nobody', into: 'person:somebody', name: 'Somebody' }],
      before,
    ],
    [
      'merge pins the name of `into` even where only `into` occurs',
      [{ action: 'merge', from: 'person:nobody', into: 'person:sergei-lavrov', name: 'Sergey Lavrov' }],
      { entities: [before.entities[0], before.entities[1], 'Person:person:sergei-lavrov=Sergey Lavrov[Sergei Lavrov|Lavrov]x1', before.entities[3], before.entities[4]] },
    ],
    [
      'split in a listed article: the new entity takes its place',
      [{ action: 'split', from: 'person:sergei-lavrov', into: 'person:sergei-lavrov-jr', name: 'Sergei Lavrov Jr', articleIds: ['a-1'] }],
      { speakers: ['person:tillerson', 'person:sergei-lavrov-jr'], relations: ['MET_WITH:person:rex-tillerson-person:sergei-lavrov-jr', before.relations[1]] },
    ],
    ['split in another article: unchanged', [{ action: 'split', from: 'person:sergei-lavrov', into: 'person:x', name: 'X', articleIds: ['a-2'] }], before],
    [
      'split with forms: an entity this extraction names by one of them (an id consolidation later joined to `from`) moves too',
      [{ action: 'split', from: 'person:sergey-lavrov', into: 'person:lavrov', name: 'Lavrov', articleIds: ['a-1'], forms: ['Lavrov', 'Sergei Lavrov'] }],
      { speakers: ['person:tillerson', 'person:lavrov'], relations: ['MET_WITH:person:rex-tillerson-person:lavrov', before.relations[1]] },
    ],
    [
      'split with forms names no entity of another type, and none outside its articles',
      [
        { action: 'split', from: 'org:sergei-lavrov', into: 'org:lavrov', name: 'Lavrov', articleIds: ['a-1'], forms: ['Sergei Lavrov'] },
        { action: 'split', from: 'person:sergey-lavrov', into: 'person:lavrov', name: 'Lavrov', articleIds: ['a-2'], forms: ['Sergei Lavrov'] },
      ],
      before,
    ],
    [
      'split with forms that are not this extraction\'s names: unchanged',
      [{ action: 'split', from: 'person:sergey-lavrov', into: 'person:lavrov', name: 'Lavrov', articleIds: ['a-1'], forms: ['Mr. Lavrov'] }],
      before,
    ],
    [
      'setType: the entity becomes an organization under its new id',
      [{ action: 'setType', from: 'person:tillerson', into: 'org:tillerson', name: 'Tillerson', type: 'Organization' }],
      { entities: [before.entities[0], 'Organization:org:tillerson=Tillerson[]x1', before.entities[2], before.entities[3], before.entities[4]], speakers: ['org:tillerson', 'person:sergei-lavrov'] },
    ],
    [
      'rename: the name as given, the written name kept as alias',
      [{ action: 'rename', id: 'country:RU', name: 'Russian Federation' }],
      { entities: [before.entities[0], before.entities[1], before.entities[2], 'Country:country:RU=Russian Federation[Russia]x1', before.entities[4]] },
    ],
    [
      'retractQuote: the quote with that text (whitespace aside) is gone',
      [{ action: 'retractQuote', articleId: 'a-1', quoteKey: textKey('We will talk.') }],
      { speakers: ['person:sergei-lavrov'] },
    ],
    ['retractQuote of another article: unchanged', [{ action: 'retractQuote', articleId: 'a-2', quoteKey: textKey('We will talk.') }], before],
    ['retractQuote of other text: unchanged', [{ action: 'retractQuote', articleId: 'a-1', quoteKey: textKey('We will walk.') }], before],
    [
      'reassignQuote: the quote keeps its text, gets the speaker',
      [{ action: 'reassignQuote', articleId: 'a-1', quoteKey: textKey('Russia is ready.'), speakerId: 'person:rex-tillerson' }],
      { speakers: ['person:tillerson', 'person:rex-tillerson'] },
    ],
    [
      'retractRelation: matched by type, either direction and sentence',
      [{ action: 'retractRelation', articleId: 'a-1', type: 'MET_WITH', sourceId: 'person:sergei-lavrov', targetId: 'person:rex-tillerson', sentenceKey: textKey('Rex Tillerson met Sergei Lavrov.') }],
      { relations: [before.relations[1]] },
    ],
    [
      'retractRelation of another type: unchanged',
      [{ action: 'retractRelation', articleId: 'a-1', type: 'ALLIED_WITH', sourceId: 'person:sergei-lavrov', targetId: 'person:rex-tillerson', sentenceKey: textKey('Rex Tillerson met Sergei Lavrov.') }],
      before,
    ],
    [
      'rules apply in order: a merge then a retraction that names the merged id',
      [
        { action: 'merge', from: 'person:tillerson', into: 'person:rex-tillerson', name: 'Rex Tillerson' },
        { action: 'reassignQuote', articleId: 'a-1', quoteKey: textKey('Russia is ready.'), speakerId: 'person:tillerson' },
        { action: 'merge', from: 'person:tillerson', into: 'person:rex-tillerson', name: 'Rex Tillerson' },
      ],
      { speakers: ['person:rex-tillerson', 'person:rex-tillerson'] },
    ],
  ])('%s', (_name, changes, expected) => {
    const out = digest(applyCuration(base, changes.map(rule)));
    expect(out).toMatchObject(expected);
  });

  test('the input is not changed', () => {
    const copy = structuredClone(base);
    applyCuration(base, [rule({ action: 'merge', from: 'person:tillerson', into: 'person:rex-tillerson', name: 'Rex Tillerson' })]);
    expect(base).toEqual(copy);
  });
});

describe('keptApart', () => {
  test.each<[string, CurationChange[], [string, string][]]>([
    ['no split: nothing', [{ action: 'merge', from: 'person:a', into: 'person:b', name: 'B' }], []],
    ['a split: its two ends', [{ action: 'split', from: 'person:a', into: 'person:a2', name: 'A2', articleIds: ['x'] }], [['person:a', 'person:a2']]],
    [
      'a later merge or retype renames an end',
      [
        { action: 'split', from: 'person:a', into: 'person:a2', name: 'A2', articleIds: ['x'] },
        { action: 'merge', from: 'person:a', into: 'person:c', name: 'C' },
        { action: 'setType', from: 'person:a2', into: 'org:a2', name: 'A2', type: 'Organization' },
      ],
      [['person:c', 'org:a2']],
    ],
    [
      'an editor merging the two again: no longer apart',
      [
        { action: 'split', from: 'person:a', into: 'person:a2', name: 'A2', articleIds: ['x'] },
        { action: 'merge', from: 'person:a2', into: 'person:a', name: 'A' },
      ],
      [],
    ],
  ])('%s', (_name, changes, expected) => expect(keptApart(changes.map(rule))).toEqual(expected));
});

describe('ids and keys', () => {
  test.each<[string, string, string]>([
    ['Person', 'Jane Doe', 'person:jane-doe'],
    ['Organization', 'Rosneft Oil Co.', 'org:rosneft-oil-co'],
    ['Person', 'José Álvarez', 'person:jose-alvarez'],
  ])('newEntityId(%s, %s) = %s', (type, name, expected) => {
    expect(newEntityId(type as 'Person', name)).toBe(expected);
  });

  test('a name with no letters makes no id', () => {
    expect(() => newEntityId('Person', '…')).toThrow(/no letters/);
  });

  test.each<[string, string, boolean]>([
    ['We will talk.', 'We  will\ntalk.', true],
    ['We will talk.', ' We will talk. ', true],
    ['We will talk.', 'We will talk!', false],
  ])('textKey(%j) = textKey(%j): %s', (a, b, same) => {
    expect(textKey(a) === textKey(b)).toBe(same);
  });
});

describe('curation file', () => {
  const rules = [rule({ action: 'merge', from: 'person:tillerson', into: 'person:rex-tillerson', name: 'Rex Tillerson' }), rule({ action: 'retractQuote', articleId: 'a-1', quoteKey: 'abc' })];

  test('formats and parses back to the same rules', () => {
    expect(parseCurationFile(formatCurationFile(rules), 'c.yaml')).toEqual(rules);
  });

  test.each<[string, string, RegExp]>([
    ['not YAML', 'rules: [', /c\.yaml: not YAML/],
    ['wrong version', 'version: 2\nrules: []\n', /c\.yaml: not a curation file[\s\S]*version/],
    ['unknown action', 'version: 1\nrules:\n  - {id: r1, seq: 1, createdAt: x, actor: a, reason: r, change: {action: explode}}\n', /c\.yaml: not a curation file[\s\S]*rules\.0\.change\.action/],
    ['a rule twice', `version: 1\nrules:\n${['r1', 'r1'].map((id) => `  - {id: ${id}, seq: 1, createdAt: x, actor: a, reason: r, change: {action: rename, id: country:RU, name: R}}`).join('\n')}\n`, /rule r1 appears twice/],
  ])('%s: a clear error naming the file', (_name, text, message) => {
    expect(() => parseCurationFile(text, 'c.yaml')).toThrow(CurationFileError);
    expect(() => parseCurationFile(text, 'c.yaml')).toThrow(message);
  });
});
