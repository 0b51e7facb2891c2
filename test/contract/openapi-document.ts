/**
 * Reading the contract as data for the document tests: loading, JSON pointers, walking every
 * schema, and compiling schemas with Ajv the way a JSON Schema 2020-12 validator sees them.
 */
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export type Json = Record<string, unknown>;

export const documentPath = new URL('../../packages/contract/openapi.yaml', import.meta.url);
export const generatedPath = new URL('../../packages/contract/src/openapi.json', import.meta.url);

export async function loadDocument(): Promise<Json> {
  // uniqueKeys: a key written twice is an error, not a silent override.
  return asObject(parse(await readFile(documentPath, 'utf8'), { uniqueKeys: true }), 'document');
}

/**
 * The same document from the JSON `npm run generate` writes (json-fresh.test.ts keeps it equal
 * to the YAML): for helpers that read it in every test process, where parsing YAML is costly.
 */
export async function loadGeneratedDocument(): Promise<Json> {
  return asObject(JSON.parse(await readFile(generatedPath, 'utf8')), 'document');
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown, where: string): Json {
  if (!isObject(value)) throw new Error(`${where} is not an object`);
  return value;
}

export function entries(value: unknown): [string, Json][] {
  if (!isObject(value)) return [];
  return Object.entries(value).filter((entry): entry is [string, Json] => isObject(entry[1]));
}

/** Follows a local `#/...` pointer; undefined when any step is missing. */
export function resolvePointer(document: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/** A Reference Object replaced by its target (one level; targets here are never references). */
export function deref(document: Json, node: Json): Json {
  return typeof node.$ref === 'string' ? asObject(resolvePointer(document, node.$ref), node.$ref) : node;
}

/** Every `$ref` anywhere in the document, with the pointer of the object holding it. */
export function collectRefs(node: unknown, pointer = '#'): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => collectRefs(item, `${pointer}/${index}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string'
      ? [{ at: pointer, ref: value }]
      : collectRefs(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
  );
}

const subschemaLists = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const subschemaMaps = ['properties', 'patternProperties', '$defs', 'dependentSchemas'] as const;
const subschemaSingles = [
  'items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties',
] as const;

/** Calls `visit` for a schema and every schema nested in it. */
export function walkSchema(schema: Json, pointer: string, visit: (schema: Json, pointer: string) => void): void {
  visit(schema, pointer);
  for (const key of subschemaLists) {
    const list = schema[key];
    if (Array.isArray(list)) {
      list.forEach((item, index) => {
        if (isObject(item)) walkSchema(item, `${pointer}/${key}/${index}`, visit);
      });
    }
  }
  for (const key of subschemaMaps) {
    for (const [name, item] of entries(schema[key])) walkSchema(item, `${pointer}/${key}/${name}`, visit);
  }
  for (const key of subschemaSingles) {
    const item = schema[key];
    if (isObject(item)) walkSchema(item, `${pointer}/${key}`, visit);
  }
}

export interface SchemaRoot {
  pointer: string;
  schema: Json;
  /** Example values given next to the schema (media type or parameter), by pointer. */
  examples: { pointer: string; value: unknown }[];
}

/** Where schemas live in an OpenAPI 3.1 document: components, parameters, headers, bodies. */
export function schemaRoots(document: Json): SchemaRoot[] {
  const roots: SchemaRoot[] = [];
  const components = asObject(document.components ?? {}, 'components');
  for (const [name, schema] of entries(components.schemas)) {
    roots.push({ pointer: `#/components/schemas/${name}`, schema, examples: [] });
  }
  const withSchema = (holder: Json, pointer: string, content = false): void => {
    if (isObject(holder.schema)) {
      roots.push({ pointer: `${pointer}/schema`, schema: holder.schema, examples: examplesOf(holder, pointer) });
    }
    if (content) {
      for (const [type, media] of entries(holder.content)) withSchema(media, `${pointer}/content/${escape(type)}`);
    }
  };
  for (const [name, parameter] of entries(components.parameters)) withSchema(parameter, `#/components/parameters/${name}`);
  for (const [name, header] of entries(components.headers)) withSchema(header, `#/components/headers/${name}`);
  for (const [name, body] of entries(components.requestBodies)) withSchema(body, `#/components/requestBodies/${name}`, true);
  for (const [name, response] of entries(components.responses)) {
    withSchema(response, `#/components/responses/${name}`, true);
    for (const [header, object] of entries(response.headers)) withSchema(object, `#/components/responses/${name}/headers/${header}`);
  }
  for (const { pointer, operation, pathItem } of operations(document)) {
    const parameters = [...arrayOf(pathItem.parameters), ...arrayOf(operation.parameters)];
    parameters.forEach((parameter, index) => withSchema(parameter, `${pointer}/parameters/${index}`));
    if (isObject(operation.requestBody)) withSchema(operation.requestBody, `${pointer}/requestBody`, true);
    for (const [status, response] of entries(operation.responses)) {
      withSchema(response, `${pointer}/responses/${status}`, true);
      for (const [header, object] of entries(response.headers)) withSchema(object, `${pointer}/responses/${status}/headers/${header}`);
    }
  }
  return roots;
}

export const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function operations(document: Json): { method: string; path: string; pointer: string; operation: Json; pathItem: Json }[] {
  return entries(document.paths).flatMap(([path, pathItem]) =>
    methods.flatMap((method) => {
      const operation = pathItem[method];
      return isObject(operation) ? [{ method, path, pointer: `#/paths/${escape(path)}/${method}`, operation, pathItem }] : [];
    }),
  );
}

function examplesOf(holder: Json, pointer: string): { pointer: string; value: unknown }[] {
  const found: { pointer: string; value: unknown }[] = [];
  if ('example' in holder) found.push({ pointer: `${pointer}/example`, value: holder.example });
  for (const [name, example] of entries(holder.examples)) {
    if ('value' in example) found.push({ pointer: `${pointer}/examples/${name}/value`, value: example.value });
  }
  return found;
}

function arrayOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function escape(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

const schemaBase = 'https://mitmachen.dev/contract/schemas/';

/**
 * An Ajv 2020-12 instance in strict mode that knows every component schema. OpenAPI refers to
 * components by document pointer, which a plain JSON Schema validator cannot follow, so refs are
 * rewritten to absolute ids. Ajv derives a discriminator's mapping from the `const` of each
 * branch and refuses an explicit one, so callers check `mapping` against the consts separately.
 */
export function createValidator(document: Json): Ajv2020 {
  // strictSchema catches misspelled or misplaced keywords (real bugs); strictTypes only asks for
  // redundant `type` annotations, which OpenAPI tools do not need.
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true, discriminator: true });
  addFormats.default(ajv);
  // OpenAPI's own schema keywords (3.1 § 4.8.24): annotations a JSON Schema validator ignores.
  ajv.addVocabulary(['example', 'xml', 'externalDocs']);
  const components = asObject(document.components ?? {}, 'components');
  for (const [name, schema] of entries(components.schemas)) {
    ajv.addSchema({ ...forAjv(schema), $id: schemaBase + name });
  }
  return ajv;
}

/** A copy of an OpenAPI schema that Ajv can compile: absolute refs, no discriminator mapping. */
export function forAjv(schema: Json): Json {
  return transform(schema) as Json;
}

function transform(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(transform);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        return [key, schemaBase + value.slice('#/components/schemas/'.length)];
      }
      if (key === 'discriminator' && isObject(value)) {
        const { mapping: _mapping, ...rest } = value;
        return [key, rest];
      }
      return [key, transform(value)];
    }),
  );
}
