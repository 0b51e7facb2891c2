/**
 * The HTTP application: Fastify with routes, validation and errors all derived from the contract.
 */
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { limits, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { ProblemError } from '../errors.js';
import { rateLimitHook } from '../rate-limit/hook.js';
import { authenticator } from '../console/auth.js';
import { registerManagePages } from '../manage/pages.js';
import { isManageOperation } from '../manage/routes.js';
import { loadContract, type Contract, type ContractOperation } from './contract.js';
import { problemFor, sendProblem, unavailable, unsupportedMediaType } from './problems.js';
import { routeHandlers, type RouteContext } from './routes/index.js';
import { loadAltchaKey } from '../spam/altcha-key.js';
import { registerCompression } from './compression.js';
import { registerStaticFiles } from './static.js';
import { registerConsoleFiles } from './console-static.js';
import { createValidatorCompiler } from './validation.js';
import { trackRequests } from './in-flight.js';
import { loggerOptions, resolveLogFormat } from './log-format.js';
import { registerFollowUpPages } from '../follow-up/pages.js';
import { registerAlertPages } from '../alerts/pages.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract operation a route serves. */
    operation?: ContractOperation;
  }
}

export interface AppOptions {
  /**
   * The database, or a promise of it while the server starts: until it resolves, every request
   * answers 503 with Retry-After (if it rejects, that stays so).
   */
  db: Database | Promise<Database>;
  config: Config;
  /** Called after a change queued mail, so the worker sends it now instead of at its next poll. */
  mailQueued?: () => void;
  /** The current time (tests pass a clock they move); default the system's. */
  clock?: () => Date;
  /** Called after a request queued lifecycle work (resend links), so it runs now. */
  lifecycleQueued?: () => void;
}

/** Operations whose body may be larger than the default: the import carries a whole file, base64. */
const bodyLimits: Record<string, number> = { importListings: Math.ceil(limits.importFileBytes / 3) * 4 + 64 * 1024 };

/** Request headers a browser may send cross-origin, and response headers its scripts may read. */
const corsAllowedHeaders = ['Content-Type', 'Idempotency-Key', 'Altcha', 'If-None-Match', 'Authorization'];
const corsExposedHeaders = ['ETag', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'Idempotent-Replayed', 'Location'];
/** How long a browser may reuse a preflight answer. */
const corsMaxAgeSeconds = 600;

