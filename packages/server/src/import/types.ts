/**
 * What every import source hands over: listings as the API's posting input, each with the
 * source's own id, and problems worded for the person who keeps the file (German, by listing
 * or row and by field or column).
 */
import type { OpportunityInput } from '@mitmachen/contract';

export type ImportSource = 'freinet' | 'csv';

export interface ImportIssue {
  /** Where in the file: "Zeile 4", or "Angebot 40711 „Gassigehen …“". */
  where: string;
  /** The source's own name of the field or column: "Kategorien", "handlungsfelder". */
  field?: string | undefined;
  message: string;
}

export interface ImportRecord {
  /** The listing's id in the source; re-imports are matched by it. */
  sourceId: string;
  where: string;
  /** How the report names the listing: "Zeile 2 (ID A-001) „Vorlesepaten“". */
  label: string;
  input: OpportunityInput;
  /**
   * Coordinates the source gives for the very address (Freinet's geo_breite/geo_laenge); used
   * in place of the town's centre.
   */
  coordinates?: { lat: number; lon: number } | undefined;
  /** Which of the source's fields each input pointer came from, for errors found later. */
  fields: Record<string, string>;
  /** Fields already reported as wrong while reading; later checks say nothing more about them. */
  reported?: Set<string>;
}

/** A file read: the listings that could be built, errors that refuse the file, values left out. */
export interface ParsedImport {
  records: ImportRecord[];
  errors: ImportIssue[];
  /** Values with no counterpart in our vocabularies: reported, left out, the listing still imported. */
  unmapped: ImportIssue[];
}

/** `Zeile 4, Spalte „Kategorien“: „Tierschutzz“ ist keine bekannte Kategorie.` */
export function formatIssue(issue: ImportIssue, fieldWord = 'Spalte'): string {
  return `${issue.where}${issue.field === undefined ? '' : `, ${fieldWord} „${issue.field}“`}: ${issue.message}`;
}

/** Thrown for a file that cannot be read at all (not XML, no header row, wrong encoding guess). */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}
