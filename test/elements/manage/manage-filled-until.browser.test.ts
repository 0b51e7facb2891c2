/// <reference types="mocha" />
/**
 * "Filled until a date" on the manage page, against a real server whose clock the test moves
 * (scripts/clock-server.mjs): marked filled until a day, the listing is gone from search at once;
 * when the server's day reaches it, it is back. The date is optional, checked next to the field in
 * the author's language, and kept when refused; everything by keyboard, axe clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { createClient } from '@mitmachen/sdk';
import '../../../packages/elements/src/manage/define.js';
import type { MitmachenManage } from '../../../packages/elements/src/manage/manage.js';
import { clearDrafts } from '../forms/helpers.js';
import {
  day,
  daysAfter,
  focusedId,
  isPublic,
  postedListing,
  serverDay,
  setDate,
  shadow,
  shows,
  startClockServer,
  textOf,
  until,
  type ClockServer,
  type Posted,
} from './helpers.js';

async function managePage(server: ClockServer, token: string, lang: string): Promise<MitmachenManage> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <mitmachen-manage api-base=${server.apiBase} token=${token}></mitmachen-manage>
  </div>`);
  const element = wrapper.querySelector('mitmachen-manage')!;
  await shows(element, '[data-state]');
  return element;
}

async function press(element: MitmachenManage, id: string): Promise<void> {
  const button = await shows(element, `#${id}`);
  (button as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
}

async function foundBySearch(server: ClockServer, posted: Posted): Promise<boolean> {
  const word = posted.title.split(' ').at(-1)!;
  const result = await createClient({ baseUrl: server.apiBase }).opportunities.search({ q: word });
  return result.items.some((item) => item.id === posted.id);
}

describe('<mitmachen-manage>: filled until a date', function () {
  // Starting a second server, posting with proof of work: no fixed limit fits a busy machine.
  this.timeout(0);
  let server: ClockServer;
  before(async () => {
    server = await startClockServer();
  });
  beforeEach(clearDrafts);

  it('in English, refuses a day that is not ahead next to the field, keeps it, and cancels back to the button', async () => {
    const posted = await postedListing(server);
    const element = await managePage(server, posted.token, 'en');
    await press(element, 'fill-button');
    await shows(element, '#manage-date');
    expect(focusedId(element)).to.equal('manage-date');
    expect(textOf(element, 'label[for="manage-date"]')).to.equal('Filled until (optional)');
    expect(shadow(element).querySelector('#manage-date')!.hasAttribute('required')).to.equal(false);
    await expect(element).to.be.accessible();

    setDate(element, day(0));
    await sendKeys({ press: 'Enter' });
    await shows(element, '#manage-date-error');
    expect(textOf(element, '#manage-date-error')).to.contain('Please enter a date after today');
    expect(focusedId(element)).to.equal('manage-date');
    const input = shadow(element).querySelector<HTMLInputElement>('#manage-date')!;
    expect(input.value, 'what was typed stays').to.equal(day(0));
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('manage-date-error');
    await expect(element).to.be.accessible();
    expect((await createClient({ baseUrl: server.apiBase }).manage({ token: posted.token }).get()).state, 'nothing sent').to.equal('published');

    // Cancel closes the panel and goes back to the fill button.
    [...shadow(element).querySelectorAll<HTMLButtonElement>('.panel button')].find((one) => one.textContent?.trim() === 'Cancel')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(element).querySelector('#manage-date') === null);
    expect(focusedId(element)).to.equal('fill-button');
  });

  it('marks filled until a day: gone from search at once, back on that day (German)', async () => {
    const posted = await postedListing(server);
    const element = await managePage(server, posted.token, 'de');
    expect(await foundBySearch(server, posted)).to.equal(true);

    await press(element, 'fill-button');
    await shows(element, '#manage-date');
    expect(textOf(element, '#manage-date-hint')).to.contain('Lassen Sie das Feld leer');
    setDate(element, day(400));
    await sendKeys({ press: 'Enter' });
    await shows(element, '#manage-date-error');
    expect(textOf(element, '#manage-date-error')).to.contain('höchstens ein Jahr im Voraus');

    // Ten days after the server's day: another file may have moved the shared clock ahead.
    const until10 = daysAfter(await serverDay(), 10);
    setDate(element, until10);
    await sendKeys({ press: 'Enter' });
    await shows(element, '[data-state="filled"]');
    const shown = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${until10}T00:00:00Z`));
    expect(textOf(element, '#status')).to.contain(`bis ${shown} als besetzt markiert`);
    expect(textOf(element, '.facts')).to.contain(`Besetzt bis ${shown}`);
    expect(focusedId(element)).to.equal('listing-title');
    await expect(element).to.be.accessible();
    expect(await foundBySearch(server, posted), 'gone from search at once').to.equal(false);
    expect(await isPublic(posted.id, server.apiBase)).to.equal(false);

    // The day before: still filled. On the day: published again, found again.
    const dayBefore = await executeServerCommand<{ summary: { refilled: number } }, object>('clock-server', { action: 'advance', days: 9 });
    expect(dayBefore.summary.refilled).to.equal(0);
    expect(await foundBySearch(server, posted)).to.equal(false);
    const onTheDay = await executeServerCommand<{ summary: { refilled: number } }, object>('clock-server', { action: 'advance', days: 1 });
    expect(onTheDay.summary.refilled).to.be.at.least(1);
    expect(await foundBySearch(server, posted), 'back in search').to.equal(true);
    expect(await isPublic(posted.id, server.apiBase)).to.equal(true);

    const reopened = await managePage(server, posted.token, 'de');
    expect(textOf(reopened, '[data-state]')).to.equal('Veröffentlicht');
    expect(textOf(reopened, '.facts')).not.to.contain('Besetzt bis');
    await expect(reopened).to.be.accessible();
  });
});
