// The curation file (YAML): the editors' rules, moved between databases by `newsgraph curate export` / `curate apply`.
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { CurationRuleSchema, type CurationRule } from './curation.js';

const FileSchema = z.object({
  version: z.literal(1),
  rules: z.array(CurationRuleSchema),
});

export class CurationFileError extends Error {
  override name = 'CurationFileError';
}

/** The rules of a curation file; a clear error naming the file and what is wrong otherwise. */
export function parseCurationFile(text: string, file: string): CurationRule[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new CurationFileError(`${file}: not YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = FileSchema.safeParse(doc);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new CurationFileError(`${file}: not a curation file (version: 1, rules: [...])\n${lines.join('\n')}`);
  }
  const ids = new Set<string>();
  for (const r of parsed.data.rules) {
    if (ids.has(r.id)) throw new CurationFileError(`${file}: rule ${r.id} appears twice`);
    ids.add(r.id);
  }
  return parsed.data.rules;
}

export function formatCurationFile(rules: CurationRule[]): string {
  return `# newsgraph curation rules: apply with \`newsgraph curate apply <file>\` (before or after a load)\n${stringify({ version: 1, rules }, { lineWidth: 0 })}`;
}
