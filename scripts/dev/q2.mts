import { extractArticle } from '../../src/extract/pipeline.ts';
const body = process.argv[2];
const r = extractArticle({ id: 'x', url: null, title: '', publishedAt: '2017-04-12', source: null, body });
for (const q of r.quotes) console.log(q.direct ? 'D' : 'R', q.speakerId, '|', q.cue, '|', q.text);
