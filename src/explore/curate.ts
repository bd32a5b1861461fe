// The editor's controls on the entity page: a bearer token pasted once (kept in this tab's sessionStorage), merging the
// shown entity with another, retracting a quote or a relation's evidence, and undoing the last change.
import { ApiError, gql, type EntityBrief } from './api.js';
import { h, replace, TYPE_LABEL } from './dom.js';

const STORAGE_KEY = 'newsgraph.editor';
const UNDO_REASON = 'undone from the explorer';

interface Editor {
  token: string;
  name: string;
  role: string;
  canEdit: boolean;
}

/** What the last change left, shown once on the page drawn after it (the page is redrawn from the server's data). */
let notice: { text: string; auditId: string | null } | null = null;
let onChanged: () => void = () => location.reload();

/** main.ts tells how to redraw the current view after a change. */
export function setRefresh(refresh: () => void): void {
  onChanged = refresh;
}

export function signedIn(): Editor | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Editor | null;
    return saved && typeof saved.token === 'string' ? saved : null;
  } catch {
    return null;
  }
}

const signOut = () => sessionStorage.removeItem(STORAGE_KEY);

/** A sentence a person can act on, for each way the server refuses. */
function explain(err: unknown, editor: Editor | null): string {
  if (!(err instanceof ApiError)) return `The change failed: ${(err as Error).message}`;
  if (err.code === 'UNAUTHENTICATED') return 'The server does not accept this token (unknown or revoked). Nothing was changed; sign in again with a valid editor token.';
  if (err.code === 'FORBIDDEN') return `Not allowed: the token of ${editor?.name ?? 'this user'} has the role ${editor?.role ?? 'reader'}, and changes need an editor token. Nothing was changed.`;
  if (err.code === 'RATE_LIMITED') return `Too many changes in a short time: ${err.message}. Nothing was changed.`;
  return `The change was refused: ${err.message}`;
}

/** Runs one mutation with the stored token; on success keeps a notice (with undo) and redraws; on failure says why in `status`. */
async function change<T>(status: HTMLElement, mutation: string, variables: Record<string, unknown>, done: (data: T) => { text: string; auditId: string | null; goTo?: string }): Promise<void> {
  const editor = signedIn();
  replace(status, h('span', { class: 'muted' }, 'Saving…'));
  try {
    const data = await gql<T>(mutation, variables, editor?.token);
    const next = done(data);
    notice = { text: next.text, auditId: next.auditId };
    if (next.goTo && next.goTo !== location.hash) location.hash = next.goTo;
    else onChanged();
  } catch (err) {
    if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') signOut();
    replace(status, h('span', { class: 'error', role: 'alert' }, explain(err, editor)));
  }
}

const reasonField = (id: string, label: string) => [h('label', { for: id }, label), h('input', { id, name: 'reason', required: true, maxlength: 2000, autocomplete: 'off', class: 'reason' })];

/**
 * The "Edit" section of an entity page: for a visitor, a collapsed sign-in form; for a signed-in user, who they are,
 * the notice of the last change (with undo) and the merge form.
 */
export function editSection(entity: EntityBrief, hrefOf: (id: string) => string): HTMLElement {
  const editor = signedIn();
  const section = h('section', { class: 'edit', 'aria-labelledby': 'edit-h' });
  if (!editor) {
    replace(section, h('h2', { id: 'edit-h', class: 'visually-hidden' }, 'Edit'), signInForm());
    return section;
  }
  replace(
    section,
    h('h2', { id: 'edit-h' }, 'Edit'),
    h(
      'p',
      { class: 'signed-in' },
      `Signed in as ${editor.name} (${editor.role}). `,
      editor.canEdit ? null : h('span', { class: 'hint' }, 'This role may read only: the server will refuse changes. '),
      h('button', { type: 'button', class: 'small secondary', onclick: () => (signOut(), onChanged()) }, 'Sign out'),
    ),
    noticeBox(),
    entity.type === 'PERSON' || entity.type === 'ORGANIZATION' ? mergeForm(entity, hrefOf) : h('p', { class: 'muted' }, `A ${TYPE_LABEL[entity.type].toLowerCase()} cannot be merged; its quotes and relations can be retracted below.`),
  );
  return section;
}

