/** The radius of earth() in the cube/earthdistance extensions, so distances agree with earth_distance. */
export const earthRadius = 6378168;

/**
 * ll_to_earth: the point of a latitude and longitude (degrees) on earth(), in metres, into
 * `out` (x, y, z). The index keeps places as latitude and longitude (16 bytes a listing, not
 * 24) and makes the point where it measures, by these same operations in this order, so every
 * distance is the same to the last bit wherever it is measured.
 */
export function earthPoint(lat: number, lon: number, out: Float64Array): void {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lon * Math.PI) / 180;
  const across = earthRadius * Math.cos(phi);
  out[0] = across * Math.cos(lambda);
  out[1] = across * Math.sin(lambda);
  out[2] = earthRadius * Math.sin(phi);
}
