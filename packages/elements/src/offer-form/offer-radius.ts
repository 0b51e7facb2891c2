/** The contract's default radius of an offer's area in km; the field starts with it. */
export const DEFAULT_RADIUS_KM = 10;
