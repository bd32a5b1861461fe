// Peoples, ethnic and religious groups and their faiths, named by one word (lower case, singular): "the Yazidi",
// "Sunnis", "a Muslim family", "Uighur repression". A group of people or a belief, never one person nor a body
// (a movement with its own leadership, such as the Houthis or the Taliban, is a body and is not listed).
export const PEOPLES_AND_FAITHS: ReadonlySet<string> = new Set([
  'yazidi', 'yezidi', 'shia', 'shiite', 'sunni', 'alawite', 'alawi', 'druze', 'copt', 'coptic', 'uighur', 'uyghur',
  'rohingya', 'pashtun', 'hazara', 'tajik', 'baluch', 'baloch', 'chechen', 'tatar', 'sufi', 'ahmadi', 'ismaili',
  'assyrian', 'chaldean', 'maronite', 'salafi', 'salafist', 'wahhabi', 'wahabi', 'zoroastrian', 'kurd', 'sikh', 'hindu', 'buddhist',
  'muslim', 'christian', 'jew', 'catholic', 'protestant', 'evangelical', 'mormon', 'bedouin', 'berber', 'tuareg',
  'hutu', 'tutsi', 'fulani', 'hausa', 'igbo', 'yoruba', 'kikuyu', 'oromo', 'amhara', 'tigrayan',
]);
