import type { NextFunction, Request, Response } from 'express';

/**
 * The web app's page: scripts and styles from this origin only (antd writes its CSS-in-JS as <style> elements,
 * hence 'unsafe-inline' for styles — never for scripts), no framing, requests to this origin only. This is what
 * keeps an injected script from running and reading the session token (README, "Session security").
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A year: browsers then reach this host over HTTPS only, without a first request in the clear. */
const HSTS = 'max-age=31536000';

/**
 * Middleware, first of all: the same headers on every answer of this origin — the app's pages and files, GraphiQL,
 * GraphQL answers, /health, downloads, 404s and refused bodies. The session token lives in this origin's
 * localStorage, so any page of it without them could leak it, and a JSON answer must never be sniffed as a page
 * (OWASP's REST security headers). HSTS only on a request that came over HTTPS (TLS here, or `X-Forwarded-Proto:
 * https` from a proxy TRUST_PROXY trusts): browsers ignore it over plain HTTP, and without subdomains or preload,
 * which depend on a whole domain this service cannot see.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-frame-options', 'DENY');
  if (req.secure) res.setHeader('strict-transport-security', HSTS);
  next();
}
