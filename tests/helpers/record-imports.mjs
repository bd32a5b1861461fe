// Module hooks (node:module register) that write each file URL the process loads to stderr, one per line as
// "loaded <url>": lets a test see which of the project's modules an import really evaluates.
import { writeSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  // Synchronous write: the hooks run on their own thread, whose console output could be lost at exit.
  if (url.startsWith('file:')) writeSync(2, `loaded ${url}\n`);
  return nextLoad(url, context);
}
