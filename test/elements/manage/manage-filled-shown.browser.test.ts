/// <reference types="mocha" />
/**
 * "Show as besetzt for a while", end to end in the browser against a real server whose clock the
 * test moves (scripts/clock-server.mjs): the author marks the listing filled and keeps it shown
 * until a day; the card and the detail then say "Besetzt" in words, the detail offers a notice
 * instead of the contact form, a contact form opened before is refused (409) in the visitor's
 * language with nothing typed lost; the day after, the listing is gone from search. Axe clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { createClient } from '@mitmachen/sdk';
import '../../../packages/elements/src/interest-form/define.js';
import '../../../packages/elements/src/manage/define.js';
import '../../../packages/elements/src/opportunity/define.js';
import '../../../packages/elements/src/opportunity-card/define.js';
import type { MitmachenInterestForm } from '../../../packages/elements/src/interest-form/interest-form.js';
import type { MitmachenManage } from '../../../packages/elements/src/manage/manage.js';
import type { MitmachenOpportunity } from '../../../packages/elements/src/opportunity/opportunity.js';
import type { MitmachenOpportunityCard } from '../../../packages/elements/src/opportunity-card/opportunity-card.js';
import { clearDrafts, field, fillInterest, outcome, root, submitButton } from '../forms/helpers.js';
import {
  day,
  daysBetween,
  focusedId,
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

async function search(server: ClockServer, posted: Posted) {
  const word = posted.title.split(' ').at(-1)!;
  return (await createClient({ baseUrl: server.apiBase }).opportunities.search({ q: word })).items.find((item) => item.id === posted.id);
}

describe('filled, shown as "besetzt" for a while', function () {
  this.timeout(0);
  let server: ClockServer;
  before(async () => {
    server = await startClockServer();
  });
  beforeEach(clearDrafts);

  it('manage page → badge on card and detail, notice instead of the form, a refused request keeps the text, gone after the day', async () => {
    const posted = await postedListing(server);

    // A visitor opened the contact form while the listing was still open.
    const formWrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <mitmachen-interest-form opportunity-id=${posted.id} api-base=${server.apiBase} privacy-url="/privacy"></mitmachen-interest-form>
    </div>`);
    const form = formWrapper.querySelector<MitmachenInterestForm>('mitmachen-interest-form')!;
    await fillInterest(form);

    // The author marks it filled and keeps it shown for five days, by keyboard.
    const manageWrapper = await fixture<HTMLDivElement>(html`<div lang="de">
      <mitmachen-manage api-base=${server.apiBase} token=${posted.token}></mitmachen-manage>
    </div>`);
    const manage = manageWrapper.querySelector<MitmachenManage>('mitmachen-manage')!;
    (await shows(manage, '#fill-button') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await shows(manage, '#manage-show-date');
    expect(textOf(manage, 'label[for="manage-show-date"]')).to.contain('„Besetzt“ noch zeigen bis');
    await expect(manage).to.be.accessible();
    setDate(manage, day(31), 'manage-show-date');
    shadow(manage).querySelector<HTMLElement>('#manage-show-date')!.focus();
    await sendKeys({ press: 'Enter' });
    await shows(manage, '#manage-show-error');
    expect(textOf(manage, '#manage-show-error')).to.contain('höchstens 30 Tage');
    expect(focusedId(manage)).to.equal('manage-show-date');
    expect(shadow(manage).querySelector<HTMLInputElement>('#manage-show-date')!.value, 'kept as typed').to.equal(day(31));
    await expect(manage).to.be.accessible();

    // The latest day both the browser (its own today + 30) and the server (whose clock other
    // tests may have moved ahead) allow: the most room for other files' clock moves meanwhile.
    const show = day(30);
    expect(daysBetween(await serverDay(), show), 'the shared clock is not a month ahead').to.be.greaterThan(5);
    setDate(manage, show, 'manage-show-date');
    await sendKeys({ press: 'Enter' });
    await shows(manage, '[data-state="filled"]');
    const shownDay = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${show}T00:00:00Z`));
    expect(textOf(manage, '#status')).to.contain(`Bis ${shownDay} zeigt die Suche ihn noch`);
    expect(textOf(manage, '.facts')).to.contain(`Als besetzt sichtbar bis ${shownDay}`);
    await expect(manage).to.be.accessible();

    // Still found, flagged: the card says "Besetzt" in words.
    const item = await search(server, posted);
    expect(item?.filled).to.equal(true);
    const card = await fixture<MitmachenOpportunityCard>(html`<div lang="de"><mitmachen-opportunity-card .opportunity=${item}></mitmachen-opportunity-card></div>`).then(
      (wrapper) => wrapper.querySelector<MitmachenOpportunityCard>('mitmachen-opportunity-card')!,
    );
    await until(() => card.shadowRoot?.querySelector('.card-badges') !== null);
    expect(card.shadowRoot!.querySelector('.card-badges li')!.textContent.trim()).to.equal('Besetzt');
    await expect(card).to.be.accessible();

    // The detail: a badge, and a notice where the contact form was.
    const detailWrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <mitmachen-opportunity opportunity-id=${posted.id} api-base=${server.apiBase}></mitmachen-opportunity>
    </div>`);
    const detail = detailWrapper.querySelector<MitmachenOpportunity>('mitmachen-opportunity')!;
    await until(() => detail.shadowRoot?.querySelector('[part="filled-badge"]') != null);
    expect(detail.shadowRoot!.querySelector('[part="filled-badge"]')!.textContent.trim()).to.equal('Filled');
    expect(detail.shadowRoot!.querySelector('[part="filled-notice"]')!.textContent).to.contain('already found enough people');
    expect(detail.shadowRoot!.querySelector('[part="contact-button"]'), 'no contact button').to.equal(null);
    await expect(detail).to.be.accessible();

    // The form opened before sends now: refused, said in English, nothing typed lost.
    submitButton(form).click();
    expect(await outcome(form)).to.equal('failure');
    expect(root(form).querySelector('.failure')?.textContent).to.contain('has been filled in the meantime');
    expect(root(form).querySelector('[part~="retry-button"]'), 'no retry for a filled listing').to.equal(null);
    expect(field(form, 'name').value).to.equal('Max Mustermann');
    expect(field<HTMLTextAreaElement>(form, 'message').value).to.equal('Ich hätte mittwochs Zeit und würde gern mitmachen.');
    await expect(form).to.be.accessible();

    // Its last day: still there. The day after: gone from search, and the detail is gone.
    const last = await executeServerCommand<{ summary: { unshown: number } }, object>('clock-server', { action: 'advance', days: daysBetween(await serverDay(), show) });
    expect(last.summary.unshown).to.equal(0);
    expect(await search(server, posted)).not.to.equal(undefined);
    const after = await executeServerCommand<{ summary: { unshown: number } }, object>('clock-server', { action: 'advance', days: 1 });
    expect(after.summary.unshown).to.be.at.least(1);
    expect(await search(server, posted)).to.equal(undefined);
  });
});
