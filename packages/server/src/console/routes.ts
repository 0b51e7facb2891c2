/** The console's operations (tag `console` in the contract), by operationId. */
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { adminRoutes } from './admin-routes.js';
import { passkeyRoutes } from './passkey-routes.js';
import { expiringRoutes } from './expiring-routes.js';
import { importRoutes } from './import-routes.js';
import { personalDataRoutes } from './personal-data-routes.js';
import { queueRoutes } from './queue-routes.js';
import { sessionRoutes } from './session-routes.js';
import { unansweredRoutes } from './unanswered-routes.js';

export function consoleRoutes(context: RouteContext): Handlers {
  return {
    ...sessionRoutes(context),
    ...passkeyRoutes(context),
    ...adminRoutes(context),
    ...queueRoutes(context),
    ...unansweredRoutes(context),
    ...expiringRoutes(context),
    ...personalDataRoutes(context),
    ...importRoutes(context),
  };
}
