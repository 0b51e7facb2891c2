/**
 * The filter panel: the lists with their counts, the place with its suggestions and radius, and
 * the order. The search loads it by a dynamic import when it connects and renders it once it is
 * there, so the first screen's bundle and its first render (the one that paints the skeletons)
 * carry neither, nor its styles. Its column has a fixed width, so the panel arriving moves nothing.
 */
export { renderFilters } from './filters-view.js';
export { PlaceField } from './place-field.js';
export { panelStyles } from './filter-panel.styles.js';
