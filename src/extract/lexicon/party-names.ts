// Political parties whose names look like people's (two capitalised words, no "Party" head) and that the tagger reads
// as people: "Lib Dem leader Vince Cable", "Plaid Cymru's Westminster leader", "Sinn Fein", "Likud", "Yesh Atid".
// The short names and the names in their own language; the long English forms carry their own "Party" head.

/** Parties' names with no body head word, as the news writes them. */
export const HEADLESS_PARTY_NAMES: ReadonlySet<string> = new Set([
  'Lib Dem', 'Lib Dems', 'Plaid Cymru', 'Sinn Fein', 'Sinn Féin', 'Fianna Fail', 'Fianna Fáil', 'Fine Gael', 'Tories',
  'Likud', 'Yesh Atid', 'Yisrael Beiteinu', 'Kadima', 'Meretz', 'Shas', 'Golden Dawn', 'En Marche', 'Fidesz', 'Syriza',
  'Podemos', 'Jobbik', 'Ennahda', 'Forza Italia',
]);
