import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldSpec, Value, Values } from './field-spec.js';
import type { FormMessages } from './form.messages.js';
import { fieldForPointer, validateField } from './validate.js';

/** A field's message in the summary, with the field to jump to (none for errors no field owns). */
export interface SummaryItem {
  name: string | undefined;
  message: string;
}

/**
 * What the user typed and what is wrong with it. A field is checked when the user leaves it
 * after changing it, and from then on at every change (so a fixed error goes at once); on
 * submit every field is checked. Server errors (JSON pointers) land on the same fields.
 */
export class FormState implements ReactiveController {
  values: Values = {};
  errors = new Map<string, string>();
  /** Server errors about no field of the form: shown in the summary only. */
  general: string[] = [];
  /** The summary shows after a submit found errors, until they are all fixed or the form is sent. */
  showSummary = false;

  readonly #host: ReactiveControllerHost;
  /** The fields as the form shows them now (conditional ones come and go). */
  readonly #specs: () => FieldSpec[];
  readonly #msg: () => FormMessages;
  readonly #changed = new Set<string>();
  readonly #touched = new Set<string>();

  constructor(host: ReactiveControllerHost, specs: () => FieldSpec[], msg: () => FormMessages) {
    this.#host = host;
    this.#specs = specs;
    this.#msg = msg;
    host.addController(this);
  }

  hostConnected(): void {}

  set(name: string, value: Value): void {
    this.values = { ...this.values, [name]: value };
    this.#changed.add(name);
    // Live once touched; fields that depend on others (an end time) follow their partner.
    for (const spec of this.#specs()) {
      if (spec.name === name ? this.#touched.has(name) || this.errors.has(name) : spec.check !== undefined && this.#touched.has(spec.name)) {
        this.#check(spec);
      }
    }
    this.#host.requestUpdate();
  }

  /** The user left `name`: from now on it is checked. */
  leave(name: string): void {
    if (!this.#changed.has(name) && !this.errors.has(name)) return;
    this.#touched.add(name);
    const spec = this.#specs().find((candidate) => candidate.name === name);
    if (spec !== undefined) this.#check(spec);
    this.#host.requestUpdate();
  }

  /** Checks every shown field; true when all are fine. */
  validateAll(): boolean {
    const msg = this.#msg();
    const errors = new Map<string, string>();
    for (const spec of this.#specs()) {
      this.#touched.add(spec.name);
      const message = validateField(spec, this.values, msg);
      if (message !== undefined) errors.set(spec.name, message);
    }
    this.errors = errors;
    this.general = [];
    this.showSummary = errors.size > 0;
    this.#host.requestUpdate();
    return errors.size === 0;
  }

  /** Puts a 422's errors on their fields (unknown pointers into the summary); `rejected` says why in words. */
  applyServerErrors(fieldErrors: Record<string, string>): void {
    const msg = this.#msg();
    const specs = this.#specs();
    const errors = new Map(this.errors);
    const general: string[] = [];
    for (const [pointer, detail] of Object.entries(fieldErrors)) {
      const spec = fieldForPointer(specs, pointer);
      if (spec === undefined) general.push(`${pointer}: ${detail}`);
      else if (!errors.has(spec.name)) {
        errors.set(spec.name, validateField(spec, this.values, msg) ?? spec.rejected ?? msg.rejected(spec.label, detail));
        this.#touched.add(spec.name);
      }
    }
    this.errors = errors;
    this.general = general;
    this.showSummary = true;
    this.#host.requestUpdate();
  }

  /** The summary's entries in the order of the form. */
  summary(): SummaryItem[] {
    const fields = this.#specs().flatMap((spec) => {
      const message = this.errors.get(spec.name);
      return message === undefined ? [] : [{ name: spec.name, message }];
    });
    return [...fields, ...this.general.map((message) => ({ name: undefined, message }))];
  }

  /** Re-reads the messages in the current language (after `lang` changed). */
  relabel(): void {
    const specs = this.#specs();
    const msg = this.#msg();
    for (const name of this.errors.keys()) {
      const spec = specs.find((candidate) => candidate.name === name);
      const message = spec === undefined ? undefined : validateField(spec, this.values, msg);
      if (message !== undefined) this.errors.set(name, message);
    }
  }

  reset(values: Values = {}): void {
    this.values = values;
    this.errors = new Map();
    this.general = [];
    this.showSummary = false;
    this.#changed.clear();
    this.#touched.clear();
    this.#host.requestUpdate();
  }

  #check(spec: FieldSpec): void {
    const message = validateField(spec, this.values, this.#msg());
    const errors = new Map(this.errors);
    if (message === undefined) errors.delete(spec.name);
    else errors.set(spec.name, message);
    this.errors = errors;
    if (errors.size === 0 && this.general.length === 0) this.showSummary = false;
  }
}
