// @ts-check
/**
 * Reads the elements' public surface out of custom-elements.json, for the generators that turn
 * it into framework typings and editor data (scripts/element-typings.mjs, scripts/vscode-data.mjs).
 * Whatever element the manifest lists (through `defineElement` in a `define.ts`) is included;
 * nothing here names a tag.
 */

/**
 * @typedef {object} ElementAttribute
 * @property {string} name the HTML attribute
 * @property {string | undefined} field the property it sets, when there is one
 * @property {string | undefined} type the TypeScript type text the manifest recorded
 * @property {string} description
 *
 * @typedef {object} ElementInfo
 * @property {string} tag
 * @property {string} className
 * @property {string} module the class's module, relative to the package (`src/search/search.ts`)
 * @property {string} definer the module that registers the tag (`src/search/define.ts`)
 * @property {string} description
 * @property {ElementAttribute[]} attributes
 * @property {string[]} properties public, writable instance fields (attribute-backed or not)
 * @property {{ name: string, description: string }[]} events
 * @property {{ name: string, description: string }[]} parts
 */

/**
 * @param {import('custom-elements-manifest/schema').Package} manifest
 * @returns {ElementInfo[]} sorted by tag
 */
export function elementsOf(manifest) {
  const modules = manifest.modules ?? [];
  /** @type {ElementInfo[]} */
  const elements = [];
  for (const definer of modules) {
    for (const definition of definer.exports ?? []) {
      if (definition.kind !== 'custom-element-definition') continue;
      const home = modules.find((module) => module.path === definition.declaration.module);
      const declaration = home?.declarations?.find((candidate) => candidate.name === definition.declaration.name);
      if (home === undefined || declaration === undefined || declaration.kind !== 'class') {
        throw new Error(`custom-elements.json: <${definition.name}> points at ${definition.declaration.name} in ${definition.declaration.module ?? '?'}, which it does not describe`);
      }
      const fields = (declaration.members ?? []).filter(
        /** @returns {member is import('custom-elements-manifest/schema').ClassField} */
        (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
      );
      elements.push({
        tag: definition.name,
        className: declaration.name,
        module: home.path,
        definer: definer.path,
        description: declaration.description ?? declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          field: attribute.fieldName,
          type: attribute.type?.text ?? fields.find((field) => field.name === attribute.fieldName)?.type?.text,
          description: attribute.description ?? '',
        })),
        properties: fields.filter((field) => !field.readonly).map((field) => field.name),
        events: (declaration.events ?? []).flatMap((event) => (event.name ? [{ name: event.name, description: event.description ?? '' }] : [])),
        parts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
      });
    }
  }
  if (elements.length === 0) throw new Error('custom-elements.json defines no element: did the analyzer see the define.ts files?');
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * The string literals of a union type text (`'light' | 'dark' | undefined` → light, dark), or
 * none when the type is anything else (a named alias, `string`).
 * @param {string | undefined} type @returns {string[]}
 */
export function literalValues(type) {
  if (type === undefined) return [];
  const members = type.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  const literals = members.map((member) => /^'([^']*)'$|^"([^"]*)"$/.exec(member)).map((match) => match?.[1] ?? match?.[2]);
  return literals.every((literal) => literal !== undefined) ? /** @type {string[]} */ (literals) : [];
}
