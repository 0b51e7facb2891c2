/** An element class that says which release of the package it comes from (`static version`). */
export type VersionedElement = CustomElementConstructor & { readonly version: string };

/**
 * Conflicts already reported, kept on the registry under a `Symbol.for` key so that every copy
 * of this module on the page shares them: with two releases, each copy may lose a different tag
 * (the lazily loaded elements race), yet the page should hear about the pair once.
 */
const reportedKey = Symbol.for('@mitmachen/elements: reported conflicts');

function reported(registry: CustomElementRegistry): Set<string> {
  const holder = registry as CustomElementRegistry & { [reportedKey]?: Set<string> };
  return (holder[reportedKey] ??= new Set<string>());
}

/**
 * Registers `ctor` under `tag` unless the tag is taken. Two copies of one release (a script tag
 * and a bundle, say) register once without complaint; a different release, or another script,
 * already holding the tag keeps it, and the page gets one console warning per pair of releases
 * (per tag for another script) instead of an exception that would stop the rest of its scripts.
 */
export function defineElement(tag: string, ctor: VersionedElement, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (existing === undefined) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing.version === ctor.version) return;
  const conflict = existing.version === undefined ? `tag ${tag}` : [existing.version, ctor.version].sort().join(' and ');
  const seen = reported(registry);
  if (seen.has(conflict)) return;
  seen.add(conflict);
  const holder = existing.version === undefined ? 'another script' : `@mitmachen/elements ${existing.version}`;
  console.warn(`<${tag}> is already defined by ${holder}; this copy (${ctor.version}) is not used. Load @mitmachen/elements once per page.`);
}
