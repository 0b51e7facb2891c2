/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ImportReport, Queue } from '@mitmachen/contract';
import '../../packages/console/src/app/define.js';
import { deepActiveElement, openSection, shadowOf, signInThroughApi, tabTo } from './support.js';

/*
 * The import screen against the real reference server (scripts/browser-api-server.mjs), in a
 * browser context of its own: an agency admin checks a spreadsheet in a dry run, imports it into
 * Dresden's review queue, and imports it again (nothing changes, nothing doubles). A failed
 * request keeps the chosen file. Picking the file is the one step done by script (a native file
 * dialog cannot be driven); everything else by keyboard. axe in every state.
 */

const root = shadowOf;
const status = (screen: HTMLElement) => root(screen).querySelector('[role="status"]')?.textContent ?? '';
const heading = (screen: HTMLElement) => root(screen).querySelector('#report-heading')?.textContent?.trim() ?? '';
const captions = (screen: HTMLElement) => [...root(screen).querySelectorAll('caption')].map((caption) => caption.textContent?.trim());
const rows = (screen: HTMLElement, caption: string) =>
  [...root(screen).querySelectorAll('table')]
    .find((table) => table.caption?.textContent?.trim() === caption)
    ?.querySelectorAll('tbody tr') ?? [];

/** What a person picks in the file dialog: the repository's spreadsheet fixture. */
async function pick(screen: HTMLElement, name: string): Promise<void> {
  const bytes = await (await fetch(`/test/fixtures/import/${name}`)).arrayBuffer();
  const input = root(screen).querySelector<HTMLInputElement>('#import-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => root(screen).querySelector('#import-file-chosen')?.textContent?.includes(name), 'the chosen file is named');
}

/** Lets the screen's next imports go to the server only when the returned function is called. */
function holdImports(screen: HTMLElement): () => void {
  const api = (screen as unknown as { api: { importListings(input: unknown): Promise<ImportReport> } }).api;
  const send = api.importListings.bind(api);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  api.importListings = async (input) => {
    await gate;
    return send(input);
  };
  return () => {
    api.importListings = send;
    open();
  };
}

async function press(screen: HTMLElement, name: string): Promise<void> {
  await tabTo((active) => active.localName === 'button' && active.textContent?.trim() === name, `the button ${name}`, 40);
  await sendKeys({ press: 'Enter' });
}

describe('the import screen against the real server', function () {
  it('an agency admin runs a dry run, imports into the review queue, and a re-import changes nothing', async () => {
    const element = await signInThroughApi('admin.dresden@example.org');
    const screen = await openSection(element, 'Import', 'mitmachen-console-import');
    await expect(screen).to.be.accessible();
    expect(root(screen).querySelector('#import-publish') === null, 'only operators publish at once').to.equal(true);
    expect(root(screen).querySelector('#import-agency') === null, 'an agency admin imports into their own agency').to.equal(true);
    const template = root(screen).querySelector<HTMLAnchorElement>('a[download]');
    expect((await fetch(template!.href)).headers.get('content-type')).to.match(/^text\/csv/);

    // Nothing chosen: the error stands next to the file field, which gets focus.
    root(screen).querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(screen).querySelector('#import-file-error'), 'the file field says a file is missing');
    await waitUntil(() => deepActiveElement()?.id === 'import-file', 'focus moves to the file field');
    await expect(screen).to.be.accessible();

    // The wrong format: the server's error lands on the file field, and the file stays chosen.
    await pick(screen, 'angebote.csv');
    const freinet = root(screen).querySelector<HTMLInputElement>('#format-freinet') as HTMLInputElement;
    freinet.focus();
    await sendKeys({ press: 'Space' });
    expect(freinet.checked).to.equal(true);
    await press(screen, 'Probelauf');
    await waitUntil(() => root(screen).querySelector('#import-file-error')?.textContent?.includes('XML'), 'the server says it is no XML', { timeout: 20_000 });
    // Focus goes to the field; only then move on (a key pressed on the file field opens the file dialog).
    await waitUntil(() => deepActiveElement()?.id === 'import-file', 'focus moves to the file field');
    expect(root(screen).querySelector('#import-file-chosen')?.textContent).to.include('angebote.csv');
    await expect(screen).to.be.accessible();

    // The right format, by keyboard: the dry run shows what would change and writes nothing.
    (root(screen).querySelector('#format-csv') as HTMLInputElement).focus();
    await sendKeys({ press: 'Space' });
    // Held at the door until the busy state is seen (then sent to the real server), so a quick
    // answer cannot slip past the check.
    const release = holdImports(screen);
    await press(screen, 'Probelauf');
    await waitUntil(() => status(screen).includes('Die Datei wird geprüft.'), 'the live region says the file is being checked');
    expect(root(screen).querySelector('[aria-busy="true"]'), 'the report’s place is marked busy').to.not.equal(null);
    await expect(screen).to.be.accessible();
    release();
    await waitUntil(() => heading(screen) === 'Ergebnis des Probelaufs', 'the dry run’s report shows', { timeout: 30_000 });
    expect(status(screen), 'the live region no longer says it works').to.equal('');
    expect(root(screen).querySelector('[aria-busy="true"]'), 'nothing is marked busy').to.equal(null);
    expect(deepActiveElement()?.id, 'focus on the report').to.equal('report-heading');
    expect(root(screen).querySelector('#import-file-error') === null, 'the earlier error is gone').to.equal(true);
    expect(root(screen).querySelector('.summary')?.textContent).to.include('4 neu, 0 aktualisiert, 0 unverändert');
    expect(rows(screen, 'Angebote').length).to.equal(4);
    expect([...rows(screen, 'Angebote')].map((row) => row.querySelector('td')?.textContent)).to.deep.equal(['neu', 'neu', 'neu', 'neu']);
    await expect(screen).to.be.accessible();

    // Import: the listings wait in Dresden's review queue.
    await press(screen, 'Jetzt importieren');
    await waitUntil(() => heading(screen) === 'Ergebnis des Imports', 'the import’s report shows', { timeout: 30_000 });
    expect(status(screen)).to.include('4 Angebote gespeichert');
    const report = (screen as HTMLElement & { report: ImportReport }).report;
    expect(report.written).to.equal(true);
    const queue = (await (await fetch('/v1/console/queue?pageSize=50')).json()) as Queue;
    const queued = queue.items.filter((item) => report.listings.some((listing) => listing.opportunityId === item.id));
    expect(queued.map((item) => item.status)).to.deep.equal(['pending', 'pending', 'pending', 'pending']);
    await expect(screen).to.be.accessible();

    // Again: unchanged, no duplicates.
    await press(screen, 'Probelauf');
    await waitUntil(() => heading(screen) === 'Ergebnis des Probelaufs', 'the second dry run’s report shows', { timeout: 30_000 });
    expect(root(screen).querySelector('.summary')?.textContent).to.include('0 neu, 0 aktualisiert, 4 unverändert');
    await press(screen, 'Jetzt importieren');
    await waitUntil(() => heading(screen) === 'Ergebnis des Imports', 'the second import’s report shows', { timeout: 30_000 });
    const again = (screen as HTMLElement & { report: ImportReport }).report;
    expect(again.listings.map((listing) => listing.opportunityId)).to.deep.equal(report.listings.map((listing) => listing.opportunityId));
    const after = (await (await fetch('/v1/console/queue?pageSize=50')).json()) as Queue;
    expect(after.items.filter((item) => item.title === queued[0]?.title).length, 'no listing twice').to.equal(1);
  });

  it('lists every error of a refused file by row and column, and offers no import', async () => {
    const element = await signInThroughApi('admin.dresden@example.org');
    const screen = await openSection(element, 'Import', 'mitmachen-console-import');
    await pick(screen, 'angebote-fehlerhaft.csv');
    await press(screen, 'Probelauf');
    await waitUntil(() => captions(screen).includes('Fehler in der Datei'), 'the errors show', { timeout: 30_000 });
    expect(root(screen).querySelector('.summary')?.textContent).to.include('3 Fehler');
    expect([...rows(screen, 'Fehler in der Datei')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' | '))).to.deep.equal([
      'Zeile 3 | Kategorien | „Tierschutzz“ ist keine bekannte Kategorie.',
      'Zeile 3 | E-Mail | „sprachcafe-at-example“ ist keine gültige E-Mail-Adresse.',
      'Zeile 4 | Ort | Für ein Angebot vor Ort fehlt die Adresse.',
    ]);
    const buttons = [...root(screen).querySelectorAll('button')].map((button) => button.textContent?.trim());
    expect(buttons).not.to.include('Jetzt importieren');
    await expect(screen).to.be.accessible();

    // In English too (the file's own messages stay German: they quote the German file).
    element.setAttribute('lang', 'en');
    await waitUntil(() => root(screen).querySelector('h1')?.textContent === 'Import listings', 'the screen speaks English', { timeout: 20_000 });
    expect(captions(screen)).to.include('Errors in the file');
    expect(root(screen).querySelector('.summary')?.textContent).to.include('The file was refused: 3 errors');
    await expect(screen).to.be.accessible();
  });
});
