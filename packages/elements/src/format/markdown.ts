import { safeUrl } from './url.js';

/*
 * The small Markdown subset listing descriptions may use, rendered to HTML:
 * paragraphs (blank lines), line breaks, **bold**, *emphasis*, "- " and "1. " lists and
 * [text](url) links with http, https or mailto. Everything else stays text, escaped.
 *
 * The output is meant for a sanitiser (DOMPurify in the detail view), not for direct
 * insertion: this renderer escapes what it does not understand, the sanitiser makes sure.
 * Every pattern below scans forward without nested repetition, so a hostile description of
 * the maximum length (8000 characters) cannot make it slow.
 */

const BULLET = /^[-*] +(.*)$/;
const NUMBERED = /^(\d{1,9})\. +(.*)$/;
/** A label cannot contain brackets, so an unclosed "[" costs one scan up to the next bracket. */
const LINK = /\[([^[\]\n]{1,300})\]\(([^()\s]{1,2000})\)/g;
/** Bold may hold emphasis (single asterisks), so its content stops only at the next "**". */
const EMPHASIS = /\*\*((?:[^*\n]|\*(?!\*))+?)\*\*|\*([^*\s](?:[^*\n]*[^*\s])?)\*/g;

type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] };

export function renderMarkdown(source: string): string {
  return parseBlocks(source).map(renderBlock).join('');
}

function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const bullet = BULLET.exec(line.trimStart());
    const numbered = NUMBERED.exec(line.trimStart());
    const indented = /^\s/.test(line);
    if (bullet !== null || numbered !== null) {
      const ordered = numbered !== null;
      const text = numbered === null ? bullet![1]! : numbered[2]!;
      if (current?.kind !== 'list' || current.ordered !== ordered) {
        current = { kind: 'list', ordered, start: numbered === null ? 1 : Number(numbered[1]), items: [] };
        blocks.push(current);
      }
      current.items.push(text);
    } else if (current?.kind === 'list' && indented) {
      // An indented line continues the item above it.
      const last = current.items.length - 1;
      current.items[last] = `${current.items[last]!}\n${line.trim()}`;
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line.trim());
    } else {
      current = { kind: 'paragraph', lines: [line.trim()] };
      blocks.push(current);
    }
  }
  return blocks;
}

function renderBlock(block: Block): string {
  if (block.kind === 'paragraph') return `<p>${inline(block.lines.join('\n'))}</p>`;
  const items = block.items.map((item) => `<li>${inline(item)}</li>`).join('');
  if (!block.ordered) return `<ul>${items}</ul>`;
  return block.start === 1 ? `<ol>${items}</ol>` : `<ol start="${block.start}">${items}</ol>`;
}

/** Links first (their labels may carry emphasis), then emphasis, then line breaks. */
function inline(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    html += emphasis(text.slice(last, match.index));
    const [, label, target] = match;
    const href = safeUrl(target!);
    // A link to anywhere else keeps its words and loses the link.
    html += href === undefined ? emphasis(label!) : `<a href="${escapeHtml(href)}">${emphasis(label!)}</a>`;
    last = match.index + match[0].length;
  }
  return html + emphasis(text.slice(last));
}

function emphasis(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    html += lineBreaks(text.slice(last, match.index));
    const [, strong, em] = match;
    html += strong === undefined ? `<em>${lineBreaks(em!)}</em>` : `<strong>${emphasis(strong)}</strong>`;
    last = match.index + match[0].length;
  }
  return html + lineBreaks(text.slice(last));
}

function lineBreaks(text: string): string {
  return escapeHtml(text).replaceAll('\n', '<br>');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}
