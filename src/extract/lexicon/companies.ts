// Companies whose names read like a person's (a given name and a surname, or a founder's surname alone) and that the
// tagger reads as people: "defense contractor Lockheed Martin", "Northrop Grumman's B-21", "Exxon Mobil said". Large
// firms of the news about defence, energy, finance and aviation; the names of people they are named after ("Glenn
// Martin", "Jack Northrop") are other words.

/** Companies' names that look like a person's. */
export const PERSON_LIKE_COMPANY_NAMES: ReadonlySet<string> = new Set([
  'Lockheed Martin', 'Lockheed', 'Northrop Grumman', 'General Dynamics', 'Booz Allen', 'Booz Allen Hamilton', 'Exxon Mobil',
  'ExxonMobil', 'Merrill Lynch', 'Goldman Sachs', 'Morgan Stanley', 'Lehman Brothers', 'Charles Schwab', 'Dow Jones',
  'Philip Morris', 'Johnson & Johnson', 'Smith & Wesson', 'Marks & Spencer', 'Ernst & Young', 'Procter & Gamble',
  'Halliburton', 'Bechtel', 'Raytheon', 'Boeing', 'Airbus', 'Huawei', 'Walt Disney', 'Ford Motor', 'Harley-Davidson',
  'Hewlett-Packard', 'Rolls-Royce', 'Sikorsky', 'Bell Helicopter', 'Pratt & Whitney', 'Dassault', 'Saab', 'Thales',
]);
