/**
 * The contract is a valid OpenAPI 3.1 document that generators, validators and readers can rely
 * on: it parses, every reference lands, every schema compiles, every example is true, every
 * operation can be called by name and says how it fails, and the API the product promises is there.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createConfig, lint } from '@redocly/openapi-core';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import {
  collectRefs,
  createValidator,
  deref,
  documentPath,
  entries,
  forAjv,
  isObject,
  loadDocument,
  operations,
  resolvePointer,
  schemaRoots,
  walkSchema,
  type Json,
} from './openapi-document.js';

/** The HTTP table of the product brief: what pages, the SDK and the elements are promised. */
const promised = [
  ['get', '/v1/opportunities'],
  ['get', '/v1/opportunities/{id}'],
  ['post', '/v1/opportunities'],
  ['post', '/v1/opportunities/{id}/interests'],
  ['get', '/v1/offers'],
  ['post', '/v1/offers'],
  ['get', '/v1/taxonomy'],
  ['get', '/v1/places'],
  ['get', '/v1/moderation/pending'],
  ['post', '/v1/moderation/{kind}/{id}/approve'],
  ['post', '/v1/moderation/{kind}/{id}/reject'],
  // Issue 4: relay to an offer's author, reports, proof of work.
  ['post', '/v1/offers/{id}/interests'],
  ['post', '/v1/opportunities/{id}/reports'],
  ['post', '/v1/offers/{id}/reports'],
  ['get', '/v1/moderation/reports'],
  ['post', '/v1/moderation/reports/{id}/resolve'],
  ['get', '/v1/challenge'],
  ['get', '/v1/openapi.json'],
  ['get', '/health'],
] as const;

let document: Json;
let ajv: Ajv2020;

before(async () => {
  document = await loadDocument();
  ajv = createValidator(document);
});

