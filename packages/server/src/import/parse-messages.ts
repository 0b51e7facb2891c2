/**
 * What the parsing worker (parse.worker.ts) sends back, in order: batches of listings, each after
 * the receiver asked for the next (any message), then the end.
 */
import type { ImportIssue, ImportRecord } from './types.js';

/**
 * Listings per message. Taking one in costs the receiving thread about as much as building it
 * cost the worker (structured clone); 250 keeps each such turn to a few milliseconds.
 */
export const recordsPerMessage = 250;

export type FromParser =
  | { records: ImportRecord[] }
  | { done: { errors: ImportIssue[]; unmapped: ImportIssue[] } }
  /** The file cannot be read at all: an ImportFileError's message. */
  | { unreadable: string };
