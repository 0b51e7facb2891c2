/**
 * The `Idempotency-Key` for one logical create call: the caller's own key, or a fresh UUID v4.
 * The same key goes with every retry of that call, so the server stores the posting once.
 */
export function idempotencyKey(given?: string): string {
  if (given !== undefined) return given;
  // `randomUUID` exists only in secure contexts; a widget on a plain-http page still needs keys.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return uuidFromRandomBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** A UUID v4 from 16 random bytes (exported for its test). */
export function uuidFromRandomBytes(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte, index) => {
    // Byte 6 carries the version (4), byte 8 the RFC 9562 variant (10xx).
    const value = index === 6 ? (byte & 0x0f) | 0x40 : index === 8 ? (byte & 0x3f) | 0x80 : byte;
    return value.toString(16).padStart(2, '0');
  }).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
