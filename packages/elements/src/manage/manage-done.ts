import type { ManageAction, ManagedListing } from './manage-api.js';
import type { ManageMessages } from './manage.messages.js';

/** What the live region says after an action went through. */
export function doneMessage(action: ManageAction, listing: ManagedListing, msg: ManageMessages, formatDate: (date: string | undefined) => string): string {
  switch (action) {
    case 'extend':
      return msg.extended(formatDate(listing.expiresAt));
    case 'renew':
      return msg.renewed(formatDate(listing.expiresAt));
    case 'pause':
      return msg.paused;
    case 'resume':
      return msg.resumed;
    case 'fill':
      if (listing.showFilledUntil !== undefined) return msg.filledShownDone(formatDate(listing.showFilledUntil));
      return listing.filledUntil === undefined ? msg.filled : msg.filledUntilDone(formatDate(listing.filledUntil));
    case 'withdraw':
      return msg.withdrawn;
    case 'confirm':
      return msg.confirmed;
  }
}
