// @ts-check
/**
 * The custom elements manifest of @mitmachen/elements (`npx cem analyze`), which Storybook's
 * docs and controls read, and which `npm run build` regenerates and ships in the package (with
 * the JSX/Vue typings and VS Code data made from it, scripts/rollup-elements-manifest.mjs).
 * Output: packages/elements/custom-elements.json (generated, ignored by git).
 */
import { dirname, posix } from 'node:path';

/**
 * The elements register through `defineElement(tag, Class)` (packages/elements/src/internal/define.ts),
 * which the analyzer does not know: this plugin reads those calls and gives each class its tag
 * and each define module its `custom-element-definition` export, as `customElements.define` would.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function defineElementPlugin() {
  /** @type {{ tag: string, className: string, modulePath: string }[]} */
  const definitions = [];
  return {
    name: 'mitmachen-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag === undefined || ctor === undefined || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      definitions.push({ tag: tag.text, className: ctor.text, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const { tag, className, modulePath } of oncePerTag(definitions)) {
        const home = modules.find((module) =>
          module.declarations?.some((declaration) => declaration.kind === 'class' && declaration.name === className),
        );
        const declaration = home?.declarations?.find((candidate) => candidate.name === className);
        if (home === undefined || declaration === undefined || declaration.kind !== 'class') {
          throw new Error(`defineElement('${tag}', ${className}) in ${modulePath}: no class ${className} in the analysed files`);
        }
        Object.assign(declaration, { tagName: tag, customElement: true });
        dropPrivateAttributes(declaration);
        const definer = modules.find((module) => module.path === modulePath);
        definer?.exports?.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } });
      }
    },
  };
}

/**
 * One definition per tag. The script-tag entry (mitmachen.ts) registers the search itself, in a
 * later task, besides search/define.ts; a tag listed twice would appear twice in the typings and
 * the editor data. The element's own `define.ts` is the module users import, so it is the one kept.
 * @template {{ tag: string, modulePath: string }} T
 * @param {T[]} definitions @returns {T[]}
 */
function oncePerTag(definitions) {
  /** @type {Map<string, T>} */
  const byTag = new Map();
  const own = (/** @type {T} */ definition) => definition.modulePath.endsWith('/define.ts');
  for (const definition of definitions) {
    const kept = byTag.get(definition.tag);
    if (kept === undefined || (!own(kept) && own(definition))) byTag.set(definition.tag, definition);
  }
  return [...byTag.values()];
}

/**
 * The analyzer reads `static properties = { load: { state: true } }` as an attribute `load`;
 * Lit gives internal state no attribute, so attributes of private fields are dropped.
 * @param {import('custom-elements-manifest/schema').ClassDeclaration} declaration
 */
function dropPrivateAttributes(declaration) {
  const hidden = new Set(
    (declaration.members ?? []).filter((member) => member.kind === 'field' && member.privacy === 'private').map((member) => member.name),
  );
  declaration.attributes = declaration.attributes?.filter((attribute) => attribute.fieldName === undefined || !hidden.has(attribute.fieldName));
  for (const member of declaration.members ?? []) if (member.kind === 'field' && hidden.has(member.name)) delete member.attribute;
}

const PACKAGE = 'packages/elements/';

/**
 * Module paths as a user of the package sees them, relative to the package like the
 * `customElements` field: the analyzer records `packages/elements/src/x.ts`, and re-exports as
 * written (`./x.js`); the shipped manifest says `src/x.ts`. The package ships src/, and the built
 * JavaScript is bundled into chunks, so the sources are the files that exist under those names.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function packagePathsPlugin() {
  /** @param {string} path */
  const shipped = (path) => (path.startsWith(PACKAGE) ? path.slice(PACKAGE.length) : path);
  /** @param {unknown} node @param {string} modulePath */
  const rewrite = (node, modulePath) => {
    if (Array.isArray(node)) for (const item of node) rewrite(item, modulePath);
    else if (node !== null && typeof node === 'object') {
      const record = /** @type {Record<string, unknown>} */ (node);
      if (typeof record.module === 'string') {
        const module = record.module.startsWith('.') ? posix.join(dirname(modulePath), record.module).replace(/\.js$/, '.ts') : record.module;
        record.module = shipped(module);
      }
      for (const [key, value] of Object.entries(record)) if (key !== 'module') rewrite(value, modulePath);
    }
  };
  return {
    name: 'mitmachen-package-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        rewrite(module, module.path);
        module.path = shipped(module.path);
      }
    },
  };
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [defineElementPlugin(), packagePathsPlugin()],
};
