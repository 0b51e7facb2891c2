import type { Coordinates, Place } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PlaceFilter } from './search-state.js';
import type { SearchMessages } from './search.messages.js';

/** Milliseconds after the last keystroke before places are looked up. */
const LOOKUP_DELAY_MS = 200;
/** Suggestions shown at most. */
const SUGGESTIONS = 8;
/** Decimals kept of a chosen place's coordinates: four are about 10 m. */
const PLACE_DECIMALS = 4;
/** Decimals kept of the user's own position: two are about 1 km, enough to search and no more. */
const OWN_POSITION_DECIMALS = 2;
/** How old a cached position may be, and how long the browser may take to find one. */
const POSITION_MAX_AGE_MS = 10 * 60_000;
const POSITION_TIMEOUT_MS = 20_000;

/**
 * The place field's suggestions: an ARIA 1.2 combobox whose listbox is fed by `/v1/places`.
 * Up and Down move through the list, Enter chooses, Escape closes (and then clears).
 */
export class PlaceField implements ReactiveController {
  text = '';
  options: Place[] = [];
  /** The index of the highlighted option, -1 for none. */
  active = -1;
  expanded = false;
  /** The text was looked up and nothing matched. */
  nothingFound = false;
  /** The browser is finding the user's position. */
  locating = false;
  locationFailed = false;

  readonly #host: ReactiveControllerHost;
  readonly #client: () => MitmachenClient | undefined;
  readonly #choose: (place: PlaceFilter) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lookup: AbortController | undefined;

  constructor(host: ReactiveControllerHost, client: () => MitmachenClient | undefined, choose: (place: PlaceFilter) => void) {
    this.#host = host;
    this.#client = client;
    this.#choose = choose;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#lookup?.abort();
  }

  /** Shows the chosen place's name (or nothing) after the state changed elsewhere. */
  show(place: PlaceFilter | undefined, myLocation: string): void {
    this.text = place === undefined ? '' : (place.name ?? myLocation);
    this.#close();
  }

  readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#lookup?.abort();
    if (this.text.trim() === '') {
      this.#close();
      return;
    }
    this.#timer = setTimeout(() => void this.#find(this.text.trim()), LOOKUP_DELAY_MS);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        this.expanded = true;
        this.active = event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count;
        break;
      case 'Enter':
        // Enter chooses; it must not also submit the search form.
        if (!this.expanded || count === 0) return;
        event.preventDefault();
        this.#pick(Math.max(this.active, 0));
        break;
      case 'Escape':
        if (this.expanded) this.#close();
        else if (this.text !== '') this.text = '';
        else return;
        event.preventDefault();
        event.stopPropagation();
        break;
      default:
        return;
    }
    this.#host.requestUpdate();
  };

  /** "Use my location": the browser asks the user only now, on this click, never before. */
  readonly locate = (): void => {
    this.locationFailed = !('geolocation' in navigator);
    if (this.locationFailed) {
      this.#host.requestUpdate();
      return;
    }
    this.locating = true;
    this.#host.requestUpdate();
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = false;
        this.#choose({ name: undefined, coordinates: rounded({ lat: coords.latitude, lon: coords.longitude }, OWN_POSITION_DECIMALS) });
      },
      () => {
        this.locating = false;
        this.locationFailed = true;
        this.#host.requestUpdate();
      },
      { maximumAge: POSITION_MAX_AGE_MS, timeout: POSITION_TIMEOUT_MS },
    );
  };

  readonly onBlur = (): void => {
    this.#close();
    this.#host.requestUpdate();
  };

  render(msg: SearchMessages): TemplateResult {
    const activeId = this.expanded && this.active >= 0 ? `place-option-${this.active}` : nothing;
    return html`<div class="place">
      <label for="place">${msg.place}</label>
      <input
        id="place"
        part="place-input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="place-options"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-activedescendant=${activeId}
        aria-describedby="place-hint"
        .value=${this.text}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
      />
      <span id="place-hint" class="hint">${this.nothingFound ? msg.noPlaces : msg.placeHint}</span>
      <ul id="place-options" role="listbox" part="place-options" aria-label=${msg.place} ?hidden=${!this.expanded}>
        ${this.options.map(
          (place, index) =>
            html`<li
              id="place-option-${index}"
              role="option"
              aria-selected=${index === this.active ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.#pick(index)}
            >
              ${place.name} <span class="hint">${place.state}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  async #find(q: string): Promise<void> {
    const client = this.#client();
    if (client === undefined) return;
    const lookup = new AbortController();
    this.#lookup = lookup;
    try {
      this.options = await client.places(q, { limit: SUGGESTIONS, signal: lookup.signal });
    } catch {
      // Suggestions are a help, not a need: without them the field just offers nothing.
      if (lookup.signal.aborted) return;
      this.options = [];
    }
    this.active = -1;
    this.expanded = this.options.length > 0;
    this.nothingFound = this.options.length === 0;
    this.#host.requestUpdate();
  }

  #pick(index: number): void {
    const place = this.options[index];
    if (place === undefined) return;
    // The API's `near` takes the largest place whose name starts with the given one; a smaller
    // namesake is sent with its coordinates.
    const larger = this.options.slice(0, index).some((other) => fold(other.name).startsWith(fold(place.name)));
    this.text = place.name;
    this.#close();
    this.#host.requestUpdate();
    this.#choose({ name: place.name, coordinates: larger ? rounded(place, PLACE_DECIMALS) : undefined });
  }

  #close(): void {
    this.expanded = false;
    this.active = -1;
    this.nothingFound = false;
  }
}

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/** Coordinates cut to `decimals` places (the user's own position is cut to two, about 1 km). */
export function rounded({ lat, lon }: Coordinates, decimals: number): Coordinates {
  const factor = 10 ** decimals;
  return { lat: Math.round(lat * factor) / factor, lon: Math.round(lon * factor) / factor };
}
