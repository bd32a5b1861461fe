// Names of one body that neither folding nor word order can tie together (consolidation's own table, beside
// extract/lexicon/organizations.ts): canonical name first. The canonical's node id is `org:<slug>` as for known bodies.
export const ORGANIZATION_FORMS: readonly (readonly string[])[] = [
  // "The Pentagon" is the US Department of Defense in US news (the building stands for the department).
  ['Pentagon', 'Department of Defense', 'Defense Department', 'U.S. Department of Defense', 'DoD'],
  ['State Department', 'Department of State', 'U.S. Department of State'],
  ['Justice Department', 'Department of Justice', 'U.S. Department of Justice', 'DOJ'],
  // "The House" (a chamber named by its head) is the House of Representatives in US news, as "the Senate" is the US
  // Senate: the corpus audit found "House" (440 articles) and "House of Representatives" (84) as two top nodes.
  ['House of Representatives', 'House', 'U.S. House', 'US House', 'U.S. House of Representatives', 'US House of Representatives'],
  // The Pakistani Taliban's own name (Tehrik/Tehreek, -e-/-i- transliterated) and its initials.
  ['Pakistani Taliban', 'Tehrik-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Tehreek-i-Taliban Pakistan', 'TTP'],
];
