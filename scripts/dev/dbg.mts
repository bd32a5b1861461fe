import { runExtract } from '../../src/extract/run.ts';
import { Writable } from 'node:stream';
let buf=''; const w = new Writable({ write(c,_e,cb){ buf+=c; cb(); } });
await runExtract(['/work/main/seeds'], w, process.stderr);
const r = JSON.parse(buf);
for (const e of r.entities) console.log(e.type, e.id, '|', e.name, '|', e.aliases.join('; '), e.role ?? '', e.kind ?? '', e.date ?? '', e.locationId ?? '', (e.participantIds??[]).join(','));
for (const q of r.quotes) console.log(q.direct ? 'D' : 'R', q.speakerId, '|', q.cue, '|', q.text.slice(0, 100));
for (const x of r.relations) console.log(x.type, x.sourceId, x.targetId, '|', x.evidence.text.slice(0, 80));
