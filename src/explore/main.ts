// The explorer's entry point: the search box (as you type), the hash router and the home page.
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { setRefresh } from './curate.js';
import { h, replace } from './dom.js';
import { betweenHref, entityHref, parseRoute, pathHref, searchHref } from './router.js';
import { leaveView, renderBetween, renderEntity, renderPath, renderSearch } from './views.js';

const main = document.getElementById('view')!;
const search = document.getElementById('search') as HTMLInputElement;
let generation = 0;

function home(): void {
  const a = h('input', { id: 'from-entity', required: true, placeholder: 'e.g. Vladimir Putin', autocomplete: 'off' });
  const b = h('input', { id: 'to-entity', required: true, placeholder: 'e.g. Sean Spicer', autocomplete: 'off' });
  const go = (make: (a: string, b: string) => string) => (ev: Event) => {
    ev.preventDefault();
    if (a.value.trim() && b.value.trim()) location.hash = make(a.value.trim(), b.value.trim());
  };
  replace(
    main,
    h('h1', null, 'Explore the news graph'),
    h('p', null, 'Search people, countries, organizations, events and quotes above, or see how two of them connect.'),
    h(
      'form',
      { class: 'compare', onsubmit: go(betweenHref) },
      h('label', { for: 'from-entity' }, 'From'),
      a,
      h('label', { for: 'to-entity' }, 'to'),
      b,
      h('button', { type: 'submit' }, 'Between'),
      h('button', { type: 'button', onclick: go((x, y) => pathHref(x, y)) }, 'Path'),
    ),
  );
  document.body.dataset.state = 'ready';
}

async function route(): Promise<void> {
  const mine = ++generation;
  const isStale = () => mine !== generation;
  const r = parseRoute(location.hash);
  // Which route the page's state belongs to: a test (or a script) waits for `ready` on the route it asked for, not the last one.
  document.body.dataset.route = location.hash;
  document.body.dataset.state = 'loading';
  leaveView();
  document.title = 'newsgraph explorer';
  if (r.view === 'search') {
    if (search.value !== r.q) search.value = r.q;
    await renderSearch(main, r.q, isStale);
    if (!isStale()) document.body.dataset.state = 'ready';
  } else if (r.view === 'entity') {
    await renderEntity(main, r.id, r.params, (p) => (location.hash = entityHref(r.id, p)), isStale);
  } else if (r.view === 'between') await renderBetween(main, r.a, r.b, isStale);
  else if (r.view === 'path') await renderPath(main, r.a, r.b, r.hops, isStale);
  else home();
  if (!isStale() && r.view !== 'search') main.focus({ preventScroll: true });
}

// Search as you type: the URL follows the box (replaced, not pushed, so Back skips the keystrokes).
let timer: number | undefined;
search.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    const q = search.value.trim();
    history.replaceState(null, '', q ? searchHref(q) : '#/');
    void route();
  }, 200);
});
document.getElementById('search-form')!.addEventListener('submit', (ev) => {
  ev.preventDefault();
  location.hash = searchHref(search.value.trim());
});
window.addEventListener('hashchange', () => void route());
// After an editor's change the current view is drawn again from the server's data.
setRefresh(() => void route());
void route();
