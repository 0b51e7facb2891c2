/** The schemes a link taken from data may use; anything else (javascript:, data:, …) is dropped. */
export const SAFE_LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** The schemes an image taken from data may use. */
export const SAFE_IMAGE_SCHEMES: readonly string[] = ['http:', 'https:'];

/**
 * The URL when it is absolute and uses one of `schemes`, else undefined. Relative URLs are
 * refused on purpose: data from the API has no base that would make them mean anything.
 */
export function safeUrl(value: string, schemes: readonly string[] = SAFE_LINK_SCHEMES): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return schemes.includes(url.protocol) ? url.href : undefined;
}
