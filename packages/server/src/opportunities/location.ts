import type { Address, LocationType, Region, components } from '@mitmachen/contract';
import { invalidField } from '../errors.js';
import { resolvePostingPlace } from '../search/saxon-place.js';

type LocationInput = components['schemas']['LocationInput'];

/** Where an opportunity takes place, as stored: district and town from the gazetteer. */
export interface ResolvedLocation {
  type: LocationType;
  region: Region;
  place: string | null;
  address: Address | null;
  lat: number | null;
  lon: number | null;
}

/**
 * On site and hybrid need an address whose city is a Saxon place; its coordinates (the town's
 * centre) and district come from the gazetteer. Remote needs no address but the district it
 * serves: named, or taken from an address given all the same. A remote opportunity gets no
 * coordinates, so it never shows up in a search around a place.
 */
export function resolveLocation(input: LocationInput): ResolvedLocation {
  const { type, address } = input;
  if (!address) {
    if (type !== 'remote') throw invalidField('/location/address', 'an on-site or hybrid opportunity needs an address');
    if (!input.region) throw invalidField('/location/region', 'a remote opportunity needs the district it serves');
    return { type, region: input.region, place: null, address: null, lat: null, lon: null };
  }
  const place = resolvePostingPlace(address.city);
  if (!place) throw invalidField('/location/address/city', `unknown place "${address.city}"`);
  if (!place.region) throw invalidField('/location/address/city', 'outside the service area (Saxony)');
  const onsite = type !== 'remote';
  return {
    type,
    region: onsite ? place.region : (input.region ?? place.region),
    place: place.name,
    address,
    lat: onsite ? place.lat : null,
    lon: onsite ? place.lon : null,
  };
}
