/**
 * Worker thread (parse-off-thread.ts starts it): reads one import file and hands the listings
 * back in batches, so the thread that serves requests takes each batch in one short turn
 * instead of a whole 10,000-row file at once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseImportFile } from './read.js';
import { ImportFileError, type ImportSource } from './types.js';
import { recordsPerMessage, type FromParser } from './parse-messages.js';

const { source, bytes } = workerData as { source: ImportSource; bytes: Uint8Array };
const send = (message: FromParser) => parentPort!.postMessage(message);

try {
  const { records, errors, unmapped } = parseImportFile(source, bytes);
  for (let start = 0; start < records.length; start += recordsPerMessage) send({ records: records.slice(start, start + recordsPerMessage) });
  send({ done: { errors, unmapped } });
} catch (error) {
  // The message is the point of an ImportFileError; its class does not survive the crossing.
  if (!(error instanceof ImportFileError)) throw error;
  send({ unreadable: error.message });
}
