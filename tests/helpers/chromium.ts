// The Chromium the browser tests drive (Debian's `chromium` package; no Playwright browser download): CHROMIUM_PATH, else
// the usual install paths, else none (the tests then say they are skipped).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM: string | null = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p)) ?? null;
export const SKIP_CHROMIUM = 'skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH; .ci/run installs it)';

/** Headless flags: software WebGL for sigma.js (SwiftShader), no sandbox when running as root in a container. */
export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
