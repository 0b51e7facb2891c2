/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Queue, QueueItem, QueueItemDetail } from '@mitmachen/contract';
import '../../packages/console/src/queue/define.js';
import type { MitmachenConsoleQueue } from '../../packages/console/src/queue/queue.js';
import { apiError, consoleSession, itemDetail, OTHERS_CLAIM, queue, queueItem } from '../../stories/support/console-fixtures.js';

/*
 * The review queue with its data given: every state passes axe, the keys work (and stay quiet
 * while typing), focus goes where the next work is. Decisions against the real server are in
 * queue.api.browser.test.ts.
 */

const root = (element: Element) => element.shadowRoot as ShadowRoot;

async function queueWith(data: Queue, current?: QueueItem, detail?: QueueItemDetail): Promise<MitmachenConsoleQueue> {
  const element = await fixture<MitmachenConsoleQueue>(
    html`<mitmachen-console-queue .session=${consoleSession()} .queue=${data} .current=${current} .detail=${detail}></mitmachen-console-queue>`,
  );
  await element.updateComplete;
  return element;
}

function press(target: EventTarget, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

describe('<mitmachen-console-queue>', function () {
  // axe over a list of 25 items and the detail view takes seconds on two cores.

  it('has no accessibility violations: empty queue', async () => {
    const element = await queueWith(queue(0));
    await expect(element).to.be.accessible();
    expect(root(element).querySelector('.empty')?.textContent).to.contain('Hier wartet nichts');
  });

  it('has no accessibility violations: many items, oldest first, with counts on the tabs', async () => {
    const element = await queueWith(queue(40));
    await expect(element).to.be.accessible();
    const tabs = [...root(element).querySelectorAll('[role="tab"]')].map((tab) => tab.textContent?.replace(/\s+/g, ' ').trim());
    expect(tabs).to.deep.equal(['Neue Beiträge (40)', 'Meldungen (2)', 'Läuft ab', 'Unbeantwortet']);
    expect(root(element).querySelectorAll('.row').length).to.equal(25);
    expect(root(element).querySelector('.pager')?.textContent).to.contain('Seite 1 von 2');
  });

  it('has no accessibility violations: an item open, as citizens will see it, with author, signals, history and notes', async () => {
    const item = queueItem(0);
    const element = await queueWith(queue(3), item, itemDetail(item));
    await waitUntil(() => root(element).querySelector('mitmachen-opportunity')?.shadowRoot?.querySelector('.title'), 'the posting renders');
    await expect(element).to.be.accessible();
    const text = root(element).querySelector('.item')?.textContent ?? '';
    for (const expected of ['karla@verein.example', 'Links im Text', 'Vorlesen im Seniorenheim', 'Website geprüft', 'Sie bearbeiten diesen Eintrag']) {
      expect(text).to.contain(expected);
    }
  });

  it('has no accessibility violations: claimed by a colleague, whose name it shows; the decisions wait', async () => {
    const item = queueItem(0, { claim: OTHERS_CLAIM });
    const element = await queueWith(queue(3), item, itemDetail(item, { claim: OTHERS_CLAIM }));
    await expect(element).to.be.accessible();
    expect(root(element).querySelector('.claim.other')?.textContent).to.contain('kollegin@example.org bearbeitet');
    const approve = root(element).querySelector<HTMLButtonElement>('[data-action="approve"]');
    expect(approve?.disabled).to.equal(true);
  });

  it('has no accessibility violations: the list failed to load, with a way to try again', async () => {
    const element = await fixture<MitmachenConsoleQueue>(
      html`<mitmachen-console-queue .session=${consoleSession()} .listError=${apiError(0)}></mitmachen-console-queue>`,
    );
    await expect(element).to.be.accessible();
    expect(root(element).querySelector('.problem')?.textContent).to.contain('nicht erreichbar');
  });

  it('j and k open the next and previous item and move focus to its title', async () => {
    const element = await queueWith(queue(3));
    root(element).querySelector<HTMLElement>('h1')?.focus();
    press(root(element).querySelector('h1') as HTMLElement, 'j');
    await waitUntil(() => element.current?.id === queueItem(0).id, 'j opens the first item');
    await element.updateComplete;
    expect(root(element).activeElement?.id).to.equal('item-title');
    press(root(element).activeElement as HTMLElement, 'j');
    await waitUntil(() => element.current?.id === queueItem(1).id, 'j opens the second');
    press(root(element).activeElement as HTMLElement, 'k');
    await waitUntil(() => element.current?.id === queueItem(0).id, 'k goes back');
    expect(root(element).querySelector('.row[aria-current="true"]')?.textContent).to.contain(queueItem(0).title);
  });

  it('letters typed in a field stay text: no command runs', async () => {
    const item = queueItem(0);
    const element = await queueWith(queue(3), item, itemDetail(item));
    const note = root(element).querySelector('#note') as HTMLTextAreaElement;
    note.focus();
    for (const key of ['j', 'a', 'r', 'e', '?']) expect(press(note, key).defaultPrevented, key).to.equal(false);
    expect(element.current?.id).to.equal(item.id);
    expect(root(element).querySelector('dialog')?.open).to.equal(false);
    expect(root(element).querySelector('.reason-form')).to.equal(null);
  });

  it('? shows the keys in a dialog that passes axe and closes with its button', async () => {
    const element = await queueWith(queue(3));
    press(root(element).querySelector('h1') as HTMLElement, '?');
    const dialog = root(element).querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('nächster Eintrag');
    await expect(element).to.be.accessible();
    dialog.querySelector('button')?.click();
    await oneEvent(dialog, 'close');
    expect(dialog.open).to.equal(false);
  });

  it('r opens the reject form with focus in it; sending it empty says a reason is needed, next to the field', async () => {
    const item = queueItem(0);
    const element = await queueWith(queue(3), item, itemDetail(item));
    press(root(element).querySelector('h1') as HTMLElement, 'r');
    await element.updateComplete;
    const reason = root(element).querySelector('#reason') as HTMLTextAreaElement;
    expect(root(element).activeElement).to.equal(reason);
    root(element).querySelector<HTMLFormElement>('.reason-form')?.requestSubmit();
    await element.updateComplete;
    expect(root(element).querySelector('#reason-error')?.textContent).to.contain('Begründung');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('e opens the edit form with the texts, focused on the title', async () => {
    const item = queueItem(0);
    const element = await queueWith(queue(3), item, itemDetail(item));
    press(root(element).querySelector('h1') as HTMLElement, 'e');
    await element.updateComplete;
    const title = root(element).querySelector('#edit-title') as HTMLInputElement;
    expect(title.value).to.equal(item.title);
    expect(root(element).activeElement).to.equal(title);
    await expect(element).to.be.accessible();
  });

  it('the tabs follow the arrow keys', async () => {
    const element = await queueWith(queue(3));
    const tab = root(element).querySelector('#tab-postings') as HTMLElement;
    tab.focus();
    tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await element.updateComplete;
    expect(element.tab).to.equal('reports');
    expect(root(element).activeElement?.id).to.equal('tab-reports');
  });

  it('a filled listing says until when it is filled and until when search shows it as filled, German and English, and passes axe', async () => {
    const item = queueItem(0, { status: 'filled' });
    const detail = itemDetail(item, { status: 'filled', filledUntil: '2026-12-24', showFilledUntil: '2026-12-12' });
    const element = await queueWith(queue(3), item, detail);
    await expect(element).to.be.accessible();
    const meta = () => root(element).querySelector('.item .meta')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(meta()).to.contain('Status: besetzt');
    expect(meta()).to.contain('besetzt bis 24.12.2026, dann wieder veröffentlicht');
    expect(meta()).to.contain('als „besetzt“ in der Suche bis 12.12.2026');

    const wrapper = await fixture(
      html`<div lang="en"><mitmachen-console-queue .session=${consoleSession()} .queue=${queue(3)} .current=${item} .detail=${itemDetail(item, { status: 'filled', showFilledUntil: '2026-12-12' })}></mitmachen-console-queue></div>`,
    );
    const english = wrapper.querySelector('mitmachen-console-queue') as MitmachenConsoleQueue;
    await english.updateComplete;
    const text = root(english).querySelector('.item .meta')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('shown as filled in search until 12 Dec 2026');
    expect(text).not.to.contain('filled until', 'no "filled until" day given, none shown');
    await expect(wrapper).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><mitmachen-console-queue .queue=${queue(2)}></mitmachen-console-queue></div>`);
    const element = wrapper.querySelector('mitmachen-console-queue') as MitmachenConsoleQueue;
    await element.updateComplete;
    expect(root(element).querySelector('h1')?.textContent).to.equal('Review');
    await expect(wrapper).to.be.accessible();
  });
});
