// @ts-check
/**
 * Builds every published package into its own `dist/`: ES modules plus `.d.ts`, dependencies left
 * as imports (npm installs them). `npm run build` builds all; `npm run build -- --configPackage sdk`
 * builds one.
 */
import { chmod, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from 'rollup-plugin-html-literals';
import { contractJson } from './scripts/contract-json.mjs';
import { consoleAppBundle, consoleEntries } from './scripts/rollup-console.mjs';
import { elementsManifest } from './scripts/rollup-elements-manifest.mjs';
import { precompress } from './scripts/rollup-precompress.mjs';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * @param {string} name folder under packages/
 * @param {Record<string, string>} input output chunk name → source file
 * @param {{ plugins?: import('rollup').Plugin[], typesOnly?: boolean }} [options]
 *   typesOnly: the entry exports only types, so its JavaScript module is empty by design
 */
async function npmPackage(name, input, { plugins = [], typesOnly = false } = {}) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  /** @type {import('rollup').RollupOptions} */
  const options = {
    input: Object.fromEntries(Object.entries(input).map(([chunk, file]) => [chunk, join(dir, file)])),
    plugins: [
      emptyDist(join(dir, 'dist')),
      dependenciesExternal(manifest),
      typescript({
        tsconfig: join(dir, 'tsconfig.build.json'),
        outDir: join(dir, 'dist'),
        declarationDir: join(dir, 'dist'),
        // A type error fails the build instead of shipping JavaScript that `tsc` rejects.
        noEmitOnError: true,
        // The plugin defaults to ESNext; NodeNext is what tsconfig.json resolves with.
        module: 'NodeNext',
      }),
      ...plugins,
    ],
    output: { dir: join(dir, 'dist'), format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    onwarn(warning) {
      if (typesOnly && warning.code === 'EMPTY_BUNDLE') return;
      // The build is quiet, so anything it would warn about is an error.
      throw new Error(`${manifest.name}: ${warning.message}`);
    },
  };
  return options;
}

/**
 * Leaves Node's builtins and the package's declared dependencies (and their subpaths) as imports,
 * and stops the build on any other bare import: npm would not install it for users.
 * @param {{ name: string, dependencies?: Record<string, string>, peerDependencies?: Record<string, string> }} manifest
 * @returns {import('rollup').Plugin}
 */
function dependenciesExternal(manifest) {
  const declared = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  const builtins = new Set(builtinModules);
  return {
    name: 'dependencies-external',
    resolveId(source, importer) {
      if (source.startsWith('.') || source.startsWith('/') || source.startsWith('\0') || importer === undefined) return null;
      if (source.startsWith('node:') || builtins.has(source)) return { id: source, external: true };
      // TypeScript's helpers (the decorators' `__decorate`): the TypeScript plugin resolves them and
      // only the helpers used are bundled, so users need no tslib.
      if (source === 'tslib') return null;
      if (declared.some((name) => source === name || source.startsWith(`${name}/`))) return { id: source, external: true };
      return this.error(`${relative(root, importer)} imports "${source}", which is not in the dependencies of ${manifest.name}`);
    },
  };
}

/**
 * Empties dist/ first: chunk names carry content hashes, and a module that was renamed or removed
 * must not live on in the published package.
 * @param {string} dist @returns {import('rollup').Plugin}
 */
function emptyDist(dist) {
  return {
    name: 'empty-dist',
    async buildStart() {
      await rm(dist, { recursive: true, force: true });
    },
  };
}

/** Ships the contract also as JSON, the form HTTP tools and `GET /v1/openapi.json` use. */
/** @returns {import('rollup').Plugin} */
function openapiJson() {
  const source = join(root, 'packages/contract/openapi.yaml');
  return {
    name: 'openapi-json',
    async generateBundle() {
      this.addWatchFile(source);
      this.emitFile({ type: 'asset', fileName: 'openapi.json', source: contractJson(await readFile(source, 'utf8')) });
    },
  };
}

/**
 * A worker thread's module named as `new URL('./x.worker.ts', import.meta.url)` (the server's
 * import parser): built as a chunk of its own, the URL rewritten to point at it.
 * @returns {import('rollup').Plugin}
 */
function workerChunks() {
  const pattern = /new URL\((['"])(\.\/[\w.-]+\.worker\.ts)\1, import\.meta\.url\)/g;
  return {
    name: 'worker-chunks',
    transform(code, id) {
      if (!code.includes('.worker.ts')) return null;
      const rewritten = code.replace(pattern, (_, __, file) => {
        const reference = this.emitFile({ type: 'chunk', id: join(dirname(id), file), name: basename(file, '.ts') });
        return `new URL(import.meta.ROLLUP_FILE_URL_${reference})`;
      });
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

/** The CLI is run directly (`bin`): rollup keeps its `#!` line, this makes the file executable. */
/** @param {string} fileName @returns {import('rollup').Plugin} */
function executable(fileName) {
  return {
    name: 'executable',
    async writeBundle(output) {
      await chmod(join(output.dir ?? '', fileName), 0o755);
    },
  };
}

/** The elements' npm entries: the side-effect-free index, one `define` per tag, the script-tag entry. */
const elementEntries = {
  index: 'src/index.ts',
  mitmachen: 'src/mitmachen.ts',
  'search/define': 'src/search/define.ts',
  'opportunity-card/define': 'src/opportunity-card/define.ts',
  'opportunity/define': 'src/opportunity/define.ts',
  'opportunity-form/define': 'src/opportunity-form/define.ts',
  'offer-form/define': 'src/offer-form/define.ts',
  'interest-form/define': 'src/interest-form/define.ts',
  'manage/define': 'src/manage/define.ts',
};

/**
 * `dist/cdn/mitmachen.js` for a script tag or a CDN: everything bundled (workspace packages from
 * source), minified, and split so code the first screen does not use (the detail with its
 * sanitizer, the card's fetching) sits in hashed chunks next to it, imported relatively.
 * Types were checked by the npm build; this one only strips them. bench/size.ts builds other
 * entries (the card alone) with the same options.
 * @param {string} [entry] source file under packages/elements/, default the script-tag entry
 * @returns {import('rollup').RollupOptions}
 */
export function scriptTagBundle(entry = 'src/mitmachen.ts') {
  const dir = join(root, 'packages/elements/dist/cdn');
  return {
    input: { mitmachen: join(root, 'packages/elements', entry) },
    plugins: [
      nodeResolve({ exportConditions: ['source', 'browser', 'module', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] }),
      typescript({
        tsconfig: join(root, 'packages/elements/tsconfig.build.json'),
        include: ['packages/*/src/**/*.ts'],
        filterRoot: root,
        rootDir: join(root, 'packages'),
        outDir: dir,
        declaration: false,
        noCheck: true,
        module: 'ESNext',
        moduleResolution: 'Bundler',
      }),
      // Lit's html`` and css`` templates are strings to terser; this strips their whitespace and
      // comments (about a tenth of the first screen, compressed).
      minifyLiterals({ include: ['packages/elements/src/**/*.ts'], failOnError: true }),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
      // V8's explicit compile hint (Chrome 136+; other engines read a comment): the entry's functions
      // nearly all run at start, so they are compiled with the script, off the main thread, instead
      // of one by one on first call. That first-call compiling was much of the task that defines and
      // first renders the search (at 4x CPU 54-79 ms with it, 28-43 ms without). Lazily loaded chunks
      // keep V8's own choice. After terser, which drops comments.
      { name: 'compile-hints', renderChunk: (code, chunk) => (chunk.isEntry ? `//# allFunctionsCalledOnLoad\n${code}` : null) },
      // `.br` and `.gz` beside each file, for servers that send them as they are (ours, nginx).
      precompress(),
    ],
    output: {
      dir,
      format: 'es',
      entryFileNames: '[name].js',
      // A chunk that registers an element is named after it (`opportunity-<hash>.js`, the detail).
      chunkFileNames: (chunk) =>
        chunk.facadeModuleId?.endsWith('/define.ts') ? `${basename(dirname(chunk.facadeModuleId))}-[hash].js` : '[name]-[hash].js',
    },
    onwarn(warning) {
      throw new Error(`@mitmachen/elements (script tag): ${warning.message}`);
    },
  };
}

const builds = {
  contract: () => npmPackage('contract', { index: 'src/index.ts' }, { plugins: [openapiJson()], typesOnly: true }),
  sdk: () => npmPackage('sdk', { index: 'src/index.ts' }),
  server: () => npmPackage('server', { index: 'src/index.ts', cli: 'src/cli.ts' }, { plugins: [executable('cli.js'), workerChunks()] }),
  elements: async () => [
    await npmPackage('elements', elementEntries, { plugins: [elementsManifest(root, join(root, 'packages/elements'))] }),
    scriptTagBundle(),
  ],
  console: async () => [await npmPackage('console', consoleEntries), consoleAppBundle(root)],
};

/** @param {Record<string, unknown>} args */
export default async function config(args) {
  const only = typeof args.configPackage === 'string' ? args.configPackage.split(',') : Object.keys(builds);
  const unknown = only.filter((name) => !(name in builds));
  if (unknown.length > 0) throw new Error(`unknown package(s): ${unknown.join(', ')}; known: ${Object.keys(builds).join(', ')}`);
  const configs = await Promise.all(only.map((name) => builds[/** @type {keyof typeof builds} */ (name)]()));
  return configs.flat();
}
