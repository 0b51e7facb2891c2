/**
 * Shared steps of the forms' browser tests: typing into fields as a user does (focus, input,
 * leave), reading what the form shows, and clients whose requests go to the real server but can
 * be counted or lose their connection once.
 */
import type { PendingList } from '@mitmachen/contract';
import { createClient, type MitmachenClient } from '@mitmachen/sdk';
import { adminToken, apiBase } from '/__mitmachen__/api.js';
import type { PostingForm } from '../../../packages/elements/src/forms/posting-form.js';

export { adminToken, apiBase };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyForm = PostingForm<any>;

export function root(form: AnyForm): ShadowRoot {
  return form.shadowRoot!;
}

export function field<T extends HTMLElement = HTMLInputElement>(form: AnyForm, name: string): T {
  const element = root(form).querySelector<T>(`#f-${name}`);
  if (element === null) throw new Error(`no field ${name}`);
  return element;
}

/** Waits until the form's choices (categories, types: the API's taxonomy) are there. */
export async function ready<T extends AnyForm>(form: T): Promise<T> {
  await until(() => root(form).querySelector('[aria-busy="true"]') === null);
  await form.updateComplete;
  return form;
}

/** Types `value` into a text field, select or textarea (focus, input event), without leaving it. */
export function type(form: AnyForm, name: string, value: string): void {
  const element = field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(form, name);
  element.focus();
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Types `value` and leaves the field (Tab to nowhere in particular). */
export async function fill(form: AnyForm, name: string, value: string): Promise<void> {
  type(form, name, value);
  field(form, name).blur();
  await form.updateComplete;
}

/** Ticks (or unticks) the checkbox or radio of `name` with `value` (a lone checkbox: no value). */
export async function check(form: AnyForm, name: string, value?: string, checked = true): Promise<void> {
  const inputs = [...root(form).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const input = value === undefined ? inputs[0] : inputs.find((candidate) => candidate.value === value);
  if (input === undefined) throw new Error(`no option ${value ?? ''} for ${name}`);
  input.focus();
  if (input.checked !== checked) input.click();
  await form.updateComplete;
}

/** A complete, valid contact request in the interest form, consent given. */
export async function fillInterest(form: AnyForm): Promise<void> {
  await fill(form, 'name', 'Max Mustermann');
  await fill(form, 'email', 'max@example.net');
  await fill(form, 'message', 'Ich hätte mittwochs Zeit und würde gern mitmachen.');
  await check(form, 'consent');
}

/** The message shown next to a field, without its visually hidden "Fehler:" prefix. */
export function errorOf(form: AnyForm, name: string): string | undefined {
  const text = root(form).querySelector(`#f-${name}-error`)?.textContent;
  return text == null ? undefined : text.replace(/\s+/g, ' ').trim().replace(/^(Fehler|Error): /, '');
}

export function summaryItems(form: AnyForm): string[] {
  return [...root(form).querySelectorAll('.summary li')].map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim());
}

export function submitButton(form: AnyForm): HTMLButtonElement {
  return root(form).querySelector<HTMLButtonElement>('[part~="submit-button"]')!;
}

/** The element focus is on inside the form's shadow root. */
export function focused(form: AnyForm): Element | null {
  return root(form).activeElement;
}

/**
 * Polls until `predicate` holds. No time limit of its own: sending waits the minimum fill time
 * and the proof-of-work, and a test that hangs is ended by web-test-runner's limit for the file.
 */
export async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Waits until the form shows its confirmation, its failure, or an error summary. */
export async function outcome(form: AnyForm): Promise<'confirmation' | 'failure' | 'summary'> {
  let found: 'confirmation' | 'failure' | 'summary' | undefined;
  // What a click changes shows after the next render; a failure from before must not count.
  await form.updateComplete;
  await until(() => {
    const shadow = root(form);
    found = shadow.querySelector('.confirmation')
      ? 'confirmation'
      : shadow.querySelector('.failure')
        ? 'failure'
        : shadow.querySelector('.summary') && form.shadowRoot?.querySelector('[part~="submit-button"][aria-disabled="false"]')
          ? 'summary'
          : undefined;
    return found !== undefined;
  });
  await form.updateComplete;
  return found!;
}

export interface RecordingClient {
  client: MitmachenClient;
  /** Every POST that reached the server: its path and Idempotency-Key, in order. */
  posts: { path: string; key: string | null }[];
  /** The next POST fails: `before` the request leaves, or `after` the server answered (the answer is lost). */
  loseNext(when: 'before' | 'after'): void;
}

/**
 * A client to the real server whose POSTs are recorded, and which can lose its connection once,
 * before the request leaves or after the server has answered. No SDK retries, so what the form
 * does about a failure is what the test sees.
 */
export function recordingClient(): RecordingClient {
  const posts: RecordingClient['posts'] = [];
  let lose: 'before' | 'after' | undefined;
  const fetchThrough: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== 'POST') return fetch(request);
    const failure = lose;
    lose = undefined;
    if (failure === 'before') throw new TypeError('Failed to fetch');
    posts.push({ path: new URL(request.url).pathname, key: request.headers.get('idempotency-key') });
    const response = await fetch(request);
    if (failure === 'after') throw new TypeError('Failed to fetch');
    return response;
  };
  return {
    client: createClient({ baseUrl: apiBase, fetch: fetchThrough, retry: 0 }),
    posts,
    loseNext(when) {
      lose = when;
    },
  };
}

/** Pending postings whose title contains `marker`, from the moderation list. */
export async function pendingWith(marker: string): Promise<PendingList['items']> {
  const moderation = createClient({ baseUrl: apiBase }).moderation({ token: adminToken });
  const found: PendingList['items'] = [];
  for (let page = 1; ; page++) {
    const list = await moderation.listPending({ page, pageSize: 50 });
    found.push(...list.items.filter((item) => item.title.includes(marker)));
    if (page * 50 >= list.total) return found;
  }
}

/** A word no other test uses, to find this test's postings. */
export function marker(): string {
  return `T${Math.random().toString(36).slice(2, 10)}`;
}

/** Clears every form draft, so a test starts with empty forms. */
/**
 * A published opportunity no other test changes: the oldest, from the server's seed. The newest
 * is often a posting another test file has just had approved, and may withdraw, fill or erase
 * while this one still shows it (the files run side by side against one server): a detail
 * waiting for its contact button then waited for ever.
 */
export async function seededOpportunityId(): Promise<string> {
  const search = async (page: number) =>
    (await (await fetch(`${apiBase}/opportunities?sort=newest&pageSize=50&page=${page}`)).json()) as { total: number; items: { id: string }[] };
  const { total } = await search(1);
  return (await search(Math.ceil(total / 50))).items.at(-1)!.id;
}

export function clearDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('mitmachen-draft')) sessionStorage.removeItem(key);
}

/** Every `mitmachen-submitted` the page hears from `form` from now on. */
export function submittedEvents(form: AnyForm): HTMLElementEventMap['mitmachen-submitted'][] {
  const events: HTMLElementEventMap['mitmachen-submitted'][] = [];
  document.addEventListener('mitmachen-submitted', (event) => {
    if (event.composedPath().includes(form)) events.push(event as HTMLElementEventMap['mitmachen-submitted']);
  });
  return events;
}
