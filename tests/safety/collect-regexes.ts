// Every regular expression of src/: the literals in its source (read with the TypeScript parser) and the patterns
// composed at run time (`new RegExp(…)` from named fragments), recorded while src/ is imported and an article extracted.
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FoundRegex {
  source: string;
  flags: string;
  /** Where it comes from: `src/…/file.ts:line` for a literal, `built at run time` for a composed one. */
  where: string;
}

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

export function regexLiterals(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of tsFiles(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.relative(path.dirname(SRC), file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Whether the code calling the RegExp constructor is ours (src/), not a dependency's (chrono-node builds its own). */
function builtInSrc(): boolean {
  const caller = (new Error().stack ?? '').split('\n').slice(1).find((line) => !line.includes('collect-regexes'));
  return !!caller && caller.includes(SRC) && !caller.includes('node_modules');
}

/** Imports `load` with the RegExp constructor wrapped, so every pattern built by `new RegExp` is recorded. */
export async function composedRegexes(load: () => Promise<void>): Promise<FoundRegex[]> {
  const seen: FoundRegex[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      if (builtInSrc()) seen.push({ source: re.source, flags: re.flags, where: 'built at run time' });
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const re = target(...args);
      if (builtInSrc()) seen.push({ source: re.source, flags: re.flags, where: 'built at run time' });
      return re;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** One entry per distinct source and flags; a literal's place wins over "built at run time". */
export function distinct(found: FoundRegex[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>();
  for (const r of found) {
    const key = `/${r.source}/${r.flags.replace(/[gy]/g, '')}`;
    if (!byKey.has(key) || byKey.get(key)!.where === 'built at run time') byKey.set(key, r);
  }
  return [...byKey.values()];
}
