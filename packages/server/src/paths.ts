import { existsSync } from 'node:fs';

/**
 * The package's root folder, found by walking up from this module: the same code runs from
 * `src/` (tests, tsx) and from the bundled `dist/`, which sit at different depths.
 */
function findPackageRoot(): URL {
  let dir = new URL('./', import.meta.url);
  for (let depth = 0; depth < 4; depth++) {
    if (existsSync(new URL('migrations/', dir))) return dir;
    dir = new URL('../', dir);
  }
  throw new Error('@mitmachen/server: cannot find its migrations folder');
}

export const packageRoot = findPackageRoot();
export const migrationsDir = new URL('migrations/', packageRoot);
