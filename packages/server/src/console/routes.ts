/**
 * The console's operations (tag `console` in the contract). Interim: the contract is published
 * first so the console UI can be built against it; the handlers follow in the next commits.
 */
import { ProblemError } from '../errors.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';

export function consoleRoutes({ contract }: RouteContext): Handlers {
  const handlers: Handlers = {};
  for (const operation of contract.operations) {
    if (!operation.path.startsWith('/v1/console/')) continue;
    handlers[operation.operationId] = async () => {
      throw new ProblemError(501, 'not-implemented', 'Not implemented yet', `${operation.operationId} is in the contract but not served yet.`);
    };
  }
  return handlers;
}
