// The explorer's hash routes: every view's URL parses back to the same view (shareable, reloadable); junk goes home.
import { describe, expect, test } from 'vitest';
import { betweenHref, entityHref, parseRoute, pathHref, searchHref } from '../../src/explore/router.js';

describe('parseRoute', () => {
  test.each([
    ['', { view: 'home' }],
    ['#/', { view: 'home' }],
    ['#/nowhere/x', { view: 'home' }],
    ['#/entity', { view: 'home' }],
    ['#/between/a', { view: 'home' }],
    ['#/path//b', { view: 'home' }],
    ['#/search?q=Tillers', { view: 'search', q: 'Tillers' }],
    ['#/search', { view: 'search', q: '' }],
    ['#/between/Rex%20Tillerson/Russia', { view: 'between', a: 'Rex Tillerson', b: 'Russia' }],
    ['#/path/a/b', { view: 'path', a: 'a', b: 'b', hops: 3 }],
    ['#/path/a/b?hops=2', { view: 'path', a: 'a', b: 'b', hops: 2 }],
    ['#/path/a/b?hops=-1', { view: 'path', a: 'a', b: 'b', hops: 3 }],
    ['#/path/a/b?hops=x', { view: 'path', a: 'a', b: 'b', hops: 3 }],
  ])('%s', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });

  test('an entity route keeps its id and its filters', () => {
    const r = parseRoute('#/entity/person%3Arex-tillerson?outlet=Daily%20Sample&hops=2');
    expect(r.view === 'entity' && [r.id, r.params.get('outlet'), r.params.get('hops')]).toEqual(['person:rex-tillerson', 'Daily Sample', '2']);
  });
});

describe('links round-trip through parseRoute', () => {
  test.each([
    [searchHref('Putin & "Russia"?'), { view: 'search', q: 'Putin & "Russia"?' }],
    [betweenHref('a/b', 'c?d'), { view: 'between', a: 'a/b', b: 'c?d' }],
    [pathHref('x#y', 'z', 4), { view: 'path', a: 'x#y', b: 'z', hops: 4 }],
  ])('%s', (href, expected) => {
    expect(parseRoute(href)).toEqual(expected);
  });

  test('entity', () => {
    const r = parseRoute(entityHref('event:press_conference-f43c', new URLSearchParams({ direct: 'reported' })));
    expect(r.view === 'entity' && [r.id, r.params.get('direct')]).toEqual(['event:press_conference-f43c', 'reported']);
  });
});
