/** An element class that says which release of the package it comes from (`static version`). */
export type VersionedElement = CustomElementConstructor & { readonly version: string };

/**
 * Conflicts already reported live on the registry under a `Symbol.for` key, so every copy of
 * this module on the page shares them: with two releases, each copy may lose a different tag
 * (the lazily loaded elements race), yet the page should hear about the pair once.
 */
const reportedKey = Symbol.for('mitmachen.conflicts');

/**
 * Registers `ctor` under `tag` unless the tag is taken. Two copies of one release (a script tag
 * and a bundle, say) register once without complaint; a different release, or another script,
 * already holding the tag keeps it, and the page gets one console warning per pair of releases
 * (per tag for another script) instead of an exception that would stop the rest of its scripts.
 */
export function defineElement(tag: string, ctor: VersionedElement, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (existing === undefined) return registry.define(tag, ctor);
  const held = existing.version;
  const reported = ((registry as CustomElementRegistry & { [reportedKey]?: Set<string> })[reportedKey] ??= new Set<string>());
  const conflict = held === undefined ? tag : [held, ctor.version].sort().join();
  if (existing === ctor || held === ctor.version || reported.has(conflict)) return;
  reported.add(conflict);
  // The words load only on a page with such a conflict.
  void import('./setup-warnings.js').then(({ tagTaken }) => tagTaken(tag, held, ctor.version));
}
