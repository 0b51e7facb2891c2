// @ts-check
/**
 * Framework typings for @mitmachen/elements, generated from custom-elements.json into
 * `dist/types/`: `elements.d.ts` lists every element's attributes, properties and events (types
 * taken from the element classes and `HTMLElementEventMap`, never written twice), and one file per
 * framework maps them into its JSX or template checker:
 *
 * - React 19 (`react.d.ts`): attributes and properties as props, events as `on<event-name>`,
 *   which is how React 19 adds listeners for custom elements' events;
 * - Preact (`preact.d.ts`): the same names (Preact also adds `on<name>` listeners verbatim);
 * - Solid (`solid.d.ts`): attributes, `prop:<name>` properties, `on:<event-name>` listeners;
 * - Vue 3 (`vue.d.ts`): `GlobalComponents` in the shape Vue's guide gives for custom elements,
 *   so `vue-tsc` checks props and `@mitmachen-…` listeners in templates.
 *
 * Each is a types-only entry (`@mitmachen/elements/types/react`, …) with an empty module beside it
 * for tools that resolve it at run time.
 */
import { posix } from 'node:path';
import { elementsOf } from './elements-manifest.mjs';

const OUT = 'dist/types';

/**
 * @param {string} module the manifest's package-relative source (`src/search/search.ts`)
 * @returns {string} the specifier of its declarations from dist/types/ (`../search/search.js`)
 */
const fromTypes = (module) => {
  if (!module.startsWith('src/') || !module.endsWith('.ts')) throw new Error(`custom-elements.json: ${module} is not a module under src/`);
  return posix.relative(OUT, `dist/${module.slice('src/'.length, -'.ts'.length)}.js`);
};

/** @param {string} text */
const quote = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** @param {string} text */
const doc = (text, indent) => (text ? `${indent}/** ${text.replaceAll('*/', '*\\/').replaceAll('\n', ' ')} */\n` : '');

/**
 * @param {import('custom-elements-manifest/schema').Package} manifest
 * @returns {Record<string, string>} file name under dist/types/ → contents
 */
export function elementTypings(manifest) {
  const elements = elementsOf(manifest);
  const imports = new Map();
  for (const element of elements) {
    imports.set(element.module, `import type { ${element.className} } from ${quote(fromTypes(element.module))};`);
  }
  const sideImports = [...new Set(elements.map((element) => element.definer))].map(
    (definer) => `import type {} from ${quote(fromTypes(definer))};`,
  );

  const entries = elements.map((element) => {
    const { className } = element;
    const attributes = element.attributes.map(
      (attribute) =>
        `${doc(attribute.description, '      ')}      ${quote(attribute.name)}?: ${attribute.field ? `${className}[${quote(attribute.field)}]` : 'string'};`,
    );
    const properties = element.properties.map(quote).join(' | ') || 'never';
    const events = element.events.map(
      (event) => `${doc(event.description, '      ')}      ${quote(event.name)}: HTMLElementEventMap[${quote(event.name)}];`,
    );
    return [
      `${doc(element.description, '  ')}  ${quote(element.tag)}: {`,
      `    element: ${className};`,
      `    attributes: {`,
      ...attributes,
      `    };`,
      `    properties: Partial<Pick<${className}, ${properties}>>;`,
      `    events: {`,
      ...events,
      `    };`,
      `  };`,
    ].join('\n');
  });

  const elementsFile = `${HEADER}
${[...imports.values()].join('\n')}
// The tag-name map and the events' HTMLElementEventMap entries live with these modules.
${sideImports.join('\n')}
import type {} from '../index.js';

/** Every element of @mitmachen/elements: its class, attributes, writable properties and events. */
export interface MitmachenElements {
${entries.join('\n')}
}

export type MitmachenTag = keyof MitmachenElements;
`;

  return {
    'elements.d.ts': elementsFile,
    'react.d.ts': REACT,
    'preact.d.ts': PREACT,
    'solid.d.ts': SOLID,
    'vue.d.ts': VUE,
    ...Object.fromEntries(['elements', 'react', 'preact', 'solid', 'vue'].map((name) => [`${name}.js`, `${HEADER}export {};\n`])),
  };
}

const HEADER = '// Generated from custom-elements.json by scripts/element-typings.mjs. Do not edit.\n';

