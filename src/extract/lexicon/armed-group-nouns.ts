// Arabic (and Urdu, Malay) nouns of bodies that open the names of armed and political groups, transliterated as the
// news writes them: "Ansar al-Sharia" (supporters of …), "Jabhat al-Nusra" (front), "Jaish al-Fatah" (army), "Liwa
// al-Tawhid" (brigade), "Asaib Ahl al-Haq" (leagues), "Harakat …" (movement), "Jemaah Islamiyah" (congregation).
// Not "Hayat" (a given name too: "Hayat Boumeddiene"), "Fatah" alone (a party's one-word name, typed elsewhere).

/** First words of groups' names that are nouns of bodies, not given names. */
export const ARMED_GROUP_FIRST_NOUNS: ReadonlySet<string> = new Set([
  'Ansar', 'Jabhat', 'Jaish', 'Jeish', 'Harakat', 'Harakat-ul', 'Hizb', 'Hezb', 'Kataib', 'Kata’ib', "Kata'ib", 'Liwa', 'Lashkar',
  'Tehrik', 'Tehreek', 'Jamaat', 'Jamaat-ul', 'Jemaah', 'Jamaah', 'Saraya', 'Asaib', 'Asa’ib', "Asa'ib", 'Jund', 'Ahrar', 'Tanzim', 'Wilayat', 'Imarat',
]);
