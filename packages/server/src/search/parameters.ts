/**
 * Bound parameters for a statement assembled from optional parts: `bind(value)` stores the
 * value and returns its placeholder (`$3`), so user input only ever travels as a parameter.
 */
export interface Parameters {
  readonly values: unknown[];
  bind(value: unknown): string;
}

export function parameters(): Parameters {
  const values: unknown[] = [];
  return {
    values,
    bind(value) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}
