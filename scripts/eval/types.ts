// Shared shape of one scored part of `npm run eval`.
import type { Article, ExtractionResult } from '../../src/extract/types.js';

export interface EvalPart {
  name: string; // e.g. "conll/Person", "polnear/direct speaker+content"
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** One target or several (all must hold); `value` targets check `value` (an accuracy or a count), with min or max. */
  target?: Target | Target[];
  value?: number;
  misses: string[]; // worst misses / false positives, human-readable, a few dozen at most
  /** The same part under the older matching, printed beside for continuity (no target applies): PolNeAR's lenient one, the seed's without fragments found in reports. */
  lenient?: Omit<EvalPart, 'lenient' | 'misses' | 'target' | 'name'>;
}

export interface Target {
  metric: 'f1' | 'recall' | 'precision' | 'value';
  min?: number;
  max?: number;
}

export type Extractor = (article: Article) => ExtractionResult;

export function scorePart(name: string, tp: number, fp: number, fn: number, misses: string[], target?: EvalPart['target']): EvalPart {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { name, tp, fp, fn, precision, recall, f1, target, misses };
}
