// Event trigger words by kind: a trigger in a sentence makes an Event with that kind (one per kind and sentence).
// The contact kinds (meeting … gathering) follow the ACE / WikiEvents "contact" family: meet, negotiate, agree, call, write.

export const EVENT_TRIGGERS: Record<string, readonly string[]> = {
  press_conference: ['press conference', 'news conference', 'press briefing', 'news briefing', 'joint press conference'],
  summit: ['summit', 'summits'],
  meeting: [
    'meeting', 'meetings', 'met with', 'met', 'meet', 'meets', 'talks', 'face-to-face encounter', 'sit-down', 'discussed',
    'discuss', 'discussing', 'discussions', 'greets', 'greeted', 'hosted', 'conferred', 'conferring', 'attend', 'attends', 'attended',
  ],
  negotiation: ['negotiations', 'negotiation', 'negotiate', 'negotiated', 'negotiating', 'dialogue', 'peace talks'],
  agreement: ['agreement', 'agreements', 'treaty', 'treaties', 'ceasefire', 'cease-fire', 'accord', 'peace deal', 'pact', 'truce'],
  call: [
    'phone call', 'phone calls', 'telephone', 'call with', 'calls with', 'spoke with', 'spoke to', 'speaks with', 'speaks to',
    'spoken with', 'talked with', 'talked to', 'conversation', 'conversations', 'email', 'emails', 'e-mail', 'e-mails',
  ],
  conference: ['conference', 'conferences', 'convention', 'forum', 'convene', 'convened', 'convenes'],
  debate: ['debate', 'debates', 'town hall'],
  interview: ['interview', 'interviews', 'interviewed'],
  gathering: ['rally', 'rallies', 'ceremony', 'funeral', 'burial', 'burials', 'vigil', 'inauguration', 'gathered', 'gather'],
  visit: ['visit', 'visits', 'visited', 'visiting', 'trip to', 'traveled to', 'travelled to', 'state visit'],
  strike: ['missile strike', 'missile strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'drone strike', 'drone strikes', 'strike', 'strikes', 'bombing', 'bombings', 'shelling'],
  attack: ['attack', 'attacks', 'chemical attack', 'chemical weapons attack', 'terror attack', 'terrorist attack', 'suicide bombing', 'assault', 'massacre', 'shooting'],
  election: ['election', 'elections', 'presidential election', 'vote', 'referendum', 'ballot', 'primary'],
};

/** Kinds in the order their events are listed for a sentence (the more specific first). */
export const EVENT_KIND_ORDER = [
  'press_conference', 'summit', 'strike', 'attack', 'election', 'negotiation', 'agreement', 'call', 'conference', 'debate',
  'interview', 'gathering', 'meeting', 'visit',
] as const;

/** Kinds where people meet or communicate: their participants are everyone named in the trigger's clause. */
export const CONTACT_KINDS: ReadonlySet<string> = new Set([
  'press_conference', 'summit', 'meeting', 'negotiation', 'agreement', 'call', 'conference', 'debate', 'interview', 'gathering', 'visit',
]);
