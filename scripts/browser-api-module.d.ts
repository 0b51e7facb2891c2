/**
 * Types of `/__mitmachen__/api.js`, the module web-test-runner serves to browser tests
 * (scripts/browser-api-server.mjs); tsconfig.json maps the specifier here with `paths`.
 */
/** The API base of the reference server started for the run, e.g. `http://127.0.0.1:41234/v1`. */
export declare const apiBase: string;
/** The server's moderation token (`MITMACHEN_ADMIN_TOKEN`), for tests that check what was posted. */
export declare const adminToken: string;
