// Words of a title that tell a candidacy, not an office ("candidate Trump", "then-candidate Obama", "GOP nominee
// Romney", "Democratic hopeful Clinton"): anyone running holds them for a season, so the corpus rarely gives them to the
// bearer often enough to count (consolidate.ts usualTitles); a one-word name so addressed is told only by its family name.
export const CANDIDACY_TITLE_WORDS: ReadonlySet<string> = new Set(['candidate', 'nominee', 'hopeful', 'contender', 'challenger', 'frontrunner', 'front-runner']);
