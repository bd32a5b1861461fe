// The explorer's views: search results, the entity page (facts, network, quotes, timeline), "between A and B" and
// "path from A to B". Each renders into the main element from its route; state that matters lives in the URL.
import { ARTICLE_BRIEF, ENTITY_BRIEF, EVIDENCE_FIELDS, gql, type EntityBrief, type Evidence, type RelationBrief } from './api.js';
import { monthChart, type MonthCount } from './chart.js';
import { editSection, retractControl } from './curate.js';
import { articleLink, h, RELATION_LABEL, replace, TYPE_LABEL } from './dom.js';
import { EDGE_COLOR, NetworkView, NODE_COLOR, type EdgeInfo } from './network.js';
import { betweenHref, entityHref, pathHref } from './router.js';

/** Stops the previous view's network (WebGL contexts are few) when another view is drawn. */
let current: { network?: NetworkView } = {};
export function leaveView(): void {
  current.network?.kill();
  current = {};
}

const entityLink = (e: { id: string; name: string }) => h('a', { href: entityHref(e.id) }, e.name);
const typeBadge = (type: string) => h('span', { class: `badge type-${type.toLowerCase()}` }, TYPE_LABEL[type] ?? type);
const statusText = (status: string | null) => (status ? status.toLowerCase() : '');
const errorBox = (err: unknown) => h('p', { class: 'error', role: 'alert' }, (err as Error).message);

// ---- search ----

interface SearchHit {
  score: number;
  matched: string | null;
  entity: (EntityBrief & { aliases: string[] }) | null;
  quote: { id: string; text: string; direct: boolean; speaker: { id: string; name: string } | null; article: { title: string; url: string | null; source: string | null; publishedAt: string | null } } | null;
}

export async function renderSearch(main: HTMLElement, q: string, isStale: () => boolean): Promise<void> {
  if (!q.trim()) return replace(main, h('p', { class: 'muted' }, 'Type a name, an alias or words of a quote.'));
  let data: { search: { totalCount: number; edges: { node: SearchHit }[] } };
  try {
    data = await gql(
      `query ExploreSearch($q: String!) { search(query: $q, prefix: true, first: 25) { totalCount edges { node { score matched
        entity { ${ENTITY_BRIEF} aliases }
        quote { id text direct speaker { id name } article { ${ARTICLE_BRIEF} } } } } } }`,
      { q },
    );
  } catch (err) {
    if (!isStale()) replace(main, errorBox(err));
    return;
  }
  if (isStale()) return;
  const hits = data.search.edges.map((e) => e.node);
  replace(
    main,
    h('h1', null, `Results for “${q}”`),
    h('p', { class: 'muted', role: 'status' }, `${data.search.totalCount} match${data.search.totalCount === 1 ? '' : 'es'}`),
    h(
      'ul',
      { class: 'results' },
      hits.map((hit) =>
        hit.entity
          ? h('li', null, typeBadge(hit.entity.type), ' ', entityLink(hit.entity), hit.matched && hit.matched !== hit.entity.name ? h('span', { class: 'muted' }, ` (as “${hit.matched}”)`) : null, h('span', { class: 'muted' }, ` · ${hit.entity.mentionCount} mention${hit.entity.mentionCount === 1 ? '' : 's'}`))
          : hit.quote
            ? h('li', null, h('span', { class: 'badge' }, 'Quote'), ' ', h('q', null, hit.quote.text), ' — ', hit.quote.speaker ? entityLink(hit.quote.speaker) : h('span', { class: 'muted' }, 'unattributed'), ', ', articleLink(hit.quote.article))
            : null,
      ),
    ),
  );
}

// ---- entity page ----

interface EntityPage {
  entity:
    | (EntityBrief & {
        aliases: string[];
        role?: string | null;
        kind?: string;
        date?: string | null;
        activity: { firstSeen: string | null; lastSeen: string | null; months: MonthCount[]; outlets: { outlet: string; articles: number }[] };
        mentions: { totalCount: number; edges: { node: { aliases: string[]; count: number } }[] };
        relations: RelationBrief[];
      })
    | null;
}