export async function buildApp({ db, config, mailQueued = () => {}, clock = () => new Date(), lifecycleQueued = () => {} }: AppOptions): Promise<FastifyInstance> {
  const contract = loadContract();
  let database: Database | undefined;
  let startFailed = false;
  if (db instanceof Promise) {
    db.then(
      (ready) => (database = ready),
      () => (startFailed = true),
    );
  } else {
    database = db;
  }
  let closing = false;

  const app = Fastify({
    // Readable lines for a person at a terminal, JSON for log collectors (LOG_FORMAT).
    logger: loggerOptions(config.logLevel, resolveLogFormat(config.logFormat, process.stdout.isTTY === true)),
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: limits.requestTimeoutMs,
    handlerTimeout: limits.handlerTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Requests arriving during shutdown get our problem response, not Fastify's plain 503.
    return503OnClosing: false,
    // Connections are closed by the preClose hook below, once the requests on them are done.
    forceCloseConnections: false,
    // avvio holds every close hook to this too, and the preClose hook below may wait out the grace.
    pluginTimeout: limits.shutdownGraceMs + 10_000,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: limits.pathParameterLength },
    // Only then does request.ip come from X-Forwarded-For (rate limits count by it). Trusting a
    // proxy the operator does not run would let any client pick the address it is counted as.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
  });

  // First, so every request counts, whatever answers it.
  const requests = trackRequests(app);

  // Bodies are JSON only; Fastify would otherwise also parse text/plain.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(createValidatorCompiler(contract, (message) => app.log.warn(`contract: ${message}`)));
  app.setErrorHandler((error, request, reply) => {
    const timedOut = error instanceof Error && (error as { code?: string }).code === 'FST_ERR_HANDLER_TIMEOUT';
    const problem = timedOut
      ? unavailable('The request took too long; please try again shortly.')
      : problemFor(error, request, contract, bodyLimits[request.routeOptions.config.operation?.operationId ?? ''] ?? config.bodyLimitBytes);
    // A 5xx we chose (starting up, database away, a handler past its time) is expected and says
    // why; only a fault we did not foresee deserves an error entry with its stack.
    if (error instanceof ProblemError || timedOut) {
      if (problem.status >= 500) request.log.warn(`${problem.status} for ${request.method} ${request.url}: ${problem.detail ?? problem.title}`);
    } else if (problem.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, routeMissing(request, contract)));

  await app.register(cors, {
    origin: config.allowedOrigins,
    // No cookies or HTTP auth from browsers: the admin token goes in an explicit header.
    credentials: false,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: corsAllowedHeaders,
    exposedHeaders: corsExposedHeaders,
    maxAge: corsMaxAgeSeconds,
    // Fastify's strict preflight answers a malformed OPTIONS with text/plain; we answer it normally.
    strictPreflight: false,
  });
  // Before any route: the plugin sets itself up on each route as it is added.
  await registerCompression(app);

  // Shutdown: stop accepting connections, let every request finish (also one whose client went
  // away: its handler still uses the database), then close what connections are left. Fastify
  // alone would wait for connections only, so the database could close under a running handler,
  // and a connection that never sent a request would hold the shutdown until its client hangs up.
  app.addHook('preClose', async () => {
    closing = true;
    // Fastify calls close() again after this hook; Node answers that second call once drained.
    if (app.server.listening) app.server.close();
    if (!(await requests.settled(limits.shutdownGraceMs))) {
      app.log.warn(`requests still running after ${limits.shutdownGraceMs / 1000} s of shutdown; closing anyway`);
    }
    app.server.closeAllConnections();
  });
  // A request that started before shutdown gets its answer, then its connection closes: an idle
  // keep-alive connection would otherwise hold the shutdown for the keep-alive timeout.
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('Connection', 'close');
  });
  app.addHook('onRequest', async () => {
    if (closing) throw unavailable('The server is shutting down; please try again shortly.');
    if (!database) {
      throw unavailable(startFailed ? 'The server could not open its database.' : 'The server is starting; please try again in a moment.');
    }
  });

  let altchaKey: Promise<string> | undefined;
  const context: RouteContext = {
    config,
    contract,
    database: () => {
      if (!database) throw unavailable('The server is starting; please try again in a moment.');
      return database;
    },
    mailQueued,
    publicOrigin: () => config.publicUrl ?? listeningOrigin(app, config),
    now: clock,
    wakeLifecycle: lifecycleQueued,
    altchaKey: () => {
      altchaKey ??= loadAltchaKey(context.database().pool, config.altcha.hmacKey);
      // A failure (database briefly away) is not kept: the next request tries again.
      altchaKey.catch(() => (altchaKey = undefined));
      return altchaKey;
    },
  };
  // After the startup gate above, so a starting server answers 503 without counting.
  app.addHook('onRequest', requests.work(rateLimitHook(config, context.database)));
  // The console's session and sign-in cookies (read by its security check, set by its routes).
  await app.register(cookie);
  const handlers = routeHandlers(context);
  for (const operation of contract.operations) {
    const handler = handlers[operation.operationId];
    if (!handler) throw new Error(`No handler for the contract's operation ${operation.operationId}`);
    app.route({
      method: operation.method,
      url: operation.url,
      schema: operation.schemas,
      config: { operation },
      ...(bodyLimits[operation.operationId] === undefined ? {} : { bodyLimit: bodyLimits[operation.operationId] }),
      // Authentication comes before parsing and validation: a stranger learns nothing about the body.
      // A manage link is checked by its handlers (manage/routes.ts): it opens one listing, no principal.
      ...(operation.secured && !isManageOperation(operation) ? { onRequest: authenticator(context, operation) } : {}),
      ...(operation.schemas.body ? { preValidation: requireBody } : {}),
      handler: requests.work(handler),
    });
  }
  const unknown = Object.keys(handlers).filter((id) => !contract.operations.some((op) => op.operationId === id));
  if (unknown.length > 0) throw new Error(`Handlers for operations the contract does not have: ${unknown.join(', ')}`);
  registerManagePages(app, context);
  registerStaticFiles(app);
  registerConsoleFiles(app);
  registerFollowUpPages(app, { database: context.database, now: clock, mailQueued });
  registerAlertPages(app, { database: context.database, now: clock });

  return app;
}

/** Where this server listens, as an origin for links (never the request's Host header). */
export function listeningOrigin(app: FastifyInstance, config: Config): string {
  const address = app.server.address();
  const port = address !== null && typeof address === 'object' ? address.port : config.port;
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** A POST that needs a body but sent none (nor a content type) is answered like a wrong media type. */
async function requireBody(request: FastifyRequest): Promise<void> {
  if (request.body === undefined) {
    throw unsupportedMediaType();
  }
}

/** 405 with Allow when the path exists under another method, else 404. */
function routeMissing(request: FastifyRequest, contract: Contract): ProblemError {
  const path = request.url.split('?')[0] ?? '';
  const allowed = new Set<string>();
  for (const operation of contract.operations) {
    if (pathPattern(operation.path).test(path)) {
      allowed.add(operation.method);
      if (operation.method === 'GET') allowed.add('HEAD');
    }
  }
  if (allowed.size === 0) {
    return new ProblemError(404, 'not-found', 'Not found', `There is no resource at ${path}; the API lives under /v1.`);
  }
  allowed.add('OPTIONS');
  const allow = [...allowed].join(', ');
  return new ProblemError(405, 'method-not-allowed', 'Method not allowed', `${request.method} is not allowed here; use ${allow}.`, undefined, {
    Allow: allow,
  });
}

const patterns = new Map<string, RegExp>();
function pathPattern(path: string): RegExp {
  let pattern = patterns.get(path);
  if (!pattern) {
    const source = path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+');
    pattern = new RegExp(`^${source}/?$`);
    patterns.set(path, pattern);
  }
  return pattern;
}
