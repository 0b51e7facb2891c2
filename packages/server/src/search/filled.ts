/**
 * The states a search reads: `published`, and `filled` where the author chose to keep the
 * listing shown as filled ("besetzt") until a day. Until that day it is found like any other,
 * flagged filled (no contact requests); the day itself is the listing's last, as an end date
 * is, so SQL (`visibleOpportunity`, `visibleOffer`) and the in-memory index (its `expires`
 * column) drop it on the same day; the lifecycle runner then clears the day (manage/scheduler.ts).
 */
export const searchedStatus = `(o.status = 'published' OR o.status = 'filled' AND o.filled_shown_until IS NOT NULL)`;
