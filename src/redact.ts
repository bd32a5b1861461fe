// Keeps credentials out of every message: passwords inside URLs (bolt://user:secret@host) and known secret values.

/** `scheme://user:secret@host` → `scheme://user:***@host`, anywhere in the text. */
export function redactUrlCredentials(text: string): string {
  // Anchored on "://" and each run stops at a character the next part starts with: linear in the text's length.
  return text.replace(/:\/\/([^\s:/@]*):[^\s/@]*@/g, '://$1:***@');
}

/** Replaces every URL password and every given secret (e.g. NEO4J_PASSWORD) by `***`; shorter than 8 characters (Neo4j's
 * minimum, e.g. the default `neo4j`) is no secret and would blank ordinary words. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = redactUrlCredentials(text);
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('***');
  return out;
}
