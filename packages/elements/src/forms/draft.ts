import type { Values } from './field-spec.js';

/** A request sent (or about to be) and the key it went with: sending the same body again reuses the key. */
export interface Pending {
  key: string;
  body: string;
}

export interface Draft {
  values: Values;
  pending?: Pending;
}

/**
 * The draft of one form in sessionStorage: it survives a reload and a crashed tab restored by the
 * browser, and goes with the tab (nothing stays on a shared computer once the tab is closed).
 * Keyed by form kind and API base (and the opportunity or offer contacted), so two forms on one
 * page, or two sites in one tab's history, keep their drafts apart.
 */
export function draftKey(kind: string, apiBase: string, subject?: string): string {
  return ['mitmachen-draft', kind, apiBase, subject ?? ''].join('|');
}

/** Storage may be missing or refuse (private modes, quotas, a sandboxed frame): then there is no draft. */
function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(key: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (raw == null) return undefined;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.values !== 'object' || draft.values === null) return undefined;
    return { values: draft.values, ...(draft.pending === undefined ? {} : { pending: draft.pending }) };
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or refused storage loses only the reload safety net; the form itself keeps working.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // See saveDraft.
  }
}
