// Verb forms PolNeAR's annotators mark as attribution cues, chosen by their polnear-TRAIN counts (never dev's): read as stances.
// Counts from `npx tsx scripts/lexicon/polnear-cue-counts.ts FORM` — cues: times a gold cue's verb is the form;
// occurrences: times the form appears in the train texts at all. Kept when ≥ 12 cues and ≥ half its occurrences are
// cues (the share bounds how often a match is no attribution), and no rule reads the form already. Left out though
// they pass: hedges and expectations ("seemed", "appears", "expected": the writer's guess, not a source's position),
// plans (the issue's rule: a plan is no statement) and orders ("ordered 15, 21": "ordered most embassy personnel
// out of Yemen" is an act, not a position).

export interface TrainCue {
  /** The form as written, with its particle ("talked about"). */
  readonly form: string;
  readonly cues: number;
  readonly occurrences: number;
}

export const TRAIN_CUES: readonly TrainCue[] = [
  { form: 'expressed', cues: 42, occurrences: 55 }, // "expressed concern that …", "expressed their support for Trump"
  { form: 'talked about', cues: 27, occurrences: 47 }, // counts of "talked"; "talked about continuing the progress …"
  { form: 'discussed', cues: 14, occurrences: 25 }, // "discussed legislation he was introducing"
  { form: 'deemed', cues: 12, occurrences: 20 }, // "deemed the release … a reasonable trade-off"
];
