// A process that watches its parent as bin/launch.js does (exitWithParent) and otherwise idles until killed; prints
// "watching" once the watch is in place. For tests/launch.test.ts.
import { exitWithParent } from '../../bin/launch.js';

exitWithParent();
setInterval(() => undefined, 60_000);
process.stdout.write('watching\n');
