/**
 * The `glaneur serve` session: a random token, made at start, printed in the URL the user opens.
 * The first page load carries it in the query string; the server answers with an HttpOnly,
 * SameSite=Strict cookie and every later request (API, events, uploads, files) must carry it
 * (cookie, or the `x-glaneur-token` header for scripts). Another local user or a web page does
 * not know it, so it cannot reach the corpus.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'glaneur_session';
export const TOKEN_HEADER = 'x-glaneur-token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries, from its cookie or header. */
export function tokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

export function isAuthorised(request: IncomingMessage, token: string): boolean {
  const given = tokenOf(request);
  return given !== undefined && sameSecret(given, token);
}

export function matchesToken(given: string | null, token: string): boolean {
  return given !== null && sameSecret(given, token);
}

export function sessionCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
