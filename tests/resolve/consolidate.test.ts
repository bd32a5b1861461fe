// Cross-article identity decisions: tables of entities (with their articles) and the merges expected, the
// must-not-merge cases beside the merges.
import { describe, expect, test } from 'vitest';
import { addressOf, bearerOf, decideMerges, familyFirstWords, looksFamilyFirst, relatedEntities, nameTokens, orgVariantKey, personVariantKey, titlesOf, variantKey, withoutKeptApart, type Address, type EntitySummary, type MergeDecision } from '../../src/resolve/consolidate.js';

type Art = [articleId: string, aliases: string[], count?: number, source?: string, date?: string];
const person = (id: string, name: string, ...articles: Art[]): EntitySummary => ({
  id,
  type: 'Person',
  name,
  articles: articles.map(([articleId, aliases, count = 1, source = 'Outlet', date = '2017-01-01']) => ({ articleId, aliases, count, source, publishedAt: date })),
});
const org = (id: string, name: string, ...articles: Art[]): EntitySummary => ({ ...person(id, name, ...articles), type: 'Organization' });
/** n articles of background mentions, so a bearer is (or is not) dominant in the corpus. */
const many = (prefix: string, n: number, aliases: string[] = [], source = 'Elsewhere'): Art[] =>
  Array.from({ length: n }, (_, i) => [`${prefix}${i}`, aliases, 1, source, '2016-01-01'] as Art);

/** The decisions as "from → into (rule) [articles]", sorted. */
const merges = (es: EntitySummary[]) => decideMerges(es).map((d) => `${d.from} → ${d.into} (${d.rule}) [${d.articles.join(',')}]`);

