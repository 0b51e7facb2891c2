import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Value } from '../../packages/elements/src/forms/field-spec.js';
import { postingClient, type PostingOutcome } from './clients.js';
import { globalsOf, type Globals } from './story.js';

/*
 * The posting forms' stories: each shows the form in one state, reached the way a user reaches
 * it (typing, leaving fields, pressing send), against a story client (support/clients.ts).
 */

/** The states every form has a story for. */
export type FormState = 'empty' | 'filled' | 'field-errors' | 'summary' | 'sending' | 'failure' | 'success';

/** Field name → what the user types (text), chooses (options) or ticks (true), in this order. */
export type Entries = [string, Value][];

interface FormElement extends HTMLElement {
  updateComplete: Promise<boolean>;
}

const driven = new WeakSet<Element>();

async function settle(form: FormElement): Promise<void> {
  await form.updateComplete;
  // The taxonomy's choices arrive from the story client; the fields they hold are filled after.
  while (form.shadowRoot?.querySelector('[aria-busy="true"]')) await new Promise((resolve) => setTimeout(resolve, 10));
  await form.updateComplete;
}

/** Enters `entries` as a user would: each field focused, changed and left. */
async function enter(form: FormElement, entries: Entries): Promise<void> {
  for (const [name, value] of entries) {
    await settle(form);
    const inputs = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)];
    inputs[0]?.focus();
    if (Array.isArray(value) || typeof value === 'boolean') {
      const wanted = (input: HTMLInputElement) => (typeof value === 'boolean' ? value : value.includes(input.value));
      for (const input of inputs) if (input.checked !== wanted(input) && (input.type === 'checkbox' || wanted(input))) input.click();
    } else if (inputs[0] !== undefined) {
      const [input] = inputs;
      if (input.type === 'radio') inputs.find((option) => option.value === value)?.click();
      else {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }
    inputs[0]?.blur();
  }
  await settle(form);
}

async function drive(form: FormElement, state: FormState, entries: Entries): Promise<void> {
  await settle(form);
  if (state === 'empty') return;
  await enter(form, state === 'summary' ? entries.slice(0, 2) : entries);
  if (state === 'filled' || state === 'field-errors') return;
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

const OUTCOMES: Record<FormState, PostingOutcome> = {
  empty: 'accept',
  filled: 'accept',
  'field-errors': 'accept',
  summary: 'accept',
  sending: 'pending',
  failure: 'network',
  success: 'accept',
};

/**
 * One form story: `tag` with a story client and `entries` typed in, then sent when the state
 * needs it. Each story has a draft of its own (its own `api-base`), so stories never restore
 * one another's input.
 */
export function formStory(tag: string, state: FormState, entries: Entries, context: { globals?: Record<string, unknown> }): TemplateResult {
  const { theme }: Globals = globalsOf(context);
  const base = `https://${state}.story.invalid/v1`;
  for (const key of Object.keys(sessionStorage)) if (key.includes(`|${tag}|${base}|`)) sessionStorage.removeItem(key);
  const onElement = (element: Element | undefined) => {
    if (element === undefined || driven.has(element)) return;
    driven.add(element);
    void drive(element as FormElement, state, entries);
  };
  const client = postingClient(OUTCOMES[state]);
  const privacy = 'https://example.org/datenschutz';
  // Lit binds no dynamic tag names; the three forms are spelled out.
  switch (tag) {
    case 'mitmachen-opportunity-form':
      return html`<mitmachen-opportunity-form ${ref(onElement)} api-base=${base} .client=${client} privacy-url=${privacy} theme=${theme}></mitmachen-opportunity-form>`;
    case 'mitmachen-offer-form':
      return html`<mitmachen-offer-form ${ref(onElement)} api-base=${base} .client=${client} privacy-url=${privacy} theme=${theme}></mitmachen-offer-form>`;
    default:
      return html`<mitmachen-interest-form ${ref(onElement)} opportunity-id=${STORY_OPPORTUNITY_ID} api-base=${base} .client=${client} privacy-url=${privacy} theme=${theme}></mitmachen-interest-form>`;
  }
}

/** The opportunity the interest form's stories write to (the fixtures' one). */
const STORY_OPPORTUNITY_ID = '0b7f3c1e-52d4-4a8e-9c61-2f1a9d3e7b10';
