// Pronoun antecedents, shared by the relation stage (MET_WITH parties) and the event stage (contact parties): he / she /
// him / his / her to the person a reader takes them for — in their sentence, the last fitting person (a subject pronoun
// continues the sentence's subject, a pronoun after "said" is the reporter, a pronoun in a fronted clause the main
// clause's subject); past it, only the subject of the sentence before, when no other person it could mean stands
// between. Moved here from relations.ts unchanged, so that both stages read "He met with Kim" alike.
// Exists for: "Schumer had meetings with Obama and Kerry. He also had dinner with …" → he = Schumer.
import type { Entity } from './types.js';
import type { Sentence } from './segment.js';
import type { LinkedMention } from './entities.js';
import { COUNTRY_BY_DEMONYM } from './lexicon/countries.js';
import { genderOfGivenName, listedForBothGenders } from './lexicon/names.js';
import { firstFrom, writtenFamilyFirst } from './quotes/speakers.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon/calendar.js';

export type Gender = 'm' | 'f' | null;

/** A pronoun of a sentence and the person it stands for. */
export interface PronounRef {
  start: number;
  end: number;
  /** The person's entity id. */
  id: string;
  /** "his", "her": it owns what follows. */
  possessive: boolean;
}

export interface PronounResolver {
  /**
   * The he / she / him / his / her of sentence `si` that stand for a person, given the sentence's mentions of people,
   * countries and bodies (text order). `open`, when given, receives the starts of the possessive pronouns whose owner
   * the sentence leaves open between two people (its subject and an object): they stand for no one.
   */
  pronounsOf(si: number, mentions: readonly LinkedMention[], open?: number[]): PronounRef[];
}

