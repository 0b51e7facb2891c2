/**
 * HTML from other systems (Freinet's descriptions) turned into the small Markdown subset our
 * descriptions use: paragraphs, line breaks, **bold**, *emphasis*, "- " and "1. " lists and
 * links with http, https or mailto. Scripts, styles, images and embedded frames are dropped;
 * headings become bold paragraphs; table rows become lines; everything else keeps its text.
 */
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'img', 'svg', 'head', 'title', 'button', 'select', 'form']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'blockquote', 'address', 'header', 'footer', 'main', 'aside', 'figure', 'figcaption', 'center', 'dl', 'pre']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SAFE_LINK = /^(https?:|mailto:)/i;

export function htmlToMarkdown(html: string): string {
  // Plain text (no tags at all) keeps its own paragraphs and line breaks.
  if (!/<[a-z!/]/i.test(html)) return html.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((block) => block.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n')).filter(Boolean).join('\n\n');
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const blocks: string[] = [];
  collectBlocks(root, blocks);
  return blocks
    .map((block) => block.split('\n').map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim()).filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1)).join('\n'))
    .filter((block) => block.trim() !== '')
    .join('\n\n');
}

/** Adds the node's blocks; inline runs between blocks form paragraphs of their own. */
function collectBlocks(node: Node, blocks: string[]): void {
  let inline = '';
  const flush = () => {
    if (inline.trim() !== '') blocks.push(inline);
    inline = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType !== NodeType.ELEMENT_NODE) {
      inline += inlineNode(child);
      continue;
    }
    const element = child as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (DROPPED.has(tag)) continue;
    if (tag === 'ul' || tag === 'ol') {
      flush();
      const items = element.childNodes.filter((item): item is HTMLElement => item instanceof HTMLElement && item.rawTagName?.toLowerCase() === 'li');
      const lines = items.map((item, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${inlineText(item).replace(/\n+/g, ' ').trim()}`).filter((line) => !/^(-|\d+\.) $/.test(line));
      if (lines.length) blocks.push(lines.join('\n'));
    } else if (HEADINGS.has(tag)) {
      flush();
      const text = inlineText(element).replace(/\n+/g, ' ').trim();
      if (text) blocks.push(`**${text.replaceAll('*', '')}**`);
    } else if (tag === 'table') {
      flush();
      const rows = element.querySelectorAll('tr').map((row) => row.querySelectorAll('td, th').map((cell) => inlineText(cell).replace(/\n+/g, ' ').trim()).filter(Boolean).join(' – '));
      const lines = rows.filter(Boolean);
      if (lines.length) blocks.push(lines.join('\n'));
    } else if (BLOCKS.has(tag) || tag === 'li' || tag === 'tr') {
      flush();
      collectBlocks(element, blocks);
    } else {
      inline += inlineNode(element);
    }
  }
  flush();
}

/** The Markdown of inline content; nested blocks inside inline content are read as line breaks. */
function inlineText(node: Node): string {
  return node.childNodes.map(inlineNode).join('');
}

function inlineNode(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return collapse(node.text);
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (DROPPED.has(tag)) return '';
  if (tag === 'br') return '\n';
  const inner = inlineText(element);
  if (tag === 'strong' || tag === 'b') return wrap(inner, '**');
  if (tag === 'em' || tag === 'i') return wrap(inner, '*');
  if (tag === 'a') return link(inner, element.getAttribute('href'));
  if (BLOCKS.has(tag) || HEADINGS.has(tag) || tag === 'li' || tag === 'tr') return `\n${inner.trim()}\n`;
  return inner;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Emphasis markers only around words: `** x **` would not render, so spaces move outside. */
function wrap(inner: string, marker: string): string {
  const trimmed = inner.replaceAll('*', '').trim();
  if (trimmed === '') return inner;
  const before = /^\s/.test(inner) ? ' ' : '';
  const after = /\s$/.test(inner) ? ' ' : '';
  return `${before}${marker}${trimmed.replace(/\n+/g, ' ')}${marker}${after}`;
}

function link(label: string, href: string | undefined): string {
  const text = label.replace(/[[\]\n]/g, ' ').trim();
  const target = href?.trim();
  if (!target || !SAFE_LINK.test(target) || /[()\s]/.test(target)) return label;
  return `[${text || target}](${target})`;
}
