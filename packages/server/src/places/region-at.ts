import type { Region } from '@mitmachen/contract';
import { gazetteer, SAXONY_SURROUNDINGS } from './gazetteer.js';

interface Anchors {
  lat: Float64Array;
  lon: Float64Array;
  /** The district of each anchor; undefined for places outside Saxony. */
  region: Array<Region | undefined>;
}

let anchors: Anchors | undefined;

/** Every gazetteer place in and around Saxony, German or not, with its district if Saxon. */
function loadAnchors(): Anchors {
  const { places, borderPlaces } = gazetteer();
  const box = SAXONY_SURROUNDINGS;
  const near = places.filter((p) => p.lat >= box.south && p.lat <= box.north && p.lon >= box.west && p.lon <= box.east);
  const all: Array<{ lat: number; lon: number; region?: Region }> = [...near, ...borderPlaces];
  return {
    lat: Float64Array.from(all, (p) => p.lat),
    lon: Float64Array.from(all, (p) => p.lon),
    region: all.map((p) => p.region),
  };
}

/**
 * The Saxon district a point lies in, taken from the nearest place of the gazetteer (German,
 * Czech or Polish). Exact at and around towns; a point on the outskirts of Dresden, Leipzig or
 * Chemnitz can come out as the neighbouring town's district, since each city is one point.
 * Measured by leaving each Saxon place out in turn: 90 % get their own district back.
 */
export function regionAt(lat: number, lon: number): Region | undefined {
  const box = SAXONY_SURROUNDINGS;
  if (!(lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east)) return undefined;
  anchors ??= loadAnchors();
  // Equirectangular distance is exact enough at this scale; compare squared values.
  const k = Math.cos((lat * Math.PI) / 180);
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < anchors.lat.length; i++) {
    const dLat = (anchors.lat[i] ?? 0) - lat;
    const dLon = ((anchors.lon[i] ?? 0) - lon) * k;
    const distance = dLat * dLat + dLon * dLon;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return anchors.region[best];
}
