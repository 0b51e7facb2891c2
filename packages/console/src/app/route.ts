import type { StaffRole } from '@mitmachen/contract';

export const VIEWS = ['queue', 'audit', 'sessions', 'tokens', 'staff', 'templates', 'personal-data', 'statistics', 'import'] as const;
export type View = (typeof VIEWS)[number];

/** Which views a role may open: the server scopes the data too; this only keeps the menu honest. */
export function viewsFor(role: StaffRole): View[] {
  switch (role) {
    case 'operator':
    case 'agency_admin':
      return ['queue', 'statistics', 'audit', 'sessions', 'tokens', 'staff', 'templates', 'personal-data', 'import'];
    case 'moderator':
      return ['queue', 'statistics', 'sessions'];
    case 'analyst':
      return ['statistics', 'sessions'];
  }
}

/** `/console/audit` → `audit`; the console's root and anything unknown → undefined. */
export function viewFromPath(pathname: string): View | undefined {
  const segment = pathname.replace(/^\/console\/?/, '').split('/')[0] ?? '';
  return (VIEWS as readonly string[]).includes(segment) ? (segment as View) : undefined;
}

export function pathForView(view: View): string {
  return `/console/${view}`;
}

/** The token of a sign-in link (`/console/#sign-in=<token>`), or undefined. */
export function signInToken(hash: string): string | undefined {
  const match = /^#sign-in=([A-Za-z0-9_-]{20,200})$/.exec(hash);
  return match?.[1];
}
