/**
 * Request validation from the contract's schemas with Ajv (JSON Schema 2020-12), and the
 * translation of Ajv's errors into problem details that name each field or parameter.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from '@mitmachen/contract';
import { ProblemError } from '../errors.js';
import type { Contract, ContractOperation } from './contract.js';

export type RequestPart = 'body' | 'querystring' | 'params' | 'headers';

/** At most this many field errors go into one problem; a client with more fixes these first. */
export const maximumReportedErrors = 50;

/**
 * A Fastify validator compiler. Query, path and header values arrive as strings, so their Ajv
 * coerces them (`'array'` also turns a single `category=x` into `['x']`); bodies are JSON and
 * are taken as they are, so `"3"` for a number is an error there.
 */
export function createValidatorCompiler(contract: Contract, warn: (message: string) => void): FastifySchemaCompiler<unknown> {
  const parameters = createAjv(contract, 'array', warn);
  const bodies = createAjv(contract, false, warn);
  return ({ schema, httpPart }) => (httpPart === 'body' ? bodies : parameters).compile(schema as object);
}

function createAjv(contract: Contract, coerceTypes: 'array' | false, warn: (message: string) => void): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    coerceTypes,
    useDefaults: true,
    removeAdditional: false,
    discriminator: true,
    // The failing schema travels with each error; the discriminator message lists valid tags from it.
    verbose: true,
    strict: true,
    // An unknown keyword in the contract (a typo, a stray YAML key) is reported, not fatal: the
    // contract's own tests fail on it, and a running server should not refuse to start over it.
    strictSchema: 'log',
    // OpenAPI writes a discriminated `oneOf` without `type: object` beside it; that is valid.
    strictTypes: false,
    logger: { log: () => {}, warn: (...args: unknown[]) => warn(args.join(' ')), error: (...args: unknown[]) => warn(args.join(' ')) },
    allowUnionTypes: true,
  });
  addFormats.default(ajv);
  // OpenAPI's annotation keywords (3.1 § 4.8.24), which a JSON Schema validator ignores.
  ajv.addVocabulary(['example', 'xml', 'externalDocs']);
  for (const schema of contract.componentSchemas) ajv.addSchema(schema);
  return ajv;
}

/** Turns Ajv's errors for one part of a request into the problem the client receives. */
export function validationProblem(
  errors: ErrorObject[],
  part: RequestPart,
  operation: ContractOperation | undefined,
  contract: Contract,
): ProblemError {
  const byLocation = new Map<string, string[]>();
  for (const error of errors) {
    const where = locate(error);
    const details = byLocation.get(where) ?? [];
    const detail = describe(error, part, contract);
    if (!details.includes(detail)) details.push(detail);
    byLocation.set(where, details);
  }
  const located = [...byLocation].slice(0, maximumReportedErrors);
  if (part === 'body') {
    const fieldErrors: FieldError[] = located.map(([pointer, details]) => ({ pointer, detail: details.join('; ') }));
    return new ProblemError(422, 'validation', 'Your request is not valid', summary(fieldErrors, 'field'), fieldErrors);
  }
  const fieldErrors: FieldError[] = located.map(([pointer, details]) => {
    const name = unescape(pointer.split('/')[1] ?? '');
    const detail = details.join('; ');
    if (part === 'headers') return { header: operation?.headerNames.get(name) ?? name, detail };
    return { parameter: name, detail };
  });
  const title = part === 'headers' ? 'Invalid request header' : 'Invalid query parameter';
  return new ProblemError(400, 'invalid-parameter', title, summary(fieldErrors, part === 'headers' ? 'header' : 'parameter'), fieldErrors);
}

function summary(errors: FieldError[], noun: string): string {
  if (errors.length === 1) {
    const [only] = errors as [FieldError];
    return `${only.pointer ?? only.parameter ?? only.header}: ${only.detail}`;
  }
  return `${errors.length} ${noun}s are invalid`;
}

/** The JSON pointer of the value an error is about; for a missing or extra property, that property. */
function locate(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child =
    error.keyword === 'required' ? params.missingProperty
    : error.keyword === 'additionalProperties' ? params.additionalProperty
    : error.keyword === 'discriminator' ? params.tag
    : undefined;
  return typeof child === 'string' ? `${error.instancePath}/${escape(child)}` : error.instancePath;
}

function describe(error: ErrorObject, part: RequestPart, contract: Contract): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return part === 'body' ? 'is not a known field' : 'is not a known parameter';
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'discriminator': {
      if (params.error === 'tag') return 'is required and must be a string';
      const values = discriminatorValues(error, contract);
      return values.length > 0 ? `must be one of: ${values.join(', ')}` : 'is not a known type';
    }
    default:
      return error.message ?? 'is invalid';
  }
}

/** The tag values a discriminated `oneOf` accepts, read from the `const` of each branch. */
function discriminatorValues(error: ErrorObject, contract: Contract): string[] {
  const parent = error.parentSchema as { oneOf?: unknown[] } | undefined;
  const tag = (error.params as { tag?: string }).tag;
  if (!parent?.oneOf || !tag) return [];
  return parent.oneOf.flatMap((branch) => {
    const ref = (branch as { $ref?: string }).$ref;
    const schema = ref ? contract.componentSchemas.find((candidate) => candidate.$id === ref) : branch;
    const value = (schema as { properties?: Record<string, { const?: unknown }> } | undefined)?.properties?.[tag]?.const;
    return typeof value === 'string' ? [value] : [];
  });
}

function escape(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescape(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
