// Quotes: in a round-up of commentary, a paragraph closed by its excerpt's credit ("“…” Edward B. Foley, Politico") is
// that writer's; the editor's framing words before the excerpt ("Some suggest that …", "many point out that …",
// "Others note …", "The right argues …") name no other source — the quotes they frame are the credited writer's.
// Input: the attributions with their speakers resolved; output: the framed quotes' speaker set to the credited one.
import type { Quote } from '../types.js';

/** A round-up editor's framing subject: a quantifier of people or a side of the debate, nothing else. */
export const FRAMING_SUBJECT = /^(?:[Ss]ome|[Mm]any|[Oo]thers|[Mm]ost|[Ss]everal|[Tt]he\s(?:left|right|Left|Right))$/;

export function creditedFraming(attributions: readonly { quote: Quote; rule: string }[], body: string): void {
  for (const credit of attributions) {
    if (credit.rule !== 'direct.credit-line' || credit.quote.speakerId === null) continue;
    const paragraphStart = body.lastIndexOf('\n', credit.quote.start) + 1;
    for (const { quote } of attributions) {
      if (quote === credit.quote || quote.speakerId !== null || !quote.speakerText || !FRAMING_SUBJECT.test(quote.speakerText.trim())) continue;
      // In the credited paragraph, before the credit: no line break between the framed words and the excerpt's end.
      if (quote.start < paragraphStart || quote.start > credit.quote.end || body.slice(quote.start, credit.quote.end).includes('\n')) continue;
      quote.speakerId = credit.quote.speakerId;
      delete quote.speakerText;
      delete quote.onBehalfOf;
    }
  }
}