const RELATIONS_QUERY = `relations(types: [MET_WITH, ALLIED_WITH], first: 50) { type status articleCount firstSeen lastSeen other { ${ENTITY_BRIEF} } }`;

export async function renderEntity(main: HTMLElement, id: string, params: URLSearchParams, navigate: (params: URLSearchParams) => void, isStale: () => boolean): Promise<void> {
  performance.clearMarks('entity-start');
  performance.mark('entity-start');
  document.body.dataset.state = 'loading';
  // Quotes and events need only the id: asked at the same time as the entity (one round trip of latency, not three).
  const quotes = fetchQuotes(id, params);
  const events = fetchEvents(id);
  quotes.catch(() => undefined);
  events.catch(() => undefined);
  let page: EntityPage;
  try {
    page = await gql<EntityPage>(
      `query ExploreEntity($id: String!) { entity(id: $id) { ${ENTITY_BRIEF} aliases
        ... on Person { role } ... on Event { kind date }
        activity { firstSeen lastSeen months { month articles mentions } outlets { outlet articles } }
        mentions(first: 100) { totalCount edges { node { aliases count } } }
        ${RELATIONS_QUERY} } }`,
      { id },
    );
  } catch (err) {
    if (!isStale()) replace(main, errorBox(err));
    return;
  }
  if (isStale()) return;
  const e = page.entity;
  if (!e) {
    replace(main, h('h1', null, 'Not found'), h('p', null, `No entity is called or has the id “${id}”. `, h('a', { href: '#/' }, 'Search instead')));
    document.body.dataset.state = 'ready';
    return;
  }
  document.title = `${e.name} · newsgraph explorer`;

  // How the articles named it: every alias with the number of articles using it (read from the mentions).
  const aliasArticles = new Map<string, number>();
  for (const { node } of page.entity!.mentions.edges) for (const a of node.aliases) aliasArticles.set(a, (aliasArticles.get(a) ?? 0) + 1);
  const aliases = [...new Set([...e.aliases, ...aliasArticles.keys()])].filter((a) => a !== e.name);

  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', null, 'Type'),
    h('dd', null, typeBadge(e.type), e.kind ? ` ${e.kind}` : null),
    e.role ? [h('dt', null, 'Role'), h('dd', null, e.role)] : null,
    e.date ? [h('dt', null, 'Date'), h('dd', null, e.date)] : null,
    h('dt', null, 'Mentions'),
    h('dd', null, `${e.mentionCount} in ${e.mentions.totalCount} article${e.mentions.totalCount === 1 ? '' : 's'}`),
    h('dt', null, 'First seen'),
    h('dd', null, e.activity.firstSeen ?? '—'),
    h('dt', null, 'Last seen'),
    h('dd', null, e.activity.lastSeen ?? '—'),
    h('dt', null, 'Aliases'),
    h(
      'dd',
      null,
      aliases.length
        ? h('ul', { class: 'inline' }, aliases.map((a) => h('li', null, a, aliasArticles.has(a) ? h('span', { class: 'muted' }, ` (${aliasArticles.get(a)} article${aliasArticles.get(a) === 1 ? '' : 's'})`) : h('span', { class: 'muted' }, ' (linked name)'))))
        : h('span', { class: 'muted' }, 'none'),
    ),
  );

  const networkSection = h('section', { class: 'network', 'aria-labelledby': 'network-h' });
  const quotesSection = h('section', { class: 'quotes', 'aria-labelledby': 'quotes-h' });
  const timelineSection = h('section', { class: 'timeline', 'aria-labelledby': 'timeline-h' });
  replace(
    main,
    h('h1', null, e.name),
    facts,
    editSection(e, entityHref),
    compareForm(e.name),
    networkSection,
    quotesSection,
    timelineSection,
  );
  await Promise.all([
    drawNetwork(networkSection, e, e.relations, params, navigate, isStale),
    drawQuotes(quotesSection, e, params, quotes, navigate, isStale),
    drawTimeline(timelineSection, e.activity.months, events, isStale),
  ]);
  if (isStale()) return;
  performance.mark('entity-drawn');
  performance.measure('entity-page', 'entity-start', 'entity-drawn');
  document.body.dataset.state = 'ready';
}

