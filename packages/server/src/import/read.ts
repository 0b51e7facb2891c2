/**
 * A file's bytes as the listings an import runs on, whoever hands them over: the CLI (a file or
 * a URL) and the console's endpoint (an upload) both read through here.
 */
import { parseSpreadsheet } from './csv.js';
import { decodeXml, parseFreinet } from './freinet.js';
import type { ImportSource, ParsedImport } from './types.js';

/** Throws an ImportFileError for a file that cannot be read at all. */
export function parseImportFile(source: ImportSource, bytes: Uint8Array): ParsedImport {
  return source === 'freinet' ? parseFreinet(decodeXml(bytes)) : parseSpreadsheet(bytes);
}

/** How the source names a record's parts in messages: a spreadsheet has columns, Freinet fields. */
export function fieldWordOf(source: ImportSource): string {
  return source === 'csv' ? 'Spalte' : 'Feld';
}