describe('name folding', () => {
  test.each<[string, string]>([
    ['Sergei Lavrov', 'sergey lavrov'],
    ['Sergey Lavrov', 'sergey lavrov'],
    ['Kim Jong-un', 'kim jong un'],
    ['Kim Jong Un', 'kim jong un'],
    ['Kim Jung Un', 'kim jong un'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Recep Tayyik Erdogan', 'recep tayyip erdogan'],
    ['Bashar al-Assad', 'bashar assad'],
    ['Hizballah', 'hezbollah'],
    ['Mohamed Morsy', 'mohammed morsi'],
    ['George W. Bush', 'george w bush'],
    ['George H. W. Bush', 'george h w bush'],
    ['George H.W. Bush', 'george h w bush'],
  ])('%s → %s', (name, key) => expect(variantKey(name)).toBe(key));

  test.each<[string, string]>([
    ['Senators John McCain', 'john mccain'],
    ['Chief Justice John Roberts', 'john roberts'],
    ['King Salman', 'king salman'], // one name word left: the title stays
    ['John McCain', 'john mccain'],
    ['Qassim Suleimani', 'qasem soleimani'],
    ['Qassem Soleimani', 'qasem soleimani'],
  ])('person key %s → %s', (name, key) => expect(personVariantKey(name)).toBe(key));

  test.each<[string, string]>([
    ['Department of Defense', 'defense department'],
    ['Defense Department', 'defense department'],
    ['Department of Homeland Security', 'homeland security department'],
    ['Ministry of Foreign Affairs', 'foreign affairs ministry'],
    ['Department of Defense Institute', 'department of defense institute'], // another body
    ['University of Georgia', 'university of georgia'],
    // A "the" after a joining word inside a name is no part of what tells bodies apart; a leading or closing one stays read.
    ['Foundation for the Defense of Democracies', 'foundation for defense of democracies'],
    ['Organization of the Petroleum Exporting Countries', 'organization of petroleum exporting countries'],
    ['Party of the Regions', 'party of regions'],
    ['Department of the Treasury', 'treasury department'],
    ['The Church of England', 'church of england'],
    // "regime" after a name is that government ("the Assad regime", "the Kim regime"); alone it stays.
    ['Assad regime', 'assad government'],
    ['al-Assad regime', 'assad government'],
    ['Maduro government', 'maduro government'],
    ['Regime', 'regime'],
    ['Trump administration', 'trump administration'], // (an administration is left to the holder rule)
  ])('organisation key %s → %s', (name, key) => expect(orgVariantKey(name)).toBe(key));

  test('tokens keep initials apart', () => expect(nameTokens('George H. W. Bush')).toEqual(['george', 'h', 'w', 'bush']));
  test.each<[string, string[]]>([
    ["Kim's", ['kim']],
    ['Kim’s', ['kim']],
    ['@NATO', ['nato']], // a handle's marker (the corpus audit's split "Nato" node was named "@NATO")
    ['--Trump', ['trump']],
    ['Trump!', ['trump']],
    ["Beto O'Rourke", ['beto', 'orourke']], // an apostrophe inside the name stays part of it
  ])('possessive %s → %s', (name, tokens) => expect(nameTokens(name)).toEqual(tokens));
});

describe('how a one-word name is written', () => {
  test.each<[string, string[], Address]>([
    ['Trump', ['Trump'], { gender: null, title: null, names: null }],
    ['Trump', ['Trump', 'Mr. Trump'], { gender: 'm', title: null, names: 'family' }],
    ['Trump', ['Mrs. Trump'], { gender: 'f', title: null, names: 'family' }],
    ['Trump', ['Ms. Trump'], { gender: 'f', title: null, names: 'family' }],
    ['Trump', ['President Trump'], { gender: null, title: 'president', names: 'family' }], // a title tells no gender
    ['Kim', ['Sir Kim'], { gender: 'm', title: null, names: 'given' }], // "Sir" takes a given name
    ['Judi', ['Dame Judi'], { gender: 'f', title: null, names: 'given' }],
    ['Fidel', ['Fidel'], { gender: null, title: null, names: null }], // a bare word may be a given name
    ['Kim', ['Mr. Kim', 'Ms. Kim'], { gender: 'f', title: null, names: 'family', mixed: true }], // two people
  ])('%s as %j', (word, aliases, expected) => expect(addressOf(word, aliases)).toEqual(expected));

  test.each<[string, string[], ReturnType<typeof bearerOf>]>([
    ['Donald Trump', ['President Trump', 'Mr. Trump'], { family: 'trump', given: 'donald', gender: 'm', familyFirst: false }],
    // family name first, shown by how articles address the person; "Kim" alone would read as a woman's given name
    ['Kim Jong Un', ['Kim Jong Un', 'Mr. Kim', 'Chairman Kim'], { family: 'kim', given: 'jong', gender: 'm', familyFirst: true }],
    ['Kim Yo Jong', ['Ms. Kim'], { family: 'kim', given: 'yo', gender: 'f', familyFirst: true }],
    ['Xi Jinping', ['President Xi'], { family: 'xi', given: 'jinping', gender: null, familyFirst: true }],
    // "Sir Kim" addresses the given name: Kim Darroch stays family-name-last
    ['Kim Darroch', ['Sir Kim', 'Sir Kim Darroch', 'Mr. Darroch'], { family: 'darroch', given: 'kim', gender: 'm', familyFirst: false }],
    ['Shinzo Abe', ['Mr Abe', 'Prime Minister Shinzo Abe'], { family: 'abe', given: 'shinzo', gender: 'm', familyFirst: false }],
    // no address at all: the last word and the given-name lexicon
    ['Melania Trump', ['Melania Trump'], { family: 'trump', given: 'melania', gender: 'f', familyFirst: false }],
    // a stray "Mr." among many "Mrs." does not change a gender
    ['Melania Trump', ['Mrs. Trump', 'Mrs. Trump', 'Mrs. Trump', 'Mr. Trump'], { family: 'trump', given: 'melania', gender: 'f', familyFirst: false }],
  ])('bearer %s addressed as %j', (name, aliases, expected) => expect(bearerOf(name, aliases)).toEqual(expected));

  test.each<[string, string[], boolean]>([
    // no address of its own: the corpus's use of the first word decides
    ['Kim Hye Jin', ['Kim Hye Jin'], true],
    ['Kim Dozier', ['Kim Dozier'], true],
    ['Xi Jinping', [], true],
    ['Kim Darroch', ['Mr. Darroch'], false], // its own address wins
  ])('with family-name-first words {kim, xi}: %s family first = %s', (name, aliases, expected) =>
    expect(bearerOf(name, aliases, new Set(['kim', 'xi'])).familyFirst).toBe(expected));

  test('family-name-first words are those the corpus mostly addresses by the first word', () => {
    const people = [
      { name: 'Kim Jong Un', aliases: ['Mr. Kim', 'Chairman Kim'] },
      { name: 'Kim Yong Chol', aliases: ['Mr. Kim'] },
      { name: 'Kim Darroch', aliases: ['Mr. Darroch'] },
      { name: 'Xi Jinping', aliases: ['President Xi'] },
      { name: 'Donald Trump', aliases: ['President Trump', 'Mr. Trump'] },
      { name: 'Shinzo Abe', aliases: ['Mr. Abe'] },
    ];
    expect([...familyFirstWords(people)].sort()).toEqual(['kim', 'xi']);
  });

  test.each<[string, { name: string; aliases: string[] }[], string[]]>([
    // A one-word node addressed as a family name, its word the first of a full name and the last of none.
    ['"President Xi"/"Mr. Xi" on a one-word node make Xi family-first', [{ name: 'Xi Jinping', aliases: ['Xi Jinping'] }, { name: 'Xi', aliases: ['President Xi', 'Mr. Xi', 'Mr. Xi', 'Xi'] }], ['xi']],
    ['must not: fewer than three addressed forms', [{ name: 'Xi Jinping', aliases: [] }, { name: 'Xi', aliases: ['President Xi', 'Xi'] }], []],
    ['must not: the word also ends a full name (Andrew Kim)', [{ name: 'Kim Jong Un', aliases: [] }, { name: 'Andrew Kim', aliases: [] }, { name: 'Kim', aliases: ['Mr. Kim', 'Mr. Kim', 'Mr. Kim'] }], []],
    ['must not: "Sir Kim" addresses a given name', [{ name: 'Kim Darroch', aliases: [] }, { name: 'Kim', aliases: ['Sir Kim', 'Sir Kim', 'Sir Kim'] }], []],
    ['must not: no full name begins with the word', [{ name: 'Donald Trump', aliases: [] }, { name: 'Trump', aliases: ['Mr. Trump', 'Mr. Trump', 'Mr. Trump'] }], []],
  ])('family-name-first words from one-word nodes: %s', (_, people, expected) => {
    expect([...familyFirstWords(people)].sort()).toEqual(expected);
  });

  test.each<[string, string[], string[]]>([
    ['Donald Trump', ['Donald Trump', 'President Donald Trump', 'President Trump', 'Mr. Trump'], ['president']],
    ['Melania Trump', ['First Lady Melania Trump'], ['first lady']],
    ['Rex Tillerson', ['Rex Tillerson'], []],
    // The node's name can be a shouted variant of the aliases' spelling; the title is still read.
    ['Donald TRUMP', ['President Donald Trump', 'President Trump'], ['president']],
    ['Ivanka Trump', ['Ivanka TRUMP', 'Advisor Ivanka Trump'], ['advisor']],
  ])('titles of %s', (name, aliases, expected) => expect(titlesOf(name, aliases)).toEqual(expected));
});

describe('decideMerges', () => {
  test.each<[string, EntitySummary[], string[]]>([
    // ---- spelling and transliteration variants: whole nodes ----
    [
      'Sergei and Sergey Lavrov are one person (into the one more mentioned)',
      [person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', ['Sergey Lavrov'], 3]), person('person:sergei-lavrov', 'Sergei Lavrov', ['a2', ['Sergei Lavrov']])],
      ['person:sergei-lavrov → person:sergey-lavrov (variant) [a2]'],
    ],
    [
      'Kim Jong-un and Kim Jong Un',
      [person('person:kim-jong-un', 'Kim Jong Un', ['a1', ['Kim Jong Un'], 2]), person('person:kim-jong-un-2', 'Kim Jong-un', ['a2', ['Kim Jong-un']])],
      ['person:kim-jong-un-2 → person:kim-jong-un (variant) [a2]'],
    ],
    [
      'Erdoğan and Erdogan',
      [person('person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', ['a1', []], ['a3', []]), person('person:recep-tayyip-erdogan-2', 'Recep Tayyip Erdogan', ['a2', []])],
      ['person:recep-tayyip-erdogan-2 → person:recep-tayyip-erdogan (variant) [a2]'],
    ],
    [
      'one-word "President Xi" / "Mr. Xi" go to Xi Jinping, whose own articles never address him so (corpus-dominant)',
      [person('person:xi-jinping', 'Xi Jinping', ...many('x', 12, ['Xi Jinping', 'President Xi Jinping'])), person('person:xi', 'Xi', ['b1', ['President Xi']], ['b2', ['Mr. Xi', 'Xi']], ['b3', ['Mr. Xi']])],
      ['person:xi → person:xi-jinping (corpus-dominant) [b1,b2,b3]'],
    ],
    [
      'catalogue order: "Trump Donald John" is Donald Trump',
      [person('person:donald-trump', 'Donald Trump', ['a1', [], 5]), person('person:trump-donald-john', 'Trump Donald John', ['a2', ['Trump Donald John']])],
      ['person:trump-donald-john → person:donald-trump (variant) [a2]'],
    ],
    [
      'must not merge: "John Paul Jones" is no catalogue order of John Paul (its first word is a given name)',
      [person('person:john-paul', 'John Paul', ['a1', [], 5]), person('person:john-paul-jones', 'John Paul Jones', ['a2', []])],
      [],
    ],
    [
      'must not merge: "Kim Jong Un" beside a "Jong Kim"',
      [person('person:jong-kim', 'Jong Kim', ['a1', [], 5]), person('person:kim-jong-un', 'Kim Jong Un', ['a2', []])],
      [],
    ],
    [
      'must not merge: cut names "George W." and "George H.W." (a name ending in initials has no family name, so no middle "H")',
      [person('person:george-w', 'George W.', ['a1', ['George W. Bush']]), person('person:george-hw', 'George H.W.', ['a2', ['George H.W. Bush']])],
      [],
    ],
    [
      '"candidate Trump" is told by the family name only (a candidacy is no office the bearer must hold): the one Trump the article names',
      [person('person:donald-trump', 'Donald Trump', ['a1', ['President Donald Trump']], ...many('t', 20, ['President Donald Trump'])), person('person:eric-trump', 'Eric Trump', ['e1', []]), person('person:trump', 'Trump', ['a1', ['candidate Trump']])],
      ['person:trump → person:donald-trump (same-article) [a1]'],
    ],
    [
      'must not move: "candidate Clinton" with both Clintons in the article and no other title (neither is told apart)',
      [person('person:bill-clinton', 'Bill Clinton', ['a1', []], ...many('b', 20)), person('person:hillary-clinton', 'Hillary Clinton', ['a1', []], ...many('h', 20)), person('person:clinton', 'Clinton', ['a1', ['candidate Clinton']])],
      [],
    ],
    [
      'must not merge: George W. Bush and George H. W. Bush (generational names)',
      [person('person:george-w-bush', 'George W. Bush', ['a1', []]), person('person:george-h-w-bush', 'George H. W. Bush', ['a2', []])],
      [],
    ],
    [
      'must not merge: family members with full names (Donald, Melania, Ivanka Trump)',
      [person('person:donald-trump', 'Donald Trump', ['a1', []]), person('person:melania-trump', 'Melania Trump', ['a1', []]), person('person:ivanka-trump', 'Ivanka Trump', ['a2', []])],
      [],
    ],
    [
      'must not merge: a person and an organisation of one name (not a known body)',
      [person('person:carter', 'Carter', ['a1', []]), org('org:carter', 'Carter', ['a2', []])],
      [],
    ],
    // ---- middle names ----
    [
      'a middle initial: Donald J Trump is Donald Trump (the one middle the corpus gives Donald+Trump)',
      [person('person:donald-trump', 'Donald Trump', ['a1', [], 9]), person('person:donald-j-trump', 'Donald J Trump', ['a2', []], ['a3', []])],
      ['person:donald-j-trump → person:donald-trump (middle-name) [a2,a3]'],
    ],
    [
      'a middle name: Hillary Rodham Clinton is Hillary Clinton; John F. Kerry is John Kerry',
      [
        person('person:hillary-clinton', 'Hillary Clinton', ['a1', [], 3]),
        person('person:hillary-rodham-clinton', 'Hillary Rodham Clinton', ['a2', []]),
        person('person:john-kerry', 'John Kerry', ['a1', [], 3]),
        person('person:john-f-kerry', 'John F. Kerry', ['a3', []]),
      ],
      ['person:hillary-rodham-clinton → person:hillary-clinton (middle-name) [a2]', 'person:john-f-kerry → person:john-kerry (middle-name) [a3]'],
    ],
    [
      'variants of the middle-named node follow it: Donald J. Trump and Donald J Trump both land on Donald Trump',
      [person('person:donald-trump', 'Donald Trump', ['a1', [], 9]), person('person:donald-j-trump', 'Donald J Trump', ['a2', []], ['a3', []]), person('person:donald-j-trump-2', 'Donald J. Trump', ['a4', []])],
      ['person:donald-j-trump → person:donald-trump (middle-name) [a2,a3]', 'person:donald-j-trump-2 → person:donald-trump (variant) [a4]'],
    ],
    [
      'the pair gathers into its most-mentioned node: Recep Erdogan joins Recep Tayyip Erdogan',
      [person('person:recep-erdogan', 'Recep Erdogan', ['a1', []]), person('person:recep-tayyip-erdogan', 'Recep Tayyip Erdogan', ['a2', [], 9])],
      ['person:recep-erdogan → person:recep-tayyip-erdogan (middle-name) [a1]'],
    ],
    [
      'a repeated word is no second middle: Donald Trump Trump does not keep Donald J Trump from Donald Trump',
      [person('person:donald-trump', 'Donald Trump', ['a1', [], 9]), person('person:donald-j-trump', 'Donald J Trump', ['a2', []]), person('person:donald-trump-trump', 'Donald Trump Trump', ['a3', []])],
      ['person:donald-j-trump → person:donald-trump (middle-name) [a2]'],
    ],
    [
      'a stray second middle (1 mention beside 20) does not block the dominant one, and stays apart itself',
      [
        person('person:hillary-clinton', 'Hillary Clinton', ...many('h', 80)),
        person('person:hillary-rodham-clinton', 'Hillary Rodham Clinton', ['a1', [], 20]),
        person('person:hillary-rodman-clinton', 'Hillary Rodman Clinton', ['a2', []]),
      ],
      ['person:hillary-rodham-clinton → person:hillary-clinton (middle-name) [a1]'],
    ],
    [
      'must not merge: two middles each common (George W. Bush 30, George H. W. Bush 12) with George Bush',
      [person('person:george-bush', 'George Bush', ['a1', [], 50]), person('person:george-w-bush', 'George W. Bush', ['a2', [], 30]), person('person:george-h-w-bush', 'George H. W. Bush', ['a3', [], 12])],
      [],
    ],
    [
      'must not merge: a title or stray word taken into the name, or a lower-case word inside it',
      [
        person('person:executive-lam', 'Executive Lam', ['a1', []]),
        person('person:executive-carrie-lam', 'Executive Carrie Lam', ['a2', []]),
        person('person:kim-trump', 'Kim Trump', ['a3', []]),
        person('person:kim-called-trump', 'Kim called Trump', ['a4', []]),
        person('person:senator-bob-casey', 'Senator Bob Casey', ['a5', []]),
        person('person:senator-robert-casey', 'Senator Robert Casey', ['a6', []]),
      ],
      [],
    ],
    [
      'must not merge: George W. and George H. W. Bush (two middles for George+Bush) with each other or with George Bush',
      [person('person:george-bush', 'George Bush', ['a1', []]), person('person:george-w-bush', 'George W. Bush', ['a2', []]), person('person:george-h-w-bush', 'George H. W. Bush', ['a3', []])],
      [],
    ],
    [
      'must not merge: a suffix is no middle name (Donald Trump Jr. is not Donald Trump, nor Donald J. Trump Jr.)',
      [person('person:donald-trump', 'Donald Trump', ['a1', []]), person('person:donald-trump-jr', 'Donald Trump Jr.', ['a2', []]), person('person:donald-j-trump-jr', 'Donald J. Trump, Jr.', ['a3', []])],
      [],
    ],
    [
      'must not merge: a middle-named person with no bare First Last node, or with a different surname',
      [person('person:john-f-kennedy', 'John F. Kennedy', ['a1', []]), person('person:john-kerry', 'John Kerry', ['a2', []])],
      [],
    ],
    [
      'must not merge: a family-first name has no middle name (Kim Jong, a cut Kim Jong Un, is not Kim Yo Jong; nor Kim Dae-jung)',
      [
        person('person:kim-jong', 'Kim Jong', ['a1', [], 3]),
        person('person:kim-yo-jong', 'Kim Yo Jong', ['a2', [], 9]),
        person('person:kim-dae-jung', 'Kim Dae-jung', ['a3', []]),
      ],
      [],
    ],
    [
      'must not merge: a particle belongs to the name (Mohammed bin Salman is not a "Mohammed Salman")',
      [person('person:mohammed-salman', 'Mohammed Salman', ['a1', []]), person('person:mohammed-bin-salman', 'Mohammed bin Salman', ['a2', []])],
      [],
    ],
    [
      'must not merge: a spelled-out middle name with comparable counts (John Quincy Adams 4, John Adams 6: father and son)',
      [person('person:john-adams', 'John Adams', ['a1', [], 6]), person('person:john-quincy-adams', 'John Quincy Adams', ['a2', []], ['a3', []], ['a4', []], ['a5', []])],
      [],
    ],
    [
      'a spelled-out middle name joins when one form is plainly the usual one (3 : 1)',
      [person('person:john-adams', 'John Adams', ['a1', [], 12]), person('person:john-quincy-adams', 'John Quincy Adams', ['a2', [], 4])],
      ['person:john-quincy-adams → person:john-adams (middle-name) [a2]'],
    ],
    [
      'a family name kept as a middle joins at comparable counts (Sarah Huckabee Sanders 5, Sarah Sanders 6)',
      [person('person:sarah-sanders', 'Sarah Sanders', ['a1', [], 6]), person('person:sarah-huckabee-sanders', 'Sarah Huckabee Sanders', ['a2', [], 5])],
      ['person:sarah-huckabee-sanders → person:sarah-sanders (middle-name) [a2]'],
    ],
    [
      'an initial is no spelled-out middle: Donald J Trump joins even at comparable counts',
      [person('person:donald-trump', 'Donald Trump', ['a1', [], 5]), person('person:donald-j-trump', 'Donald J Trump', ['a2', [], 4])],
      ['person:donald-j-trump → person:donald-trump (middle-name) [a2]'],
    ],
    [
      'a title word taken into the name: Senators John McCain is John McCain',
      [person('person:john-mccain', 'John McCain', ['a1', [], 9]), person('person:senators-john-mccain', 'Senators John McCain', ['a2', []])],
      ['person:senators-john-mccain → person:john-mccain (variant) [a2]'],
    ],
    [
      'must not merge: King Salman with a plain Salman (one name word is no full name)',
      [person('person:king-salman', 'King Salman', ['a1', []]), person('person:salman-rushdie', 'Salman Rushdie', ['a2', []])],
      [],
    ],
    [
      'transliterations of a given name: Qassem, Qasem and Qassim Soleimani/Suleimani',
      [
        person('person:qassem-soleimani', 'Qassem Soleimani', ['a1', [], 3]),
        person('person:qasem-soleimani', 'Qasem Soleimani', ['a2', []]),
        person('person:qassim-suleimani', 'Qassim Suleimani', ['a3', []]),
        person('person:zeinab-soleimani', 'Zeinab Soleimani', ['a4', []]),
      ],
      ['person:qasem-soleimani → person:qassem-soleimani (variant) [a2]', 'person:qassim-suleimani → person:qassem-soleimani (variant) [a3]'],
    ],
    // ---- nicknames ----
    [
      'Jim Mattis is James Mattis (into the node with more mentions)',
      [person('person:jim-mattis', 'Jim Mattis', ['a1', []]), person('person:james-mattis', 'James Mattis', ['a2', [], 3])],
      ['person:jim-mattis → person:james-mattis (nickname) [a1]'],
    ],
    [
      'Bill Barr and William Barr: the more mentioned nickname node keeps the group',
      [person('person:bill-barr', 'Bill Barr', ['a1', [], 5]), person('person:william-barr', 'William Barr', ['a2', []])],
      ['person:william-barr → person:bill-barr (nickname) [a2]'],
    ],
    [
      'two nickname forms of one formal bearer gather into one node (equal mentions: the smaller id)',
      [person('person:james-mattis', 'James Mattis', ['a1', []]), person('person:jim-mattis', 'Jim Mattis', ['a2', []]), person('person:jimmy-mattis', 'Jimmy Mattis', ['a3', []])],
      ['person:jim-mattis → person:james-mattis (nickname) [a2]', 'person:jimmy-mattis → person:james-mattis (nickname) [a3]'],
    ],
    [
      'must not merge: two formal names fit the nickname (Steve X with Steven X and Stephen X)',
      [person('person:steve-x', 'Steve Xenakis', ['a1', []]), person('person:steven-x', 'Steven Xenakis', ['a2', []]), person('person:stephen-x', 'Stephen Xenakis', ['a3', []])],
      [],
    ],
    [
      'must not merge: a nickname of several formal names with its one bearer and no common title (Steve Cohen the Rep., Stephen Cohen the historian)',
      [person('person:steve-cohen', 'Steve Cohen', ['a1', ['Steve Cohen', 'Rep. Steve Cohen']]), person('person:stephen-cohen', 'Stephen Cohen', ['a2', ['Stephen Cohen']])],
      [],
    ],
    [
      'a nickname of several formal names joins its one bearer when the corpus gives both a common title',
      [person('person:steve-mnuchin', 'Steve Mnuchin', ['a1', ['Treasury Secretary Steve Mnuchin'], 5]), person('person:steven-mnuchin', 'Steven Mnuchin', ['a2', ['Treasury Secretary Steven Mnuchin']])],
      ['person:steven-mnuchin → person:steve-mnuchin (nickname) [a2]'],
    ],
    [
      'a common title written once abbreviated is common ("Gov." is "Governor")',
      [person('person:steve-sisolak', 'Steve Sisolak', ['a1', ['Gov. Steve Sisolak'], 5]), person('person:steven-sisolak', 'Steven Sisolak', ['a2', ['Governor Steven Sisolak']])],
      ['person:steven-sisolak → person:steve-sisolak (nickname) [a2]'],
    ],
    [
      'must not merge: Sam X with both Samuel X and Samantha X',
      [person('person:sam-x', 'Sam Xu', ['a1', []]), person('person:samuel-x', 'Samuel Xu', ['a2', []]), person('person:samantha-x', 'Samantha Xu', ['a3', []])],
      [],
    ],
    [
      'must not merge: different surnames, or a formal name the nickname does not stand for',
      [person('person:jim-mattis', 'Jim Mattis', ['a1', []]), person('person:james-madison', 'James Madison', ['a2', []]), person('person:bill-clinton', 'Bill Clinton', ['a3', []]), person('person:hillary-clinton', 'Hillary Clinton', ['a4', []])],
      [],
    ],
    [
      'must not merge: a nickname with a suffix-bearing formal name (Bob Casey and Robert Casey Jr.)',
      [person('person:bob-casey', 'Bob Casey', ['a1', []]), person('person:robert-casey-jr', 'Robert Casey Jr.', ['a2', []])],
      [],
    ],
    [
      'a double family name joins the one full name ending in it, however often it is written (Pena Nieto)',
      [person('person:pena-nieto', 'Pena Nieto', ['a1', [], 9]), person('person:enrique-pena-nieto', 'Enrique Pena Nieto', ['a2', [], 2], ['a3', []])],
      ['person:pena-nieto → person:enrique-pena-nieto (middle-name) [a1]'],
    ],
    [
      'must not merge: a better attested name into a stray fuller one of a single article (Washington Cui Tiankai)',
      [person('person:cui-tiankai', 'Cui Tiankai', ['a1', [], 2], ['a2', [], 2]), person('person:washington-cui-tiankai', 'Washington Cui Tiankai', ['a3', []])],
      [],
    ],
    [
      'must not merge: a common two-word name opening with a given name, better attested than the longer one (Muhammad Ali)',
      [person('person:muhammad-ali', 'Muhammad Ali', ['a1', [], 9]), person('person:ahmed-muhammad-ali', 'Ahmed Muhammad Ali', ['a2', [], 3])],
      [],
    ],
    [
      'a nickname and the one formal bearer written with a middle initial (Chuck Schumer, Charles E. Schumer)',
      [person('person:chuck-schumer', 'Chuck Schumer', ['a1', [], 5]), person('person:charles-e-schumer', 'Charles E. Schumer', ['a2', []])],
      ['person:charles-e-schumer → person:chuck-schumer (nickname) [a2]'],
    ],
    [
      'must not merge: a nickname with two formal bearers of different middle initials',
      [person('person:bill-xu', 'Bill Xu', ['a1', []]), person('person:william-a-xu', 'William A. Xu', ['a2', []]), person('person:william-b-xu', 'William B. Xu', ['a3', []])],
      [],
    ],
    [
      'must not merge: a nickname with a middle-initialled formal name of another surname or a suffix',
      [person('person:joe-biden', 'Joe Biden', ['a1', []]), person('person:joseph-r-bidden', 'Joseph R. Bidden', ['a2', []]), person('person:ed-royce', 'Ed Royce', ['a3', []]), person('person:edward-r-royce-jr', 'Edward R. Royce Jr.', ['a4', []])],
      [],
    ],
    // ---- organisations ----
    [
      'Nato, NATO and the long form are the known body',
      [org('org:north-atlantic-treaty-organization', 'North Atlantic Treaty Organization', ['a1', []]), org('org:nato', 'NATO', ['a2', []]), org('org:nato-2', 'Nato', ['a3', []])],
      ['org:nato → org:north-atlantic-treaty-organization (known-org) [a2]', 'org:nato-2 → org:north-atlantic-treaty-organization (known-org) [a3]'],
    ],
    [
      'a node named by a handle ("@NATO", the writer\'s name for 23 articles of "Nato") is the known body',
      [org('org:north-atlantic-treaty-organization', 'North Atlantic Treaty Organization', ['a1', []]), org('org:nato', '@NATO', ['a2', ['@NATO', 'Nato']])],
      ['org:nato → org:north-atlantic-treaty-organization (known-org) [a2]'],
    ],
    [
      '"the House" is the House of Representatives; the House of Commons and the White House are not',
      [org('org:house-of-representatives', 'House of Representatives', ['a1', []]), org('org:house', 'House', ['a2', ['House']]), org('org:house-of-commons', 'House of Commons', ['a3', []]), org('org:white-house', 'White House', ['a4', []])],
      ['org:house → org:house-of-representatives (known-org) [a2]'],
    ],
    [
      'a person extraction named "Nato" is the alliance',
      [org('org:north-atlantic-treaty-organization', 'North Atlantic Treaty Organization', ['a1', []]), person('person:nato', 'Nato', ['a2', ['Nato']])],
      ['person:nato → org:north-atlantic-treaty-organization (known-org) [a2]'],
    ],
    [
      'must not merge: a known body into a person of its name when no organisation node has it',
      [person('person:nato', 'Nato', ['a2', ['Nato']]), person('person:nato-2', 'NATO', ['a3', []])],
      [],
    ],
    [
      'ISIS, ISIL and Daesh are Islamic State',
      [org('org:islamic-state', 'Islamic State', ['a1', []]), org('org:isis', 'ISIS', ['a2', []]), org('org:isil', 'ISIL', ['a3', []]), org('org:daesh', 'Daesh', ['a4', []])],
      ['org:daesh → org:islamic-state (known-org) [a4]', 'org:isil → org:islamic-state (known-org) [a3]', 'org:isis → org:islamic-state (known-org) [a2]'],
    ],
    [
      'Tehrik-e-Taliban Pakistan (either transliteration) is the Pakistani Taliban; the Afghan Taliban stays apart',
      [org('org:pakistani-taliban', 'Pakistani Taliban', ['a1', []]), org('org:tehrik-e-taliban-pakistan', 'Tehrik-e-Taliban Pakistan', ['a2', []]), org('org:tehrik-i-taliban-pakistan', 'Tehrik-i-Taliban Pakistan', ['a3', []]), org('org:taliban', 'Taliban', ['a4', []])],
      ['org:tehrik-e-taliban-pakistan → org:pakistani-taliban (known-org) [a2]', 'org:tehrik-i-taliban-pakistan → org:pakistani-taliban (known-org) [a3]'],
    ],
    [
      'the two ways of naming a department, and the Pentagon',
      [org('org:pentagon', 'Pentagon', ['a1', []]), org('org:defense-department', 'Defense Department', ['a2', []]), org('org:department-of-defense', 'Department of Defense', ['a3', []]), org('org:department-of-homeland-security', 'Department of Homeland Security', ['a4', []], ['a6', []]), org('org:homeland-security-department', 'Homeland Security Department', ['a5', []])],
      [
        'org:defense-department → org:pentagon (known-org) [a2]',
        'org:department-of-defense → org:pentagon (known-org) [a3]',
        'org:homeland-security-department → org:department-of-homeland-security (variant) [a5]',
      ],
    ],
    [
      'a dotted acronym is its letters: "D.O.J." is the Justice Department',
      [org('org:justice-department', 'Justice Department', ['a1', []], ['a3', []]), org('org:doj', 'D.O.J.', ['a2', ['DOJ', 'D.O.J.']])],
      ['org:doj → org:justice-department (known-org) [a2]'],
    ],
    [
      'must not merge: a dotted acronym of no known body stays (U.S.A.F. is no form the table knows)',
      [org('org:justice-department', 'Justice Department', ['a1', []]), org('org:usaf', 'U.S.A.F.', ['a2', []])],
      [],
    ],
    [
      'must not merge: a body named after a department is not the department',
      [org('org:pentagon', 'Pentagon', ['a1', []]), org('org:department-of-defense-institute', 'Department of Defense Institute', ['a2', []])],
      [],
    ],
    [
      'an acronym spelling the initials of exactly one organisation',
      [org('org:american-civil-liberties-union', 'American Civil Liberties Union', ['a1', []]), org('org:aclu', 'ACLU', ['a2', []])],
      ['org:aclu → org:american-civil-liberties-union (acronym) [a2]'],
    ],
    // ---- a government by its head's full name and by the family name ----
    [
      'a government by its head\'s full name is the one by the family name (into the more-mentioned node)',
      [org('org:obama-administration', 'Obama administration', ['a1', [], 5], ['a2', [], 3]), org('org:barack-obama-administration', 'Barack Obama administration', ['a3', [], 2]), person('person:barack-obama', 'Barack Obama', ['a3', []])],
      ['org:barack-obama-administration → org:obama-administration (holder-administration) [a3]'],
    ],
    [
      'a government by a full name with a particle ("Bashar al-Assad government") is the family name\'s, "regime" or "government"',
      [
        org('org:assad-regime', 'Assad regime', ['a1', [], 9]),
        org('org:assad-government', 'Assad government', ['a2', [], 4]),
        org('org:bashar-al-assad-government', 'Bashar al-Assad government', ['a3', [], 3]),
        person('person:bashar-al-assad', 'Bashar al-Assad', ['a3', []]),
      ],
      ['org:assad-government → org:assad-regime (variant) [a2]', 'org:bashar-al-assad-government → org:assad-regime (holder-administration) [a3]'],
    ],
    [
      'must not merge: a particle name\'s government with no person of that name, nor a family-first name\'s ("Kim Jong Un government" is no "Un government")',
      [
        org('org:assad-government', 'Assad government', ['a1', [], 9]),
        org('org:hafez-al-assad-government', 'Hafez al-Assad government', ['a2', [], 3]),
        org('org:un-government', 'UN government', ['a3', [], 3]),
        org('org:kim-jong-un-government', 'Kim Jong Un government', ['a4', [], 3]),
        person('person:kim-jong-un', 'Kim Jong Un', ['a4', []]),
      ],
      [],
    ],
    [
      'two full names ending in one family name: only one holding ≥ 90 % of their mentions joins',
      [
        org('org:bush-administration', 'Bush administration', ['a1', [], 9]),
        org('org:george-w-bush-administration', 'George W. Bush administration', ['a2', [], 19]),
        org('org:george-hw-bush-administration', 'George H.W. Bush administration', ['a3', [], 1]),
        person('person:george-w-bush', 'George W. Bush', ['a2', []]),
        person('person:george-hw-bush', 'George H.W. Bush', ['a3', []]),
      ],
      ['org:bush-administration → org:george-w-bush-administration (holder-administration) [a1]'],
    ],
    [
      'must not merge: two full names that share the family name evenly, nor a name that is no person\'s',
      [
        org('org:bush-administration', 'Bush administration', ['a1', [], 9]),
        org('org:george-w-bush-administration', 'George W. Bush administration', ['a2', [], 5]),
        org('org:george-hw-bush-administration', 'George H.W. Bush administration', ['a3', [], 4]),
        person('person:george-w-bush', 'George W. Bush', ['a2', []]),
        person('person:george-hw-bush', 'George H.W. Bush', ['a3', []]),
        org('org:trump-administration', 'Trump administration', ['a4', []]),
        org('org:senior-trump-administration', 'Senior Trump administration', ['a5', []]),
      ],
      [],
    ],
    [
      'must not merge: an acronym two organisations spell',
      [org('org:xeno-youth-zone', 'Xeno Youth Zone', ['a1', []]), org('org:xavier-yacht-zealots', 'Xavier Yacht Zealots', ['a2', []]), org('org:xyz', 'XYZ', ['a3', []])],
      [],
    ],
    // ---- one-word organisations that are the head noun of a longer one ----
    [
      'a head noun in an article naming the one body it ends (same article), elsewhere the dominant such body',
      [
        org('org:commons', 'Commons', ['a1', ['Commons']], ['a2', ['Commons']]),
        org('org:house-of-commons', 'House of Commons', ['a1', ['House of Commons']], ...many('h', 12)),
        org('org:commons-cause', 'Commons Cause Trust', ['b1', []]),
      ],
      ['org:commons → org:house-of-commons (head-noun) [a1,a2]'],
    ],
    [
      'must not merge: an article naming two bodies the word ends',
      [org('org:brotherhood', 'Brotherhood', ['a1', ['Brotherhood']]), org('org:muslim-brotherhood', 'Muslim Brotherhood', ['a1', []]), org('org:aryan-brotherhood', 'Aryan Brotherhood', ['a1', []])],
      [],
    ],
    [
      'must not merge: a word that begins bodies\' names too is a name of its own ("House" is not the White House)',
      [
        org('org:house', 'House', ['a1', ['House']]),
        org('org:white-house', 'White House', ['a1', []], ...many('w', 20)),
        org('org:house-intelligence-committee', 'House Intelligence Committee', ['a2', []], ...many('i', 5)),
      ],
      [],
    ],
    [
      'must not merge: a generic head naming many bodies of a kind ("the Party")',
      [org('org:party', 'Party', ['a1', ['Party']]), org('org:communist-party', 'Communist Party', ['a1', []])],
      [],
    ],
    [
      'a newspaper\'s last word joins the one paper of that word its article names, article by article',
      [
        org('org:times', 'Times', ['a1', ['Times']], ['a2', ['Times']], ['a3', ['Times']]),
        org('org:new-york-times', 'New York Times', ['a1', []], ...many('n', 20)),
        org('org:washington-times', 'Washington Times', ['a2', []]),
      ],
      ['org:times → org:new-york-times (head-noun) [a1]', 'org:times → org:washington-times (head-noun) [a2]'],
    ],
    [
      'a newspaper\'s last word after "The" is its short name too',
      [org('org:the-post', 'The Post', ['a1', ['The Post']]), org('org:jerusalem-post', 'Jerusalem Post', ['a1', []])],
      ['org:the-post → org:jerusalem-post (head-noun) [a1]'],
    ],
    [
      'must not merge: a newspaper\'s last word in an article naming two papers of it, or none (no corpus-wide fallback)',
      [
        org('org:times', 'Times', ['a1', ['Times']], ['a2', ['Times']]),
        org('org:new-york-times', 'New York Times', ['a1', []], ...many('n', 30)),
        org('org:financial-times', 'Financial Times', ['a1', []]),
      ],
      [],
    ],
    [
      'must not merge: no dominant body and none in the article',
      [org('org:brotherhood', 'Brotherhood', ['a1', ['Brotherhood']]), org('org:muslim-brotherhood', 'Muslim Brotherhood', ...many('m', 6)), org('org:aryan-brotherhood', 'Aryan Brotherhood', ...many('r', 5))],
      [],
    ],
    // ---- one-word people, article by article ----
    [
      'a surname in an article naming its one full-name bearer (same article)',
      [person('person:lavrov', 'Lavrov', ['a1', ['Lavrov']]), person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', ['Sergey Lavrov']])],
      ['person:lavrov → person:sergey-lavrov (same-article) [a1]'],
    ],
    [
      'a possessive is no part of the name: "Mr Kim\'s" (hotel) is the Kim the article names',
      [person('person:kims', "Kim's", ['a1', ["Kim's", "Mr Kim's"]]), person('person:kim-jong-un', 'Kim Jong Un', ['a1', ['Mr Kim']])],
      ['person:kims → person:kim-jong-un (same-article) [a1]'],
    ],
    [
      'a surname is the family name of a full name ending in a generational suffix: "Sweeney" is William Sweeney Jr.',
      [person('person:sweeney', 'Sweeney', ['a1', ['Sweeney']]), person('person:william-sweeney-jr', 'William Sweeney Jr.', ['a1', []])],
      ['person:sweeney → person:william-sweeney-jr (same-article) [a1]'],
    ],
    [
      'must not merge: "Trump" in an article naming Donald Trump and Donald Trump Jr. goes to the dominant bearer only',
      [
        person('person:trump', 'Trump', ['a1', ['Trump']]),
        person('person:donald-trump', 'Donald Trump', ['a1', []], ...many('t', 30)),
        person('person:donald-trump-jr', 'Donald Trump Jr.', ['a1', []]),
      ],
      ['person:trump → person:donald-trump (same-article) [a1]'],
    ],
    [
      'family name first: Xi and Kim join Xi Jinping and Kim Jong Un',
      [person('person:xi', 'Xi', ['a1', ['Xi']]), person('person:xi-jinping', 'Xi Jinping', ['a1', []]), person('person:kim', 'Kim', ['a2', ['Kim']]), person('person:kim-jong-un', 'Kim Jong Un', ['a2', []])],
      ['person:kim → person:kim-jong-un (same-article) [a2]', 'person:xi → person:xi-jinping (same-article) [a1]'],
    ],
    [
      'the same outlet within the window names one bearer',
      [person('person:lavrov', 'Lavrov', ['a2', ['Lavrov'], 1, 'Times', '2017-03-05']), person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', [], 1, 'Times', '2017-03-01'])],
      ['person:lavrov → person:sergey-lavrov (outlet-window) [a2]'],
    ],
    [
      'outside the window and not dominant (too few mentions): left alone',
      [person('person:lavrov', 'Lavrov', ['a2', ['Lavrov'], 1, 'Times', '2017-09-05']), person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', [], 1, 'Times', '2017-03-01'])],
      [],
    ],
    [
      'a dominant bearer in the corpus (≥ 90 % of mentions)',
      [person('person:trump', 'Trump', ['z1', ['Trump'], 1, 'Lone']), person('person:donald-trump', 'Donald Trump', ...many('d', 95)), person('person:ivanka-trump', 'Ivanka Trump', ...many('i', 5, [], 'Other'))],
      ['person:trump → person:donald-trump (corpus-dominant) [z1]'],
    ],
    [
      'must not merge: two comparable bearers and no article to tell',
      [person('person:smith', 'Smith', ['z1', ['Smith'], 1, 'Lone']), person('person:john-smith', 'John Smith', ...many('j', 12)), person('person:mary-smith', 'Mary Smith', ...many('m', 10, [], 'Other'))],
      [],
    ],
    [
      'must not merge: "President Trump" with Melania Trump, the only Trump named in that article (a title tells no gender)',
      [
        person('person:trump', 'Trump', ['a1', ['Trump', 'President Trump']]),
        person('person:melania-trump', 'Melania Trump', ['a1', ['Melania Trump']], ['a9', ['First Lady Melania Trump']]),
        person('person:donald-trump', 'Donald Trump', ...many('d', 40, ['President Donald Trump'])),
      ],
      ['person:trump → person:donald-trump (corpus-dominant) [a1]'],
    ],
    [
      '"President Clinton" is Bill, the Clinton the corpus calls President, even in an article naming Hillary',
      [
        person('person:clinton', 'Clinton', ['a1', ['President Clinton']]),
        person('person:hillary-clinton', 'Hillary Clinton', ['a1', []], ...many('h', 60, ['Secretary of State Hillary Clinton'])),
        person('person:bill-clinton', 'Bill Clinton', ...many('b', 20, ['President Bill Clinton'])),
      ],
      ['person:clinton → person:bill-clinton (corpus-dominant) [a1]'],
    ],
    [
      '"President Clinton" is Bill even when a few of Hillary\'s many articles call her so (a title needs 5 % of a bearer\'s articles)',
      [
        person('person:clinton', 'Clinton', ['z1', ['President Clinton'], 1, 'Lone']),
        person('person:hillary-clinton', 'Hillary Clinton', ['h0', ['President Clinton']], ['h1', ['President Clinton']], ...many('h', 98, ['Secretary of State Hillary Clinton'])),
        person('person:bill-clinton', 'Bill Clinton', ...many('b', 12, ['President Bill Clinton'])),
      ],
      ['person:clinton → person:bill-clinton (corpus-dominant) [z1]'],
    ],
    [
      '"Mr. Clinton" and "Mrs. Clinton" in one article go to Bill and Hillary',
      [
        person('person:clinton', 'Clinton', ['a1', ['Mr. Clinton']], ['a2', ['Mrs. Clinton']]),
        person('person:hillary-clinton', 'Hillary Clinton', ['a1', []], ['a2', []]),
        person('person:bill-clinton', 'Bill Clinton', ['a1', []], ['a2', []]),
      ],
      ['person:clinton → person:bill-clinton (same-article) [a1]', 'person:clinton → person:hillary-clinton (same-article) [a2]'],
    ],
    [
      'must not merge: "President Bush" with Jeb Bush, whom the corpus calls a presidential candidate',
      [
        person('person:bush', 'Bush', ['a1', ['President Bush']]),
        person('person:jeb-bush', 'Jeb Bush', ['a1', ['presidential candidate Jeb Bush']], ...many('j', 40, ['Republican presidential candidate Jeb Bush'])),
      ],
      [],
    ],
    [
      '"Mr. Kim" and "Chairman Kim" are Kim Jong Un (family name first, a man by how he is addressed); "Sir Kim" is Kim Darroch',
      [
        person('person:kim', 'Kim', ['a1', ['Mr. Kim']], ['a2', ['Chairman Kim']], ['a3', ['Sir Kim']]),
        person('person:kim-jong-un', 'Kim Jong Un', ['a1', ['Kim Jong Un', 'Mr. Kim']], ['a2', ['Chairman Kim Jong Un']], ['a3', []]),
        person('person:kim-darroch', 'Kim Darroch', ['a3', ['Sir Kim Darroch']], ['a1', []]),
      ],
      ['person:kim → person:kim-darroch (same-article) [a3]', 'person:kim → person:kim-jong-un (same-article) [a1,a2]'],
    ],
    [
      '"Ms. Kim" is the woman of the Kims in the article (Kim Yo Jong beside Kim Jong Un)',
      [
        person('person:kim', 'Kim', ['a1', ['Ms. Kim']]),
        person('person:kim-jong-un', 'Kim Jong Un', ['a1', ['Mr. Kim']], ...many('k', 20, ['Mr. Kim'])),
        person('person:kim-yo-jong', 'Kim Yo Jong', ['a1', []], ['a2', ['Ms. Kim']]),
      ],
      ['person:kim → person:kim-yo-jong (same-article) [a1]'],
    ],
    [
      'must not merge: "Mr. Kim" with Kim Darroch alone in the article (Kim is his given name) nor with Sung Kim (a family name, but no fit by address)',
      [
        person('person:kim', 'Kim', ['a1', ['Mr. Kim']]),
        person('person:kim-darroch', 'Kim Darroch', ['a1', ['Sir Kim Darroch']]),
      ],
      [],
    ],
    [
      'a bare "George Bush" goes, article by article, to the middled George Bush the article names; elsewhere it stays whole',
      [
        person('person:george-bush', 'George Bush', ['a1', []], ['a2', []], ['z1', [], 1, 'Lone']),
        person('person:george-w-bush', 'George W. Bush', ['a1', []], ...many('w', 30)),
        person('person:george-h-w-bush', 'George H. W. Bush', ['a2', []], ...many('h', 20, [], 'Other')),
      ],
      ['person:george-bush → person:george-h-w-bush (same-article) [a2]', 'person:george-bush → person:george-w-bush (same-article) [a1]'],
    ],
    [
      'must not merge: a bare First Last with one middled bearer is the middle-name rule\'s (here refused: John Quincy Adams), not per article',
      [person('person:john-adams', 'John Adams', ['a1', [], 6]), person('person:john-quincy-adams', 'John Quincy Adams', ['a1', []], ['a2', []], ['a3', []], ['a4', []])],
      [],
    ],
    [
      'must not merge: "Ms. Kim" (its own node beside a "Mr. Kim") is no variant of the bare "Kim" that goes to Kim Jong Un; the woman fits Kim Yo Jong',
      [
        person('person:kim', 'Kim', ['a1', ['Mr. Kim']]),
        person('person:kim-ms', 'Kim', ['a1', ['Ms. Kim']], ['a3', ['Ms. Kim']]),
        person('person:kim-jong-un', 'Kim Jong Un', ['a1', ['Mr. Kim']], ...many('k', 20, ['Mr. Kim'])),
        person('person:kim-yo-jong', 'Kim Yo Jong', ['a2', ['Ms. Kim']]),
      ],
      ['person:kim → person:kim-jong-un (same-article) [a1]', 'person:kim-ms → person:kim-yo-jong (outlet-window) [a1,a3]'],
    ],
    [
      'two one-word nodes of one name addressed alike are variants as before',
      [person('person:kim', 'Kim', ['a1', ['Mr. Kim']]), person('person:kim-ms', 'Kim', ['a2', ['Kim']])],
      ['person:kim-ms → person:kim (variant) [a2]'],
    ],
    [
      'must not merge: "Mr. Kim" and "Ms. Kim" in one article go to neither Kim named there',
      [
        person('person:kim', 'Kim', ['a1', ['Mr. Kim', 'Ms. Kim']]),
        person('person:kim-jong-un', 'Kim Jong Un', ['a1', ['Mr. Kim']]),
        person('person:kim-yo-jong', 'Kim Yo Jong', ['a1', []]),
      ],
      [],
    ],
    [
      'a first name dropped: Javad Zarif is Mohammad Javad Zarif (into the more mentioned)',
      [person('person:javad-zarif', 'Javad Zarif', ['a1', [], 4]), person('person:mohammad-javad-zarif', 'Mohammad Javad Zarif', ['a2', [], 5])],
      ['person:javad-zarif → person:mohammad-javad-zarif (middle-name) [a1]'],
    ],
    [
      'must not merge: a common two-word name into a rarer longer one (Muhammad Ali beside Ahmed Mohammed Ali)',
      [person('person:muhammad-ali', 'Muhammad Ali', ['a1', [], 9]), person('person:ahmed-mohammed-ali', 'Ahmed Mohammed Ali', ['a2', []])],
      [],
    ],
    [
      'must not merge: an initial left is no name ("W. Bush"), and two longer names with the tail leave it alone',
      [
        person('person:w-bush', 'W. Bush', ['a1', []]),
        person('person:george-w-bush', 'George W. Bush', ['a2', []]),
        person('person:jong-un', 'Jong Un', ['a3', []]),
        person('person:kim-jong-un', 'Kim Jong Un', ['a4', []]),
        person('person:park-jong-un', 'Park Jong Un', ['a5', []]),
      ],
      [],
    ],
    [
      'a family name with a particle ("Sen. Van Hollen") goes as a one-word name to the one bearer ending so',
      [person('person:van-hollen', 'Van Hollen', ['z1', ['Van Hollen', 'Sen. Van Hollen'], 2, 'Lone']), person('person:chris-van-hollen', 'Chris Van Hollen', ...many('c', 12, ['Chris Van Hollen', 'Sen. Chris Van Hollen']))],
      ['person:van-hollen → person:chris-van-hollen (corpus-dominant) [z1]'],
    ],
    [
      'a particle family name whose article also wrote the full name goes to that bearer, however rare ("Chris Van Hollen")',
      [person('person:van-hollen', 'Van Hollen', ['z1', ['Van Hollen', 'Chris Van Hollen'], 2, 'Lone']), person('person:chris-van-hollen', 'Chris Van Hollen', ['c1', ['Chris Van Hollen']], ['c2', ['Chris Van Hollen']])],
      ['person:van-hollen → person:chris-van-hollen (same-article) [z1]'],
    ],
    [
      'must not merge: "de Blasio" into a bearer whose name ends in another particle ("Ana van Blasio")',
      [person('person:de-blasio', 'de Blasio', ['z1', ['de Blasio'], 2, 'Lone']), person('person:ana-van-blasio', 'Ana van Blasio', ...many('c', 12))],
      [],
    ],
    [
      'a known body with its country\'s demonym before it ("Afghan Taliban") is that body; "Pakistani Taliban" (the TTP) is not',
      [org('org:taliban', 'Taliban', ['a1', []], ['a2', []]), org('org:afghan-taliban', 'Afghan Taliban', ['a3', []]), org('org:pakistani-taliban', 'Pakistani Taliban', ['a4', []])],
      ['org:afghan-taliban → org:taliban (known-org) [a3]'],
    ],
    [
      'a two-word name in either order (family name first)',
      [person('person:shinzo-abe', 'Shinzo Abe', ['a1', []], ['a2', []]), person('person:abe-shinzo', 'Abe Shinzo', ['a3', []])],
      ['person:abe-shinzo → person:shinzo-abe (variant) [a3]'],
    ],
    [
      'must not merge: "Mrs. Trump" into the dominant Donald Trump',
      [person('person:trump', 'Trump', ['z1', ['Mrs. Trump'], 1, 'Lone']), person('person:donald-trump', 'Donald Trump', ...many('d', 95))],
      [],
    ],
    [
      'must not merge: a bare "Bush" with George W. and George H. W. Bush both common',
      [person('person:bush', 'Bush', ['z1', ['Bush'], 1, 'Lone']), person('person:george-w-bush', 'George W. Bush', ...many('w', 30)), person('person:george-h-w-bush', 'George H. W. Bush', ...many('h', 20, [], 'Other'))],
      [],
    ],
  ])('%s', (_name, entities, expected) => {
    expect(merges(entities)).toEqual(expected);
  });

  test('the decisions do not depend on the order of the input', () => {
    const es = [
      person('person:lavrov', 'Lavrov', ['a1', ['Lavrov']], ['a3', ['Lavrov'], 1, 'Times', '2017-01-05']),
      person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', []], ['a2', [], 1, 'Times', '2017-01-02']),
      person('person:sergei-lavrov', 'Sergei Lavrov', ['a4', []]),
      org('org:nato', 'NATO', ['a5', []]),
      org('org:north-atlantic-treaty-organization', 'North Atlantic Treaty Organization', ['a6', []]),
      person('person:donald-trump', 'Donald Trump', ['a7', []]),
      person('person:donald-j-trump', 'Donald J Trump', ['a8', []]),
      person('person:jim-mattis', 'Jim Mattis', ['a9', []]),
      person('person:james-mattis', 'James Mattis', ['a10', []]),
    ];
    expect(decideMerges([...es].reverse())).toEqual(decideMerges(es));
  });

  test.each<[string, EntitySummary[], [string, string][], string[]]>([
    [
      'a variant split apart by an editor stays apart; another variant still joins',
      [person('person:sergei-lavrov', 'Sergei Lavrov', ['a1', []], ['a3', []]), person('person:sergey-lavrov', 'Sergey Lavrov', ['a2', []]), person('person:sergej-lavrov', 'Sergej Lavrov', ['a4', []])],
      [['person:sergei-lavrov', 'person:sergey-lavrov']],
      ['person:sergej-lavrov → person:sergei-lavrov (variant) [a4]'],
    ],
    [
      'without the pair the three are one',
      [person('person:sergei-lavrov', 'Sergei Lavrov', ['a1', []], ['a3', []]), person('person:sergey-lavrov', 'Sergey Lavrov', ['a2', []]), person('person:sergej-lavrov', 'Sergej Lavrov', ['a4', []])],
      [],
      ['person:sergej-lavrov → person:sergei-lavrov (variant) [a4]', 'person:sergey-lavrov → person:sergei-lavrov (variant) [a2]'],
    ],
    [
      'a surname split off its full name is not given back to it by the one-word rules',
      [person('person:lavrov', 'Lavrov', ['a1', ['Lavrov']]), person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', []])],
      [['person:sergey-lavrov', 'person:lavrov']],
      [],
    ],
  ])('kept apart: %s', (_name, es, apart, expected) =>
    expect(decideMerges(es, apart).map((d) => `${d.from} → ${d.into} (${d.rule}) [${d.articles.join(',')}]`)).toEqual(expected),
  );

  test('kept apart through a third node: the second whole-node merge that would join the pair is dropped, per-article moves do not join', () => {
    const d = (from: string, into: string, rule: MergeDecision['rule']): MergeDecision => ({ from, into, rule, surfaceForms: [], articles: [] });
    const apart: [string, string][] = [['a', 'b']];
    expect(withoutKeptApart([d('a', 'c', 'variant'), d('b', 'c', 'middle-name')], apart)).toEqual([d('a', 'c', 'variant')]);
    expect(withoutKeptApart([d('x', 'a', 'same-article'), d('x', 'b', 'same-article')], apart)).toEqual([d('x', 'a', 'same-article'), d('x', 'b', 'same-article')]);
    expect(withoutKeptApart([d('a', 'b', 'same-article')], apart)).toEqual([]);
  });

  test('every decision keeps its surface forms and articles', () => {
    const [d] = decideMerges([person('person:lavrov', 'Lavrov', ['a1', ['Lavrov', 'Mr. Lavrov']]), person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', []])]);
    expect(d).toEqual({ from: 'person:lavrov', into: 'person:sergey-lavrov', rule: 'same-article', surfaceForms: ['Lavrov', 'Mr. Lavrov'], articles: ['a1'] });
  });
});

describe('what an incremental run reads', () => {
  const index = [
    { id: 'person:kim', type: 'Person' as const, name: 'Kim' },
    { id: 'person:kim-jong-un', type: 'Person' as const, name: 'Kim Jong Un' },
    { id: 'person:kim-darroch', type: 'Person' as const, name: 'Kim Darroch' },
    { id: 'person:john-smith', type: 'Person' as const, name: 'John Smith' },
    { id: 'person:john-doe', type: 'Person' as const, name: 'John Doe' },
    { id: 'person:smith', type: 'Person' as const, name: 'Smith' },
    { id: 'person:mary-smith', type: 'Person' as const, name: 'Mary Smith' },
    { id: 'org:nato', type: 'Organization' as const, name: 'NATO' },
    { id: 'org:north-atlantic-treaty-organization', type: 'Organization' as const, name: 'North Atlantic Treaty Organization' },
    { id: 'person:nato', type: 'Person' as const, name: 'Nato' },
    { id: 'org:pentagon', type: 'Organization' as const, name: 'Pentagon' },
    { id: 'org:defense-department', type: 'Organization' as const, name: 'Defense Department' },
  ];
  test.each<[string[], string[]]>([
    // a full name relates to its surname's one-word node and every bearer of that surname, not to other Johns
    [['person:john-smith'], ['person:john-smith', 'person:mary-smith', 'person:smith']],
    // a one-word name relates to full names with it first or last
    [['person:kim'], ['person:kim', 'person:kim-darroch', 'person:kim-jong-un']],
    [['person:kim-darroch'], ['person:kim', 'person:kim-darroch']],
    // an acronym to the organisation it spells and to the known body's other forms
    [['org:nato'], ['org:nato', 'org:north-atlantic-treaty-organization', 'person:nato']],
    [['org:defense-department'], ['org:defense-department', 'org:pentagon']],
  ])('seeds %j select %j', (seeds, expected) => expect([...relatedEntities(index, new Set(seeds)).selected].sort()).toEqual(expected));

  test('the context reaches one step further than the selection', () => {
    const { selected, context } = relatedEntities(index, new Set(['person:kim-darroch']));
    expect(selected.has('person:kim-jong-un')).toBe(false);
    expect(context.has('person:kim-jong-un')).toBe(true); // "Kim" may go to Kim Jong Un instead
    expect(context.has('person:john-smith')).toBe(false);
  });
});

describe('looksFamilyFirst: names written family name first, as entity extraction reads them', () => {
  test.each<[string, boolean]>([
    ['Kim Yo Jong', true],
    ['Kim Jong Un', true],
    ['Kim Dae-jung', true],
    ['Ban Ki-moon', true],
    // must not: Western names with a middle initial or a middle name
    ['John S. McCain', false],
    ['George H. W. Bush', false],
    ['Joe A Ray', false],
    ['Hillary Rodham Clinton', false],
    ['Lee Hsien Loong', false],
  ])('%s → %s', (name, expected) => expect(looksFamilyFirst(name)).toBe(expected));
});

describe('joined-spelling: two spellings an article joined are one person, named by the spelling more articles use', () => {
  test.each<[string, EntitySummary[], string[]]>([
    [
      'Strozk (one article, which also wrote Strzok) → Strzok (many articles)',
      [person('p:strozk', 'Peter Strozk', ['a1', ['Peter Strozk', 'Strozk', 'Peter Strzok']]), person('p:strzok', 'Peter Strzok', ...many('s', 5, ['Peter Strzok', 'Strzok']))],
      ['p:strozk → p:strzok (joined-spelling) [a1]'],
    ],
    [
      'a given name misspelt: Dzhokar Tsarnaev (with Dzhokhar Tsarnaev in its article) → Dzhokhar Tsarnaev',
      [person('p:dzhokar', 'Dzhokar Tsarnaev', ['a1', ['Dzhokar Tsarnaev', 'Dzhokhar Tsarnaev', 'Tsarnaev']]), person('p:dzhokhar', 'Dzhokhar Tsarnaev', ...many('d', 3, ['Dzhokhar Tsarnaev']))],
      ['p:dzhokar → p:dzhokhar (joined-spelling) [a1]'],
    ],
    // not: names one spelling apart that no article joined; a short family name; names apart by more than one letter
    ['no article joined them', [person('p:cohn', 'Gary Cohn', ...many('c', 3, ['Gary Cohn'])), person('p:cohen', 'Gary Cohen', ['a1', ['Gary Cohen']])], []],
    ['short family name', [person('p:cohen', 'Gary Cohen', ['a1', ['Gary Cohen', 'Gary Cohn']]), person('p:cohn', 'Gary Cohn', ...many('c', 3, ['Gary Cohn']))], []],
    ['another middle word', [person('p:a', 'John Smithson', ['a1', ['John Smithson', 'Jane Smithson']]), person('p:b', 'Jane Smithson', ...many('j', 3, ['Jane Smithson']))], []],
  ])('%s', (_case, es, expected) => expect(merges(es)).toEqual(expected));
});
