// The Chromium the browser tests drive (Debian's `chromium` package; no Playwright browser download): CHROMIUM_PATH, else
// the usual install paths, else none (the tests then say they are skipped).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM: string | null = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p)) ?? null;
export const SKIP_CHROMIUM = 'skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH; .ci/run installs it)';

/** Headless flags: software WebGL for sigma.js (SwiftShader), no sandbox when running as root in a container. */
export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];

/** The explorer is drawn for the route now in the address bar (the previous view's `ready` does not count). */
export const explorerReady = (page: Page) => page.waitForFunction(() => document.body.dataset.state === 'ready' && document.body.dataset.route === location.hash);

const AXE_SOURCE = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core findings on the page as it is now (the context needs `bypassCSP`: axe is injected inline). */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await AXE_SOURCE() });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
