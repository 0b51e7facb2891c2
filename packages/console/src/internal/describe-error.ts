import { ConsoleApiError } from '../api/problem.js';
import type { CommonMessages } from './common.messages.js';

/**
 * What to tell staff about a failed request. The server's own detail is shown for 409 and 422,
 * where it says what conflicts (who holds a claim) or what is wrong; for the others our words
 * say what to do next.
 */
export function describeError(error: unknown, msg: CommonMessages): string {
  if (!(error instanceof ConsoleApiError)) return msg.failed;
  if (error.network) return msg.network;
  switch (error.status) {
    case 401:
      return msg.signedOut;
    case 403:
      return msg.forbidden;
    case 404:
      return msg.notFound;
    case 429:
      return msg.tooMany(Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)));
    case 409:
    case 422:
      return error.problem?.detail ?? (error.status === 409 ? msg.conflict : msg.failed);
    default:
      return msg.failed;
  }
}
