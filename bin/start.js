// `npm start`: the compiled src/main.ts, or the source when the build is stale (see launch.js).
import { launch } from './launch.js';

await launch('main');
