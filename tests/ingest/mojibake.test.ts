// UTF-8 read once as Windows-1252 or Latin-1 (ingest/mojibake.ts) is repaired at ingest, before offsets are taken;
// real accented words and typographic punctuation stay as written.
import { describe, expect, test } from 'vitest';
import { repairMojibake } from '../../src/ingest/mojibake.js';
import { normaliseArticle } from '../../src/ingest/normalise.js';
import { extract } from '../extract/helpers.js';

describe('repairMojibake', () => {
  test.each<[string, string]>([
    // the Windows-1252 reading
    ['Trumpâ€™s decision', 'Trump’s decision'],
    ['read â€” "Israel must"', 'read — "Israel must"'],
    ['â€œHelloâ€\u009d', '“Hello”'],
    // the Latin-1 reading, C1 controls and all
    ['President Trumpâ\u0080\u0099s decision', 'President Trump’s decision'],
    ['administration,â\u0080\u009d Keane told', 'administration,” Keane told'],
    ['Juan SantamarÃ\u00ada International Airport', 'Juan Santamaría International Airport'],
    ['Ã©lysÃ©e', 'élysée'],
    // stays: real accents, a real letter before real punctuation, a run too short to be one character's bytes
    ['the coup de grâce for', 'the coup de grâce for'],
    ['the Cinelândia plaza', 'the Cinelândia plaza'],
    ['São Paulo', 'São Paulo'],
    ['the café’s menu', 'the café’s menu'],
    ['voilà…', 'voilà…'],
    ['«café»', '«café»'],
  ])('%j', (text, expected) => expect(repairMojibake(text)).toBe(expected));
});

describe('ingest stores the repaired body, so offsets are into it', () => {
  test('the body and a name read from it', () => {
    const r = normaliseArticle({ url: 'https://example.com/a', title: 'Trumpâ€™s ban', body: 'The Pentagon was surprised by President Trumpâ\u0080\u0099s decision.' });
    expect(r.ok && r.article.body).toBe('The Pentagon was surprised by President Trump’s decision.');
    expect(r.ok && r.article.title).toBe('Trump’s ban');
    const body = r.ok ? r.article.body : '';
    const trump = extract(body).entities.find((e) => e.type === 'Person');
    expect(trump?.name).toBe('Trump');
    for (const m of trump?.mentions ?? []) expect(body.slice(m.start, m.end)).toMatch(/Trump$/);
  });
});
