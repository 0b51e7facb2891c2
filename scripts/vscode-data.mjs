// @ts-check
/**
 * VS Code's custom HTML data (`vscode.html-custom-data.json`, format version 1.1, see
 * https://github.com/microsoft/vscode-custom-data) from custom-elements.json, so the editor
 * completes the `mitmachen-*` tags and their attributes and shows their descriptions. A project
 * lists the file under `html.customData` in `.vscode/settings.json`.
 */
import { elementsOf, literalValues } from './elements-manifest.mjs';

/** @param {import('custom-elements-manifest/schema').Package} manifest @returns {string} */
export function vscodeHtmlData(manifest) {
  const tags = elementsOf(manifest).map((element) => {
    const events = element.events.map((event) => `- \`${event.name}\`: ${event.description}`);
    const parts = element.parts.map((part) => `\`${part.name}\``);
    const description = [
      element.description,
      events.length > 0 ? `Events:\n${events.join('\n')}` : '',
      parts.length > 0 ? `Parts: ${parts.join(', ')}` : '',
    ].filter(Boolean);
    return {
      name: element.tag,
      description: description.join('\n\n'),
      attributes: element.attributes.map((attribute) => {
        const values = attribute.type === 'boolean' ? [] : literalValues(attribute.type).map((name) => ({ name }));
        return {
          name: attribute.name,
          description: attribute.description,
          ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values.length > 0 ? { values } : {}),
        };
      }),
    };
  });
  return `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags }, null, 2)}\n`;
}