/** "Between this and …" and "Path from this to …": the other end by name or id. */
function compareForm(name: string): HTMLElement {
  const other = h('input', { id: 'other-entity', name: 'other', required: true, placeholder: 'e.g. Russia', autocomplete: 'off' });
  const go = (make: (a: string, b: string) => string) => (ev: Event) => {
    ev.preventDefault();
    if (other.value.trim()) location.hash = make(name, other.value.trim());
  };
  return h(
    'form',
    { class: 'compare', onsubmit: go(betweenHref) },
    h('label', { for: 'other-entity' }, `Compare ${name} with`),
    other,
    h('button', { type: 'submit' }, 'Between'),
    h('button', { type: 'button', onclick: go((a, b) => pathHref(a, b)) }, 'Path'),
  );
}

async function fetchRelations(id: string): Promise<{ entity: EntityBrief & { relations: RelationBrief[] } }> {
  return gql(`query ExploreRelations($id: String!) { entity(id: $id) { ${ENTITY_BRIEF} ${RELATIONS_QUERY} } }`, { id });
}

async function drawNetwork(
  section: HTMLElement,
  center: EntityBrief,
  relations: RelationBrief[],
  params: URLSearchParams,
  navigate: (params: URLSearchParams) => void,
  isStale: () => boolean,
): Promise<void> {
  const hops = params.get('hops') === '2' ? 2 : 1;
  const box = h('div', { class: 'graph', id: 'network', role: 'img', 'aria-label': `Network of ${center.name}'s relations; the same relations are listed below it` });
  const evidence = h('div', { class: 'evidence', id: 'edge-evidence', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Click an edge (or “Evidence” in the list) for the sentences that state it; click a node to expand its relations.'));
  const list = h('tbody');
  const status = h('p', { class: 'muted', role: 'status' });
  const hopSelect = h('select', { id: 'hops', onchange: () => navigate(withParam(params, 'hops', hopSelect.value === '1' ? null : hopSelect.value)) }, h('option', { value: '1' }, '1 hop'), h('option', { value: '2' }, '2 hops'));
  hopSelect.value = String(hops);
  const downloads = h(
    'p',
    { class: 'downloads' },
    'Download this network: ',
    [
      ['graph.gexf', 'GEXF (Gephi)'],
      ['graph.graphml', 'GraphML'],
      ['nodes.csv', 'nodes.csv'],
      ['edges.csv', 'edges.csv'],
      ['quotes.csv', 'quotes.csv'],
    ].flatMap(([file, label], i) => [i ? ' · ' : '', h('a', { href: `/export/${file}?${new URLSearchParams({ entity: center.id, hops: String(hops) })}`, download: `newsgraph-${file}`, class: 'download' }, label)]),
  );
  replace(
    section,
    h('h2', { id: 'network-h' }, 'Relations'),
    h('div', { class: 'toolbar' }, h('label', { for: 'hops' }, 'Show'), hopSelect, downloads),
    legend(),
    h('div', { class: 'network-row' }, box, evidence),
    status,
    h('table', { class: 'relations' }, h('caption', null, 'Relations in the network'), h('thead', null, h('tr', null, ['From', 'Relation', 'To', 'Status', 'Articles', 'Seen', ''].map((c) => h('th', { scope: 'col' }, c)))), list),
  );
  const showEvidence = (edge: EdgeInfo) => void drawEvidence(evidence, edge);
  const network = new NetworkView(box, { onEdge: showEvidence, onNode: (e) => void expand(e) });
  current.network = network;
  (window as unknown as { newsgraphExplorer: unknown }).newsgraphExplorer = { network };

  const rows = new Map<string, HTMLElement>();
  const addRows = () => {
    network.graph.forEachEdge((key, attrs) => {
      if (rows.has(key)) return;
      const { info } = attrs;
      const row = h(
        'tr',
        null,
        h('td', null, entityLink(info.source)),
        h('td', null, h('span', { class: 'swatch', style: `background:${attrs.color}` }), RELATION_LABEL[info.type]),
        h('td', null, entityLink(info.target)),
        h('td', null, statusText(info.status)),
        h('td', null, info.articleCount),
        h('td', null, [info.firstSeen, info.lastSeen].filter(Boolean).filter((d, i, all) => all.indexOf(d) === i).join(' – ')),
        h('td', null, h('button', { type: 'button', class: 'small', onclick: () => showEvidence(info) }, 'Evidence')),
      );
      rows.set(key, row);
      list.append(row);
    });
    status.textContent = `${network.graph.order} entities, ${network.graph.size} relations; layout ${Math.round(network.lastLayoutMs)} ms`;
    box.dataset.nodes = String(network.graph.order);
    box.dataset.edges = String(network.graph.size);
  };
  const expand = async (e: EntityBrief) => {
    if (network.isExpanded(e.id)) return void (location.hash = entityHref(e.id));
    const { entity } = await fetchRelations(e.id);
    if (isStale() || !entity) return;
    network.addRelations(entity, entity.relations);
    await network.layout();
    addRows();
  };

  network.addRelations(center, relations);
  if (hops === 2) {
    const neighbours = relations.map((r) => r.other.id);
    const results = await Promise.all(neighbours.map((id) => fetchRelations(id).catch(() => null)));
    if (isStale()) return;
    for (const r of results) if (r?.entity) network.addRelations(r.entity, r.entity.relations);
  }
  await network.layout();
  if (isStale()) return;
  addRows();
  if (!network.graph.size) evidence.replaceChildren(h('p', { class: 'muted' }, 'No stated meetings or alliances.'));
}

function legend(): HTMLElement {
  const item = (color: string, text: string, round = false) => h('li', null, h('span', { class: round ? 'swatch dot' : 'swatch', style: `background:${color}` }), text);
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    Object.entries(NODE_COLOR).map(([type, color]) => item(color, TYPE_LABEL[type], true)),
    // The network draws stated relations only (co-mentions are in "between A and B"), so their colour is not listed.
    Object.entries(EDGE_COLOR).filter(([key]) => key !== 'CO_MENTIONED').map(([key, color]) => {
      const [type, status] = key.split(':');
      return item(color, `${RELATION_LABEL[type]}${status ? ` (${status.toLowerCase()})` : ''}`);
    }),
  );
}

async function drawEvidence(box: HTMLElement, edge: EdgeInfo): Promise<void> {
  replace(box, h('p', { class: 'muted' }, 'Loading evidence…'));
  try {
    const data = await gql<{ between: { data?: { type: string; evidence: Evidence[] }[]; message?: string } }>(
      `query ExploreEdge($a: String!, $b: String!) { between(a: $a, b: $b) {
        ... on QueryBetweenSuccess { data { type evidence(first: 10) { ${EVIDENCE_FIELDS} } } }
        ... on EntityNotFoundError { message } } }`,
      { a: edge.source.id, b: edge.target.id },
    );
    const evidence = (data.between.data ?? []).filter((r) => r.type === edge.type).flatMap((r) => r.evidence);
    replace(
      box,
      h('h3', null, `${edge.source.name} ${RELATION_LABEL[edge.type]} ${edge.target.name}`),
      h('p', { class: 'muted' }, `${statusText(edge.status)} · ${edge.articleCount} article${edge.articleCount === 1 ? '' : 's'} · `, h('a', { href: betweenHref(edge.source.id, edge.target.id) }, 'everything between them')),
      evidenceList(evidence, true),
    );
  } catch (err) {
    replace(box, errorBox(err));
  }
}

/** Evidence sentences; `editable` (the entity page) adds a Retract control to each stored one for a signed-in editor. */
function evidenceList(evidence: Evidence[], editable = false): HTMLElement {
  if (!evidence.length) return h('p', { class: 'muted' }, 'No evidence sentences.');
  return h(
    'ul',
    { class: 'evidence-list' },
    evidence.map((ev) =>
      h(
        'li',
        null,
        h('blockquote', { class: 'sentence' }, ev.sentence ?? '(named in the same article)'),
        ev.status ? h('span', { class: 'badge' }, statusText(ev.status)) : null,
        ' ',
        articleLink(ev.article),
        editable && ev.id ? [' ', retractControl('evidence', ev.id, `evidence “${shorten(ev.sentence ?? '')}”`)] : null,
      ),
    ),
  );
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

// ---- quotes by and about, with filters kept in the URL ----

interface QuoteItem {
  id: string;
  text: string;
  direct: boolean;
  stance: boolean;
  cue: string | null;
  publishedAt: string | null;
  speaker: { id: string; name: string } | null;
  evidence: { sentence: string | null };
  article: { title: string; url: string | null; source: string | null; publishedAt: string | null };
}
type QuoteConnection = { totalCount: number; edges: { node: QuoteItem }[] };

function withParam(params: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

function quoteFilters(params: URLSearchParams) {
  return {
    from: params.get('from') || null,
    to: params.get('to') || null,
    outlet: params.get('outlet') || null,
    direct: params.get('direct') === 'direct' ? true : params.get('direct') === 'reported' ? false : null,
    stance: params.get('stance') === 'stance' ? true : params.get('stance') === 'speech' ? false : null,
  };
}

function fetchQuotes(id: string, params: URLSearchParams): Promise<{ by: QuoteConnection; about: QuoteConnection }> {
  const quoteFields = `totalCount edges { node { id text direct stance cue publishedAt speaker { id name } evidence { sentence } article { ${ARTICLE_BRIEF} } } }`;
  const args = 'from: $from, to: $to, outlet: $outlet, direct: $direct, stance: $stance, first: 25';
  return gql(
    `query ExploreQuotes($id: String!, $from: String, $to: String, $outlet: String, $direct: Boolean, $stance: Boolean) {
      by: quotes(speaker: $id, ${args}) { ${quoteFields} }
      about: quotes(about: $id, ${args}) { ${quoteFields} } }`,
    { id, ...quoteFilters(params) },
  );
}

async function drawQuotes(
  section: HTMLElement,
  e: EntityBrief & { activity: { outlets: { outlet: string; articles: number }[] } },
  params: URLSearchParams,
  quotes: ReturnType<typeof fetchQuotes>,
  navigate: (p: URLSearchParams) => void,
  isStale: () => boolean,
): Promise<void> {
  const filters = quoteFilters(params);
  const from = h('input', { type: 'date', id: 'q-from', name: 'from', value: filters.from ?? '' });
  const to = h('input', { type: 'date', id: 'q-to', name: 'to', value: filters.to ?? '' });
  const outlet = h('select', { id: 'q-outlet', name: 'outlet' }, h('option', { value: '' }, 'any outlet'), e.activity.outlets.map((o) => h('option', { value: o.outlet }, `${o.outlet} (${o.articles})`)));
  outlet.value = filters.outlet ?? '';
  const direct = h('select', { id: 'q-direct', name: 'direct' }, h('option', { value: '' }, 'direct and reported'), h('option', { value: 'direct' }, 'direct only'), h('option', { value: 'reported' }, 'reported only'));
  direct.value = params.get('direct') ?? '';
  // Stance attributions ("cited …", "refused to …") are the reporter's words for a position, not speech.
  const stance = h('select', { id: 'q-stance', name: 'stance' }, h('option', { value: '' }, 'speech and stance'), h('option', { value: 'speech' }, 'speech only'), h('option', { value: 'stance' }, 'stance only'));
  stance.value = params.get('stance') ?? '';
  const form = h(
    'form',
    {
      class: 'filters',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        let next = params;
        for (const [k, v] of [['from', from.value], ['to', to.value], ['outlet', outlet.value], ['direct', direct.value], ['stance', stance.value]] as const) next = withParam(next, k, v || null);
        navigate(next);
      },
    },
    h('label', { for: 'q-from' }, 'From'),
    from,
    h('label', { for: 'q-to' }, 'To'),
    to,
    h('label', { for: 'q-outlet' }, 'Outlet'),
    outlet,
    h('label', { for: 'q-direct' }, 'Kind'),
    direct,
    h('label', { for: 'q-stance' }, 'Speech'),
    stance,
    h('button', { type: 'submit' }, 'Filter quotes'),
  );
  replace(section, h('h2', { id: 'quotes-h' }, 'Quotes'), form, h('p', { class: 'muted' }, 'Loading quotes…'));
  try {
    const data = await quotes;
    if (isStale()) return;
    replace(
      section,
      h('h2', { id: 'quotes-h' }, 'Quotes'),
      form,
      e.type === 'PERSON' ? quoteBlock(`Said by ${e.name}`, data.by, 'quotes-by') : null,
      quoteBlock(`About ${e.name}`, data.about, 'quotes-about'),
    );
  } catch (err) {
    if (!isStale()) replace(section, h('h2', { id: 'quotes-h' }, 'Quotes'), form, errorBox(err));
  }
}

function quoteBlock(title: string, conn: QuoteConnection, id: string): HTMLElement {
  return h(
    'div',
    { class: 'quote-block', id },
    h('h3', null, title, h('span', { class: 'muted' }, ` (${conn.totalCount})`)),
    conn.edges.length
      ? h(
          'ul',
          { class: 'quote-list' },
          conn.edges.map(({ node: q }) =>
            h(
              'li',
              null,
              h('p', { class: 'quote' }, h('span', { class: 'badge' }, q.direct ? 'direct' : 'reported'), ' ', q.stance ? h('span', { class: 'badge', title: 'a position in the reporter\'s words, not speech' }, `stance: ${q.cue ?? ''}`) : null, q.stance ? ' ' : null, h('q', null, q.text), ' — ', q.speaker ? entityLink(q.speaker) : h('span', { class: 'muted' }, 'unattributed')),
              q.evidence.sentence ? h('blockquote', { class: 'sentence' }, q.evidence.sentence) : null,
              articleLink(q.article),
              ' ',
              retractControl('quote', q.id, `quote “${shorten(q.text)}”`),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'None with these filters.'),
  );
}

// ---- timeline ----

type TimelineEvent = { id: string; name: string; kind: string; date: string | null };

function fetchEvents(id: string): Promise<{ timeline: { edges: { node: { date: string | null; event: TimelineEvent | null } }[] } }> {
  return gql(`query ExploreTimeline($id: String!) { timeline(entity: $id, first: 100) { edges { node { date event { id name kind date } } } } }`, { id });
}

async function drawTimeline(section: HTMLElement, months: MonthCount[], events: ReturnType<typeof fetchEvents>, isStale: () => boolean): Promise<void> {
  replace(section, h('h2', { id: 'timeline-h' }, 'Timeline'), monthChart(months), h('h3', null, 'Events'), h('p', { class: 'muted' }, 'Loading events…'));
  try {
    const data = await events;
    if (isStale()) return;
    // An event reported by several articles appears once.
    const seen = new Map<string, TimelineEvent>();
    for (const { node } of data.timeline.edges) if (node.event && !seen.has(node.event.id)) seen.set(node.event.id, node.event);
    section.lastElementChild!.replaceWith(
      seen.size
        ? h('ol', { class: 'events' }, [...seen.values()].map((ev) => h('li', null, h('time', null, ev.date ?? 'undated'), ' ', entityLink(ev), h('span', { class: 'muted' }, ` (${ev.kind})`))))
        : h('p', { class: 'muted' }, 'No events.'),
    );
  } catch (err) {
    if (!isStale()) section.lastElementChild!.replaceWith(errorBox(err));
  }
}

// ---- between and path ----

export async function renderBetween(main: HTMLElement, a: string, b: string, isStale: () => boolean): Promise<void> {
  document.body.dataset.state = 'loading';
  try {
    const data = await gql<{ between: { data?: { type: string; status: string | null; articleCount: number; entity: EntityBrief; other: EntityBrief; evidence: Evidence[] }[]; message?: string } }>(
      `query ExploreBetween($a: String!, $b: String!) { between(a: $a, b: $b) {
        ... on QueryBetweenSuccess { data { type status articleCount entity { ${ENTITY_BRIEF} } other { ${ENTITY_BRIEF} } evidence(first: 10) { ${EVIDENCE_FIELDS} } } }
        ... on EntityNotFoundError { message } } }`,
      { a, b },
    );
    if (isStale()) return;
    const rels = data.between.data;
    replace(
      main,
      h('h1', null, `Between ${a} and ${b}`),
      h('p', null, h('a', { href: pathHref(a, b) }, `Path from ${a} to ${b}`)),
      !rels
        ? h('p', { class: 'error', role: 'alert' }, data.between.message ?? 'Not found')
        : rels.length
          ? rels.map((r) =>
              h(
                'section',
                { class: 'hop' },
                h('h2', null, entityLink(r.entity), ` ${RELATION_LABEL[r.type]} `, entityLink(r.other)),
                h('p', { class: 'muted' }, `${statusText(r.status)}${r.status ? ' · ' : ''}${r.articleCount} article${r.articleCount === 1 ? '' : 's'}`),
                evidenceList(r.evidence),
              ),
            )
          : h('p', { class: 'muted' }, 'Nothing links them: no stated relation and no shared article.'),
    );
  } catch (err) {
    if (!isStale()) replace(main, errorBox(err));
  }
  document.body.dataset.state = 'ready';
}

export async function renderPath(main: HTMLElement, a: string, b: string, hops: number, isStale: () => boolean): Promise<void> {
  document.body.dataset.state = 'loading';
  try {
    const data = await gql<{ path: { data?: { length: number; hops: { from: EntityBrief; to: EntityBrief; type: string; evidence: Evidence[] }[] }[]; message?: string } }>(
      `query ExplorePath($a: String!, $b: String!, $hops: Int!) { path(from: $a, to: $b, maxHops: $hops) {
        ... on QueryPathSuccess { data { length hops { type from { ${ENTITY_BRIEF} } to { ${ENTITY_BRIEF} } evidence(first: 3) { ${EVIDENCE_FIELDS} } } } }
        ... on EntityNotFoundError { message } } }`,
      { a, b, hops },
    );
    if (isStale()) return;
    const paths = data.path.data;
    replace(
      main,
      h('h1', null, `Path from ${a} to ${b}`),
      h('p', null, h('a', { href: betweenHref(a, b) }, `Everything between ${a} and ${b}`), ` · at most ${hops} hops`),
      !paths
        ? h('p', { class: 'error', role: 'alert' }, data.path.message ?? 'Not found')
        : paths.length
          ? paths.map((p, i) =>
              h(
                'section',
                { class: 'path' },
                h('h2', null, `Path ${i + 1}: ${p.length} hop${p.length === 1 ? '' : 's'}`),
                h(
                  'ol',
                  { class: 'hops' },
                  p.hops.map((hop) => h('li', { class: 'hop' }, h('h3', null, entityLink(hop.from), ` ${RELATION_LABEL[hop.type]} `, entityLink(hop.to)), evidenceList(hop.evidence))),
                ),
              ),
            )
          : h('p', { class: 'muted' }, `No path within ${hops} hops.`),
    );
  } catch (err) {
    if (!isStale()) replace(main, errorBox(err));
  }
  document.body.dataset.state = 'ready';
}