const WORD = /[\p{L}\p{N}’'-]+/gu;
function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** An honorific opening one of a person's names as written: "Mr Kim", "Mrs. May", "Ms Ardern", "Miss Otis". */
const HONORIFIC = /^(Mr|Mrs|Ms|Miss)\.?\s/;

/** Each person's gender: by the honorifics the article names them with, when all agree and no given name of one
 * gender only says otherwise ("Mr Kim" is a man, whatever "Kim" is as a given name); else by their given name — a
 * one-word name is most often a surname in news ("Kim answered …"): unknown. */
export function personGenders(entities: readonly Entity[]): Map<string, Gender> {
  return new Map(entities.filter((e) => e.type === 'Person').map((e) => {
    const honorifics = new Set(e.aliases.map((a) => HONORIFIC.exec(a)?.[1]).filter(Boolean).map((h) => (h === 'Mr' ? 'm' : 'f')));
    const parts = e.name.split(/\s+/);
    // "Kim Jong Un", "Moon Jae-in": written family name first, so the first word is no given name (the quotes' rule).
    const given = parts.length > 1 && !writtenFamilyFirst(parts) ? genderOfGivenName(parts[0]) : null;
    // (A given name of one gender only outweighs a stray honorific: a "Mrs. King" merged into Martin Luther King.)
    const oneGenderName = given !== null && !listedForBothGenders(parts[0]);
    return [e.id, honorifics.size === 1 && !oneGenderName ? ([...honorifics][0] as Gender) : given];
  }));
}

/** A person a pronoun stands for, and where the mention that names them (or the pronoun that does) stands. */
interface Antecedent {
  id: string;
  start: number;
  end: number;
}

/** Before a name opening its sentence: at most five capitalised words, "of", or lower-case titles ("SDLP leader"). */
const OPENER_LEAD = /^["“]?(?:(?:[\p{Lu}][\p{L}.’'-]*|of|leader|chief|head|spokesman|spokeswoman|spokesperson|minister|secretary|chairman|chairwoman|envoy|ambassador|adviser|advisor|official|lawmaker|senator|governor|candidate|director|commander|premier|president|chancellor)\s+){0,5}$/u;

/** A sentence opening with a definite office as its subject: "The general had talks …", "The former senator said". */
const ROLE_SUBJECT = /^["“]?The\s+(?:[\p{Ll}-]+\s+)?(?:president|general|minister|leader|chancellor|king|queen|secretary|premier|senator|governor|ambassador|envoy|prince|diplomat|congressman|congresswoman|lawmaker|official|spokesman|spokeswoman)\b(?!['’]s)/u;

/** "He"/"She" opening a sentence, after an optional fronted phrase ("In 1985, he traveled …", "After speaking to
 * Mr Lavrov on the sidelines of the meeting, he said"). */
const OPENING_PRONOUN = /^["“]?(?:[^,;:"“”]{1,120},\s+)?(He|She|he|she)\b/;
/** Before a name standing as a clause's subject: a sentence or clause start, then at most titles ("…, and Mr Abe said"). */
const CLAUSE_SUBJECT_BEFORE = /(?:^|[.!?]["”’]?\s+["“]?|[;:]\s+|,\s+(?:and|but|while|as|when|after|before|because|although|though)\s+|\b(?:but|while|when|because|although|though|whereas)\s+)(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;

/**
 * The resolver of one article. `mentions`: the article's mentions of people, countries and bodies in text order (the
 * ones the caller takes for parties); `types`: each entity's type.
 */
export function pronounResolver(body: string, sentences: readonly Sentence[], mentions: readonly LinkedMention[], types: ReadonlyMap<string, Entity['type']>, gender: ReadonlyMap<string, Gender>, roles: ReadonlyMap<string, string> = new Map()): PronounResolver {
  const personMentions = mentions.filter((m) => types.get(m.entityId) === 'Person');
  // One scan of the body per word and article (long bodies stay linear): the memo lives and dies with this resolver.
  const lowerCaseUse = new Map<string, boolean>();
  const usedInLowerCase = (word: string): boolean => {
    let found = lowerCaseUse.get(word);
    if (found === undefined) lowerCaseUse.set(word, (found = hasLowerCaseUse(body, word)));
    return found;
  };
  // The person a sentence's subject names, for a "he"/"she" in a later sentence: its opening name, or its opening
  // pronoun's own antecedent (memoised per sentence and gender).
  const subjects = new Map<string, Antecedent | null>();
  const subjectOf = (j: number, want: 'm' | 'f'): Antecedent | null => {
    const key = `${j}|${want}`;
    if (subjects.has(key)) return subjects.get(key)!;
    subjects.set(key, null); // no cycle: a sentence's subject never depends on itself
    const sj = sentences[j];
    let found: Antecedent | null = null;
    let opener: LinkedMention | undefined;
    for (let k = firstFrom(personMentions, sj.start); k < personMentions.length && personMentions[k].end <= sj.end && !opener; k++) {
      if (PREVIOUS_SUBJECT_LEAD.test(body.slice(sj.start, personMentions[k].start))) opener = personMentions[k];
    }
    // "Obama's visit ended.": a possessive name owns the subject, it is not the subject.
    if (opener && !/^['’]/.test(body.slice(opener.end, opener.end + 1))) found = { id: opener.entityId, start: opener.start, end: opener.end };
    else if (!opener) {
      const p = OPENING_PRONOUN.exec(sj.text);
      if (p && (p[1].toLowerCase() === 'he' ? 'm' : 'f') === want) {
        const at = sj.start + p.index + p[0].length - p[1].length;
        const id = crossSentence(j, at, want);
        if (id) found = { id: id.id, start: at, end: at + p[1].length };
      }
    }
    subjects.set(key, found);
    return found;
  };
  /**
   * The antecedent of a pronoun at `at` (in sentence si) found outside its sentence: the subject of the nearest earlier
   * sentence (within three) that names a person or opens with he/she, when its gender fits and no other person of that
   * gender, or of unknown gender, is named between that subject and the pronoun.
   */
  function crossSentence(si: number, at: number, want: 'm' | 'f'): Antecedent | null {
    for (let j = si - 1; j >= Math.max(0, si - 3); j--) {
      const sj = sentences[j];
      const first = personMentions[firstFrom(personMentions, sj.start)];
      if (!(first && first.end <= sj.end) && !OPENING_PRONOUN.test(sj.text)) continue;
      const subject = subjectOf(j, want);
      if (!subject) return null;
      const g = gender.get(subject.id);
      if (g && g !== want) return null;
      // Objects named between ("Trump set up meetings with Trudeau and Pena Nieto. … his meeting with Pena Nieto":
      // his = Trump) do not compete with the subject; another person standing as the subject of a clause does.
      const k0 = lastBefore(personMentions, subject.end);
      for (let k = k0 + 1; k < personMentions.length && personMentions[k].start < at; k++) {
        const x = personMentions[k];
        if (x.entityId === subject.id || (gender.get(x.entityId) && gender.get(x.entityId) !== want)) continue;
        if (CLAUSE_SUBJECT_BEFORE.test(body.slice(Math.max(0, x.start - 60), x.start))) return null;
      }
      return subject;
    }
    return null;
  }

  function pronounsOf(si: number, inSentence: readonly LinkedMention[], open?: number[]): PronounRef[] {
    const s = sentences[si];
    const out: PronounRef[] = [];
    const pronounRe = /\b(he|she|him|his|her|He|She|His|Her)\b/g;
    let m: RegExpExecArray | null;
    while ((m = pronounRe.exec(s.text))) {
      const at = s.start + m.index;
      // "He" inside a name ("Liu He") is no pronoun.
      if (inSentence.some((x) => x.start <= at && x.end > at)) continue;
      const word = m[1].toLowerCase();
      const want = word === 'he' || word === 'him' || word === 'his' ? 'm' : 'f';
      let id: string | null = null;
      // A pronoun is not the person its own clause names after it ("He said he met Mr Lavrov": he is not Lavrov).
      const clauseEnd = s.start + m.index + (/[,;:]/.exec(s.text.slice(m.index))?.index ?? s.text.length - m.index);
      const namedLater = new Set(inSentence.filter((x) => x.start > at && x.start < clauseEnd && types.get(x.entityId) === 'Person').map((x) => x.entityId));
      // "During his remarks, Tillerson said he had a call with Trump": a subject pronoun right after a reporting verb is
      // that verb's subject, the person just named.
      if (word === 'he' || word === 'she') {
        const reporter = inSentence.filter((x) => x.end <= at && x.start >= s.start && types.get(x.entityId) === 'Person').pop();
        const g = reporter ? gender.get(reporter.entityId) : undefined;
        if (reporter && (!g || g === want) && reportedBy(body.slice(reporter.end, at))) {
          out.push({ start: at, end: at + m[1].length, id: reporter.entityId, possessive: false });
          continue;
        }
      }
      // "As he meets with Netanyahu, Obama will …": a pronoun in a fronted adverbial clause is the main clause's subject.
      if (FRONTED_CLAUSE.test(s.text.slice(0, m.index))) {
        const main = inSentence.find((x) => x.start >= clauseEnd && types.get(x.entityId) === 'Person' && /^[,\s]*$/.test(body.slice(clauseEnd, x.start).replace(/\b(?:[\p{Lu}][\p{L}.]*)\s*/gu, '')));
        const g = main ? gender.get(main.entityId) : undefined;
        if (main && (!g || g === want)) {
          out.push({ start: at, end: at + m[1].length, id: main.entityId, possessive: word === 'his' || word === 'her' });
          continue;
        }
      }
      // A subject pronoun ("he met") continues its sentence's subject, not a person its sentence named as an object
      // ("The general had talks with … Abadi in Baghdad before traveling to Erbil, where he met …": he is the general).
      // Persons named earlier in the sentence count only when they open it, not as the possessor of another person
      // ("Trump's national security adviser, Michael Flynn, … he"; "Trump's reversal … he" is Trump); an unknown name opening it ("Abe is … as he welcomes Trump") is the antecedent we cannot link, so none is taken.
      const subjectPronoun = word === 'he' || word === 'she';
      const lead = s.text.slice(0, m.index);
      // "SDLP leader Alasdair McDonnell has taken …, saying he'll …": a lower-case title before the name opens it too.
      const opener = inSentence.find((x) => x.start >= s.start && types.get(x.entityId) === 'Person' && OPENER_LEAD.test(body.slice(s.start, x.start)) && !PERSON_OF_POSSESSOR.test(body.slice(x.end, x.end + 60)));
      if (subjectPronoun && !opener && UNKNOWN_NAME_SUBJECT.test(lead) && !inSentence.some((x) => x.start < at && x.start - s.start < 40)) continue;
      // "He suggested that the president may not have told them of his talks with Putin": an unnamed office holder
      // ("the president", "the general") named after every candidate is the nearer antecedent; it has no name here.
      let roleNamed = lastRolePhrase(lead);
      // "the U.S. ambassador met with him": an object pronoun is not the subject of its own verb, so not that office holder.
      if (roleNamed >= 0 && (word === 'him' || (word === 'her' && OBJECT_HER_AFTER.test(body.slice(at + 3, at + 15)))) && ROLE_OWN_VERB_GAP.test(lead.slice(ROLE_PHRASE_AT.exec(lead.slice(roleNamed))![0].length + roleNamed))) roleNamed = -1;
      const office = roleNamed >= 0 ? ROLE_PHRASE_AT.exec(lead.slice(roleNamed))![1].toLowerCase() : '';
      // "Martin Dempsey flew in. The general had talks with Jones …, where he met …": a subject pronoun continues its
      // sentence's subject; a definite office ("The general") opening the sentence continues the subject before it.
      if (subjectPronoun && !opener && ROLE_SUBJECT.test(lead)) {
        const subject = crossSentence(si, s.start, want);
        if (subject && !namedLater.has(subject.id)) out.push({ start: at, end: at + m[1].length, id: subject.id, possessive: false });
        continue;
      }
      for (let k = lastBefore(personMentions, at); k >= 0; k--) {
        const g = gender.get(personMentions[k].entityId);
        // (…unless that person holds the office: "Trump’s visit … the president’s visit, such as his meeting with May".)
        if (roleNamed >= 0 && personMentions[k].start < s.start + roleNamed && !roles.get(personMentions[k].entityId)?.includes(office)) break;
        // Past its own sentence a pronoun reaches only the subject of the sentence before ("Schumer had meetings with
        // Obama and Kerry. He also had dinner with …": Schumer), and only when no other person it could mean stands
        // between; otherwise a reader cannot tell who is meant, and no party is taken. ("Trump said yes. Kim secretly
        // leaves the country. … where he visits with Xi": a sentence between opens with a name we could not link.)
        if (personMentions[k].start < s.start) {
          const subject = crossSentence(si, at, want);
          if (subject && !namedLater.has(subject.id) && !unlinkedNameOpens(body, mentions, Math.max(subject.end, s.start - 600), s.start, () => namesOf(body, personMentions, subject.id), usedInLowerCase)) id = subject.id;
          break;
        }
        if (subjectPronoun && personMentions[k].start >= s.start && personMentions[k].entityId !== opener?.entityId) continue;
        const x = personMentions[k];
        const fits = (y: LinkedMention) => (!gender.get(y.entityId) || gender.get(y.entityId) === want) && !namedLater.has(y.entityId);
        // A possessive "his"/"her" in its own sentence, read by the place each person named before it holds there
        // (possessiveStand): "Michael Flynn and his call" — the name it is coordinated with owns it; "the Strzok story" —
        // a name modifying a noun is no one it can mean; "Flynn, then Trump's adviser, lied about his call" — a
        // possessor is not the clause's subject; "Flynn gave Pence … about his call", "Kim Yo-jong, who accompanied Kim to
        // his summits" — between a subject and a verb's object the grammar does not choose, so it stands for no one (one
        // questioned is asked about their own: "Mueller questioned Comey about his meetings").
        const possessiveWord = word === 'his' || (word === 'her' && !OBJECT_HER_AFTER.test(body.slice(at + 3, at + 15)));
        const stand = possessiveWord && x.start >= s.start ? possessiveStand(body, s.start, x, at) : null;
        if (stand === 'modifier') continue;
        const earlierSubject = stand && stand !== 'coordinated' ? personMentions.slice(0, k).some((y) => y.start >= s.start && y.entityId !== x.entityId && fits(y) && possessiveStand(body, s.start, y, at) === 'subject') : false;
        if (stand === 'possessor' && earlierSubject) continue;
        // "… but only Tuesday did he announce Pompeo's trip … to work out his summit with Kim": the subject may be a
        // pronoun, standing for its own antecedent.
        const subjectRef = stand === 'possessor' ? out.find((r) => !r.possessive && r.start >= s.start && r.start < x.start && body.slice(r.start, r.end).toLowerCase() === (want === 'm' ? 'he' : 'she')) : undefined;
        if (subjectRef && subjectRef.id !== x.entityId) {
          id = subjectRef.id;
          break;
        }
        // (An office phrase after both that the later person holds is nearer still: "defended Obama, saying the
        // president was entitled to finish his summit" — his is the president's.)
        if (stand === 'object' && earlierSubject && fits(x) && !(roleNamed >= 0 && roles.get(x.entityId)?.includes(office))) {
          open?.push(at);
          break;
        }
        // "Comey sharing memos with Mueller about his meetings with Trump": a possessive pronoun takes the clause's
        // subject over a preposition's object when the sentence names a fitting person before that object (a name
        // modifying a noun is none).
        if (!subjectPronoun && stand !== 'coordinated' && personMentions[k].start >= s.start && PREPOSITION_BEFORE_NAME.test(body.slice(Math.max(s.start, personMentions[k].start - 40), personMentions[k].start)) && personMentions.slice(0, k).some((y) => y.start >= s.start && fits(y) && possessiveStand(body, s.start, y, at) !== 'modifier')) continue;
        // "it made great noise about Comey sharing memos with Mueller about his meetings": when the subject before that
        // object is a name no mention links (Comey, missed), the owner is that unknown person: no one is taken.
        if (possessiveWord && stand === 'preposition' && unlinkedSubjectBefore(body, mentions, s.start, x.start, usedInLowerCase)) {
          open?.push(at);
          break;
        }
        // "Putin met him": an object pronoun is not the subject of its own verb (that would be "himself").
        if ((word === 'him' || (word === 'her' && OBJECT_HER_AFTER.test(body.slice(at + 3, at + 15)))) && personMentions[k].start >= s.start && OWN_VERB_GAP.test(body.slice(personMentions[k].end, at))) continue;
        if ((!g || g === want) && !namedLater.has(personMentions[k].entityId)) {
          id = personMentions[k].entityId;
          // "Clinton … to dethrone Gadhafi, both in her closed-door meetings": a woman earlier in the sentence beats a
          // nearer person whose gender is unknown. (Only for she/her: the people of unknown gender here are mostly men —
          // "Kim Jong Un", "Xi", "Gadhafi" — so for he/his the nearer one stays.)
          if (!g && want === 'f') id = knownGenderEarlier(personMentions, k, s.start, want, namedLater, gender) ?? id;
          break;
        }
      }
      if (!id) continue;
      out.push({ start: at, end: at + m[1].length, id, possessive: word === 'his' || word === 'her' });
    }
    return out;
  }
  return { pronounsOf };
}

/**
 * Whether a sentence between `from` and `to` opens with a capitalised word no mention covers, followed by a lower-case
 * word ("Kim secretly leaves", "Abe is"), and the article never writes that word in lower case: a proper name.
 */
function unlinkedNameOpens(body: string, mentions: readonly LinkedMention[], from: number, to: number, candidateNames: () => Set<string>, usedInLowerCase: (word: string) => boolean): boolean {
  const stretch = body.slice(from, to);
  // The word after the name is a verb: a finite form, after at most one adverb ("Kim secretly leaves", "Abe is") or a
  // contrastive aside between commas ("Trump, by contrast, has").
  for (const m of stretch.matchAll(/[.!?]["”’]?\s+["“]?(\p{Lu}[\p{L}’'-]+)(?:,\s+(?:by\s+contrast|in\s+contrast|however|meanwhile|too|though|for\s+(?:his|her)\s+part|in\s+turn),)?\s+(?:\p{Ll}+ly\s+)?(?:is|was|has|had|will|would|\p{Ll}+(?:s|ed))\b/gu)) {
    const at = from + m.index + m[0].indexOf(m[1]);
    // Not a name: a sentence opener, a demonym ("Russian stocks slumped"), or a word of the candidate's own name
    // ("May has served": the candidate Theresa May herself).
    // Mentions are in text order and do not overlap: the one that could cover `at` is the first ending after it.
    const covering = mentions[lastBefore(mentions, at) + 1];
    if (SENTENCE_OPENERS.has(m[1]) || COUNTRY_BY_DEMONYM.has(m[1]) || (covering && covering.start <= at)) continue;
    if (!usedInLowerCase(m[1].toLowerCase()) && !candidateNames().has(m[1].replace(/['’]s?$/, ''))) return true;
  }
  return false;
}

/**
 * Whether a capitalised word no mention covers stands between `from` and `to` as a clause's subject — not opening the
 * sentence, followed by a verb form ("Comey sharing", "Comey has") — and the article never writes it in lower case: a
 * person's name we could not link.
 */
function unlinkedSubjectBefore(body: string, mentions: readonly LinkedMention[], from: number, to: number, usedInLowerCase: (word: string) => boolean): boolean {
  for (const m of body.slice(from, to).matchAll(UNLINKED_SUBJECT)) {
    const at = from + m.index + m[0].indexOf(m[1]);
    if (at === from || SENTENCE_OPENERS.has(m[1]) || COUNTRY_BY_DEMONYM.has(m[1]) || CALENDAR_WORDS.has(m[1])) continue;
    const covering = mentions[lastBefore(mentions, at) + 1];
    if (covering && covering.start <= at) continue;
    if (!usedInLowerCase(m[1].toLowerCase())) return true;
  }
  return false;
}
/** A capitalised word after a lower-case word or a comma, then a verb form ("about Comey sharing", ", Comey said"). */
const UNLINKED_SUBJECT = /(?<=(?:^|[\s,])\p{Ll}+\s|,\s)(\p{Lu}[\p{Ll}’'-]+)\s+(?:is|was|has|had|will|would|\p{Ll}+(?:ed|ing))\b/gu;
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/** The words of every mention of one person: "Theresa", "May". */
function namesOf(body: string, people: readonly LinkedMention[], entityId: string): Set<string> {
  return new Set(people.filter((x) => x.entityId === entityId).flatMap((x) => words(body.slice(x.start, x.end)).map((w) => w.replace(/['’]s?$/, ''))));
}

/** Whether `word` occurs in lower case as a whole word in the text (a plain scan; the resolver memoises it per article). */
export function hasLowerCaseUse(body: string, word: string): boolean {
  for (let i = body.indexOf(word); i >= 0; i = body.indexOf(word, i + 1)) {
    if (!/[\p{L}]/u.test(body[i - 1] ?? '') && !/[\p{L}]/u.test(body[i + word.length] ?? '')) return true;
  }
  return false;
}
/** Capitalised words that open sentences without being names. */
const SENTENCE_OPENERS = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'You', 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'Yet', 'So', 'In', 'On', 'At', 'As', 'After', 'Before', 'When', 'While', 'If', 'Although', 'Though', 'Since', 'During', 'For', 'With', 'Mr', 'Mrs', 'Ms', 'Dr', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'What', 'Who', 'Why', 'How', 'Where', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'No', 'Not', 'One', 'Two', 'Other', 'Another', 'Such', 'Still', 'Then', 'Now', 'Even', 'Only', 'Also', 'Later', 'Earlier', 'Last', 'Next', 'Today', 'Yesterday', 'Asked', 'Meanwhile', 'However', 'Instead', 'Among', 'Amid', 'Despite', 'Under', 'Over', 'Across', 'Against', 'Without', 'Within', 'Through', 'Following', 'According', 'Unlike', 'Like', 'Besides', 'Beyond', 'Toward', 'Upon', 'About', 'Until', 'Once', 'Because', 'Unless', 'Whether', 'Every', 'Any', 'Few', 'Several', 'Nobody', 'Nothing', 'Everyone', 'Everything', 'Someone', 'Something', 'Officials', 'Critics', 'Analysts', 'Experts', 'Democrats', 'Republicans', 'Lawmakers']);

/** Between a subject and an object pronoun of its own verb: one to three lower-case words, none opening another clause ("met", "did not brief"). */
const OWN_VERB_GAP = /^\s+(?:(?!(?:and|or|but|that|who|whom|which|when|while|after|before|because|as|if|said|says|told|tells|asked|to|for|with|of)\s)\p{Ll}+\s+){1,3}$/u;

/** After a name, a possessive whose noun is another person: "'s national security adviser", "'s wife". */
const PERSON_OF_POSSESSOR = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}(?:adviser|advisor|aide|spokes(?:man|woman|person)|secretary|chief|director|lawyer|attorney|wife|husband|son|daughter|brother|sister|father|mother|envoy|ambassador|minister|deputy|assistant|official|counsel|strategist|chairman|manager|nominee|successor|predecessor|ally|friend|son-in-law|daughter-in-law)\b/u;

/** After "her", what makes it an object ("met her in Paris", "met her."), not a determiner ("her meetings"). */
export const OBJECT_HER_AFTER = /^\s*(?:[,.;:!?)"”]|$|(?:in|at|on|for|and|to|with|last|this|yesterday|today|twice|again|during|before|after|there|privately|briefly)\b)/;

/**
 * The place a person named at `x` holds in its sentence (from `from`), as the owner of a later "his"/"her" at `at` sees
 * it: coordinated right before the pronoun ("Flynn and his"), a noun's modifier ("the Strzok story"), the possessor of
 * another person ("Trump's national security adviser"), a preposition's or a verb's object ("about Flynn", "gave Pence"), else a subject.
 */
function possessiveStand(body: string, from: number, x: LinkedMention, at: number): 'coordinated' | 'modifier' | 'possessor' | 'preposition' | 'questioned' | 'object' | 'subject' {
  // ("about Flynn\" and his conversation": a closing quote or bracket after the name ends a quoted phrase, no clause.)
  if (/^["”’)]?\s+(?:and|&)\s+$/.test(body.slice(x.end, at))) return 'coordinated';
  // "praised Pompeo's trip and his talks with Kim": a possessive phrase coordinated with the pronoun's is parallel to it.
  if (PARALLEL_POSSESSIVE.test(body.slice(x.end, at))) return 'coordinated';
  const before = body.slice(Math.max(from, x.start - 60), x.start);
  const after = body.slice(x.end, Math.min(at, x.end + 40));
  if (DETERMINER_END.test(before) && NOUN_AFTER_NAME.test(after)) return 'modifier';
  if (PERSON_OF_POSSESSOR.test(after)) return 'possessor';
  if (PREPOSITION_BEFORE_NAME.test(before)) return 'preposition';
  const verb = VERB_BEFORE_NAME.exec(before)?.[1];
  // "Mueller questioned Comey about his meetings": who is questioned is asked about their own doings.
  if (verb && QUESTIONING_VERBS.has(verb)) return 'questioned';
  // "did he announce Pompeo's trip to North Korea … to prepare his summit with Kim": a name owning a verb's object sits
  // inside that object, below the clause's subject, which a later "his" continues. Not after a word that opens a clause
  // ("said Pompeo's trip went well and his talks …": the name owns that clause's subject).
  if (verb && !CLAUSE_OPENERS.has(verb) && !CLAUSE_TAKING_VERBS.has(verb) && OWNED_OBJECT_AFTER.test(after)) return 'possessor';
  if (verb && (/\p{Ll}ed$/u.test(verb) || OBJECT_TAKING_VERBS.has(verb))) return 'object';
  return 'subject';
}
/** "the", "a", "an" right before a name. */
const DETERMINER_END = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)\s+$/u;
/** A lower-case noun after a name: it modifies that noun ("the Strzok story"), not a verb or a function word ("the Trump who"). */
const NOUN_AFTER_NAME = /^\s+(?!(?:and|or|but|who|whom|which|that|was|is|has|had|have|were|are|will|would|could|can|said|says|told|to|of|in|on|at|for|with|from|by|as|about|after|before|when|while)\b)\p{Ll}[\p{Ll}-]*(?<!ed|ly)\b(?![’'])/u;
/** The lower-case word before a name and its titles ("gave Pence", "accompanied Kim Jong Un", "thanked Secretary Mike Pompeo"). */
const VERB_BEFORE_NAME = /(?:^|[^\p{L}])(\p{Ll}+)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;
const QUESTIONING_VERBS = new Set(['ask', 'asks', 'asked', 'question', 'questions', 'questioned', 'press', 'presses', 'pressed', 'quiz', 'quizzes', 'quizzed', 'grill', 'grills', 'grilled', 'interview', 'interviews', 'interviewed', 'interrogate', 'interrogates', 'interrogated', 'confront', 'confronts', 'confronted', 'challenge', 'challenges', 'challenged']);
/** Verbs not ending in -ed that take a person as object. */
const OBJECT_TAKING_VERBS = new Set(['gave', 'give', 'gives', 'told', 'tell', 'tells', 'met', 'meet', 'meets', 'sent', 'send', 'sends', 'took', 'take', 'takes', 'brought', 'bring', 'brings', 'left', 'saw', 'see', 'sees', 'thank', 'thanks', 'join', 'joins', 'ask', 'asks', 'urge', 'urges', 'call', 'calls', 'invite', 'invites', 'accompany', 'accompanies', 'brief', 'briefs', 'show', 'shows', 'showed', 'let', 'lets', 'made', 'make', 'makes', 'kept', 'keep', 'keeps', 'led', 'lead', 'leads', 'drove', 'flew', 'taught', 'shook', 'hit', 'beat', 'sold', 'paid', 'bought', 'caught', 'found', 'greet', 'greets', 'welcome', 'welcomes', 'host', 'hosts', 'receive', 'receives', 'visit', 'visits', 'congratulate', 'congratulates', 'praise', 'praises', 'criticize', 'criticizes', 'warn', 'warns', 'assure', 'assures', 'inform', 'informs']);

/** Words that open a clause before a name: the name may head that clause's subject ("that Pompeo's trip went well"). */
const CLAUSE_OPENERS = new Set(['and', 'or', 'but', 'that', 'while', 'when', 'as', 'because', 'since', 'although', 'though', 'if', 'whether', 'where', 'after', 'before', 'until', 'so', 'then', 'than', 'who', 'which', 'once', 'unless', 'whereas']);
/** Verbs of saying and thinking, whose clause the name may open ("said Pompeo's trip went well"). */
const CLAUSE_TAKING_VERBS = new Set(['said', 'says', 'say', 'added', 'adds', 'insisted', 'insists', 'claimed', 'claims', 'noted', 'notes', 'argued', 'argues', 'wrote', 'writes', 'stated', 'explained', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'hope', 'hopes', 'hoped', 'know', 'knows', 'knew', 'feel', 'feels', 'felt', 'suggested', 'suggests', 'warned', 'warns', 'predicted', 'predicts', 'guess', 'guessed', 'assume', 'assumed', 'fear', 'feared', 'fears', 'admitted', 'acknowledged']);
/** A possessive and a lower-case head after a name: "'s trip", "’s upcoming visit". */
const OWNED_OBJECT_AFTER = /^['’]s?\s+\p{Ll}/u;
/** A name's possessive phrase coordinated with the pronoun's: "'s trip and his", "’s remarks, and her". */
const PARALLEL_POSSESSIVE = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,?\s+(?:and|or)\s+$/u;

/** A preposition before a name, over titles: "with Special Counsel Robert Mueller", "with South Korean Foreign Minister Kang Kyung-wha" (the name is its object). */
const PREPOSITION_BEFORE_NAME = /\b(?:with|to|from|by|for|about|of|at|toward|towards|against|between)\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4})$/u;

/** Between a person and a pronoun: a reporting verb whose clause the pronoun opens ("Tillerson said he …"). */
function reportedBy(gap: string): boolean {
  if (gap.length > 60 || !/^\s/.test(gap) || !/^[\p{Ll}\s]+$/u.test(gap.replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, ''))) return false;
  const ws = words(gap).map((w) => w.toLowerCase());
  let k = ws[0] === 'also' || ws[0] === 'later' || ws[0] === 'then' ? 1 : 0;
  if (!REPORTING_VERBS.has(ws[k] ?? '')) return false;
  if (ws[k] === 'told') k++; // "told reporters"
  k++;
  // "said Tuesday he", "said on Tuesday that he", "tweeted late Sunday that he": the day of the saying.
  if ((ws[k] === 'late' || ws[k] === 'early') && REPORT_DAYS.has(ws[k + 1] ?? '')) k++;
  if (ws[k] === 'on' && REPORT_DAYS.has(ws[k + 1] ?? '')) k += 2;
  else if (REPORT_DAYS.has(ws[k] ?? '')) k++;
  if (ws[k] === 'that') k++;
  return k === ws.length;
}
const REPORT_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
// (A post is a saying: "Trump tweeted late Sunday that he spoke with Moon", rel31's seed-1269 read.)
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'added', 'insisted', 'claimed', 'noted', 'recalled', 'acknowledged', 'confirmed', 'revealed', 'announced', 'explained', 'stated', 'disclosed', 'admitted', 'argued', 'wrote', 'tweeted', 'tweets', 'posted', 'declared', 'boasted', 'stressed', 'reiterated', 'asserted', 'testified']);

/** A sentence opening with a name we do not know, then its verb: "Abe is in a strong position as he …". */
const UNKNOWN_NAME_SUBJECT = /^["“]?(?!(?:He|She|It|They|We|I|You|The|This|That|These|Those|There|But|And|Yet|So|In|On|At|As|After|Before|When|While|If|Although|Though|Since|During|For|With|Mr|Mrs|Ms|Dr)\b)[\p{Lu}][\p{L}’'-]+\s+(?:is|was|has|had|will|would|said|says|met|meets|told|tells|added|argued|wrote|insisted|explained|noted)\b/u;

/** Before the subject of a sentence: an optional fronted phrase ("In recent weeks,") and titles. */
const PREVIOUS_SUBJECT_LEAD = /^["“]?(?:[^,;:"“”]{1,30},\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u;

/**
 * Where the last unnamed office holder ("the president", "the U.S. president", "the president’s position") stands in
 * `text`, else -1. Not one apposed to a name ("Putin, the Russian president,": that name), nor one owning another
 * person ("the president’s son": the son is the nearer person).
 */
export function lastRolePhrase(text: string): number {
  let at = -1;
  for (const m of text.matchAll(ROLE_PHRASE)) {
    if (apposedToName(text.slice(0, m.index)) || PERSON_OF_POSSESSOR.test(text.slice(m.index + m[0].length))) continue;
    at = m.index!;
  }
  return at;
}
const ROLE_PHRASE = /\bthe\s+(?:[\p{L}.-]+\s+)?(?:president|general|minister|leader|chancellor|king|queen|secretary|premier|senator|governor|ambassador|envoy|prince)\b(?!\s+[\p{Lu}])/gu;
/** Between an office holder and an object pronoun: the verb of which the holder is the subject ("met with", "called"). */
const ROLE_OWN_VERB_GAP = /^\s+(?:(?!(?:and|or|but|that|who|whom|which|when|while|after|before|because|as|if|said|says|told|tells|asked)\s)\p{Ll}+\s+){1,3}$/u;
/** The office phrase at the start of a text, and its office word. */
const ROLE_PHRASE_AT = /^the\s+(?:[\p{L}.-]+\s+)?(president|general|minister|leader|chancellor|king|queen|secretary|premier|senator|governor|ambassador|envoy|prince)\b(?:['’]s)?/u;
/** A name and a comma right before an office phrase: the phrase is that name's apposition. */
function apposedToName(before: string): boolean {
  const t = before.trimEnd();
  return t.endsWith(',') && /^\p{Lu}/u.test(t.slice(0, -1).split(/\s/).pop() ?? '');
}

/** The nearest person before mention k, in the sentence from `from`, whose known gender is `want`. */
function knownGenderEarlier(people: readonly LinkedMention[], k: number, from: number, want: 'm' | 'f', namedLater: ReadonlySet<string>, gender: ReadonlyMap<string, Gender>): string | null {
  for (let j = k - 1; j >= 0 && people[j].start >= from; j--) {
    if (gender.get(people[j].entityId) === want && !namedLater.has(people[j].entityId)) return people[j].entityId;
  }
  return null;
}

export function lastBefore(xs: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The start of a sentence up to a pronoun inside a fronted adverbial clause: "As he meets with …, Obama …". */
const FRONTED_CLAUSE = /^\s*["“]?(?:(?:As|When|After|Before|While|Although|Though|Since|Once|Until|Because|If|Whenever)\s+(?:[\p{Ll}’'-]+\s+){0,8}|(?:In|At|During|After|Before|Following|On|Since)\s+(?:the\s+\p{Ll}+\s+of\s+)?|(?:[\p{Lu}][^,;:"“”]{0,30},\s+)(?:(?:as|when|after|before|while|since|once|until|whenever)\s+(?:[\p{Ll}’'-]+\s+){0,8}|(?:in|at|during|after|before|following|ahead\s+of)\s+)|(?:Heading|Going|Walking|Speaking|Ahead\s+of|Fresh\s+from|Coming|Returning)(?:\s+(?:into|to|from|after|before|ahead\s+of|of))?\s+)$/u;
