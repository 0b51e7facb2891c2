const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a posting's id; anything else is simply not found, never a database error. */
export function isUuid(id: string): boolean {
  return uuidPattern.test(id);
}
