/**
 * The example apps in fixtures/react/ and fixtures/vue/ as their developers would ship them:
 * built by Vite's JS API (React's JSX by Vite's own transform, Vue's SFC by @vitejs/plugin-vue with the
 * `mitmachen-` tags declared custom elements), then served by `vite preview` on loopback; and
 * their sources type-checked against the typings @mitmachen/elements ships.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vue from '@vitejs/plugin-vue';
import ts from 'typescript';
import { build, preview, type InlineConfig } from 'vite';

export type Framework = 'react' | 'vue';

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
const repository = fileURLToPath(new URL('../../', import.meta.url));

const frameworkConfig: Record<Framework, InlineConfig> = {
  react: { oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } },
  vue: { plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mitmachen-') } } })] },
};

export interface ServedApp {
  /** The app's page, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** Builds the app of `framework` into a temporary folder and serves it; `close` removes both. */
export async function buildAndServe(framework: Framework): Promise<ServedApp> {
  const scratch = mkdtempSync(join(tmpdir(), `mitmachen-${framework}-`));
  const config: InlineConfig = {
    ...frameworkConfig[framework],
    root: join(fixtures, framework),
    configFile: false,
    envDir: false,
    cacheDir: join(scratch, 'cache'),
    logLevel: 'warn',
    build: { outDir: join(scratch, 'dist'), emptyOutDir: true },
    preview: { host: '127.0.0.1', port: 0, strictPort: true },
  };
  try {
    await build(config);
    const server = await preview(config);
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('vite preview is not listening on a port');
    return {
      url: `http://127.0.0.1:${address.port}/`,
      async close() {
        await server.close();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** Options a Vite app's tsconfig has, JSX aside. */
const appOptions = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'Bundler',
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** tsc's errors in the React app (fixtures/react/main.tsx). */
export function reactTypeErrors(): string[] {
  const { options, errors } = ts.convertCompilerOptionsFromJson({ ...appOptions, jsx: 'react-jsx', jsxImportSource: 'react' }, fixtures);
  if (errors.length > 0) return errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const program = ts.createProgram([join(fixtures, 'react/main.tsx')], options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file === undefined ? '' : `${diagnostic.file.fileName}: `;
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
}

/** vue-tsc's errors in the Vue app (fixtures/vue/main.ts and App.vue), templates checked strictly. */
export async function vueTypeErrors(): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'mitmachen-vue-tsc-'));
  try {
    const tsconfig = {
      compilerOptions: appOptions,
      vueCompilerOptions: { strictTemplates: true },
      files: [join(fixtures, 'vue/main.ts'), join(fixtures, 'vue/App.vue')],
    };
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
    await promisify(execFile)(join(repository, 'node_modules/.bin/vue-tsc'), ['-p', join(scratch, 'tsconfig.json')]);
    return [];
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    const lines = `${stdout}${stderr}`.split('\n').filter((line) => line.includes('error TS'));
    return lines.length > 0 ? lines : [message];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
