export interface Touched {
  reads: string[];
  writes: string[];
}
export interface FileRecord {
  statements: Set<string>;
  overlaps: { a: Touched; b: Touched }[];
  cpuSeconds: number | undefined;
}
export interface Selection {
  files: string[];
  reasons: Map<string, string>;
  statements: number;
  left: number;
  forced: number;
}
export interface Schema {
  tables: Set<string>;
  parents: Map<string, Set<string>>;
  children: Map<string, Set<string>>;
  triggered: Map<string, Set<string>>;
}
export function readRecords(folder: string): Map<string, FileRecord>;
export function choosePostgresFiles(serverFiles: string[], records: Map<string, FileRecord>, source: (file: string) => string, schema?: Schema, testOnly?: (statement: string) => boolean, always?: Map<string, string>): Selection;
export function testOnlyStatements(root: string): (statement: string) => boolean;
export function readSchema(text?: string): Schema;
export function conflict(schema: Schema, a: Touched, b: Touched): boolean;
