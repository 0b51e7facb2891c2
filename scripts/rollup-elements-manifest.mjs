// @ts-check
/**
 * Part of the elements' npm build: once dist/ is written, regenerates custom-elements.json from
 * the source (`cem analyze`, custom-elements-manifest.config.mjs, the same manifest Storybook
 * reads) and writes what is made from it into the package: the framework typings (dist/types/)
 * and VS Code's HTML data (vscode.html-custom-data.json). A new element with a `define.ts` appears
 * in all of them without a change here.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { elementTypings } from './element-typings.mjs';
import { vscodeHtmlData } from './vscode-data.mjs';

/**
 * @param {string} root the repository @param {string} dir the elements package
 * @returns {import('rollup').Plugin}
 */
export function elementsManifest(root, dir) {
  return {
    name: 'elements-manifest',
    async writeBundle() {
      // Quiet unless it fails: the build prints nothing when all is well.
      await promisify(execFile)(join(root, 'node_modules', '.bin', 'cem'), ['analyze', '--quiet'], { cwd: root });
      const manifest = JSON.parse(await readFile(join(dir, 'custom-elements.json'), 'utf8'));
      await mkdir(join(dir, 'dist', 'types'), { recursive: true });
      for (const [name, text] of Object.entries(elementTypings(manifest))) await writeFile(join(dir, 'dist', 'types', name), text);
      await writeFile(join(dir, 'vscode.html-custom-data.json'), vscodeHtmlData(manifest));
    },
  };
}
