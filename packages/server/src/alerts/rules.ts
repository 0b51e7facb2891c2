/** The alerts' rules in one place. */
export const alertRules = {
  /** Days a confirm link works; an unconfirmed subscription is deleted then. */
  confirmValidDays: 7,
  /** A second request for the same address and search within this many minutes sends no second mail. */
  resendQuietMinutes: 60,
  /** At most this many confirm mails to one address a day, whatever the searches (no mail bombing). */
  confirmMailsPerDay: 5,
  /** Listings named in one digest; the mail says how many more there are. */
  listingsPerDigest: 20,
  periodDays: { daily: 1, weekly: 7 },
} as const;

export const alertJobs = { expire: 'alert-confirm-expiry', digest: 'alert-digest' } as const;
