/** The radius of earth() in the cube/earthdistance extensions, so distances agree with earth_distance. */
export const earthRadius = 6378168;
