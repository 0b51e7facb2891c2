/**
 * The version of @mitmachen/elements, stored on every element class (`static version`) so that
 * `defineElement` can tell a second copy of this package from a different release.
 * Keep it equal to packages/elements/package.json (a test checks).
 */
export const VERSION = '0.1.0';
