/**
 * What the console says to the web editor when an element does not know where the API is: a
 * module of its own, because a page set up right never needs these words.
 */
export function report(element: Element, dataAttribute: string): void {
  const tag = element.localName;
  console.error(
    `<${tag}> does not know where the mitmachen API is. Add api-base="https://api.example.org/v1" to <${tag}>, ` +
      `or ${dataAttribute}="https://api.example.org/v1" to an element around it (for example <body>).`,
    element,
  );
}
