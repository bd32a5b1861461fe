// A small hyperscript helper: every text goes in as a text node (never as HTML), so article text cannot inject markup.
type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | EventListener | undefined | null>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function replace(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren(...children.flat().filter((c): c is Node | string | number => c != null && c !== false).map((c) => (c instanceof Node ? c : String(c))));
}

/** A link to an article (opens in a new tab), or its title as text when it has no URL. */
export function articleLink(a: { title: string; url: string | null; source: string | null; publishedAt: string | null }): HTMLElement {
  const meta = [a.source, a.publishedAt].filter(Boolean).join(', ');
  const title = a.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.title) : h('span', null, a.title);
  return h('span', { class: 'article' }, title, meta ? h('span', { class: 'muted' }, ` (${meta})`) : null);
}

export const TYPE_LABEL: Record<string, string> = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization', PLACE: 'Place', EVENT: 'Event' };
export const RELATION_LABEL: Record<string, string> = { MET_WITH: 'met with', ALLIED_WITH: 'allied with', CO_MENTIONED: 'co-mentioned with' };
