import type { ManageAction } from './manage-api.js';

/** `mitmachen-managed`: the author changed the listing (or asked for the links again). */
export interface ManagedEventDetail {
  action: ManageAction | 'edit' | 'resend';
  /** The listing's id and state after the change; absent for `resend`. */
  id?: string;
  state?: string;
}

declare global {
  interface HTMLElementEventMap {
    'mitmachen-managed': CustomEvent<ManagedEventDetail>;
  }
}
