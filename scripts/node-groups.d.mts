/** Types for scripts/node-groups.mjs (test/build/node-groups.test.ts imports it). */
export declare const heavyFiles: string[];
export declare function soloReason(file: string, text: string, always?: Set<string>): string | undefined;
export declare function groupTestFiles(
  files: string[],
  folder: string,
  root: string,
  always?: Set<string>,
): { entries: string[]; owner: Map<string, string[]> };