/**
 * One JSX framework's typings: its props for each tag are its own HTML attributes for the element,
 * plus ours, plus what `extra` adds; `IntrinsicElements` of its JSX namespace gets every tag.
 * @param {{ name: string, module: string, imports: string, base: string, listener: string, extra?: string[] }} framework
 *   base: the framework's attribute type for an element `El`; listener: the prop prefix of an event
 */
function jsxTypings({ name, module, imports, base, listener, extra = [] }) {
  const type = `Mitmachen${name}Props`;
  return `${HEADER}/** ${name} JSX typings: \`import type {} from '@mitmachen/elements/types/${module}'\` once in your app. */
${imports}
import type { MitmachenElements, MitmachenTag } from './elements.js';

type Listeners<Events> = { [Name in keyof Events & string as \`${listener}\${Name}\`]?: (event: Events[Name]) => void };
type Props<El extends HTMLElement> = ${base};

export type ${type}<Tag extends MitmachenTag> = Props<MitmachenElements[Tag]['element']> &
  MitmachenElements[Tag]['attributes'] &
  MitmachenElements[Tag]['properties'] &
${extra.map((line) => `  ${line} &\n`).join('')}  Listeners<MitmachenElements[Tag]['events']>;

type Intrinsic = { [Tag in MitmachenTag]: ${type}<Tag> };

declare module '${module === 'solid' ? 'solid-js' : module}' {
  namespace JSX {
    interface IntrinsicElements extends Intrinsic {}
  }
}
`;
}

/** React 19 adds a listener for \`on<name>\` props of custom elements, the name kept as written. */
const REACT = jsxTypings({
  name: 'React',
  module: 'react',
  imports: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
  base: 'DetailedHTMLProps<HTMLAttributes<El>, El>',
  listener: 'on',
});

/** Preact does the same (it lower-cases only a name that starts with a capital). */
const PREACT = jsxTypings({ name: 'Preact', module: 'preact', imports: "import type { HTMLAttributes } from 'preact';", base: 'HTMLAttributes<El>', listener: 'on' });

/** Solid: \`on:<name>\` listens to any event by its name, \`prop:<name>\` sets a property. */
const SOLID = jsxTypings({
  name: 'Solid',
  module: 'solid',
  imports: "import type { JSX } from 'solid-js';",
  base: 'JSX.HTMLAttributes<El>',
  listener: 'on:',
  extra: ["{ [Name in keyof MitmachenElements[Tag]['properties'] & string as `prop:${Name}`]?: MitmachenElements[Tag]['properties'][Name] }"],
});

const VUE = `${HEADER}/**
 * Vue 3 template typings (vue-tsc, Volar): \`import type {} from '@mitmachen/elements/types/vue'\`
 * once in your app, and tell Vue's compiler the tags are custom elements
 * (\`compilerOptions.isCustomElement: (tag) => tag.startsWith('mitmachen-')\`).
 */
import type { AllowedComponentProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { MitmachenElements, MitmachenTag } from './elements.js';

type Emits<Events> = EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
type Camel<Name extends string> = Name extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<Camel<Tail>>}\` : Name;
/** \`@mitmachen-search\` in a template is the prop \`onMitmachenSearch\` to vue-tsc, which types the handler from it. */
type Listeners<Events> = { [Name in keyof Events & string as \`on\${Capitalize<Camel<Name>>}\`]?: (event: Events[Name]) => void };

/** The shape Vue's guide gives for typing a custom element in templates. */
export type MitmachenVueElement<Tag extends MitmachenTag> = new () => MitmachenElements[Tag]['element'] & {
  /** @deprecated For template type-checking only; do not read it from a ref. */
  $props: HTMLAttributes &
    MitmachenElements[Tag]['attributes'] &
    MitmachenElements[Tag]['properties'] &
    Listeners<MitmachenElements[Tag]['events']> &
    VNodeProps &
    AllowedComponentProps;
  /** @deprecated For template type-checking only; do not call it. */
  $emit: Emits<MitmachenElements[Tag]['events']>;
};

type Components = { [Tag in MitmachenTag]: MitmachenVueElement<Tag> };

declare module 'vue' {
  interface GlobalComponents extends Components {}
}
`;
