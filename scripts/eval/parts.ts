// The parts of `npm run eval` that need no database, in the order they print; shared by the eval and its floor gate.
import { extractArticle } from '../../src/extract/pipeline.js';
import { evalSeed } from './seed.js';
import { evalConll } from './conll.js';
import { evalPolnear } from './polnear.js';
import { evalMeet } from './meet.js';
import { evalRelations } from './relations.js';
import type { EvalPart, Extractor, Target } from './types.js';

export const PART_NAMES = ['seed', 'conll', 'polnear', 'meet', 'relations'] as const;
export type PartName = (typeof PART_NAMES)[number];

const RUNNERS: Record<PartName, (extract: Extractor) => EvalPart[] | Promise<EvalPart[]>> = {
  seed: evalSeed,
  conll: evalConll,
  polnear: evalPolnear,
  meet: evalMeet,
  relations: evalRelations,
};

/** Scores the wanted parts (all by default) with the real extractor. */
export async function runEvalParts(wanted: (part: PartName) => boolean = () => true, extract: Extractor = extractArticle): Promise<EvalPart[]> {
  const parts: EvalPart[] = [];
  for (const name of PART_NAMES) if (wanted(name)) parts.push(...(await RUNNERS[name](extract)));
  return parts;
}

/** Whether a target holds, and how it reads ("precision ≥ 0.85"). */
export function checkTarget(p: EvalPart, t: Target): { ok: boolean; text: string } {
  const value = t.metric === 'value' ? (p.value ?? 0) : p[t.metric];
  const ok = (t.min === undefined || value >= t.min) && (t.max === undefined || value <= t.max);
  const name = t.metric === 'value' ? '' : `${t.metric} `;
  return { ok, text: `${name}${t.min !== undefined ? `≥ ${t.min}` : `≤ ${t.max}`}` };
}

