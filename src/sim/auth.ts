// API token authentication: `Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET`.

export type AuthResult = { ok: true; user: string } | { ok: false; reason: string };

export function authenticate(header: string | undefined, tokenId: string, tokenSecret: string): AuthResult {
  const value = /^PVEAPIToken[= ](.+)$/.exec(header ?? '')?.[1];
  if (value === undefined) return { ok: false, reason: 'No ticket' };
  const at = value.lastIndexOf('=');
  const id = at < 0 ? value : value.slice(0, at);
  const secret = at < 0 ? '' : value.slice(at + 1);
  const parsed = /^(.+@[^!]+)!(.+)$/.exec(id);
  if (!parsed) return { ok: false, reason: 'invalid token value!' };
  if (id !== tokenId) return { ok: false, reason: `no such token '${parsed[2]}' for user '${parsed[1]}'` };
  if (secret !== tokenSecret) return { ok: false, reason: 'invalid token value!' };
  return { ok: true, user: id };
}
