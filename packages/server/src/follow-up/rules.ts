/**
 * The follow-up's rules in one place. A listing is flagged "unanswered" when at least
 * `flagThreshold` of its contact requests made within the last `flagWindowDays` days were
 * reported "no reply" by their volunteers: one silent request may be a lost mail, two in two
 * months is a pattern. The listing is flagged once; staff resolving the flag closes it, and a
 * new pattern after that flags it again.
 */
export const followUpRules = {
  /** Days after the request that the volunteer is asked. */
  askAfterDays: 14,
  flagThreshold: 2,
  flagWindowDays: 60,
  /** How long the answer links keep working after the mail (an answer may be changed until then). */
  linkValidDays: 60,
} as const;
