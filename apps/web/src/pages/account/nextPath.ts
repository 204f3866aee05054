/**
 * Where to go after signing in: a path of this app only (never another site). The address is resolved as the browser
 * would resolve it, since "starts with one slash" is not enough: browsers read `/\evil.example` as `//evil.example`
 * and drop tabs and newlines (`/\t/evil.example`), and history.replaceState throws on another origin (react-router's
 * push falls back to location.assign, a real redirect).
 */
export function nextPath(params: URLSearchParams, origin: string = window.location.origin): string {
  const next = params.get('next') ?? '/';
  if (!next.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : '/';
}
