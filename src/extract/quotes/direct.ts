// Quotes: direct quotes — pairing quotation marks and finding the frame that attributes each quote.
import type { Quote } from '../types.js';
import type { Sentence } from '../segment.js';
import { READER_VOICE, SPEECH_VERBS } from '../lexicon/speech.js';
import { BARE_PLURAL_SOURCES, DOCUMENT_NOUNS, SOURCE_BODIES, SOURCE_PEOPLE, wordAlternation } from '../lexicon/sources.js';
import { NOMINAL_SOURCE, ACCORDING_BEFORE_QUOTE, DASH_AFTER_QUOTE, CREDIT_AFTER_QUOTE, CREDIT_BELOW_QUOTE, LABEL_BEFORE_QUOTE, LEAD_COLON_BEFORE_QUOTE, NAME_DASH_BEFORE_QUOTE, WHAT_SAID_HEADING, AFTER_QUOTE, APPOSITIVE_AFTER_QUOTE, UNNAMED_AFTER_QUOTE, BEFORE_QUOTE, CLOSE, MAX_QUOTE, OPEN, SCARE_MAX_WORDS, SPEECH_VERB_WORD, VERB, execAtEnd, stanceBeforeQuote, isSingleName, isTitleLike, wordCount } from './patterns.js';
import { BARE_PRESIDENT, entityIn, firstFrom, firstSubject, headSubject, isPerson, OPENING_PHRASE, sentenceSubject, speakerFromText, subjectBefore } from './speakers.js';
import type { MentionRef, SpeakerRef } from './speakers.js';
import { unnamedSource, type Reported } from './reported.js';
import { relatedAfterQuote } from './related-source.js';
import { NO_DEADLINE, type Deadline } from '../deadline.js';
import { arbitrate, type Candidate } from './arbitrate.js';
import { IT_AFTER_QUOTE, mannerAfter, unnamedPhraseAfter } from './after-quote-phrases.js';
import { groupSourceAfter, groupSourceBefore, policeForce } from './group-source.js';
import { QUOTED_AS_AFTER_QUOTE } from './quoted-as.js';
import { bodyAntecedent } from './predicate-subject.js';

/** A finite verb's word: words before a quotation holding one are a clause of the reported words, not a subject for
 * "…,” it said". Tested word by word, anchored: linear. */
const FINITE_WORD = /^(?:is|was|are|were|has|had|have|will|would|could|can|did|does|\p{Ll}{2,}ed)$/u;
const CLAUSE_BEFORE_QUOTE = { test: (words: string) => words.split(/[\s,;]+/).some((w) => FINITE_WORD.test(w)) };
import { DOCUMENT_AFTER_QUOTE, documentIssuer } from './document-issuer.js';
import { definiteBodyKind } from './kind-antecedent.js';
import { definitePersonAfter } from './definite-person.js';
import { PARTY_MEMBER_AFTER_QUOTE, partyMember } from './party-member.js';
import { mainClauseSubject } from './main-clause-subject.js';
import { colonFrame } from './colon-block.js';
import { participleOfClauseBefore } from './participle-subject.js';
import { isNamedTerm, isQuestionWording, isTermInSentence } from './quoted-terms.js';
import type { RuleId } from './rules.js';

