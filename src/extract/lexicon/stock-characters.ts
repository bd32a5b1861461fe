// Stock characters of English idiom: the personification of a country ("Uncle Sam" is the United States, "John Bull"
// Britain) and the everyman a writer invokes ("Joe Sixpack", "John Q. Public", "a John Doe"). Written like a given name
// and a surname, they name no real person.

/** Personifications of a country, with the country's code: "Uncle Sam has blundered into …" is the United States acting. */
export const COUNTRY_PERSONIFICATIONS: ReadonlyMap<string, string> = new Map([
  ['Uncle Sam', 'US'],
  ['Uncle Sucker', 'US'],
  ['John Bull', 'GB'],
  ['Mother Russia', 'RU'],
]);

/** The everyman of idiom and the placeholder names of the law: no one in particular. */
export const EVERYMAN_NAMES: ReadonlySet<string> = new Set([
  'Joe Sixpack', 'Joe Six-Pack', 'Joe Six-pack', 'Joe Public', 'John Q. Public', 'John Q Public', 'Jane Q. Public', 'Joe Blow',
  'Joe Bloggs', 'Joe Schmo', 'Joe Shmoe', 'Average Joe', 'John Doe', 'Jane Doe', 'Johnny Lunchbucket',
]);
