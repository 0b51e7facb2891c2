/**
 * The typings @mitmachen/elements ships for JSX frameworks and plain TypeScript (dist/types/,
 * generated from custom-elements.json by the build; Vue's are checked by vue-template.test.ts)
 * type-check real usage, and catch mistakes: each fixture under
 * fixtures/ compiles against the built package as an app's would, and the same file with one
 * misspelt attribute or one wrong type does not. Every tag and event in the manifest is checked
 * too, so an element added later is covered without a change here.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
const elementsDir = fileURLToPath(new URL('../../../packages/elements/', import.meta.url));
const built = existsSync(`${elementsDir}dist/types/elements.d.ts`) && existsSync(`${elementsDir}custom-elements.json`);
const skip = built ? false : 'packages/elements/dist/types is missing: run `npm run build` first (npm test does)';

type Framework = 'react' | 'preact' | 'solid' | 'plain';

const jsx: Record<Framework, ts.CompilerOptions> = {
  react: { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'react' },
  preact: { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact' },
  solid: { jsx: ts.JsxEmit.Preserve, jsxImportSource: 'solid-js' },
  plain: {},
};

const fileOf = (framework: Framework) => `${fixtures}${framework}.${framework === 'plain' ? 'ts' : 'tsx'}`;

const parsedFiles = new Map<string, ts.SourceFile>();

/**
 * Type-checks `source` as the fixture file of `framework` (so it resolves packages from the
 * repository's node_modules, the built package among them) and returns the errors in it and in
 * our own declarations, not those inside third-party type packages.
 */
function typeErrors(framework: Framework, source = readFileSync(fileOf(framework), 'utf8'), { checkDeclarations = false } = {}): string[] {
  const file = fileOf(framework);
  const options: ts.CompilerOptions = {
    // Checking every declaration file (React's, Vue's) takes seconds a program; one test does it.
    skipLibCheck: !checkDeclarations,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    types: [],
    ...jsx[framework],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    if (name === file) return ts.createSourceFile(name, source, language, true);
    // Declaration files (React's, the DOM's) are parsed once for all programs of this file.
    const key = `${name}:${JSON.stringify(language)}`;
    const parsed = parsedFiles.get(key) ?? getSourceFile(name, language, ...rest);
    if (parsed !== undefined) parsedFiles.set(key, parsed);
    return parsed;
  };
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => !diagnostic.file?.fileName.includes('/node_modules/'))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** `source` with `from` replaced once; fails the test when `from` is not in it. */
function mistake(framework: Framework, from: string, to: string): string {
  const source = readFileSync(fileOf(framework), 'utf8');
  assert.ok(source.includes(from), `${framework} fixture contains ${from}`);
  return source.replace(from, to);
}

interface ManifestElement {
  tag: string;
  events: string[];
  /** The define module, as the package exports it (`search/define.js`). */
  definer: string;
}

function manifestElements(): ManifestElement[] {
  const manifest = JSON.parse(readFileSync(`${elementsDir}custom-elements.json`, 'utf8')) as {
    modules: { exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[]; declarations?: { name: string; events?: { name: string }[] }[]; path: string }[];
  };
  return manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => {
        const home = manifest.modules.find((candidate) => candidate.path === entry.declaration.module);
        const declaration = home?.declarations?.find((candidate) => candidate.name === entry.declaration.name);
        const definer = module.path.replace(/^src\//, '').replace(/\.ts$/, '.js');
        return { tag: entry.name, definer, events: (declaration?.events ?? []).map((event) => event.name) };
      }),
  );
}

/** A JSX file with every tag of the manifest and a listener for each of its events, in the framework's spelling. */
function everyElement(framework: 'react' | 'preact' | 'solid'): string {
  const listener = (event: string) => (framework === 'solid' ? `on:${event}` : `on${event}`);
  const tags = manifestElements().map(
    ({ tag, events }) => `<${tag} ${events.map((event) => `${listener(event)}={(event) => event.detail}`).join(' ')} />`,
  );
  return `import type {} from '@mitmachen/elements/types/${framework}';\nexport const all = (<div>\n${tags.join('\n')}\n</div>);\n`;
}

describe('framework typings of @mitmachen/elements', { skip }, () => {
  it('list every element of the manifest (there are some)', () => {
    assert.ok(manifestElements().length >= 3);
  });

  for (const framework of ['react', 'preact', 'solid', 'plain'] as const) {
    it(`type-check the ${framework} fixture`, () => {
      assert.deepEqual(typeErrors(framework), []);
    });
  }

  for (const framework of ['react', 'preact', 'solid'] as const) {
    it(`know every tag of the manifest and type its events in ${framework} JSX`, () => {
      assert.deepEqual(typeErrors(framework, everyElement(framework)), []);
    });
  }

  it('have no errors in the generated declarations themselves', () => {
    const all = ['react', 'preact', 'solid', 'vue'].map((name) => `import type {} from '@mitmachen/elements/types/${name}';`);
    assert.deepEqual(typeErrors('plain', all.join('\n'), { checkDeclarations: true }), []);
  });

  it('type the tag and every event of each define module imported alone, in plain TypeScript', () => {
    for (const { tag, definer, events } of manifestElements()) {
      const listeners = events.map((event) => `element.addEventListener('${event}', (event) => event.detail);`);
      const source = `import '@mitmachen/elements/${definer}';\nconst element = document.createElement('${tag}');\n${listeners.join('\n')}\n`;
      assert.deepEqual(typeErrors('plain', source), [], `${definer}: ${source}`);
    }
  });

  it('reject a misspelt attribute in React JSX', () => {
    const errors = typeErrors('react', mistake('react', 'region="dresden meissen"', 'regoin="dresden meissen"'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /Property 'regoin' does not exist/);
  });

  it('reject a property of the wrong type in React JSX', () => {
    const errors = typeErrors('react', mistake('react', 'pageSize={20}', 'pageSize="20"'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /'string' is not assignable to type 'number'/);
  });

  it("reject reading a field the event's detail does not have in React JSX", () => {
    const errors = typeErrors('react', mistake('react', 'event.detail.total', 'event.detail.totl'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /Property 'totl' does not exist on type 'SearchEventDetail'/);
  });

  it('reject a misspelt attribute in Preact and Solid JSX', () => {
    for (const [framework, from, to] of [
      ['preact', 'region="dresden"', 'regoin="dresden"'],
      ['solid', 'region="dresden"', 'regoin="dresden"'],
    ] as const) {
      const errors = typeErrors(framework, mistake(framework, from, to));
      assert.equal(errors.length, 1, `${framework}: ${errors.join('; ')}`);
      assert.match(errors[0]!, /'regoin'/, framework);
    }
  });

  it("reject reading a field the event's detail does not have in plain TypeScript", () => {
    const errors = typeErrors('plain', mistake('plain', "event.detail.total, event.detail.kind", 'event.detail.totl'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /'totl'/);
  });
});
