import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SearchController } from './search-controller.js';
import { named, type SearchMessages } from './search.messages.js';
import { LIMITS } from './search-state.js';

/**
 * The text field: typing searches after a pause, Enter at once, the clear button empties it.
 * While an input method composes (Japanese, Chinese, Korean …) the text is not what the user
 * means yet, so nothing is searched until the composition ends.
 */
export class SearchField implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  readonly #search: SearchController;
  #composing = false;

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }, search: SearchController) {
    this.#host = host;
    this.#search = search;
    host.addController(this);
  }

  hostConnected(): void {
    this.#composing = false;
  }

  get #input(): HTMLInputElement | null {
    return this.#host.renderRoot.querySelector<HTMLInputElement>('#q');
  }

  render(msg: SearchMessages, q: string, name?: string): TemplateResult {
    return html`<form class="field" part="form" role="search" aria-label=${named(msg.searchLabel, name)} @submit=${this.#onSubmit}>
      <label for="q">${msg.searchLabel}</label>
      <div class="field-row">
        <input
          id="q"
          part="input"
          type="search"
          enterkeyhint="search"
          maxlength=${LIMITS.q}
          aria-describedby="q-hint"
          .value=${q}
          @input=${this.#onInput}
          @compositionstart=${() => (this.#composing = true)}
          @compositionend=${this.#onCompositionEnd}
          @blur=${() => this.#search.endTyping()}
        />
        <button type="button" class="clear" part="button clear-button" aria-label=${msg.clear} ?hidden=${q === ''} @click=${this.#clear}>
          <span aria-hidden="true">×</span>
        </button>
        <button type="submit" part="button submit-button">${msg.submit}</button>
      </div>
      <span id="q-hint" class="hint">${msg.searchHint}</span>
    </form>`;
  }

  readonly #onInput = (event: Event): void => {
    if ((event as InputEvent).isComposing || this.#composing) return;
    this.#search.type((event.target as HTMLInputElement).value);
  };

  readonly #onCompositionEnd = (event: CompositionEvent): void => {
    this.#composing = false;
    this.#search.type((event.target as HTMLInputElement).value);
  };

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.#composing) return;
    const value = this.#input?.value;
    if (value !== undefined && value !== this.#search.state.q) this.#search.type(value);
    this.#search.submit();
  };

  readonly #clear = (): void => {
    this.#search.change({ ...this.#search.state, q: '', page: 1 });
    this.#input?.focus();
  };
}