function signInForm(): HTMLElement {
  const input = h('input', { id: 'editor-token', type: 'password', required: true, autocomplete: 'off', spellcheck: 'false' });
  const status = h('p', { id: 'sign-in-status' });
  const form = h(
    'form',
    {
      class: 'sign-in',
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        const token = input.value.trim();
        if (!token) return;
        try {
          const { viewer } = await gql<{ viewer: Omit<Editor, 'token'> | null }>('query ExploreViewer { viewer { name role canEdit } }', {}, token);
          if (!viewer) throw new ApiError('the server did not say who this token belongs to', 'UNAUTHENTICATED');
          sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ token, ...viewer }));
          onChanged();
        } catch (err) {
          replace(status, h('span', { class: 'error', role: 'alert' }, explain(err, null)));
        }
      },
    },
    h('label', { for: 'editor-token' }, 'Bearer token'),
    input,
    h('button', { type: 'submit' }, 'Sign in'),
  );
  return h(
    'details',
    { class: 'editor-sign-in' },
    h('summary', null, 'Editors: sign in to merge or retract'),
    form,
    h('p', { class: 'muted' }, 'The token stays in this tab only (sessionStorage) and is sent only to check it and with changes. An administrator creates one with ', h('code', null, 'newsgraph token create --role editor --name you'), '.'),
    status,
  );
}

function noticeBox(): HTMLElement {
  const box = h('div', { class: 'edit-notice', role: 'status' });
  const shown = notice;
  notice = null;
  if (!shown) return box;
  const status = h('span');
  replace(
    box,
    h('span', null, shown.text, ' '),
    shown.auditId
      ? h(
          'button',
          {
            type: 'button',
            class: 'small secondary undo',
            onclick: () =>
              void change<{ undo: { auditId: string } }>(status, 'mutation ExploreUndo($id: String!, $reason: String!) { undo(auditId: $id, reason: $reason) { auditId } }', { id: shown.auditId, reason: UNDO_REASON }, (d) => ({
                text: `Undone (audit record ${d.undo.auditId}).`,
                auditId: null,
              })),
          },
          'Undo',
        )
      : null,
    ' ',
    status,
  );
  return box;
}

type Hit = { entity: (EntityBrief & { aliases: string[] }) | null };

function mergeForm(entity: EntityBrief, hrefOf: (id: string) => string): HTMLElement {
  const query = h('input', { id: 'merge-query', type: 'search', autocomplete: 'off', placeholder: 'name or alias' });
  const choices = h('fieldset', { class: 'merge-choices' }, h('legend', null, 'The other entity'), h('p', { class: 'muted' }, 'Type a name to find it.'));
  const keepThis = h('input', { type: 'radio', name: 'keep', id: 'keep-this', value: 'this', checked: true });
  const keepOther = h('input', { type: 'radio', name: 'keep', id: 'keep-other', value: 'other' });
  const status = h('p', { class: 'merge-status' });
  let timer: number | undefined;
  let asked = 0;
  const find = async () => {
    const q = query.value.trim();
    const mine = ++asked;
    if (q.length < 2) return;
    try {
      const data = await gql<{ search: { edges: { node: Hit }[] } }>(
        'query ExploreMergeSearch($q: String!, $types: [SearchType!]) { search(query: $q, types: $types, prefix: true, first: 10) { edges { node { entity { id name type mentionCount aliases } } } } }',
        { q, types: [entity.type] },
      );
      if (mine !== asked) return;
      const others = data.search.edges.map((e) => e.node.entity).filter((e): e is NonNullable<Hit['entity']> => !!e && e.id !== entity.id && e.type === entity.type);
      replace(
        choices,
        h('legend', null, 'The other entity'),
        others.length
          ? others.map((o, i) =>
              h(
                'div',
                { class: 'choice' },
                h('input', { type: 'radio', name: 'other', id: `merge-other-${i}`, value: o.id, required: true, 'data-name': o.name }),
                h('label', { for: `merge-other-${i}` }, `${o.name} `, h('span', { class: 'muted' }, `(${o.id}, ${o.mentionCount} mention${o.mentionCount === 1 ? '' : 's'})`)),
              ),
            )
          : h('p', { class: 'muted' }, `No other ${TYPE_LABEL[entity.type].toLowerCase()} matches “${q}”.`),
      );
    } catch (err) {
      if (mine === asked) replace(choices, h('legend', null, 'The other entity'), h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    }
  };
  const [reasonLabel, reason] = reasonField('merge-reason', 'Reason');
  const form = h(
    'form',
    {
      class: 'merge-form',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const other = choices.querySelector<HTMLInputElement>('input[name="other"]:checked');
        if (!other) return replace(status, h('span', { class: 'error', role: 'alert' }, 'Choose the other entity first.'));
        const otherName = other.dataset.name ?? other.value;
        const [into, from, fromName, intoName] = keepOther.checked ? [other.value, entity.id, entity.name, otherName] : [entity.id, other.value, otherName, entity.name];
        void change<{ mergeEntities: { auditId: string; entity: { id: string; name: string } | null } }>(
          status,
          'mutation ExploreMerge($ids: [String!]!, $into: String!, $reason: String!) { mergeEntities(ids: $ids, into: $into, reason: $reason) { auditId entity { id name } } }',
          { ids: [from], into, reason: (reason as HTMLInputElement).value },
          (d) => ({ text: `Merged ${fromName} into ${d.mergeEntities.entity?.name ?? intoName}.`, auditId: d.mergeEntities.auditId, goTo: into === entity.id ? undefined : hrefOf(into) }),
        );
      },
    },
    h('label', { for: 'merge-query' }, 'Find the other entity'),
    query,
    choices,
    h(
      'fieldset',
      { class: 'merge-keep' },
      h('legend', null, 'Which one stays (keeps its name and id)'),
      h('div', { class: 'choice' }, keepThis, h('label', { for: 'keep-this' }, `${entity.name} (this page)`)),
      h('div', { class: 'choice' }, keepOther, h('label', { for: 'keep-other' }, 'the other entity')),
    ),
    reasonLabel,
    reason,
    h('button', { type: 'submit' }, 'Merge'),
    status,
  );
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void find(), 250);
  });
  return h('details', { class: 'merge' }, h('summary', null, `Merge ${entity.name} with another ${TYPE_LABEL[entity.type].toLowerCase()}`), form);
}

