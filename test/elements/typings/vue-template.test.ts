/**
 * The Vue typings of @mitmachen/elements (`@mitmachen/elements/types/vue`) in a real template,
 * checked by vue-tsc as a Vue app's CI would: fixtures/vue-template.vue passes; with
 * `strictTemplates` (Vue's option for reporting unknown attributes) a misspelt attribute fails;
 * a handler that reads a field its event's detail does not have fails in any case.
 *
 * vue-tsc 3.3 loses the type of an inline handler's parameter on any element (Vue's own
 * components too) when another static attribute's value contains `//`, so the fixture binds
 * its URL (`:api-base="apiBase"`).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = readFileSync(new URL('fixtures/vue-template.vue', import.meta.url), 'utf8');
const skip = existsSync(join(root, 'packages/elements/dist/types/vue.d.ts'))
  ? false
  : 'packages/elements/dist/types is missing: run `npm run build` first (npm test does)';

const scratch = mkdtempSync(join(tmpdir(), 'mitmachen-vue-'));
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');

/** Runs vue-tsc on `source` as an app's only component; returns its error lines. */
async function vueErrors(source: string, { strictTemplates = false } = {}): Promise<string[]> {
  writeFileSync(join(scratch, 'App.vue'), source);
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    vueCompilerOptions: { strictTemplates },
    include: ['App.vue'],
  };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
  try {
    await promisify(execFile)(join(root, 'node_modules/.bin/vue-tsc'), ['-p', 'tsconfig.json'], { cwd: scratch });
    return [];
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.split('\n').filter((line) => line.includes('error TS'));
  }
}

function mistake(from: string, to: string): string {
  assert.ok(fixture.includes(from), `the fixture contains ${from}`);
  return fixture.replace(from, to);
}

describe('Vue template typings of @mitmachen/elements (vue-tsc)', { skip }, () => {
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('type-check every element, property and event handler in a template, even under strictTemplates', async () => {
    assert.deepEqual(await vueErrors(fixture, { strictTemplates: true }), []);
  });

  it('reject a misspelt attribute under strictTemplates', async () => {
    const errors = await vueErrors(mistake('region="dresden meissen"', 'regoin="dresden meissen"'), { strictTemplates: true });
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /'regoin' does not exist/);
  });

  it("reject a handler reading a field its event's detail does not have", async () => {
    const errors = await vueErrors(mistake('event.detail.id, event.detail.kind', 'event.detail.idd'));
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /Property 'idd' does not exist on type 'SelectEventDetail'/);
  });

  it('reject a property of the wrong type', async () => {
    const errors = await vueErrors(mistake(':page-size="20"', ':page-size="\'20\'"'));
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /'string' is not assignable to type 'number'/);
  });
});
