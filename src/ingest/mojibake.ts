// UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("Trumpâ€™s", "Trumpâ\u0080\u0099s", "SantamarÃ­a"):
// each such run is a UTF-8 lead byte's character followed by exactly the continuation bytes' characters it needs; read
// back as bytes, the run decodes as strict UTF-8 to the one character meant ("’", "í"). Only runs that decode are
// replaced, so real "coup de grâce", "Cinelândia" or "São" stay (their next letter is no continuation byte). Done at
// ingest, before the body is stored: every offset the extraction gives is into the repaired body.
// npm's fixers (fix-utf8, fix-latin1-to-utf8) are fixed tables of the Windows-1252 readings only; the Latin-1 reading
// with C1 controls ("â\u0080\u0099") is in this corpus too, and the decode below covers both with no table of pairs.

/** Windows-1252's characters for the bytes 0x80–0x9F (its five undefined bytes read as the C1 controls, as Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);
for (let i = 0; i < CP1252_HIGH.length; i++) BYTE_OF.set(CP1252_HIGH[i], 0x80 + i);

/** A lead byte's character (0xC2–0xF4) and one to three continuation bytes' characters (0x80–0xBF in either reading). */
const RUN = /[\u00C2-\u00F4][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{1,3}/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** How many continuation bytes a UTF-8 lead byte takes. */
const continuations = (lead: number) => (lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3);

/** The text with each mis-decoded UTF-8 sequence replaced by the character it encodes. */
export function repairMojibake(text: string): string {
  if (!/[\u00C2-\u00F4]/.test(text)) return text;
  return text.replace(RUN, (run) => {
    const bytes = [...run].map((c) => BYTE_OF.get(c)!);
    const n = continuations(bytes[0]) + 1;
    if (bytes.length < n || bytes.slice(1, n).some((b) => b > 0xbf)) return run;
    let decoded: string;
    try {
      decoded = UTF8.decode(Uint8Array.from(bytes.slice(0, n)));
    } catch {
      return run;
    }
    return decoded + run.slice(n);
  });
}