/** An article right before a quotation's opening mark: "A “former senior official” said", "the “deep state”". */
/** Cues whose object is the listener ("asked Trump", "told reporters"): a name right after one is no speaker. */
const LISTENER_TAKING = /^(?:ask|asks|asked|tell|tells|told|urge|urges|urged|warn|warns|warned|assure|assures|assured|remind|reminds|reminded)$/i;
const ARTICLE_BEFORE_QUOTE = /(?:^|[\s(])(?:[Aa]n?|[Tt]he)\s*$/;
/** A pronoun or a name and a speech verb right after a closing mark: a frame with its own subject ("” he said"). */
const SUBJECT_FRAME_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:he|she|they|[\\p{Lu}][\\p{L}.’'-]*(?:\\s+[\\p{Lu}][\\p{L}.’'-]*){0,3})\\s+(?:also\\s+)?(?:${VERB})\\b`, 'u');

/**
 * A sentence whose subject names no one ("The Pentagon official disagreed with …"): the unnamed source before its first
 * verb, speaker null. Null when a name is the subject or the words before the verb are no source.
 */
function headlessSubject(sentence: Sentence, mentions: MentionRef[]): SpeakerRef | null {
  const verb = /\s(?:\p{Ll}+ed|has|have|had|is|was|are|were|said|says|told)\s/u.exec(sentence.text);
  if (!verb || verb.index > 80) return null;
  const unnamed = unnamedSource(sentence.text.slice(0, verb.index), sentence.start, mentions);
  return unnamed && unnamed.entityId === null && !unnamed.pronoun ? unnamed : null;
}

export interface Span {
  open: number; // index of the opening mark
  close: number; // index of the closing mark (or paragraph end when unclosed)
  /** Width of the marks: 2 for the doubled apostrophes of some archives (''…''), else 1. */
  openWidth: number;
  closeWidth: number;
}

/** After a curly quote opened at `at`, its close and then a straight closing mark, all before the paragraph ends. */
function closesInParagraph(body: string, at: number): boolean {
  const end = body.indexOf('\n', at);
  const paragraph = body.slice(at, end < 0 ? body.length : end);
  const curlyClose = paragraph.indexOf('”');
  return curlyClose > 0 && /[^\s]"(?=\s*$|[\s,.;:!?)])/.test(paragraph.slice(curlyClose + 1));
}

/** What quoteSpans reads: a line break, an apostrophe (two stand for a straight double mark), the OPEN and CLOSE marks. */
const MARK_OR_BREAK = new Uint8Array(0x10000);
for (const c of [...OPEN, ...CLOSE, '\n', "'", '’']) MARK_OR_BREAK[c.charCodeAt(0)] = 1;
const isMarkOrBreak = (code: number): boolean => MARK_OR_BREAK[code] === 1;

/** Pairs quotation marks paragraph by paragraph; a quote left open continues when the next paragraph opens with a mark. */
export function quoteSpans(body: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let openWidth = 1;
  let depth = 0; // curly quotes opened inside the open one
  let i = 0;
  const n = body.length;
  for (; i < n; i++) {
    // Only marks and line breaks change the state: the characters between are skipped without a look.
    while (i < n && !isMarkOrBreak(body.charCodeAt(i))) i++;
    if (i === n) break;
    let c = body[i];
    if (c === '\n') {
      if (open >= 0) {
        // Continue only when the next paragraph opens with a quotation mark.
        let j = i;
        while (j < n && /\s/.test(body[j])) j++;
        // A straight mark that opened a block quote does not pair with the curly quote of the next paragraph.
        if (j < n && body[j] === '“' && body[open] === '"') {
          open = -1;
          i = j - 1;
          continue;
        }
        if (j < n && (OPEN.has(body[j]) || body.startsWith("''", j)) && i - open < MAX_QUOTE) {
          i = j + (body.startsWith("''", j) ? 1 : 0);
          continue;
        }
        open = -1; // unclosed: drop, an unbalanced mark must not swallow the article
      }
      continue;
    }
    // Two apostrophes stand for a straight double quote in some archives ("''This isn't tax reform,'' said …").
    // …and two right single marks close a curly double one in some wires ("“We’re not ready,’’ Dingell said").
    const curlyPair = c === '’' && body[i + 1] === '’' && open >= 0 && body[open] === '“' && depth === 0;
    const width = (c === "'" && body[i + 1] === "'") || curlyPair ? 2 : 1;
    if (curlyPair) c = '”';
    else if (width === 2) c = '"';
    if (!OPEN.has(c) && !CLOSE.has(c)) continue;
    const prev = i > 0 ? body[i - 1] : ' ';
    const next = i + width < n ? body[i + width] : ' ';
    // A closing curly mark typed where a paragraph opens a quote (”Fear. I am truly afraid …” ― Name) opens it.
    const misturned = c === '”' && open < 0 && (i === 0 || prev === '\n');
    const canOpen = (OPEN.has(c) || misturned) && (/[\s(\[—–-]/.test(prev) || i === 0 || prev === '\n') && !/\s/.test(next);
    // "… the term 'African American outreach,' " he told": a space may separate an inner quote's mark from the outer one.
    const canClose = CLOSE.has(c) && (!/\s/.test(prev) || (prev === ' ' && /[’',.!?]/.test(body[i - 2] ?? '') && /[\s,.;:!?]/.test(next)));
    if (open < 0 && canOpen) {
      open = i;
      openWidth = width;
      depth = 0;
    } else if (open >= 0 && c === '“' && canOpen && body[open] === '“') {
      depth++; // a curly quote inside a curly quote: “… what he calls “hell” than …”
    } else if (open >= 0 && c === '“' && canOpen && body[open] === '"' && openWidth === 1 && closesInParagraph(body, i)) {
      depth++; // curly quotes inside a straight one that closes before the paragraph ends: "… the question: “…?” Forty-three, yes."
    } else if (open >= 0 && c === '“' && canOpen && body[open] === '"' && openWidth === 1) {
      open = i; // a straight mark opening a block quote ("“Here comes Big Daddy,” she said …): the curly one is the quote
      openWidth = 1;
      depth = 0;
    } else if (open >= 0 && c === '”' && canClose && depth > 0) {
      depth--;
    } else if (open >= 0 && canClose && (c !== '"' || !canOpen || /[.,!?;:\p{L}\p{N})’'…]/u.test(prev))) {
      spans.push({ open, close: i, openWidth, closeWidth: width });
      open = -1;
    } else if (open >= 0 && canOpen && i - open > MAX_QUOTE) {
      open = i;
      openWidth = width;
    }
    if (open >= 0 && i - open > MAX_QUOTE) open = -1;
    i += width - 1;
  }
  return spans;
}

/**
 * Every quotation of the body with the frame that attributes it: each frame rule of the table proposes a candidate
 * (its speaker and cue), and arbitration keeps the best-ranked one that names a speaker. A quotation no frame claims
 * may continue the one before it ("…," he said. "…"): its speaker is that one's, once pronouns are resolved.
 */
export function findDirect(body: string, sentences: Sentence[], mentions: MentionRef[], roles: Map<string, string>, reported: Reported[], deadline: Deadline = NO_DEADLINE): Candidate[] {
  const out: Candidate[] = [];
  const headings = whatSaidHeadings(body, mentions, roles);
  // `source`: the quote that named the speaker of a run of continued quotes (a continued quote's own speaker is unknown here).
  let prev: { quote: Quote; paragraph: number; closeLineEnd: number; source: Quote; speaker: SpeakerRef | null } | null = null;
  let rp = 0;
  let hp = 0;
  for (const span of quoteSpans(body)) {
    deadline.check('quotes');
    const start = span.open + span.openWidth;
    const end = span.close;
    const closeEnd = span.close + span.closeWidth;
    const text = body.slice(start, end);
    if (!/\p{L}/u.test(text)) continue;
    const sentence = sentenceAt(sentences, span.open);
    const paragraph = sentence?.paragraph ?? -1;
    const lineEnd = body.indexOf('\n', end);
    const after = body.slice(closeEnd, Math.min(lineEnd < 0 ? body.length : lineEnd, end + 160));
    const sentenceStart = sentence && sentence.start <= span.open ? sentence.start : body.lastIndexOf('\n', span.open) + 1;
    const before = body.slice(Math.max(sentenceStart, span.open - 200), span.open);
    // The reader's imagined voice ("“But wait,” you're saying, “can't Russia …?”") is nobody's quote, and the quotes
    // after it continue no earlier speaker.
    if (READER_VOICE_AFTER.test(after) || READER_VOICE_BEFORE.test(before)) {
      prev = null;
      continue;
    }
    const base: Quote = { speakerId: null, text, direct: true, start, end, cue: null, sentence: sentence ? { start: sentence.start, end: sentence.end } : undefined };
    const frames: Candidate[] = [];
    const frame = (rule: RuleId, speaker: SpeakerRef | null, cue: string) => {
      if (speaker) frames.push({ rule, quote: { ...base, cue }, speaker });
    };
    // The quote carries its own attribution after it, named or not: then it continues no earlier quote.
    let framed = false;
    // An unnamed source's attribution after the quote ("…,” the former senior official said): it keeps a few words.
    let unnamedAfter = false;

    // "….” He said …" starts a new sentence; "…,” he said" attributes the quote.
    const endsSentence = /[.]\s*$/.test(text) && /^\s*\p{Lu}/u.test(after) && !/^\s*(?:said|says|added|told)\b/.test(after);
    // "warned of “severe consequences” if Iran balks at …": a subordinating conjunction after the quote opens a clause of
    // its own; its subject is no speaker of the quote ("as" stays out: "…,” as he told reporters" attributes).
    const subordinate = SUBORDINATOR_AFTER_QUOTE.test(after);
    // A “former senior U.S. official close to …” said: quoted words after an article are the wording of a noun phrase
    // (here the subject of the cue after them), never what that cue reports — unless a frame with its own subject
    // follows ("Breaking the siege was a “big achievement” he said").
    // (Quoted words closed by a comma end a clause, not a noun phrase: "would be an “enormous political mistake,” said X".)
    // …nor do quoted words running on into another sentence ("the “proposed policy is NOT a ban … It is critical …”").
    const inNounPhrase = ARTICLE_BEFORE_QUOTE.test(before) && !/[,.!?]\s*$/.test(text) && !/[.!?]\s+\p{Lu}/u.test(text) && !/^\s*,/.test(after) && !SUBJECT_FRAME_AFTER.test(after);
    const afterMatch = endsSentence || subordinate || inNounPhrase ? null : AFTER_QUOTE.exec(after);
    // A participle is no finite verb of an attribution: "…,” referencing the leader Trump had killed and recalling …"
    // describes what the sentence's speaker did, it names no new one.
    const a = afterMatch && !/ing$/i.test(afterMatch[2] ?? afterMatch[3]) ? afterMatch : null;
    // "Ghani told citizens that poverty is Afghanistan’s “enemies, …,” reports The Associated Press": quoted words inside
    // a report the sentence already attributes are that speaker's; the outlet after them relays the whole sentence.
    const relayed = !!a && CHANNEL_CUE.test(a[2] ?? a[3]) && REPORT_BEFORE_QUOTE.test(before);
    if (relayed) framed = true;
    if (a && !relayed) {
      framed = true;
      const who = a[1] ?? a[4];
      const whoStart = closeEnd + a.index + a[0].indexOf(who);
      // "said X": the first name after the cue; "X said": the last before it.
      // "said Mr. Kudlow on Fox Business Network": after an inverted cue, a preposition ends the speaker's name; the
      // venue or listener after it never speaks (a name the mentions missed is the person of that family name).
      const named = a[4] ? nameBeforeVenue(who) : null;
      const speaker = named ? speakerFromText(named, whoStart, mentions, roles, 'first') ?? personByFamilyName(named, whoStart, body, mentions) : speakerFromText(who, whoStart, mentions, roles, a[4] ? 'first' : 'last');
      // "…,” the president said" where the article titles several presidents: the role speaks, unnamed here; which
      // president is read after arbitration (resolveBarePresidents), the quote is not lost.
      const role = who.trim();
      const roleAt = whoStart + who.indexOf(role);
      const barePresident = !speaker && BARE_PRESIDENT.test(role) ? { start: roleAt, end: roleAt + role.length, entityId: null } : null;
      // "…,” the group said" with no body the words name: the body of that kind named before is read after arbitration
      // (kindAntecedents, outletAntecedents, latestBodiesOfKind); with none, the quote is dropped then.
      const kindOnly = !speaker && !barePresident && definiteBodyKind(role) ? { start: roleAt, end: roleAt + role.length, entityId: null } : null;
      if (kindOnly) frame('direct.kind-after', kindOnly, (a[2] ?? a[3]).toLowerCase());
      else frame('direct.after-quote', speaker ?? barePresident, (a[2] ?? a[3]).toLowerCase());
    }
    // "“…,” Xi was quoted as saying (by Xinhua)": the passive of quoting is the one quoted's frame, as "…,” Xi said".
    const quotedAs = framed || endsSentence || subordinate || inNounPhrase ? null : QUOTED_AS_AFTER_QUOTE.exec(after);
    if (quotedAs) {
      framed = true;
      const who = quotedAs[1];
      const whoStart = closeEnd + quotedAs.index + quotedAs[0].indexOf(who);
      frame('direct.quoted-as-after', speakerFromText(who, whoStart, mentions, roles, 'last') ?? { start: whoStart, end: whoStart + who.length, entityId: null }, 'quoted as saying');
    }
    // "“…” ― Pamela Padilla" (a dash and a name closing the line) and "“…,” Scott Pruitt, the attorney general …, said".
    // (Two names joined after the dash are a choice or a pair the quote is about, no speaker: "“It’s a tie as to who is
    // the bigger traitor” – Bergdahl or Obama.")
    const dashed = inNounPhrase ? null : DASH_AFTER_QUOTE.exec(after);
    const dash = dashed && !NAMES_JOINED.test(dashed[1]) ? dashed : null;
    const appositive = dash || inNounPhrase ? null : APPOSITIVE_AFTER_QUOTE.exec(after);
    const hit = dash ?? appositive;
    if (hit) {
      framed = true;
      const whoStart = closeEnd + hit.index + hit[0].indexOf(hit[1]);
      let speaker = speakerFromText(hit[1], whoStart, mentions, roles, 'first');
      // "“…,” China's ambassador to the UN, Liu Jieyi, told Reuters": the person the appositive names is the
      // speaker, not the body or country named in the description before it.
      // So is the person an appositive names after a possessor's office ("“…,” Vice President Mike Pence’s chief of
      // staff, Marc Short, told reporters"): the possessor is whose office it is, never its holder.
      const possessor = !!speaker && mentions.some((m) => m.entityId === speaker!.entityId && m.start >= speaker!.start && m.end < speaker!.end && /^[’']s\s/.test(body.slice(m.end, m.end + 3)));
      if (appositive && (possessor || !isPerson(speaker?.entityId ?? null, mentions))) {
        const from = whoStart + hit[1].length;
        const to = closeEnd + hit.index + hit[0].lastIndexOf(',');
        const named = entityIn(mentions, from, to, 'first');
        if (named && isPerson(named, mentions)) speaker = { start: from, end: to, entityId: named };
      }
      frame(dash ? 'direct.dash-name' : 'direct.appositive-after', speaker, dash ? '―' : hit[2].toLowerCase());
    }
    // "“…” Noah Feldman, Bloomberg": a credit closing the paragraph — the writer, or for "Editorial Board" the outlet.
    // (Or alone on a line below the excerpt: "…”\n\nJohn Daniel Davidson, The Federalist".)
    // (Not a heading: "…”\n\nAn Ambitious, Divisive Legacy." — an article opening it, a full stop closing it.)
    const creditLine = hit || inNounPhrase || (lineEnd >= 0 && lineEnd > end + 160) ? null : CREDIT_AFTER_QUOTE.exec(after) ?? CREDIT_BELOW_QUOTE.exec(body.slice(closeEnd, closeEnd + 200));
    const credited = creditLine && !/^(?:A|An|The)[ \t]/.test(creditLine[1]) && !/\.[ \t]*\n?$/.test(creditLine[0]) ? creditLine : null;
    if (credited) {
      framed = true;
      const whoStart = closeEnd + credited.index + credited[0].indexOf(credited[1]);
      const outletStart = closeEnd + credited[0].indexOf(credited[2], credited[0].indexOf(credited[1]) + credited[1].length);
      const editorial = /^Editorial[ \t]Board$/i.test(credited[1]);
      const speaker = editorial ? speakerFromText(credited[2], outletStart, mentions, roles, 'first') : speakerFromText(credited[1], whoStart, mentions, roles, 'first');
      frame('direct.credit-line', speaker && (editorial || isPerson(speaker.entityId, mentions)) ? speaker : null, 'credit');
    }
    // "“…,” a senior administration official said": an unnamed source frames the quote; the speaker stays unnamed.
    const unnamed = inNounPhrase ? null : UNNAMED_AFTER_QUOTE.exec(after);
    if (unnamed) {
      framed = true;
      unnamedAfter = true;
      const at = closeEnd + unnamed.index + unnamed[0].indexOf(unnamed[1]);
      frame('direct.unnamed-after', { start: at, end: at + unnamed[1].length, entityId: null }, unnamed[2].toLowerCase());
    }
    // "“…,” a London-based banker at an Asian bank said" / "said the woman": a determined phrase naming no person is
    // an unnamed source (a phrase the frames above resolve, "the US president", is theirs: they rank first).
    const phrase = /[,?!]\s*$/.test(text) && !inNounPhrase ? unnamedPhraseAfter(after) : null;
    if (phrase) {
      framed = true;
      unnamedAfter = true;
      const at = closeEnd + phrase.at;
      const named = entityIn(mentions, at, at + phrase.phrase.length);
      if (!named || !isPerson(named, mentions)) {
        // "…,” said one Justice Department official": the official speaks, not the department the frames above read.
        for (let k = frames.length - 1; k >= 0; k--) if (frames[k].rule === 'direct.after-quote' && frames[k].speaker!.entityId && frames[k].speaker!.start >= at && frames[k].speaker!.end <= at + phrase.phrase.length) frames.splice(k, 1);
        frame('direct.unnamed-phrase-after', { start: at, end: at + phrase.phrase.length, entityId: null }, phrase.cue);
      }
    }
    // "“…,” the staff member said", "“…,” said the official, who …": a definite description of one person frames the
    // quote; it stays unnamed here (definite-person.ts ties it to a name the article describes so, after arbitration).
    const definite = inNounPhrase || subordinate || endsSentence || !(/[,?!]\s*$/.test(text) || /^\s*,/.test(after)) ? null : definitePersonAfter(after);
    if (definite) {
      framed = true;
      unnamedAfter = true;
      const at = closeEnd + definite.at;
      frame('direct.definite-person-after', { start: at, end: at + definite.phrase.length, entityId: null }, definite.cue);
    }
    // "“…,” the Ohio Republican said": the person named before with that party and state, else the one heading a sentence before.
    const party = definite || inNounPhrase || subordinate || endsSentence || !/[,?!]\s*$/.test(text) ? null : PARTY_MEMBER_AFTER_QUOTE.exec(after);
    const member = party && sentence ? partyMember(party[2], party[1], span.open, sentence, sentences, body, mentions) : null;
    if (party && member) {
      framed = true;
      frame('direct.party-member-after', member, party[3].toLowerCase());
    }
    // "“…,” it said in a statement": the body heading the sentences before speaks; with none, the quote continues the
    // previous one as before. (A clause before the quote in its sentence is the report's too — "Russia had become “…”,
    // it said" — so its head is no antecedent: the sentences before are read. A subject alone before the quote, "The
    // Security Council meanwhile “strongly condemned …,” it said", is.)
    const it = sentence ? IT_AFTER_QUOTE.exec(after) : null;
    const itsBody = it && sentence ? bodyAntecedent(sentence, mentions, sentences, span.open, (/^\s*,/.test(it[0]) || /,\s*$/.test(text)) && CLAUSE_BEFORE_QUOTE.test(body.slice(sentence.start, span.open))) : null;
    if (it && itsBody) {
      framed = true;
      frame('direct.body-pronoun-after', itsBody, it[2].toLowerCase());
    }
    // "“…,” the statement said": whoever issued the statement the sentence or the two before introduce speaks.
    const document = sentence && !inNounPhrase && /[,?!]\s*$/.test(text) ? DOCUMENT_AFTER_QUOTE.exec(after) : null;
    const issuer = document && sentence ? documentIssuer(document[2], document[1], closeEnd + document.index + document[0].indexOf(document[1] || document[2]), sentence, span.open, sentences, mentions, roles) : null;
    if (document && issuer) {
      framed = true;
      frame('direct.document-after', issuer, document[3].toLowerCase());
    }
    // "“…,” chanted protesters", "“…,” Kerry thundered": a verb of the manner of speaking frames the quote when no
    // speech verb does; its subject speaks (a name, a pronoun, else an unnamed source: "the crowd", "one mother").
    // (Only a quote opening its sentence: quoted words inside a clause, "the claim of “American exceptionalism,” the White
    // House shot back at …", are that clause's wording, and the verb after them is the clause's own.)
    const opensSentence = /^\s*$/.test(before) && !/:\s*$/.test(body.slice(Math.max(0, span.open - 3), span.open));
    const manner = !framed && opensSentence && /[,?!]\s*$/.test(text) ? mannerAfter(after) : null;
    if (manner) {
      const at = closeEnd + manner.at;
      const speaker = speakerFromText(manner.phrase, at, mentions, roles, manner.inverted ? 'first' : 'last');
      const unnamed = !speaker && /^\p{Ll}/u.test(manner.phrase) ? { start: at, end: at + manner.phrase.length, entityId: null } : null;
      if (speaker || unnamed) {
        framed = true;
        unnamedAfter = !!unnamed;
        frame('direct.manner-after', speaker ?? unnamed, manner.cue);
      }
    }
    // "“…,” said a source close to the Pentagon", "“…,” the source close to Mattis said": the source speaks, unnamed,
    // not the person or body it is close to (the frames above may have read that name as the speaker).
    const related = relatedAfterQuote(after, closeEnd, mentions);
    if (related) {
      framed = true;
      unnamedAfter = true;
      frames.length = 0;
      frame('direct.unnamed-after', related.speaker, related.cue);
    }
    // "“…,” the justices wrote", "“…,” police said", "said the protesters": a group of people speaks, unnamed — where no
    // frame above gave the quote a speaker (a country or a body in the phrase does: "Chinese officials said" is China's).
    const group = frames.length || subordinate || inNounPhrase || endsSentence || !/[,?!]\s*$/.test(text) ? null : groupSourceAfter(after);
    if (group) {
      framed = true;
      unnamedAfter = true;
      const at = closeEnd + group.at;
      frame('direct.group-after', { start: at, end: at + group.phrase.length, entityId: policeForce(group.phrase, span.open, mentions, body) }, group.cue);
    }
    // A quote closed by a comma and an attribution no frame above reads ("…," another tourist from Great Britain,
    // Helen Collins, said): it is framed all the same, so it continues no earlier quote; the person it names speaks.
    // (A pronoun there, "…,” it further wrote", is the previous speaker: the quote continues theirs.)
    const own = framed || subordinate || !/[,?!]\s*$/.test(text) || /^\s*,?\s*(?:he|she|it|they|we|I)\s/i.test(after) ? null : OWN_ATTRIBUTION.exec(after);
    if (own) {
      framed = true;
      const from = closeEnd + own.index;
      const named = entityIn(mentions, from, from + own[0].length - own[1].length, 'last');
      if (named && isPerson(named, mentions)) frame('direct.after-quote', { start: from, end: from + own[0].length - own[1].length, entityId: named }, own[1].toLowerCase());
    }
    const b = BEFORE_QUOTE.exec(before);
    // "as Mr. Serling might say, “…”": a speaker imagined by the writer says nothing.
    if (b && HYPOTHETICAL_BEFORE_CUE.test(before.slice(Math.max(0, b.index - 20), b.index + 1))) {
      prev = null;
      continue;
    }
    if (b && SPEECH_VERBS.has(b[1].toLowerCase()) && !(/^continu/i.test(b[1]) && /^to\s/.test(text))) {
      const beforeCue = before.slice(0, b.index + (b[0].length - b[0].trimStart().length));
      // "Trump attacked Clinton for …, saying, “…”": a participle after a comma is the sentence subject's.
      // Only the sentence's head: "The Pentagon official disagreed with Judd's characterization …, saying “…”" is the
      // official's (unnamed), never the object's.
      // "“…,” Rubio tweeted, adding: “…”": after a quote's inverted frame the participle is the frame's subject's, not the
      // sentence head's (a name inside the first quote).
      const frameBefore = /ing$/i.test(b[1]) ? QUOTE_FRAME_CUE.exec(beforeCue) : null;
      // (An unnamed frame's subject too: "“…,” the official said, adding that “…”" is the official's, not a name in the quote.)
      const frameCue = frameBefore ? beforeCue.slice(0, beforeCue.lastIndexOf(frameBefore[1])) : '';
      const frameSubject = frameBefore && SPEECH_VERBS.has(frameBefore[1].toLowerCase()) ? subjectBefore(frameCue, span.open - before.length, mentions, roles) ?? unnamedSource(frameCue, span.open - before.length, mentions) : null;
      // (No person or body heading it: the main clause's subject, a country, an unnamed noun phrase or "he" after "But".)
      const participleHead = sentence ? sentence.text.slice(0, Math.max(0, span.open - before.length + beforeCue.length - sentence.start)).replace(/,\s*$/, '') : '';
      const participleRead = /ing$/i.test(b[1]) && /,\s*$/.test(beforeCue) && sentence ? frameSubject ?? headSubject(sentence, mentions) ?? headlessSubject(sentence, mentions) ?? (firstSubject(sentence, mentions, true) ? null : mainClauseSubject(participleHead, b[1], sentence, mentions, roles)) : null;
      // A participle right after a clause attributing words is that clause's subject's, never a name inside the words:
      // "A State Department spokesman said Kerry shared Biden's “grave concerns,” adding, “…”" is the spokesman's,
      // "Trump told reporters, “…,” adding: “…”" Trump's (participle-subject.ts).
      const participle = /ing$/i.test(b[1]) && /(?:,[”"’]?|[”"’],)\s*$/.test(beforeCue) && sentence ? participleOfClauseBefore(participleRead, span.open - before.length + beforeCue.length, sentence, body, reported, prev?.quote.sentence?.start === sentence.start ? prev : null) : participleRead;
      // A spokesperson or another unnamed source speaks, unnamed, for the body or person named ("Romney's spokeswoman said, “…”").
      const participleOfUnnamed = participle !== null && participle.entityId === null && !participle.pronoun;
      // "…, Larry Kudlow, who has said “both sides will suffer”": the relative pronoun's antecedent speaks.
      const relative = RELATIVE_BEFORE_CUE.exec(beforeCue);
      const antecedentEnd = relative ? span.open - before.length + relative.index : -1;
      const antecedent = relative ? mentions.find((m) => m.end === antecedentEnd && m.type !== 'Event') : undefined;
      let speaker = (antecedent ? { start: antecedent.start, end: antecedent.end, entityId: antecedent.entityId } : null) ?? participle ?? unnamedSource(beforeCue, span.open - before.length, mentions) ?? subjectBefore(beforeCue, span.open - before.length, mentions, roles);
      // "…, saying “…”": the speaker is the subject of the sentence, a pronoun too ("She … and repeatedly says, “…”").
      // (A pronoun heading the sentence is its subject, a name after it an object: "He brought up the parade again when he
      // saw Macron … and told reporters “…”" is his.)
      if (!speaker && sentence && !participleOfUnnamed) speaker = openingPronoun(sentence, beforeCue) ?? firstSubject(sentence, mentions) ?? sentenceSubject(sentence.text, /\band\s+(?:\p{Ll}+ly\s+)?$/u.test(beforeCue) ? beforeCue.replace(/(?:\p{Ll}+ly\s+)?$/u, '').replace(/\s*$/, '') : '', sentence, mentions);
      // (Never a name inside the quote it introduces, "The journalist asked him, “Have you confronted Kim Jong Un …?”",
      // nor the listener after a cue that takes one: "The reporter asked Trump, “…”".)
      if (speaker && (speaker.start >= span.open || (LISTENER_TAKING.test(b[1]) && speaker.start >= span.open - before.length + beforeCue.length))) speaker = null;
      // "A state department spokeswoman said: “…”": an unnamed source before the cue speaks, unnamed.
      if (!speaker) {
        // (An adverb between the source and its cue is no part of it: "The journalist then asked him, “…”".)
        const sourceCue = beforeCue.replace(/\s(?:then|later|also|again|first|finally|next)\s*$/, ' ');
        const nominal = NOMINAL_SOURCE.exec(sourceCue);
        if (nominal) {
          framed = true;
          const from = span.open - before.length + nominal.index + (nominal[0].length - nominal[0].replace(/^[\s,]+/, '').length);
          speaker = { start: from, end: span.open - before.length + sourceCue.trimEnd().length, entityId: null };
        }
        // (A group of people too: "The justices said “…”", "But the justices added, “…”".)
        const group = nominal ? null : groupSourceBefore(sourceCue);
        if (group) {
          framed = true;
          const from = span.open - before.length + group.at;
          speaker = { start: from, end: from + group.phrase.length, entityId: policeForce(group.phrase, span.open, mentions, body) };
        }
      }
      frame('direct.before-quote', speaker, b[1].toLowerCase());
      // The quote's own sentence frames it with a cue ("Many people on street corners were shouting: “…”"): whoever
      // speaks there, it is no continuation of an earlier speaker's quote — unless the cue attributes the quote just
      // closed in the sentence, a split quote ("“But anything we do with ZTE,” the U.S. president added, “…”").
      if (!/[”"]/.test(beforeCue)) framed = true;
    }
    // Any clause of the quote's own sentence introducing it with a colon frames it too.
    if (/\S\s*:\s*$/.test(before)) framed = true;
    // "In an August speech, Trump attacked “the hateful ideology …”": a stance verb right before the quote.
    const st = wordCount(text) > SCARE_MAX_WORDS ? stanceBeforeQuote(before) : null;
    if (st) frame('direct.stance-before', subjectBefore(before.slice(0, st.index + 1), span.open - before.length, mentions, roles), st[1].toLowerCase().replace(/\s+/g, ' '));
    // "Pamela Padilla: “…”" — a name and a colon introduce the quote (lists of reactions, transcripts); so do
    // "According to Limbaugh, “…" and "Mitt Romney -- ''…''".
    // A label is a name: words of a clause ("As a senior White House official put it:") make none — "as X put it"
    // attributes to X, an unnamed source when X is one.
    const labelled = execAtEnd(LABEL_BEFORE_QUOTE, before);
    const asWho = labelled && labelled[1].startsWith('As ') ? / puts? it$/.exec(labelled[1]) : null;
    const putIt = asWho ? labelled![1].slice(3, asWho.index).trim() : null;
    if (labelled && putIt) {
      const at = span.open - before.length + labelled.index + labelled[0].indexOf(labelled[1]) + labelled[1].indexOf(putIt);
      frame('direct.before-quote', unnamedSource(putIt, at, mentions) ?? speakerFromText(putIt, at, mentions, roles), 'put it');
    }
    const label = labelled && !putIt && (labelled[1].match(/(?:^|\s)(?!(?:of|the|de|la|le|al|el|bin|ibn|van|von|der|du|da|dos|y)\s)\p{Ll}+/gu) ?? []).length < 2 ? labelled : null;
    const according = label ? null : execAtEnd(ACCORDING_BEFORE_QUOTE, before);
    const nameDash = label || according ? null : execAtEnd(NAME_DASH_BEFORE_QUOTE, before);
    const lead = label ?? according ?? nameDash;
    if (lead) {
      const speaker = speakerFromText(lead[1], span.open - before.length + lead.index + lead[0].indexOf(lead[1]), mentions, roles);
      frame(label ? 'direct.label-colon' : according ? 'direct.according-before' : 'direct.name-dash-before', speaker, according ? 'according to' : ':');
    }
    // "Caddell continued:" closing the paragraph before one that is a quote.
    if (sentence && body.slice(sentence.start, span.open).trim() === '') {
      const window = body.slice(Math.max(0, span.open - 160), span.open);
      const intro = execAtEnd(LEAD_COLON_BEFORE_QUOTE, window);
      // …but not a heading "What the President said:": that one names a person or no one (direct.what-said).
      if (intro && (SPEECH_VERBS.has(intro[2]) || intro[2] === 'continued') && !WHAT_HEADING_START.test(window.slice(window.trimEnd().lastIndexOf('\n') + 1))) frame('direct.lead-colon', speakerFromText(intro[1], span.open - window.length + intro.index, mentions, roles), intro[2]);
    }
    // Any attribution closing the paragraph before with a colon ("The BBC reports:", "Pressed on it, he said:").
    const colonAt = /:[ \t]*\n\s*$/.test(body.slice(Math.max(0, span.open - 12), span.open)) ? body.lastIndexOf(':', span.open) : -1;
    const block = colonAt >= 0 ? colonFrame(body, colonAt, mentions, roles) : null;
    if (block) frame('direct.colon-block', block.speaker, block.cue);
    // "What Obama said:" heading the quotation paragraphs right after it.
    while (hp < headings.length && headings[hp].end <= span.open && /\S/.test(body.slice(headings[hp].end, span.open).replace(QUOTED_PARAGRAPHS, ''))) hp++;
    const heading = hp < headings.length && headings[hp].end <= span.open ? headings[hp] : null;
    if (heading && paragraphStartsAt(body, span.open)) frame('direct.what-said', heading.speaker, 'said');
    // Reported clauses come in text order: only the few starting last before the quote can hold it.
    while (rp < reported.length && reported[rp].quote.start <= span.open) rp++;
    let container: Reported | undefined;
    for (let k = rp - 1; k >= Math.max(0, rp - 4) && !container; k--) if (reported[k].quote.end >= end - 1) container = reported[k];
    // "Lavrov said Wednesday that Syrians should decide, and the objective should not be to “…”": the report of the
    // same sentence, cut before the quote, still holds it.
    // (Not a possessed stance: "Israel’s decision to build a plaza … constitutes a “flagrant violation …”" — the quoted words are
    // not what the decision put forward.)
    if (/^\s*\p{Ll}/u.test(text)) for (let k = rp - 1; k >= Math.max(0, rp - 4) && !container; k--) if (sentence && reported[k].quote.sentence?.start === sentence.start && reported[k].speaker?.entityId && reported[k].rule !== 'clause.possessed-stance') container = reported[k];
    // An unnamed source's or a document's report holding the quotation's opening ("The indictment says that … the
    // Russians attempted to break into accounts “at a domain …”") makes it that report's quoting, never more of the
    // previous speaker's words; the sentences the quotation runs on into are the source's quote.
    let unnamedContainer: Reported | undefined;
    if (!container && /^\s*\p{Ll}/u.test(text)) for (let k = rp - 1; k >= Math.max(0, rp - 4) && !unnamedContainer; k--) if (sentence && reported[k].quote.sentence?.start === sentence.start && reported[k].quote.speakerText) unnamedContainer = reported[k];
    // 'Ryabkov says the program “could be hurt …,” Corey says': quoted words closing a report opened before them in their
    // sentence, inside its one clause, are that report's speaker's; a different speaker's attribution after them relays
    // the whole report. (Not after a comma on the way: '…, an allegation that “is based on falsehoods,” the ministry said'
    // quotes the ministry in an appositive of its own.)
    // (Only a person's report by a verb of saying: "the United States offered its “full support …,” Hayden said" quotes
    // the spokeswoman, not an act of the country.)
    if (container && container.quote.start < span.open && container.quote.end <= end + 1 && isPerson(container.speaker?.entityId ?? null, mentions) && SAYING_CUE.test(container.quote.cue ?? '') && !/[,;:—–]/.test(body.slice(container.quote.start, span.open))) {
      for (let k = frames.length - 1; k >= 0; k--) if (frames[k].rule === 'direct.after-quote' && frames[k].speaker?.entityId !== container.speaker?.entityId) frames.splice(k, 1);
    }
    if (container) frames.push({ rule: 'direct.inside-report', quote: { ...base, cue: container.quote.cue }, speaker: container.speaker });
    else if (unnamedContainer && sentence && end > sentence.end) frames.push({ rule: 'direct.inside-report', quote: { ...base, cue: unnamedContainer.quote.cue }, speaker: unnamedContainer.speaker });
    // A quote framed by its own attribution ("…," said Del. X) whose speaker we cannot name inherits no one's.
    // …unless a sentence between them is about someone else: "…,” Pence said. Sen. Bernie Sanders identified young
    // voters’ exhaustion with bigotry as a reason. “The younger people are …”" is Sanders's.
    const named = frames.some((f) => f.speaker);
    const between = !named && !framed && prev ? sentencesWithin(sentences, Math.max(prev.quote.end + 1, (sentence?.start ?? span.open) - 600), span.open) : [];
    const otherSubject = between.map((t) => firstSubject(t, mentions)).reverse().find((f) => f?.entityId && f.entityId !== prev?.quote.speakerId && isPerson(f.entityId, mentions));
    // …nor when the quote's own sentence names another person before it ("Trump's remarks … singled out the “…”" after
    // the IAEA's quote): those words are about, or by, that person, not more of the previous speaker's.
    const otherInSentence = !named && !framed && prev && sentence && sentence.start > prev.quote.end ? personBetween(mentions, sentence.start, span.open, prev.quote.speakerId) : false;
    // …nor when the quote's own sentence holds an attribution of its own before it, by a source no rule names ("Meanwhile
    // the Ukrainian general prosecutor's office said in a statement it was investigating … “willful killing …”"): the
    // words are that source's; later quotes continue neither.
    const ownCue = !named && !framed && !!prev && !!sentence && sentence.start > prev.quote.end && newSourceBefore(body.slice(sentence.start, span.open), sentence.start, prev.source, mentions);
    if (ownCue) {
      prev = null;
      continue;
    }
    // (Not a few words inside a sentence of the writer's: a slogan, a chant, a name — quoted-terms.ts.)
    if (!named && !framed && !unnamedContainer && !inNounPhrase && prev && (prev.paragraph >= paragraph - 1 || nextParagraphContinues(body, prev.closeLineEnd, span.open, text, after)) && prev.quote.cue && continuesPrevious(body, prev.quote, span.open) && !otherSubject && !otherInSentence && !isTermInSentence(text, before)) {
      frames.push({ rule: 'direct.continues', quote: { ...base, cue: prev.quote.cue }, speaker: null, continues: prev.quote }); // split quote: same speaker, known once pronouns are resolved
    }
    // A paragraph that is one whole quotation, with no frame of its own, right after a paragraph whose last sentence
    // reports someone's words ("Reynolds said the decision did not signal that the talks were dead. ¶ “It is worth
    // recalling …”"): the journalist's convention continues that speaker.
    if (!frames.length && !framed && !inNounPhrase && wholeParagraph(body, span.open, closeEnd)) {
      const report = reportEndingParagraphBefore(body, sentences, reported, span.open);
      if (report) frames.push({ rule: 'direct.paragraph-after-report', quote: { ...base, cue: report.quote.cue }, speaker: null, continues: report.quote });
    }
    const [chosen] = arbitrate(frames);
    // Titles of shows, books and slogans ("told “Fox News Sunday,”", “Peace Through Strength.”) are names, not speech,
    // unless a frame right after the quote says someone said them.
    if (isTitleLike(text) || isSingleName(text)) continue;
    // Words named as words ("did not use the word “impeachment,”", "the so-called “caliphate”") and a question's wording
    // before the answer's frame ("Asked about “escalatory actions,” Pompeo replied") are nobody's statement (quoted-terms.ts).
    if (isNamedTerm(text, before, after, !/\p{L}/u.test(before))) continue;
    if (chosen?.rule === 'direct.after-quote' && isQuestionWording(before)) continue;
    // Quoted words with no speech cue anywhere around them — no speaker, no verb, no quote they continue — are not
    // an attribution: scare quotes, titles, epigraphs, transcript lines whose speaker is a label.
    if (!chosen) continue;
    // A few lower-case words quoted inside a sentence ("called her “disgusting”", "a “public option”") are wording,
    // not a quote of their own, unless a frame attributes them or reported speech holds them ("said relations
    // were at a “low point”": a partial quote of the speaker).
    // (An unnamed source's frame attributes them too: "is “very odd,” the former senior official said".)
    if (!a && !unnamedAfter && !container && /^\s*\p{Ll}/u.test(text) && wordCount(text) <= SCARE_MAX_WORDS + 1) continue;
    // …and a few words quoted inside a report are that report's wording ("called Trump a “pathological liar” who is
    // “utterly amoral,” a “bully”"): the report carries them, they are no second quote.
    if (chosen.rule === 'direct.inside-report' && wordCount(text) <= SCARE_MAX_WORDS + 1) continue;
    const { quote, speaker } = chosen;
    quote.speakerId = speaker?.entityId ?? null;
    if (speaker && (speaker.entityId || speaker.pronoun)) quote.speakerSpan = { start: speaker.start, end: speaker.end };
    else if (speaker && speaker.end > speaker.start) {
      quote.speakerSpan = { start: speaker.start, end: speaker.end };
      quote.speakerText = body.slice(speaker.start, speaker.end);
      if (speaker.onBehalfOf) quote.onBehalfOf = speaker.onBehalfOf;
    }
    out.push(chosen);
    // The end of the line the quotation closes on: a quotation running over several paragraphs ("“… ¶ “…,” she said.")
    // is continued by a paragraph right after its last one (nextParagraphContinues), not only after its first.
    const closeLineEnd = body.indexOf('\n', end) < 0 ? body.length : body.indexOf('\n', end);
    prev = { quote, paragraph, closeLineEnd, source: chosen.rule === 'direct.continues' && prev ? prev.source : quote, speaker };
  }
  return out;
}

/** "you're saying", "you might ask", "I hear you ask" right after a quote's closing mark / right before its opening one. */
const READER_VOICE_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:I\\s+hear\\s+)?${READER_VOICE}\\b`, 'i');
const READER_VOICE_BEFORE = new RegExp(`(?:^|[\\s,;.:!?”"])(?:I\\s+hear\\s+)?${READER_VOICE}(?:\\s+again)?(?:\\s*[,:])?\\s*$`, 'i');

