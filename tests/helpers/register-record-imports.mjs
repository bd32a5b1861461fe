// `node --import` entry that installs tests/helpers/record-imports.mjs (after tsx, so it sees the .ts files tsx loads).
import { register } from 'node:module';

register('./record-imports.mjs', import.meta.url);
