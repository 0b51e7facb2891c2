/**
 * Builds the plugin's compiled translations from languages/mitmachen-de_DE.po: the .mo that
 * PHP reads (with msgfmt from Debian's gettext) and the JSON that wp_set_script_translations
 * gives the editor script (the strings assets/editor.js uses). Both are committed, so the plugin
 * installs without a build step.
 *
 *   node integrations/wordpress/translations.mjs           writes both
 *   node integrations/wordpress/translations.mjs --check   exits 1 when a committed file is stale
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const plugin = fileURLToPath(new URL('mitmachen/', import.meta.url));
const po = join(plugin, 'languages', 'mitmachen-de_DE.po');
const mo = join(plugin, 'languages', 'mitmachen-de_DE.mo');
// WordPress looks for <domain>-<locale>-<handle>.json in the folder given to wp_set_script_translations.
const json = join(plugin, 'languages', 'mitmachen-de_DE-mitmachen-editor.json');

/** The entries of a .po whose msgid and msgstr are single lines (as ours are). */
export function parsePo(text) {
  const entries = [];
  let context;
  let id;
  const unquote = (line) => JSON.parse(line.slice(line.indexOf(' ') + 1));
  for (const line of text.split('\n')) {
    if (line.startsWith('msgctxt ')) context = unquote(line);
    else if (line.startsWith('msgid ')) id = unquote(line);
    else if (line.startsWith('msgstr ')) {
      if (id) entries.push({ context, id, str: unquote(line) });
      context = undefined;
      id = undefined;
    }
  }
  return entries;
}

/** The strings editor.js translates: `__( '…', 'mitmachen' )`. */
function editorStrings() {
  const source = readFileSync(join(plugin, 'assets', 'editor.js'), 'utf8');
  return [...source.matchAll(/__\(\s*'((?:[^'\\]|\\.)*)',\s*'mitmachen'\s*\)/g)].map((match) => match[1].replace(/\\'/g, "'"));
}

function buildJson() {
  const entries = parsePo(readFileSync(po, 'utf8'));
  const messages = { '': { domain: 'messages', lang: 'de_DE', 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const id of editorStrings()) {
    const entry = entries.find((candidate) => candidate.id === id && candidate.context === undefined);
    if (!entry) throw new Error(`editor.js uses "${id}", which ${po} does not translate`);
    messages[id] = [entry.str];
  }
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } }, null, '\t')}\n`;
}

function buildMo() {
  return execFileSync('msgfmt', ['--check', '-o', '-', po]);
}

if (process.argv.includes('--check')) {
  const stale = [];
  if (!buildMo().equals(readFileSync(mo))) stale.push(mo);
  if (buildJson() !== readFileSync(json, 'utf8')) stale.push(json);
  if (stale.length > 0) {
    console.error(`stale: ${stale.join(', ')}; run node integrations/wordpress/translations.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(mo, buildMo());
  writeFileSync(json, buildJson());
}
