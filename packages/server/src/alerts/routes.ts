/** POST /v1/alerts: anonymous like the other public POSTs (proof of work, rate limit "writes"). */
import type { AlertAccepted, AlertInput } from '@mitmachen/contract';
import { acceptPosting } from '../http/accepting.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { requestAlert } from './subscriptions.js';

export function alertRoutes(context: RouteContext): Handlers {
  return {
    async subscribeAlert(request, reply) {
      const input = request.body as AlertInput;
      // Whether a mail went or the address was quiet-timed stays unsaid: the answer is the same.
      return acceptPosting<AlertAccepted>(context, request, reply, 'subscribeAlert', async (client) => {
        await requestAlert(client, input, context.publicOrigin(), context.now());
        return { status: 'confirmation-sent' };
      });
    },
  };
}