describe('the OpenAPI document', () => {
  it('declares OpenAPI 3.1', () => {
    assert.match(String(document.openapi), /^3\.1\.\d+$/);
  });

  it('has no structural error (Redocly, OpenAPI 3.1 rules)', async () => {
    const config = await createConfig({ extends: ['minimal'] });
    const problems = await lint({ ref: fileURLToPath(documentPath), config });
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.location[0]?.pointer ?? '?'}: ${problem.message}`);
    assert.deepEqual(errors, []);
  });

  it('resolves every $ref inside the document', () => {
    const broken = collectRefs(document)
      .filter(({ ref }) => resolvePointer(document, ref) === undefined)
      .map(({ at, ref }) => `${at}: ${ref}`);
    assert.deepEqual(broken, []);
  });

  it('compiles every schema with Ajv (JSON Schema 2020-12, strict, formats, discriminator)', () => {
    const failures: string[] = [];
    for (const root of schemaRoots(document)) {
      try {
        ajv.compile(forAjv(root.schema));
      } catch (error) {
        failures.push(`${root.pointer}: ${(error as Error).message}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('maps each discriminator value to the branch whose const carries it', () => {
    const wrong: string[] = [];
    for (const root of schemaRoots(document)) {
      walkSchema(root.schema, root.pointer, (schema, pointer) => {
        if (!isObject(schema.discriminator)) return;
        const property = String(schema.discriminator.propertyName);
        for (const [value, ref] of Object.entries(schema.discriminator.mapping ?? {})) {
          const branch = resolvePointer(document, String(ref));
          const properties = isObject(branch) && isObject(branch.properties) ? branch.properties : {};
          const tag = properties[property];
          if (!isObject(tag) || tag.const !== value) wrong.push(`${pointer}: ${value} → ${String(ref)}`);
        }
      });
    }
    assert.deepEqual(wrong, []);
  });

  it('has only examples that are valid for their schema', () => {
    const invalid: string[] = [];
    let checked = 0;
    const check = (schema: Json, pointer: string, value: unknown): void => {
      checked++;
      let validate;
      try {
        validate = ajv.compile(forAjv(schema));
      } catch (error) {
        invalid.push(`${pointer}: its schema does not compile (${(error as Error).message})`);
        return;
      }
      if (!validate(value)) {
        const why = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
        invalid.push(`${pointer}: ${why.join('; ')}`);
      }
    };
    for (const root of schemaRoots(document)) {
      for (const example of root.examples) check(root.schema, example.pointer, example.value);
      walkSchema(root.schema, root.pointer, (schema, pointer) => {
        if (!Array.isArray(schema.examples)) return;
        schema.examples.forEach((value, index) => check(schema, `${pointer}/examples/${index}`, value));
      });
    }
    assert.ok(checked > 0, 'the document should carry examples');
    assert.deepEqual(invalid, []);
  });
});

describe('the operations', () => {
  it('each have a unique operationId', () => {
    const all = operations(document);
    const missing = all.filter(({ operation }) => typeof operation.operationId !== 'string');
    assert.deepEqual(missing.map(({ method, path }) => `${method} ${path}`), []);
    const ids = all.map(({ operation }) => operation.operationId);
    assert.equal(new Set(ids).size, ids.length, 'operationIds repeat');
  });

  it('declare every path template variable as a required path parameter', () => {
    const missing: string[] = [];
    for (const { method, path, operation, pathItem } of operations(document)) {
      const declared = [...asList(pathItem.parameters), ...asList(operation.parameters)]
        .map((parameter) => deref(document, parameter))
        .filter((parameter) => parameter.in === 'path' && parameter.required === true)
        .map((parameter) => parameter.name);
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        if (!declared.includes(name)) missing.push(`${method} ${path}: ${name ?? ''}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('that take input each declare a 4xx response with a Problem body', () => {
    const without: string[] = [];
    for (const { method, path, operation, pathItem } of operations(document)) {
      const takesInput =
        asList(pathItem.parameters).length + asList(operation.parameters).length > 0 ||
        operation.requestBody !== undefined ||
        operation.security !== undefined;
      if (!takesInput) continue;
      const has4xx = entries(operation.responses).some(
        ([status, response]) => /^4(\d\d|XX)$/.test(status) && problemSchemaRef(deref(document, response)),
      );
      if (!has4xx) without.push(`${method} ${path}`);
    }
    assert.deepEqual(without, []);
  });

  it('describe every error response as application/problem+json with the Problem schema', () => {
    const wrong: string[] = [];
    for (const { method, path, operation } of operations(document)) {
      for (const [status, response] of entries(operation.responses)) {
        if (!/^[45]/.test(status)) continue;
        if (!problemSchemaRef(deref(document, response))) wrong.push(`${method} ${path} ${status}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('include every endpoint of the product brief', () => {
    const present = new Set(operations(document).map(({ method, path }) => `${method} ${path}`));
    const missing = promised.map(([method, path]) => `${method} ${path}`).filter((key) => !present.has(key));
    assert.deepEqual(missing, []);
  });

  it('protect the moderation endpoints with the bearer token and nothing else', () => {
    const schemes = isObject(document.components) ? document.components.securitySchemes : undefined;
    const bearer = entries(schemes)
      .filter(([, scheme]) => scheme.type === 'http' && scheme.scheme === 'bearer')
      .map(([name]) => name);
    assert.ok(bearer.length > 0, 'no bearer security scheme');
    for (const { method, path, operation } of operations(document)) {
      const names = asList(operation.security).flatMap((requirement) => Object.keys(requirement));
      if (path.startsWith('/v1/moderation/')) {
        assert.ok(names.length > 0 && names.every((name) => bearer.includes(name)), `${path} is not bearer-only`);
      } else if ((path.startsWith('/v1/console/') && !path.startsWith('/v1/console/sign-in')) || path.startsWith('/v1/statistics')) {
        // The console and the figures: a staff session (with its CSRF token on every change) or an API token.
        assert.ok(names.length > 0 && names.every((name) => ['consoleSession', 'csrfToken', 'apiToken'].includes(name)), `${path} is not staff-only`);
        if (method !== 'get') {
          for (const requirement of asList(operation.security)) {
            if ('consoleSession' in requirement) assert.ok('csrfToken' in requirement, `${method} ${path} takes a session without its CSRF token`);
          }
        }
      } else if (path.startsWith('/v1/manage') && path !== '/v1/manage/resend') {
        // An author's own listing: the manage link's secret, nothing else.
        assert.deepEqual(names, ['manageLink'], `${path} is not manage-link-only`);
      } else {
        assert.deepEqual(names, [], `${path} should be public`);
      }
    }
    assert.equal(document.security, undefined, 'a global security requirement would lock the public API');
  });

  it('let every anonymous creating request carry an Idempotency-Key and require a proof of work', () => {
    // Asking for a sign-in link and spending it are anonymous too, but limited per address and
    // per e-mail instead of by proof of work (staff sign in on a shared office PC every morning);
    // so is asking for one's manage links again.
    const anonymousPosts = operations(document).filter(
      ({ method, path, operation }) =>
        method === 'post' && operation.security === undefined && !path.startsWith('/v1/console/sign-in') && path !== '/v1/manage/resend',
    );
    assert.deepEqual(anonymousPosts.map(({ path }) => path).sort(), [
      '/v1/alerts',
      '/v1/offers',
      '/v1/offers/{id}/interests',
      '/v1/offers/{id}/reports',
      '/v1/opportunities',
      '/v1/opportunities/{id}/interests',
      '/v1/opportunities/{id}/reports',
    ]);
    for (const { path, operation } of anonymousPosts) {
      const headers = asList(operation.parameters)
        .map((parameter) => deref(document, parameter))
        .filter((parameter) => parameter.in === 'header');
      assert.ok(headers.some((header) => header.name === 'Idempotency-Key'), `POST ${path} has no Idempotency-Key`);
      assert.ok(headers.some((header) => header.name === 'Altcha' && header.required === true), `POST ${path} does not require Altcha`);
    }
  });
});

function asList(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function problemSchemaRef(response: Json): boolean {
  const content = isObject(response.content) ? response.content : {};
  const media = content['application/problem+json'];
  return isObject(media) && isObject(media.schema) && media.schema.$ref === '#/components/schemas/Problem';
}
