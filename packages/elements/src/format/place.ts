import type { Location } from '@mitmachen/contract';

/** The town a listing is in ("Pirna"), or undefined for a remote one that names none. */
export function formatPlace(location: Location): string | undefined {
  return location.place ?? location.address?.city;
}
