import { splitSentences } from '../../src/extract/segment.ts';
import { findMentions } from '../../src/extract/mentions.ts';
const body = process.argv[2];
const s = splitSentences(body);
console.log(findMentions(body, s).map(m => `${m.type}:${m.text}:${m.key}`));
