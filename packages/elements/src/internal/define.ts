/** An element class that says which release of the package it comes from (`static version`). */
export type VersionedElement = CustomElementConstructor & { readonly version: string };

/** Tags already warned about, so a page that loads two releases hears about each tag once. */
const warned = new Set<string>();

/**
 * Registers `ctor` under `tag` unless the tag is taken. Two copies of one release (a script tag
 * and a bundle, say) register once without complaint; a different release, or another script,
 * already holding the tag keeps it, and the page gets one console warning per tag instead of an
 * exception that would stop the rest of its scripts.
 */
export function defineElement(tag: string, ctor: VersionedElement, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (existing === undefined) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing.version === ctor.version || warned.has(tag)) return;
  warned.add(tag);
  const holder = existing.version === undefined ? 'another script' : `@mitmachen/elements ${existing.version}`;
  console.warn(`<${tag}> is already defined by ${holder}; this copy (${ctor.version}) is not used. Load @mitmachen/elements once per page.`);
}
