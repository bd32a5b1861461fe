// Event trigger words by kind: a trigger in a sentence makes an Event with that kind.

export const EVENT_TRIGGERS: Record<string, readonly string[]> = {
  press_conference: ['press conference', 'news conference', 'press briefing', 'news briefing', 'joint press conference'],
  summit: ['summit'],
  meeting: ['meeting', 'meetings', 'met with', 'met', 'talks', 'face-to-face encounter', 'sit-down'],
  visit: ['visit', 'visited', 'visiting', 'trip to', 'traveled to', 'travelled to', 'state visit'],
  strike: ['missile strike', 'missile strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'drone strike', 'drone strikes', 'strike', 'strikes', 'bombing', 'bombings', 'shelling'],
  attack: ['attack', 'attacks', 'chemical attack', 'chemical weapons attack', 'terror attack', 'terrorist attack', 'suicide bombing', 'assault', 'massacre', 'shooting'],
  election: ['election', 'elections', 'presidential election', 'vote', 'referendum', 'ballot', 'primary'],
};

/** Kinds checked first when a sentence has several triggers (the more specific wins). */
export const EVENT_KIND_ORDER = ['press_conference', 'summit', 'strike', 'attack', 'election', 'meeting', 'visit'] as const;
