/**
 * A fresh idempotency key. crypto.getRandomValues works on plain http too (crypto.randomUUID needs a secure
 * context), and the API accepts letters, digits and - only.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