/** A modal of what someone might or would say, ending the words before a cue: "as Mr. Serling might say, “…”". */
const HYPOTHETICAL_BEFORE_CUE = /\s(?:might|would|could|may)\s+(?:well\s+|have\s+)?$/;

/** ", who has" right before a speech verb: a relative clause whose antecedent ends at the comma. */
/** A preposition after a capitalised name: "Mr. Kudlow on Fox Business Network", "Pompeo in Washington". */
const VENUE_PREPOSITION = /\s(?:on|in|at|to|from|during|via)\s/;
/** The words before the first preposition after a capitalised word, or null: the speaker's name without the venue. */
function nameBeforeVenue(who: string): string | null {
  const venue = VENUE_PREPOSITION.exec(who);
  if (!venue) return null;
  const name = who.slice(0, venue.index);
  return /^\p{Lu}/u.test(name.split(/\s+/).at(-1) ?? '') ? name : null;
}
/** "Mr. Kudlow": the last person named before with that family name, when the words name no mention themselves. */
function personByFamilyName(words: string, at: number, body: string, mentions: MentionRef[]): SpeakerRef | null {
  const name = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?(\p{Lu}[\p{L}'’-]+)$/u.exec(words.trim());
  if (!name) return null;
  let found: MentionRef | null = null;
  for (const m of mentions) {
    if (m.start >= at) break;
    const text = body.slice(m.start, m.end);
    if (m.type === 'Person' && (text === name[1] || text.endsWith(` ${name[1]}`))) found = m;
  }
  if (!found) return null;
  const lead = at + words.indexOf(words.trim());
  return { start: lead, end: lead + words.trim().length, entityId: found.entityId };
}
/** Two capitalised names joined by a conjunction ("Bergdahl or Obama"; not "Businessman and the Apprentice winner Mark Wright"). */
const NAMES_JOINED = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:or|and|nor|vs\.?|versus)\s+\p{Lu}/u;

/** A closing quote, a short subject and a finite speech verb, then the comma before a participle: "…,” Rubio tweeted, ". */
const QUOTE_FRAME_CUE = /(?:[,!?]\s*[”"]|[”"]\s*,)\s+(?:[^\s“”";:,]+\s+){1,5}?(\p{Ll}+)\s*,\s*$/u;
const RELATIVE_BEFORE_CUE = /,\s*who\s+(?:(?:has|had|have|also|once|repeatedly|publicly|long|previously)\s+){0,3}$/;

/** An attribution right after a quote, up to its speech verb, within one sentence: ", another tourist …, Helen Collins, said". */
/** A subordinating conjunction right after a closing mark (see its use in findDirect). */
/** Cues by which an outlet relays a sentence rather than speaks it. */
const CHANNEL_CUE = /^(?:reports|reported)$/i;
/** A report opened before the quotation in its sentence: a verb of speech, then words up to the opening mark. */
/** A report's cue that is a verb of saying: a report holding quoted words others may relay. */
const SAYING_CUE = /^(?:say|says|said|tell|tells|told|add|adds|added|note|notes|noted|insist|insists|insisted|argue|argues|argued|claim|claims|claimed|maintain|maintains|maintained|warn|warns|warned)$/;
const REPORT_BEFORE_QUOTE = /\b(?:said|says|told|tells|added|adds|stated|states|declared|insisted|argued|warned|wrote|writes)\s[^“”".!?]{3,}$/;
const SUBORDINATOR_AFTER_QUOTE = /^\s*,?\s*(?:if|unless|because|whenever|while|since|though|although|until|once|before|after|when)\s/i;
const OWN_ATTRIBUTION = /^\s*,?\s+(?:[^“”"!?;.\n]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St)\.){1,100}?\s(said|says|told|added|asked|wrote|warned|explained|continued)\b/;

/** A heading line opening "What …" / "Here's what …". */
const WHAT_HEADING_START = /^[ \t]*(?:Here[’']s\s+)?[Ww]hat\s/;

/** Quotation paragraphs (and the blank lines between them) that may stand between a heading and the quote it heads. */
const QUOTED_PARAGRAPHS = /(?:^|\n)[ \t]*[“"«][^\n]*/g;

function paragraphStartsAt(body: string, at: number): boolean {
  const lineStart = body.lastIndexOf('\n', at - 1) + 1;
  return body.slice(lineStart, at).trim() === '';
}

/** "What NAME said:" heading lines naming a person the article knows, in text order. */
function whatSaidHeadings(body: string, mentions: MentionRef[], roles: Map<string, string>): { end: number; speaker: SpeakerRef }[] {
  const out: { end: number; speaker: SpeakerRef }[] = [];
  if (!/[Ww]hat\s/.test(body)) return out;
  for (const m of body.matchAll(WHAT_SAID_HEADING)) {
    const at = m.index + m[0].indexOf(m[1]);
    const speaker = speakerFromText(m[1], at, mentions, roles);
    // A person, named: "What the President said:" names no one, and a body's name is no speaker of quotations.
    if (speaker?.entityId && isPerson(speaker.entityId, mentions)) out.push({ end: m.index + m[0].length, speaker });
  }
  return out;
}

/** A pronoun or possessive that may stand for the previous speaker ("He said in a statement it was …", "His message,
 * the president continues, is that …"). */
const PRONOUN_WORD = /(?:^|[^\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?![\p{L}’'])/u;
/** The nouns of a source of its own: a body, a document, unnamed people ("the prosecutor's office", "the memo", "one U.S.
 * official", "Others") — not a role the previous speaker holds ("the Ohio Republican", "the president"). */
const NEW_SOURCE_NOUN = new RegExp(`(?:^|[^\\p{L}])(?:${wordAlternation([...SOURCE_BODIES, ...DOCUMENT_NOUNS, ...SOURCE_PEOPLE, ...BARE_PLURAL_SOURCES, 'others', 'office', 'paper', 'newspaper', 'editorial', 'organization', 'charity', 'military', 'army', 'regime'].filter((w) => !/^(?:senators?|leaders?|judges?|members?|person|people|speaker)$/.test(w)), true)})(?![\\p{L}’'-])`, 'u');

/**
 * The words of the quote's sentence before it hold a verb of saying whose source (the words before the verb) is a new
 * one: a body or country named, or a source noun (a document, a body, unnamed people) — with neither a pronoun nor the
 * previous speaker there, nor the same unnamed source again ("The official said" after "a State Department official"), nor
 * an anaphor of the previous body ("the paper" after China Daily). The quote belongs to that source (direct.continues
 * does not reach it).
 */
export function newSourceBefore(words: string, at: number, previous: Quote, mentions: MentionRef[]): boolean {
  const verb = SPEECH_VERB_WORD.exec(words);
  if (!verb) return false;
  const subject = words.slice(0, verb.index);
  if (PRONOUN_WORD.test(subject)) return false;
  let named = false;
  for (let i = firstFrom(mentions, at); i < mentions.length && mentions[i].start < at + verb.index; i++) {
    const m = mentions[i];
    if (m.entityId === previous.speakerId) return false;
    if (m.type === 'Organization' || m.type === 'Country' || m.type === 'Person') named = true;
  }
  if (named) return true;
  const noun = NEW_SOURCE_NOUN.exec(subject);
  if (!noun) return false;
  const word = noun[0].replace(/^[^\p{L}]/u, '').toLowerCase().replace(/s$/, ''); // "The officials" after "a … official"
  // The same source taken up again: an unnamed one by its own noun, a named body by a noun of its kind.
  if (previous.speakerText ? previous.speakerText.toLowerCase().includes(word) : previous.speakerId !== null && !isPerson(previous.speakerId, mentions)) return false;
  return true;
}

/**
 * A quotation on the line a long quotation closed on, or a paragraph opening with a quotation mark right after it (nothing between
 * but a few line breaks: a credit line or a heading there starts something else — masked furniture leaves a long run
 * of them), its words not closed by an attribution of their own ("“You're the boss,” Jordan interrupted."): the
 * journalist's convention goes on with the same speaker.
 */
function nextParagraphContinues(body: string, closeLineEnd: number, open: number, text: string, after: string): boolean {
  // (A quotation on the very line the long one closed on, after its frame — "…,” Mr. Dubowitz asked. “My contention is
  // …”" — continues it as within one paragraph.)
  return (open < closeLineEnd || PARAGRAPH_GAP.test(body.slice(closeLineEnd, open))) && !(/[,?!]\s*$/.test(text) && NAMED_FRAME_AFTER.test(after));
}
/** One to four line breaks and spaces: the gap between two paragraphs with no line of text (nor a masked one) between. */
const PARAGRAPH_GAP = /^(?:[ \t]*\r?\n){1,4}[ \t]*$/;
/** A pronoun or a capitalised name and a finite verb (a speech verb, or any past tense: "interrupted", "snapped"). */
const NAMED_FRAME_AFTER = new RegExp(`^\\s*(?:he|she|they|[\\p{Lu}][\\p{L}.’'-]*(?:\\s+[\\p{Lu}][\\p{L}.’'-]*){0,3})\\s+(?:\\p{Ll}+ly\\s+)?(?:${VERB}|\\p{Ll}+ed)\\b`, 'u');

/** A quote that follows the previous one with only an attribution between them ("…," he said. "…"). */
export function continuesPrevious(body: string, prev: Quote, open: number): boolean {
  // A quoted title between the parts ("…on Fox News’s “Fox and Friends.”") belongs to the attribution.
  const between = body.slice(prev.end + 1, open).replace(/[“"][^“”"]{1,40}[”"]/g, (t) => (t.split(/\s+/).length <= 5 ? 'TITLE' : t));
  // A long appositive may sit between the parts: `"…," said Peter Morgan, a lawyer for the Sierra Club, who … . "…"`.
  return (between.length < 120 || (between.length < 320 && SPEECH_VERB_WORD.test(between))) && !/[“"]/.test(between);
}

/** Whether the quotation opened at `open` and closed before `closeEnd` is its paragraph's only text. */
function wholeParagraph(body: string, open: number, closeEnd: number): boolean {
  const lineStart = body.lastIndexOf('\n', open - 1) + 1;
  const lineEnd = body.indexOf('\n', closeEnd);
  return body.slice(lineStart, open).trim() === '' && body.slice(closeEnd, lineEnd < 0 ? body.length : lineEnd).trim() === '';
}

/**
 * The report closing the paragraph right before `open` (blank lines aside): the last reported candidate of that
 * paragraph's last sentence, when its speaker is named, a pronoun or an unnamed source, and the paragraph ends with a
 * full stop — or with a colon after a report by a verb of saying ("Rice said the analogy was about air power:", "The
 * ambassador says the people want a democratic process:"): the colon hands over to the words that bear the report out.
 * (An attribution closing with a colon and no clause, "Caddell continued:", is a frame of its own: direct.lead-colon,
 * direct.colon-block.)
 */
function reportEndingParagraphBefore(body: string, sentences: Sentence[], reported: Reported[], open: number): Reported | null {
  const lineStart = body.lastIndexOf('\n', open - 1) + 1;
  let k = sentences.length - 1;
  while (k >= 0 && sentences[k].end > lineStart) k--;
  if (k < 0) return null;
  const last = sentences[k];
  if (body.slice(last.end, lineStart).trim() !== '') return null;
  const colon = /:\s*$/.test(last.text);
  if (!colon && !/[.!?][”"’']?\s*$/.test(last.text)) return null;
  let best: Reported | null = null;
  for (const c of reported) {
    if (c.quote.sentence?.start !== last.start || !c.speaker) continue;
    if (!best || c.quote.end > best.quote.end) best = c;
  }
  // After a colon, only a report by a verb of saying that runs on to the colon: "X said the deal was dead:" — not a
  // stance or a clause the report closed before it ("Options, experts said, include:").
  if (best && colon && (!REPORT_CUE_BEFORE_COLON.test(best.quote.cue ?? '') || /[^\s:;,.]/.test(body.slice(best.quote.end, last.end).replace(/[”"’')\]]/g, '')))) return null;
  return best;
}
/** Verbs of saying whose report a colon may hand over to a quotation (see reportEndingParagraphBefore). */
const REPORT_CUE_BEFORE_COLON = /^(?:say|says|said|tell|tells|told|add|adds|added|argue|argues|argued|insist|insists|insisted|explain|explains|explained|write|writes|wrote|report|reports|reported|warn|warns|warned|note|notes|noted|claim|claims|claimed|maintain|maintains|maintained|stress|stresses|stressed|acknowledge|acknowledges|acknowledged|contend|contends|contended)$/;

/** Whether a person other than `except` is mentioned in [from, to). */
function personBetween(mentions: MentionRef[], from: number, to: number, except: string | null): boolean {
  for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start < to; i++) if (mentions[i].type === 'Person' && mentions[i].entityId !== except) return true;
  return false;
}

/** The sentences lying wholly within [from, to), found by binary search (sentences are in text order). */
function sentencesWithin(sentences: Sentence[], from: number, to: number): Sentence[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Sentence[] = [];
  for (let k = lo; k < sentences.length && sentences[k].end <= to; k++) out.push(sentences[k]);
  return out;
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return sentences[Math.max(0, Math.min(sentences.length - 1, lo))];
}

/** "He" or "she" heading a sentence (after an opening phrase) whose cue before the quote is a coordinated predicate ("…
 * and told reporters", "…, adding"): the pronoun is the cue's subject, not a name the first predicate governs. */
function openingPronoun(sentence: Sentence, beforeCue: string): SpeakerRef | null {
  if (!/(?:,|\band)\s*$/.test(beforeCue)) return null;
  const lead = OPENING_PHRASE.exec(sentence.text)?.[0].length ?? 0;
  const pronoun = /^(He|She|he|she)\s/.exec(sentence.text.slice(lead));
  return pronoun ? { start: sentence.start + lead, end: sentence.start + lead + pronoun[1].length, entityId: null, pronoun: pronoun[1].toLowerCase() } : null;
}
