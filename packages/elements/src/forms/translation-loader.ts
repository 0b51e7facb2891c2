import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Translation from './translation.js';

/** The translation section's module, loaded once for every form on the page. */
let module: Promise<typeof Translation> | undefined;

/**
 * Loads a posting form's translation section (translation.ts) when the form connects: it is the
 * form's last section, far below what shows first, and its chunk comes while the form's choices
 * load from the API. Until it is there `section` is undefined and the form has no translation
 * fields; the host's `updateComplete` waits for it, so whoever awaits the form sees it whole.
 */
export class TranslationLoader implements ReactiveController {
  section: typeof Translation | undefined;
  readonly #host: ReactiveControllerHost & Element;
  #loading: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
    // As LocalizeController does: Lit lets only the element extend `updateComplete`.
    const element = host as unknown as { getUpdateComplete(): Promise<boolean> };
    const updateComplete = element.getUpdateComplete.bind(element);
    element.getUpdateComplete = async () => {
      await this.#loading;
      return updateComplete();
    };
  }

  hostConnected(): void {
    this.#loading ??= (module ??= import('./translation.js')).then(
      (loaded) => {
        this.section = loaded;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        module = this.#loading = undefined;
        // The form works without it; the web editor should learn why the section is missing.
        console.error(`<${this.#host.localName}> could not load its translation section. Are the chunks next to mitmachen.js reachable?`, error);
      },
    );
  }
}
