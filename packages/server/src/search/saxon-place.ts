import { placesNamed, resolvePlace, type GazetteerPlace } from '../places/index.js';

/**
 * The place a posting's town name means. Postings come from Saxony, so a Saxon place of that
 * name wins over a larger namesake elsewhere ("Neustadt" is Neustadt in Sachsen here, not
 * Neustadt an der Weinstraße); otherwise the gazetteer's usual answer, which may lie outside.
 */
export function resolvePostingPlace(name: string): GazetteerPlace | undefined {
  return placesNamed(name).find((place) => place.region !== undefined) ?? resolvePlace(name);
}
