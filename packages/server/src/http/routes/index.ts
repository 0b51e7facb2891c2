import type { RouteHandlerMethod } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Contract } from '../contract.js';
import { alertRoutes } from '../../alerts/routes.js';
import { consoleRoutes } from '../../console/routes.js';
import { changeRoutes } from './changes.js';
import { manageRoutes } from '../../manage/routes.js';
import { exportRoutes } from './exports.js';
import { metaRoutes } from './meta.js';
import { moderationRoutes } from './moderation.js';
import { offerRoutes } from './offers.js';
import { opportunityRoutes } from './opportunities.js';
import { referenceRoutes } from './reference.js';
import { reportRoutes } from './reports.js';
import { spamRoutes } from './spam.js';
import { statisticsRoutes } from '../../statistics/routes.js';

export interface RouteContext {
  config: Config;
  contract: Contract;
  /** The open database; throws a 503 problem while the server is still starting. */
  database: () => Database;
  /** The key that signs proof-of-work challenges (configured, or kept in the database). */
  altchaKey: () => Promise<string>;
  /** Tells the mail worker that a change queued messages. */
  mailQueued: () => void;
  /** The origin links in mail point to: MITMACHEN_PUBLIC_URL, else where this server listens. */
  publicOrigin: () => string;
  /** The current time; tests move it (the lifecycle's dates follow it). */
  now: () => Date;
  /** Tells the lifecycle runner that a request queued a job. */
  wakeLifecycle: () => void;
}

/** Handlers by the contract's operationId. Requests reach them validated against the contract. */
export type Handlers = Record<string, RouteHandlerMethod>;

export function routeHandlers(context: RouteContext): Handlers {
  return {
    ...opportunityRoutes(context),
    ...exportRoutes(context),
    ...changeRoutes(context),
    ...alertRoutes(context),
    ...offerRoutes(context),
    ...reportRoutes(context),
    ...referenceRoutes(context),
    ...moderationRoutes(context),
    ...spamRoutes(context),
    ...metaRoutes(context),
    ...consoleRoutes(context),
    ...manageRoutes(context),
    ...statisticsRoutes(context),
  };
}
