import type { MitmachenClient } from '@mitmachen/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as FilterPanel from './filter-panel.js';
import type { PlaceField } from './place-field.js';
import type { PlaceFilter } from './search-state.js';

/** The filter panel's module, loaded once for every search on the page. */
let module: Promise<typeof FilterPanel> | undefined;

export interface LoadedPanel {
  renderFilters: typeof FilterPanel.renderFilters;
  place: PlaceField;
}

/**
 * Loads the filter panel (filter-panel.ts) when the search connects, and gives it its place field
 * and its styles once it is there; until then `panel` is undefined and the search renders no filters.
 */
export class FilterPanelLoader implements ReactiveController {
  panel: LoadedPanel | undefined;
  readonly #host: ReactiveControllerHost & Element;
  readonly #client: () => MitmachenClient | undefined;
  readonly #choose: (place: PlaceFilter) => void;

  constructor(host: ReactiveControllerHost & Element, client: () => MitmachenClient | undefined, choose: (place: PlaceFilter) => void) {
    this.#host = host;
    this.#client = client;
    this.#choose = choose;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.panel === undefined) void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const { renderFilters, PlaceField, panelStyles } = await (module ??= import('./filter-panel.js'));
      if (this.panel !== undefined) return;
      // Adopted before the panel's first render, so it never shows unstyled.
      const root = this.#host.shadowRoot!;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, panelStyles.styleSheet!];
      this.panel = { renderFilters, place: new PlaceField(this.#host, this.#client, this.#choose) };
      this.#host.requestUpdate();
    } catch (error) {
      module = undefined;
      // The search works without it; the web editor should learn why the filters are missing.
      console.error(`<${this.#host.localName}> could not load its filters. Are the chunks next to mitmachen.js reachable?`, error);
    }
  }
}
