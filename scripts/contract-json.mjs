// @ts-check
/**
 * The contract as JSON (packages/contract/src/openapi.json), made from openapi.yaml by
 * `npm run generate`. The server and the test helper read this form on every start: JSON.parse
 * costs a fraction of parsing the YAML. test/contract/json-fresh.test.ts fails while it is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const yamlUrl = new URL('../packages/contract/openapi.yaml', import.meta.url);
export const jsonUrl = new URL('../packages/contract/src/openapi.json', import.meta.url);

/** The JSON text for an OpenAPI document written as YAML; a key written twice is an error. */
export function contractJson(yamlText) {
  return `${JSON.stringify(parse(yamlText, { uniqueKeys: true }), null, 2)}\n`;
}

/** The JSON text for packages/contract/openapi.yaml as it is now. */
export async function currentContractJson() {
  return contractJson(await readFile(yamlUrl, 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(jsonUrl, await currentContractJson());
}
