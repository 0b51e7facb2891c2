/**
 * What the console tells the web editor about a page set up wrong: an element that does not know
 * where the API is (api-base.ts), a tag held by another release or script (define.ts). A module of
 * its own, because a page set up right never needs these words.
 */

export function missingApiBase(element: Element, dataAttribute: string): void {
  const tag = element.localName;
  console.error(
    `<${tag}> does not know where the mitmachen API is. Add api-base="https://api.example.org/v1" to <${tag}>, ` +
      `or ${dataAttribute}="https://api.example.org/v1" to an element around it (for example <body>).`,
    element,
  );
}

export function tagTaken(tag: string, held: string | undefined, version: string): void {
  const holder = held === undefined ? 'another script' : `@mitmachen/elements ${held}`;
  console.warn(`<${tag}> is already defined by ${holder}; this copy (${version}) is not used. Load @mitmachen/elements once per page.`);
}
