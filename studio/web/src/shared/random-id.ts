/**
 * A random id for idempotency keys. `crypto.randomUUID` exists only in secure contexts, and
 * staff phones often reach the studio over plain http on the local network.
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
