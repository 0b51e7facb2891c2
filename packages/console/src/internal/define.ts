/**
 * Registers `ctor` under `tag` unless the tag is taken: the console is a page of its own, but its
 * define modules may be imported twice (the app and a story), and a second define would throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (registry.get(tag) === undefined) registry.define(tag, ctor);
}
