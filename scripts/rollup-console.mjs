// @ts-check
/**
 * The console's builds (rollup.config.mjs uses these): the npm entries of @mitmachen/console, and
 * the page's bundle `packages/console/dist/assets/console.js`, which the reference server serves at
 * `/console/assets/` (everything bundled from source, minified, English words and the detail view
 * in chunks of their own).
 */
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from 'rollup-plugin-html-literals';

/** The npm entries: the side-effect-free index, everything defined, one `define` per screen. */
export const consoleEntries = {
  index: 'src/index.ts',
  console: 'src/console.ts',
  'app/define': 'src/app/define.ts',
  'sign-in/define': 'src/sign-in/define.ts',
  'confirm/define': 'src/confirm/define.ts',
  'queue/define': 'src/queue/define.ts',
  'audit/define': 'src/audit/define.ts',
  'sessions/define': 'src/sessions/define.ts',
  'tokens/define': 'src/tokens/define.ts',
  'staff/define': 'src/staff/define.ts',
};

/**
 * @param {string} root the repository
 * @returns {import('rollup').RollupOptions}
 */
export function consoleAppBundle(root) {
  const dir = join(root, 'packages/console/dist/assets');
  return {
    input: { console: join(root, 'packages/console/src/console.ts') },
    plugins: [
      nodeResolve({ exportConditions: ['source', 'browser', 'module', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] }),
      typescript({
        tsconfig: join(root, 'packages/console/tsconfig.build.json'),
        include: ['packages/*/src/**/*.ts'],
        filterRoot: root,
        rootDir: join(root, 'packages'),
        outDir: dir,
        declaration: false,
        noCheck: true,
        module: 'ESNext',
        moduleResolution: 'Bundler',
      }),
      minifyLiterals({ include: ['packages/console/src/**/*.ts', 'packages/elements/src/**/*.ts'], failOnError: true }),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: { dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    onwarn(warning) {
      throw new Error(`@mitmachen/console (app bundle): ${warning.message}`);
    },
  };
}
