// Export filters as the CLI and the HTTP API give them: defaults, normalisation, and a clear error for each bad value.
import { describe, expect, test } from 'vitest';
import { ExportFilterError, parseExportFilter, type RawExportFilter } from '../../src/export/filter.js';

const MAX_HOPS = 4;

describe('accepted filters', () => {
  test('nothing given: the whole graph, every type, at least one article', () => {
    expect(parseExportFilter({}, MAX_HOPS)).toEqual({
      entity: null,
      hops: 1,
      entityTypes: ['Person', 'Country', 'Organization', 'Place', 'Event'],
      relationTypes: ['MET_WITH', 'ALLIED_WITH', 'PARTICIPATED_IN', 'IN_COUNTRY'],
      from: null,
      to: null,
      outlet: null,
      minArticles: 1,
    });
  });

  test.each<[RawExportFilter, Record<string, unknown>]>([
    [{ entity: ' Vladimir Putin ' }, { entity: 'Vladimir Putin', hops: 1 }],
    [{ entity: 'person:rex-tillerson', hops: '0' }, { hops: 0 }],
    [{ entity: 'Russia', hops: '4' }, { hops: 4 }],
    [{ entityTypes: 'person, country' }, { entityTypes: ['Person', 'Country'] }],
    [{ entityTypes: 'Person,Person' }, { entityTypes: ['Person'] }],
    [{ relationTypes: 'met_with' }, { relationTypes: ['MET_WITH'] }],
    [{ from: '2017-01-01', to: '2017-12-31' }, { from: '2017-01-01', to: '2017-12-31' }],
    [{ from: '2016-02-29' }, { from: '2016-02-29' }],
    [{ outlet: 'Reuters' }, { outlet: 'Reuters' }],
    [{ minArticles: '3' }, { minArticles: 3 }],
  ])('%j', (raw, expected) => {
    expect(parseExportFilter(raw, MAX_HOPS)).toMatchObject(expected);
  });
});

describe('rejected filters name the setting', () => {
  test.each<[RawExportFilter, RegExp]>([
    [{ hops: '2' }, /hops needs an entity/],
    [{ entity: 'Russia', hops: '5' }, /hops must be from 0 to 4, not 5/],
    [{ entity: 'Russia', hops: '-1' }, /hops must be a whole number/],
    [{ entity: 'Russia', hops: '1.5' }, /hops must be a whole number/],
    [{ entity: 'Russia', hops: 'two' }, /hops must be a whole number/],
    [{ entity: '   ' }, /entity is empty/],
    [{ entity: 'x'.repeat(201) }, /entity is longer than 200/],
    [{ entityTypes: 'Person,Planet' }, /unknown entity types 'Planet' \(one of Person, Country, Organization, Place, Event\)/],
    [{ entityTypes: ',' }, /entity types is empty/],
    [{ relationTypes: 'HATES' }, /unknown relation types 'HATES'/],
    [{ from: '2017-02-30' }, /from must be a date as YYYY-MM-DD, not '2017-02-30'/],
    [{ to: '12/04/2017' }, /to must be a date as YYYY-MM-DD/],
    [{ from: '2018-01-01', to: '2017-01-01' }, /from \(2018-01-01\) is after to \(2017-01-01\)/],
    [{ minArticles: '0' }, /min articles must be from 1/],
    [{ minArticles: '1e3' }, /min articles must be a whole number/],
  ])('%j', (raw, message) => {
    expect(() => parseExportFilter(raw, MAX_HOPS)).toThrow(ExportFilterError);
    expect(() => parseExportFilter(raw, MAX_HOPS)).toThrow(message);
  });
});
