// Escaping for the hand-templated XML writers: any string becomes well-formed XML 1.0 text or attribute content.

// Code points XML 1.0 cannot carry at all, even escaped (controls, U+FFFE/FFFF, lone surrogates): one class, linear time.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"'\t\n\r]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;', // also keeps "]]>" out of text
  '"': '&quot;',
  "'": '&apos;',
  // Character references survive attribute-value normalisation (a raw tab or newline would come back as a space)
  // and line-ending normalisation (a raw CR would come back as LF).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Replaces what XML 1.0 cannot represent with U+FFFD, so a hostile string never makes the document unreadable. */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML_CHAR, '\uFFFD');
}

/** Content of an element. */
export function xmlText(s: string): string {
  return xmlSafe(s).replace(TEXT_SPECIAL, (c) => ENTITY[c]);
}

/** Value of an attribute (either quote style). */
export function xmlAttr(s: string): string {
  return xmlSafe(s).replace(ATTR_SPECIAL, (c) => ENTITY[c]);
}

/** `name="value"` pairs for an element, skipping null and undefined values. */
export function xmlAttrs(attrs: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${xmlAttr(String(value))}"`;
  }
  return out;
}

// NMTOKEN (GraphML ids) allows name characters only; ASCII ones pass, anything else becomes _xHEX_, and so does a '_'
// that could be read as the start of one ('_x'): injective, and ids like `event:press_conference-…` pass unchanged.
const NOT_NMTOKEN_ASCII = /[^A-Za-z0-9.:_-]|_(?=x)/gu;

/** An id as an XML NMTOKEN: entity ids (`person:rex-tillerson`) pass unchanged. */
export function nmtoken(id: string): string {
  return id.replace(NOT_NMTOKEN_ASCII, (c) => `_x${c.codePointAt(0)!.toString(16)}_`);
}

/** A YYYY-MM-DD date, or null: only real dates go into typed time attributes. */
export function isoDay(s: string | null | undefined): string | null {
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
}
