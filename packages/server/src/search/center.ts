import type { SearchCenter } from '@mitmachen/contract';
import { invalidParameter } from '../errors.js';
import { resolvePlace } from '../places/index.js';

/** Radius when a centre is given without one, and the largest the contract allows. */
export const defaultRadiusKm = 25;
export const maximumRadiusKm = 500;

export interface CenterParameters {
  near?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  radiusKm?: number | undefined;
}

/**
 * The centre and radius of a place search: `near` resolved through the gazetteer (the largest
 * match wins, as `/v1/places` answers), or `lat` and `lon` together. Undefined without either;
 * a parameter that cannot be honoured is a 400 naming it, never silently ignored.
 */
export function searchCenter(query: CenterParameters): SearchCenter | undefined {
  const { near, lat, lon, radiusKm } = query;
  if (near !== undefined && (lat !== undefined || lon !== undefined)) {
    throw invalidParameter('near', 'give either near or lat and lon, not both');
  }
  if (lat !== undefined && lon === undefined) throw invalidParameter('lon', 'lat needs lon as well');
  if (lon !== undefined && lat === undefined) throw invalidParameter('lat', 'lon needs lat as well');
  if (radiusKm !== undefined && !(radiusKm > 0 && radiusKm <= maximumRadiusKm)) {
    throw invalidParameter('radiusKm', `must be greater than 0 and at most ${maximumRadiusKm}`);
  }
  const radius = radiusKm ?? defaultRadiusKm;
  if (near !== undefined) {
    const place = resolvePlace(near);
    if (!place) throw invalidParameter('near', `unknown place "${near}"`);
    return { name: place.name, lat: place.lat, lon: place.lon, radiusKm: radius };
  }
  if (lat !== undefined && lon !== undefined) {
    if (!(Math.abs(lat) <= 90)) throw invalidParameter('lat', 'must be between -90 and 90');
    if (!(Math.abs(lon) <= 180)) throw invalidParameter('lon', 'must be between -180 and 180');
    return { lat, lon, radiusKm: radius };
  }
  if (radiusKm !== undefined) throw invalidParameter('radiusKm', 'needs a centre: near, or lat and lon');
  return undefined;
}

/** Kilometres rounded to 0.1, as results show them. */
export function roundKm(metres: number): number {
  return Math.round(metres / 100) / 10;
}
