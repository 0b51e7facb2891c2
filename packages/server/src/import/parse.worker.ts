/**
 * Worker thread (parse-off-thread.ts starts it): reads one import file and hands the listings
 * back in batches, each when asked for, so the thread that serves requests takes each batch in
 * one short turn instead of a whole 10,000-row file at once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseImportFile } from './read.js';
import { ImportFileError, type ImportSource } from './types.js';
import { recordsPerMessage, type FromParser } from './parse-messages.js';

const { source, bytes } = workerData as { source: ImportSource; bytes: Uint8Array };
const send = (message: FromParser) => parentPort!.postMessage(message);

try {
  const { records, errors, unmapped } = parseImportFile(source, bytes);
  let start = 0;
  // One batch per request ('next'): a port hands every message waiting in it over in one turn,
  // so batches sent all at once would stall the receiving thread as one large message would.
  const next = () => {
    if (start >= records.length) {
      send({ done: { errors, unmapped } });
      // Nothing more to ask for: without a listener the worker ends.
      parentPort!.off('message', next);
      return;
    }
    send({ records: records.slice(start, (start += recordsPerMessage)) });
  };
  parentPort!.on('message', next);
  next();
} catch (error) {
  // The message is the point of an ImportFileError; its class does not survive the crossing.
  if (!(error instanceof ImportFileError)) throw error;
  send({ unreadable: error.message });
}
