// Cue patterns for MET_WITH and ALLIED_WITH; `X`/`Y` are entity slots filled by mentions in the same sentence.

/** Words between two parties that state a meeting: "X met with Y", "X hosted Y". */
export const MEET_VERBS = ['met with', 'met', 'meets with', 'meets', 'meeting with', 'will meet with', 'will meet', 'to meet with', 'to meet', 'hosted', 'hosts', 'hosting', 'welcomed', 'received', 'sat down with', 'talked with', 'spoke with', 'held talks with', 'holds talks with', 'hold talks with', 'holding talks with', 'had talks with', 'conferred with', 'negotiated with', 'visited'];

/** Nouns of meeting events: "talks between X and Y", "a meeting with Y". */
export const MEET_NOUNS = ['meeting', 'meetings', 'talks', 'summit', 'encounter', 'face-to-face encounter', 'conversation', 'phone call', 'call', 'negotiations', 'discussions', 'visit', 'sit-down', 'session', 'bilateral'];

/** Verbs of support between two parties: "X backs Y", "X stood by Y". */
export const ALLY_VERBS = ['backs', 'backed', 'backing', 'back', 'supports', 'supported', 'supporting', 'support', 'stood by', 'stands by', 'standing by', 'stand by', 'allied with', 'allies with', 'sided with', 'sides with', 'propped up', 'props up', 'propping up', 'armed', 'arming', 'defended', 'defends', 'defending'];

/** Nouns of alliance: "X's ally Y", "alliance with Y". */
export const ALLY_NOUNS = ['ally', 'allies', 'alliance', 'alliances', 'partner', 'partners', 'patron', 'backer', 'backers', 'supporter', 'supporters', 'protector'];
