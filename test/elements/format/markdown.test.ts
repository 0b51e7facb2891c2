import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../../packages/elements/src/format/markdown.js';

describe('description markdown', () => {
  it('makes paragraphs from blank lines and line breaks from single ones', () => {
    assert.equal(renderMarkdown('Erste Zeile\nzweite Zeile\n\n\nNeuer Absatz'), '<p>Erste Zeile<br>zweite Zeile</p><p>Neuer Absatz</p>');
    assert.equal(renderMarkdown('Windows\r\nZeilen'), '<p>Windows<br>Zeilen</p>');
  });

  it('keeps bold and emphasis', () => {
    assert.equal(
      renderMarkdown('Wir suchen **engagierte** Menschen für *unser* Team.'),
      '<p>Wir suchen <strong>engagierte</strong> Menschen für <em>unser</em> Team.</p>',
    );
    assert.equal(renderMarkdown('**fett mit *kursiv* darin**'), '<p><strong>fett mit <em>kursiv</em> darin</strong></p>');
  });

  it('leaves lone asterisks as text', () => {
    assert.equal(renderMarkdown('2 * 3 * 4 = 24, a*b, **offen'), '<p>2 * 3 * 4 = 24, a*b, **offen</p>');
  });

  it('makes lists, also right after a line of text, and continues indented lines', () => {
    assert.equal(
      renderMarkdown('Aufgaben:\n- Vorlesen\n- Spielen\n  im Garten\n\n1. eins\n2. zwei\n\n3. drei'),
      '<p>Aufgaben:</p><ul><li>Vorlesen</li><li>Spielen<br>im Garten</li></ul><ol><li>eins</li><li>zwei</li></ol><ol start="3"><li>drei</li></ol>',
    );
  });

  it('links http, https and mailto and escapes the address', () => {
    assert.equal(
      renderMarkdown('[Bücher](https://example.org/a?b=1&c="2") und [Mail](mailto:info@example.org)'),
      '<p><a href="https://example.org/a?b=1&amp;c=%222%22">Bücher</a> und <a href="mailto:info@example.org">Mail</a></p>',
    );
  });

  it('keeps the words but not the link for any other scheme', () => {
    assert.equal(renderMarkdown('[klick](javascript:alert`1`)'), '<p>klick</p>');
    assert.equal(renderMarkdown('[Bild](data:text/html;base64,PHNjcmlwdD4=)'), '<p>Bild</p>');
    assert.equal(renderMarkdown('[relativ](/admin)'), '<p>relativ</p>');
    assert.equal(renderMarkdown('[vb](vbscript:msgbox)'), '<p>vb</p>');
  });

  it('writes any markup of its own as text', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n<img src=x onerror="alert(1)">\n# Titel & "so"');
    assert.equal(
      html,
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;<br>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<br># Titel &amp; &quot;so&quot;</p>',
    );
    assert.doesNotMatch(html, /<(?!\/?(p|br|ul|ol|li|strong|em|a)\b)/);
  });

  it('escapes markup inside emphasis, list items and link labels', () => {
    assert.equal(
      renderMarkdown('- **<b>x</b>**\n- [<i>y</i>](https://example.org)'),
      '<ul><li><strong>&lt;b&gt;x&lt;/b&gt;</strong></li><li><a href="https://example.org/">&lt;i&gt;y&lt;/i&gt;</a></li></ul>',
    );
  });

  it('stays linear on hostile input of the maximum length', () => {
    // Each of these would cost quadratic time with a naive pattern; together they must not.
    const inputs = ['['.repeat(8000), '[a]('.repeat(2000), '*a '.repeat(2666), `*${' a'.repeat(3999)}`, '- '.repeat(4000), '*'.repeat(8000), '**a*'.repeat(2000), `**${'a*'.repeat(3999)}`];
    for (const input of inputs) {
      const output = renderMarkdown(input);
      assert.ok(output.length >= input.length / 2, 'renders the text');
    }
  });
});
