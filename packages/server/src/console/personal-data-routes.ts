/** DSGVO look-up/export and erasure by e-mail address (see personal-data.ts). */
import type { PersonalDataErasureInput } from '@mitmachen/contract';
import { cacheControl } from '../http/caching.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { actorOf, audit } from './audit.js';
import { erasePersonalData, findPersonalData } from './personal-data.js';
import type { Principal } from './principal.js';

export function personalDataRoutes({ database }: RouteContext): Handlers {
  const principalOf = (request: { principal?: Principal }) => request.principal as Principal;
  return {
    async findPersonalData(request, reply) {
      const principal = principalOf(request);
      const { email } = request.query as { email: string };
      const found = await database().transaction(async (client) => {
        const data = await findPersonalData(client, principal, email);
        // The act is recorded, never whom it was about: the entry would otherwise be personal data itself.
        await audit(client, actorOf(principal), { action: 'personal-data-export', subjectAgencyId: data.agencyId, change: { counts: data.counts } });
        return data;
      });
      return reply.header('Cache-Control', cacheControl.none).send(found);
    },
    async erasePersonalData(request, reply) {
      const principal = principalOf(request);
      const { email } = request.body as PersonalDataErasureInput;
      const erased = await database().transaction(async (client) => {
        const result = await erasePersonalData(client, principal, email);
        await audit(client, actorOf(principal), { action: 'personal-data-erase', subjectAgencyId: result.agencyId, change: { counts: result.counts } });
        return result;
      });
      return reply.header('Cache-Control', cacheControl.none).send(erased);
    },
  };
}
