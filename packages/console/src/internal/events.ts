import type { ConsoleSession } from '@mitmachen/contract';

/** `mitmachen-console-signed-in`: a sign-in link was confirmed; the session is in place. */
export interface SignedInEventDetail {
  email: string;
  session: ConsoleSession;
}

/** `mitmachen-console-result`: an action on an item settled (shown and announced as well). */
export interface ResultEventDetail {
  action: string;
  id: string;
  ok: boolean;
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'mitmachen-console-signed-in': CustomEvent<SignedInEventDetail>;
    'mitmachen-console-signed-out': CustomEvent<Record<string, never>>;
    'mitmachen-console-new-link': CustomEvent<Record<string, never>>;
    'mitmachen-console-session-ended': CustomEvent<Record<string, never>>;
    'mitmachen-console-result': CustomEvent<ResultEventDetail>;
  }
}

export type ConsoleEventName = Extract<keyof HTMLElementEventMap, `mitmachen-console-${string}`>;
export type EventDetail<K extends ConsoleEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a bubbling, composed `mitmachen-console-*` event from `host`. */
export function emit<K extends ConsoleEventName>(host: EventTarget, name: K, detail: EventDetail<K>): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