/**
 * A "Retract" button for one quote or one piece of relation evidence (for a signed-in user; nothing otherwise): it
 * opens a small form asking why, then calls retractQuote or retractRelation.
 */
export function retractControl(kind: 'quote' | 'evidence', id: string, what: string): HTMLElement | null {
  if (!signedIn()) return null;
  const box = h('span', { class: 'retract' });
  const open = h('button', { type: 'button', class: 'small secondary', 'aria-expanded': 'false' }, 'Retract', h('span', { class: 'visually-hidden' }, ` ${what}`));
  open.addEventListener('click', () => {
    const fieldId = `retract-${kind}-${id.replace(/[^\w-]/g, '_')}`;
    const [label, reason] = reasonField(fieldId, `Why retract this ${kind === 'quote' ? 'quote' : 'evidence'}?`);
    const status = h('span', { class: 'retract-status' });
    const form = h(
      'form',
      {
        class: 'retract-form',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const text = (reason as HTMLInputElement).value;
          if (kind === 'quote')
            void change<{ retractQuote: { auditId: string } }>(status, 'mutation ExploreRetractQuote($id: String!, $reason: String!) { retractQuote(id: $id, reason: $reason) { auditId } }', { id, reason: text }, (d) => ({
              text: 'Quote retracted.',
              auditId: d.retractQuote.auditId,
            }));
          else
            void change<{ retractRelation: { auditId: string } }>(status, 'mutation ExploreRetractEvidence($id: String!, $reason: String!) { retractRelation(evidenceId: $id, reason: $reason) { auditId } }', { id, reason: text }, (d) => ({
              text: 'Evidence retracted; the relation was recomputed from the rest.',
              auditId: d.retractRelation.auditId,
            }));
        },
      },
      label,
      reason,
      h('button', { type: 'submit', class: 'small' }, kind === 'quote' ? 'Retract quote' : 'Retract evidence'),
      h('button', { type: 'button', class: 'small secondary', onclick: () => (replace(box, open), open.setAttribute('aria-expanded', 'false'), open.focus()) }, 'Cancel'),
      status,
    );
    open.setAttribute('aria-expanded', 'true');
    replace(box, form);
    (reason as HTMLInputElement).focus();
  });
  box.append(open);
  return box;
}
