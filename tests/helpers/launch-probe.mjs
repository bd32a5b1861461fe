// Stand-in for bin/newsgraph.js in tests/launch.test.ts: the launcher's relaunch rule, then this process's V8 flags
// (JSON) and PROBE_EXIT as its exit code instead of a command.
import { relaunchForExtraction } from '../../bin/launch.js';

if (!relaunchForExtraction()) {
  console.log(JSON.stringify(process.execArgv));
  process.exitCode = Number(process.env.PROBE_EXIT ?? 0);
}
