export { foldPlaceName } from './fold.js';
export {
  GAZETTEER_CREDIT,
  findPlaces,
  gazetteer,
  placesNamed,
  resolvePlace,
  type GazetteerPlace,
} from './gazetteer.js';
export { regionAt } from './region-at.js';
export { REGION_SEAT, SAXON_TOWNS, type TownName } from './saxon-towns.js';
