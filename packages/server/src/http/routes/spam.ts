import { newChallenge } from '../../spam/altcha.js';
import { cacheControl } from '../caching.js';
import type { Handlers, RouteContext } from './index.js';

export function spamRoutes({ config, altchaKey }: RouteContext): Handlers {
  return {
    async getChallenge(_request, reply) {
      const challenge = await newChallenge(await altchaKey(), config.altcha.maxNumber);
      // Every challenge is single-use: no cache may hand one out twice.
      return reply.header('Cache-Control', cacheControl.none).send(challenge);
    },
  };
}
