/**
 * The API contract (packages/contract/openapi.yaml) read as data: the operations the server
 * must route, and for each the JSON Schemas that validate its path, query, headers and body.
 * Nothing here is written by hand; a change to the contract changes what the server accepts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

/** Base of the `$id`s under which the contract's component schemas are registered with Ajv. */
export const schemaBase = 'https://mitmachen.dev/contract/schemas/';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const httpMethods: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export interface RouteSchemas {
  params?: Json;
  querystring?: Json;
  headers?: Json;
  body?: Json;
}

export interface ContractOperation {
  operationId: string;
  method: HttpMethod;
  /** The path as the contract writes it: `/v1/opportunities/{id}`. */
  path: string;
  /** The same path in Fastify's syntax: `/v1/opportunities/:id`. */
  url: string;
  schemas: RouteSchemas;
  /** Header parameters by lower-case name, mapped to the spelling the contract uses. */
  headerNames: Map<string, string>;
  /** Whether the operation needs credentials (its `security` names a scheme). */
  secured: boolean;
  /** The security requirements: each a list of scheme names that must all be satisfied. */
  security: string[][];
}

export interface Contract {
  /** The document as parsed; serve a copy, never mutate it. */
  document: Json;
  operations: ContractOperation[];
  /** Component schemas ready for Ajv: refs rewritten to `schemaBase` ids, each with its `$id`. */
  componentSchemas: Json[];
}

let cached: Contract | undefined;

/** Reads and prepares the contract once per process. */
export function loadContract(): Contract {
  cached ??= prepare(readDocument());
  return cached;
}

/**
 * The JSON form `npm run generate` and the build make of openapi.yaml: JSON.parse is many times
 * cheaper than parsing the YAML, and every server start (each test file, each worker) pays it.
 */
function readDocument(): Json {
  const file = fileURLToPath(import.meta.resolve('@mitmachen/contract/openapi.json'));
  const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isObject(document) || !isObject(document.paths)) throw new Error(`${file} is not an OpenAPI document`);
  return document;
}

function prepare(document: Json): Contract {
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const componentSchemas = Object.entries(schemas).map(([name, schema]) => ({
    ...(forAjv(schema) as Json),
    $id: schemaBase + name,
  }));
  const operations: ContractOperation[] = [];
  for (const [path, pathItem] of Object.entries(document.paths as Json)) {
    if (!isObject(pathItem)) continue;
    for (const method of httpMethods) {
      const operation = pathItem[method.toLowerCase()];
      if (!isObject(operation)) continue;
      if (typeof operation.operationId !== 'string') throw new Error(`${method} ${path} has no operationId`);
      const parameters = [...list(pathItem.parameters), ...list(operation.parameters)].map((p) => deref(document, p));
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        url: path.replace(/\{([^}]+)\}/g, ':$1'),
        schemas: routeSchemas(document, parameters, operation.requestBody),
        headerNames: new Map(
          parameters.filter((p) => p.in === 'header').map((p) => [String(p.name).toLowerCase(), String(p.name)]),
        ),
        secured: list(operation.security ?? document.security).some((requirement) => Object.keys(requirement).length > 0),
        security: list(operation.security ?? document.security).map((requirement) => Object.keys(requirement)),
      });
    }
  }
  return { document, operations, componentSchemas };
}

function routeSchemas(document: Json, parameters: Json[], requestBody: unknown): RouteSchemas {
  const schemas: RouteSchemas = {};
  const group = (location: string, closed: boolean): Json | undefined => {
    const members = parameters.filter((p) => p.in === location);
    if (members.length === 0 && !closed) return undefined;
    // Header names are case-insensitive and Node gives them in lower case.
    const key = (p: Json) => (location === 'header' ? String(p.name).toLowerCase() : String(p.name));
    return {
      type: 'object',
      properties: Object.fromEntries(members.map((p) => [key(p), forAjv(p.schema ?? {})])),
      required: members.filter((p) => p.required === true).map(key),
      // An unknown query parameter is a mistake worth naming (a typo silently ignored would
      // return unfiltered results); a client may send any other header.
      additionalProperties: !closed,
    };
  };
  const params = group('path', false);
  if (params) schemas.params = params;
  // Every GET validates its query, even without parameters, so `?foo=1` is reported.
  schemas.querystring = group('query', true);
  const headers = group('header', false);
  if (headers) schemas.headers = headers;
  if (requestBody !== undefined) {
    const body = deref(document, requestBody);
    const content = isObject(body.content) ? body.content : {};
    const json = content['application/json'];
    if (!isObject(json) || !isObject(json.schema)) throw new Error('Request bodies must be application/json');
    schemas.body = forAjv(json.schema) as Json;
  }
  return schemas;
}

/**
 * A copy of an OpenAPI schema that Ajv compiles: component refs become absolute ids, and the
 * discriminator loses its `mapping`, which Ajv refuses (it derives the same mapping from the
 * `const` of each branch).
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === '$ref' && typeof value === 'string') {
        if (!value.startsWith('#/components/schemas/')) throw new Error(`Unsupported schema reference ${value}`);
        return [key, schemaBase + value.slice('#/components/schemas/'.length)];
      }
      if (key === 'discriminator' && isObject(value)) {
        const { mapping: _mapping, ...rest } = value;
        return [key, rest];
      }
      return [key, forAjv(value)];
    }),
  );
}

function deref(document: Json, node: unknown): Json {
  if (!isObject(node)) throw new Error('Expected an object in the contract');
  if (typeof node.$ref !== 'string') return node;
  let target: unknown = document;
  for (const segment of node.$ref.replace(/^#\//, '').split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    target = isObject(target) ? target[key] : undefined;
  }
  if (!isObject(target)) throw new Error(`Unresolved reference ${node.$ref}`);
  return target;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
