/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { defineElement } from '../../../packages/elements/src/internal/define.js';

let counter = 0;
const freshTag = () => `mitmachen-define-test-${++counter}`;

function versioned(version: string) {
  return class extends HTMLElement {
    static readonly version = version;
  };
}

/**
 * Runs `body` with console.warn recorded instead of printed. The warning's words are a module of
 * their own (setup-warnings.ts): importing it here as well resolves after the warnings it gives.
 */
async function recordWarnings(body: () => void): Promise<unknown[][]> {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    body();
    await import('../../../packages/elements/src/internal/setup-warnings.js');
    await Promise.resolve();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('registers a tag that is free', () => {
    const tag = freshTag();
    const element = versioned('1.0.0');
    defineElement(tag, element);
    expect(customElements.get(tag)).to.equal(element);
  });

  it('does nothing, silently, when the same version registered the tag (another copy of the package)', async () => {
    const tag = freshTag();
    const first = versioned('1.0.0');
    const warnings = await recordWarnings(() => {
      defineElement(tag, first);
      defineElement(tag, first);
      defineElement(tag, versioned('1.0.0'));
    });
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first registration of another version and warns once per pair of releases instead of throwing', async () => {
    const tag = freshTag();
    const other = freshTag();
    const first = versioned('1.0.0');
    const warnings = await recordWarnings(() => {
      defineElement(tag, first);
      defineElement(tag, versioned('2.0.0'));
      defineElement(tag, versioned('2.0.0'));
      defineElement(other, versioned('1.0.0'));
      defineElement(other, versioned('3.0.0'));
    });
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings).to.have.length(2);
    expect(String(warnings[0]![0])).to.contain(`<${tag}>`).and.contain('1.0.0').and.contain('2.0.0');
    expect(String(warnings[1]![0])).to.contain(`<${other}>`);
  });

  it('warns once for a pair of releases, whichever copy loses which tag', async () => {
    const [first, second, third] = [freshTag(), freshTag(), freshTag()];
    const warnings = await recordWarnings(() => {
      defineElement(first, versioned('4.0.0'));
      defineElement(first, versioned('5.0.0'));
      // The lazily loaded elements race: here the other copy wins.
      defineElement(second, versioned('5.0.0'));
      defineElement(second, versioned('4.0.0'));
      defineElement(third, versioned('4.0.0'));
      defineElement(third, versioned('5.0.0'));
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(`<${first}>`).and.contain('4.0.0').and.contain('5.0.0');
  });

  it('warns when a script without a version holds the tag', async () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = await recordWarnings(() => defineElement(tag, versioned('1.0.0')));
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('another script');
  });
});
