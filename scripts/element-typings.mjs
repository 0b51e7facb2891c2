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

const REACT = `${HEADER}/** React 19 JSX typings: \`import type {} from '@mitmachen/elements/types/react'\` once in your app. */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MitmachenElements, MitmachenTag } from './elements.js';

type Listeners<Events> = { [Name in keyof Events & string as \`on\${Name}\`]?: (event: Events[Name]) => void };

export type MitmachenReactProps<Tag extends MitmachenTag> = DetailedHTMLProps<HTMLAttributes<MitmachenElements[Tag]['element']>, MitmachenElements[Tag]['element']> &
  MitmachenElements[Tag]['attributes'] &
  MitmachenElements[Tag]['properties'] &
  Listeners<MitmachenElements[Tag]['events']>;

type Intrinsic = { [Tag in MitmachenTag]: MitmachenReactProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends Intrinsic {}
  }
}
`;

const PREACT = `${HEADER}/** Preact JSX typings: \`import type {} from '@mitmachen/elements/types/preact'\` once in your app. */
import type { HTMLAttributes } from 'preact';
import type { MitmachenElements, MitmachenTag } from './elements.js';

type Listeners<Events> = { [Name in keyof Events & string as \`on\${Name}\`]?: (event: Events[Name]) => void };

export type MitmachenPreactProps<Tag extends MitmachenTag> = HTMLAttributes<MitmachenElements[Tag]['element']> &
  MitmachenElements[Tag]['attributes'] &
  MitmachenElements[Tag]['properties'] &
  Listeners<MitmachenElements[Tag]['events']>;

type Intrinsic = { [Tag in MitmachenTag]: MitmachenPreactProps<Tag> };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends Intrinsic {}
  }
}
`;

const SOLID = `${HEADER}/** Solid JSX typings: \`import type {} from '@mitmachen/elements/types/solid'\` once in your app. */
import type { JSX } from 'solid-js';
import type { MitmachenElements, MitmachenTag } from './elements.js';

type Listeners<Events> = { [Name in keyof Events & string as \`on:\${Name}\`]?: (event: Events[Name]) => void };
type Properties<Props> = { [Name in keyof Props & string as \`prop:\${Name}\`]?: Props[Name] };

export type MitmachenSolidProps<Tag extends MitmachenTag> = JSX.HTMLAttributes<MitmachenElements[Tag]['element']> &
  MitmachenElements[Tag]['attributes'] &
  MitmachenElements[Tag]['properties'] &
  Properties<MitmachenElements[Tag]['properties']> &
  Listeners<MitmachenElements[Tag]['events']>;

type Intrinsic = { [Tag in MitmachenTag]: MitmachenSolidProps<Tag> };

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends Intrinsic {}
  }
}
`;

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
