/**
 * @mitmachen/console without side effects: the screens' classes, the API client and public types.
 * Nothing is registered here; import `@mitmachen/console/console.js` (everything) or a screen's
 * `define.js`. Keep the export lines sorted by path.
 */
export { ConsoleApi } from './api/client.js';
export { ConsoleApiError, type Problem } from './api/problem.js';
export { MitmachenConsole } from './app/app.js';
export { MitmachenConsoleAudit, type AuditFilters } from './audit/audit.js';
export { MitmachenConsoleConfirm } from './confirm/confirm.js';
export { defineElement } from './internal/define.js';
export type { ResultEventDetail, SignedInEventDetail } from './internal/events.js';
export type { Lang } from './internal/localize.js';
export { VERSION } from './internal/version.js';
export { MitmachenConsoleLifecycle, type LifecycleTab } from './lifecycle/lifecycle.js';
export { MitmachenConsolePersonalData } from './personal-data/personal-data.js';
export { MitmachenConsoleImport } from './import/import.js';
export { MitmachenConsoleQueue } from './queue/queue.js';
export type { QueueFilters } from './queue/queue-controller.js';
export { MitmachenConsoleSessions } from './sessions/sessions.js';
export { MitmachenConsoleSignIn } from './sign-in/sign-in.js';
export { MitmachenConsoleStaff } from './staff/staff.js';
export { MitmachenConsoleStatistics } from './statistics/statistics.js';
export { MitmachenConsoleTemplates, type TemplateForm } from './templates/templates.js';
export { MitmachenConsoleTokens } from './tokens/tokens.js';
