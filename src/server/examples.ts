// Example queries preloaded as GraphiQL tabs (and quoted in the README).
export const EXAMPLE_QUERIES: { name: string; query: string }[] = [
  {
    name: 'Who said what about Russia',
    query: `# Who said what about Russia, newest first (entity arguments take an id or an exact name)
query WhoSaidWhatAboutRussia {
  topSpeakers(about: "Russia", first: 5) { speaker { name } quotes articles }
  quotes(about: "Russia", first: 10) {
    totalCount
    edges { node { text direct speaker { name } article { title publishedAt url } } }
  }
}`,
  },
  {
    name: 'Whom did Tillerson meet',
    query: `# Whom did Rex Tillerson meet, with the sentences that say so
query WhomDidTillersonMeet {
  relations(entity: "Rex Tillerson", types: [MET_WITH]) {
    other { name type }
    articleCount firstSeen lastSeen
    evidence(first: 3) { sentence article { title publishedAt } }
  }
}`,
  },
  {
    name: 'Path from Putin to Spicer',
    query: `# How Vladimir Putin connects to Sean Spicer; every hop with its evidence
query PathFromPutinToSpicer {
  path(from: "Vladimir Putin", to: "Sean Spicer", maxHops: 3) {
    ... on QueryPathSuccess {
      data { length hops { from { name } type to { name } evidence(first: 1) { sentence article { title } } } }
    }
    ... on EntityNotFoundError { message ref }
  }
}`,
  },
  {
    name: 'Search and stats',
    query: `query SearchAndStats {
  stats { articles people countries organizations events quotes metWith alliedWith }
  search(query: "Lavrov", first: 5) { edges { node { score matched entity { id name type } quote { text } } } }
}`,
  },
];
