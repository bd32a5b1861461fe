import { splitSentences } from '../src/extract/segment.js';
import { findMentions } from '../src/extract/mentions.js';
import { buildEntities } from '../src/extract/entities.js';
const body = process.argv[2];
const s = splitSentences(body); const { linked } = buildEntities(findMentions(body, s));
for (const m of linked) console.log(m.start, m.end, JSON.stringify(m.text), m.type, m.via ?? '', m.entityId, m.role ?? '', m.titleStart ?? '');
