import type { Address, Coordinates } from '@mitmachen/contract';

// The detail's place: the full address and a map link. Apart from place.ts, which the cards
// use, so the first screen's bundle does not carry them.

/** "Hauptstraße 1, 01796 Pirna" (the German order, which the listings' readers expect). */
export function formatAddress(address: Address): string {
  const town = `${address.postalCode} ${address.city}`;
  return address.street === undefined ? town : `${address.street}, ${town}`;
}

/** Zoom of the OpenStreetMap view: 15 shows the streets around the place. */
const OSM_ZOOM = 15;

/** A link to the place on openstreetmap.org with a marker (a link only: no tiles are loaded here). */
export function openStreetMapUrl({ lat, lon }: Coordinates): string {
  const la = roundCoordinate(lat);
  const lo = roundCoordinate(lon);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=${OSM_ZOOM}/${la}/${lo}`;
}

/** Five decimals are about a metre, more than a marker needs. */
function roundCoordinate(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
