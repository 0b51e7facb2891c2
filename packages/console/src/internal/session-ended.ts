import { ConsoleApiError } from '../api/problem.js';
import { emit } from './events.js';

/**
 * Tells the console shell when a request found the session gone (401), so it offers to sign in
 * again; the screen keeps showing what was typed. Returns the error for chaining.
 */
export function reportSessionEnd(host: HTMLElement, error: unknown): unknown {
  if (error instanceof ConsoleApiError && error.status === 401) emit(host, 'mitmachen-console-session-ended', {});
  return error;
}
