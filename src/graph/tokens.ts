// API tokens: a random bearer token shown once, only its sha256 stored (an ApiToken node), looked up by hash.
import { writeSession } from './driver.js';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { Label, ROLES, type Role } from './model.js';

/** The token's owner as the API sees it. */
export interface TokenOwner {
  name: string;
  role: Role;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isRole(x: string): x is Role {
  return (ROLES as readonly string[]).includes(x);
}

/** Creates a token for `name` with `role`: returns the token (the only time it exists outside its holder). */
export async function createToken(driver: Driver, database: string, name: string, role: Role): Promise<string> {
  const session = writeSession(driver, database);
  try {
    return await session.executeWrite((tx) => createTokenIn(tx, name, role));
  } finally {
    await session.close();
  }
}

/** createToken inside a transaction the caller holds (the API's createApiToken audits it in the same one). */
export async function createTokenIn(tx: ManagedTransaction, name: string, role: Role): Promise<string> {
  if (!name.trim()) throw new Error('token: --name must not be empty');
  const token = `ngt_${randomBytes(32).toString('base64url')}`;
  await tx.run(`CREATE (:${Label.ApiToken} {id: $id, name: $name, role: $role, hash: $hash, createdAt: $at})`, {
    id: `token:${randomUUID()}`,
    name: name.trim(),
    role,
    hash: tokenHash(token),
    at: new Date().toISOString(),
  });
  return token;
}

/** The owner of a token, or null when no token has this value. */
export async function findTokenOwner(driver: Driver, database: string, token: string): Promise<TokenOwner | null> {
  const res = await driver.executeQuery(
    `MATCH (t:${Label.ApiToken} {hash: $hash}) RETURN t.name AS name, t.role AS role`,
    { hash: tokenHash(token) },
    { database, routing: 'READ' },
  );
  const r = res.records[0];
  if (!r) return null;
  const role = r.get('role') as string;
  return isRole(role) ? { name: r.get('name') as string, role } : null;
}
