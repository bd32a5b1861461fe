// Companies whose names read like a person's (a given name and a surname, or a founder's surname alone) and that the
// tagger reads as people: "defense contractor Lockheed Martin", "Northrop Grumman's B-21", "Exxon Mobil said". Large
// firms of the news about defence, energy, finance and aviation; the names of people they are named after ("Glenn
// Martin", "Jack Northrop") are other words. Not a founder's name that is also the name people bear now ("Walt Disney",
// "Charles Schwab") nor a one-word company that is a common family name ("Saab": "Bilal Saab, of the Middle East
// Institute"; "Dassault", "Bechtel").

/** Companies' names that look like a person's. */
export const PERSON_LIKE_COMPANY_NAMES: ReadonlySet<string> = new Set([
  'Lockheed Martin', 'Lockheed', 'Northrop Grumman', 'General Dynamics', 'Booz Allen', 'Booz Allen Hamilton', 'Exxon Mobil',
  'ExxonMobil', 'Merrill Lynch', 'Goldman Sachs', 'Morgan Stanley', 'Lehman Brothers', 'Dow Jones', 'Johnson & Johnson',
  'Smith & Wesson', 'Marks & Spencer', 'Ernst & Young', 'Procter & Gamble', 'Pratt & Whitney', 'Halliburton', 'Raytheon',
  'Boeing', 'Airbus', 'Huawei', 'Ford Motor', 'Harley-Davidson', 'Hewlett-Packard', 'Rolls-Royce', 'Bell Helicopter',
]);
