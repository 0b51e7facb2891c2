/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { nextTask } from '../../support/tasks.js';
import { $, $$, apiBase, checkbox, until } from './helpers.js';

/** Every selector of the style sheets the search's shadow root has adopted. */
const selectors = (root: ShadowRoot) =>
  root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => (rule instanceof CSSStyleRule ? rule.selectorText : '')));

describe('<mitmachen-search>: the filter panel brings its styles', function () {
  it('parses no filter styles for the first render, and styles the filters once they come', async () => {
    const element = document.createElement('mitmachen-search');
    element.setAttribute('api-base', apiBase);
    // Queued before the element is added: it runs once the task that adds and first renders it is over.
    const firstRender = nextTask().then(() => selectors(element.shadowRoot!));
    document.body.append(element);
    try {
      const first = await firstRender;
      expect(first.some((selector) => selector.includes('.field-row')), 'the search field is styled').to.equal(true);
      expect(first.filter((selector) => /\.options|\.option\b|listbox/.test(selector)), 'filter styles in the first render').to.deep.equal([]);

      // The panel and the labels from the API's taxonomy, in either order.
      await until(() => $$(element, 'label.option span').some((label) => label.textContent.trim() === 'Kultur'));
      await element.updateComplete;
      const box = checkbox(element, 'Tätigkeitsfeld', 'Kultur');
      expect(getComputedStyle(box.closest('ul')!).listStyleType, 'a filter list has no bullets').to.equal('none');
      expect(getComputedStyle(box.closest('label')!).display, 'a box sits beside its label').to.equal('flex');
      expect($(element, '.filters-toggle'), 'the filters stay behind their button on a narrow page').to.not.equal(null);
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });
});
