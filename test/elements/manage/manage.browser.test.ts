/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/elements/src/manage/define.js';
import type { MitmachenManage } from '../../../packages/elements/src/manage/manage.js';
import type { MitmachenOpportunityForm } from '../../../packages/elements/src/opportunity-form/opportunity-form.js';
import { clearDrafts, recordingClient, type RecordingClient } from '../forms/helpers.js';
import { apiBase, day, focusedId, isPublic, postedListing, shadow, shows, textOf, until, type Posted } from './helpers.js';

async function managePage(token: string | undefined, lang = 'de', injected?: RecordingClient['client']): Promise<MitmachenManage> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <mitmachen-manage api-base=${apiBase} token=${token ?? ''} .client=${injected}></mitmachen-manage>
  </div>`);
  const element = wrapper.querySelector('mitmachen-manage')!;
  await until(() => shadow(element).querySelector('.loading') === null);
  await element.updateComplete;
  return element;
}

/** Presses a button as a keyboard user does: focus on it, Enter. */
async function press(element: MitmachenManage, id: string): Promise<void> {
  const button = await shows(element, `#${id}`);
  (button as HTMLElement).focus();
  await sendKeys({ press: 'Enter' });
}

async function stateIs(element: MitmachenManage, state: string): Promise<void> {
  await shows(element, `[data-state="${state}"]`);
}

describe('<mitmachen-manage>', function () {
  // Posting (proof of work), approving and issuing a link on a busy machine: no fixed limit fits.
  this.timeout(0);
  beforeEach(clearDrafts);

  it('says plainly that a wrong link does not work, and offers to send the links again (German)', async () => {
    const element = await managePage('not-a-real-token');
    await shows(element, '#bad-link');
    expect(textOf(element, '#bad-link')).to.contain('Dieser Link funktioniert nicht');
    expect(shadow(element).querySelector('#resend-email')).not.to.equal(null);
    await expect(element).to.be.accessible();

    // An address that is not wrong is answered the same, known or not.
    const email = shadow(element).querySelector<HTMLInputElement>('#resend-email')!;
    email.focus();
    await sendKeys({ type: 'nobody@example.org' });
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(element, '#resend-status') !== '');
    expect(textOf(element, '#resend-status')).to.contain('Wenn zu dieser Adresse Einträge gehören');
    expect(focusedId(element)).to.equal('resend-status');
    await expect(element).to.be.accessible();
  });

  it('in English, refuses an address that is none next to the field, and keeps what was typed', async () => {
    const element = await managePage('not-a-real-token', 'en');
    await shows(element, '#bad-link');
    expect(textOf(element, '#bad-link')).to.contain('This link does not work');
    const email = shadow(element).querySelector<HTMLInputElement>('#resend-email')!;
    email.focus();
    await sendKeys({ type: 'anna@' });
    await sendKeys({ press: 'Enter' });
    await shows(element, '#resend-error');
    expect(textOf(element, '#resend-error')).to.contain('Please enter an email address');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(focusedId(element)).to.equal('resend-email');
    expect(email.value).to.equal('anna@');
    await expect(element).to.be.accessible();
  });

  it('without a link says where to find it and offers the resend form', async () => {
    const element = await managePage(undefined);
    expect(textOf(element, '#bad-link')).to.contain('brauchen Sie den Link aus der E-Mail');
    expect(shadow(element).querySelector('#resend-email')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  describe('with a listing of its own', () => {
    let posted: Posted;
    before(async () => {
      posted = await postedListing();
    });

    it('reads the token from the address fragment and takes it out of the address', async () => {
      const before = location.href;
      history.replaceState(null, '', `#token=${posted.token}`);
      try {
        const element = await managePage(undefined);
        await stateIs(element, 'published');
        expect(location.hash).to.equal('');
        expect(location.href).not.to.contain(posted.token);
        expect(textOf(element, '#listing-title')).to.equal(posted.title);
        expect(textOf(element, '.facts')).to.contain('Noch keine');
        await expect(element).to.be.accessible();
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('pauses, resumes, extends, marks filled and withdraws by keyboard; each is in search at once and announced', async () => {
      const element = await managePage(posted.token);
      await stateIs(element, 'published');
      expect(await isPublic(posted.id)).to.equal(true);

      await press(element, 'pause-button');
      await stateIs(element, 'paused');
      expect(textOf(element, '#status')).to.contain('pausiert');
      expect(focusedId(element)).to.equal('listing-title');
      expect(await isPublic(posted.id)).to.equal(false);
      await expect(element).to.be.accessible();

      await press(element, 'resume-button');
      await stateIs(element, 'published');
      expect(textOf(element, '#status')).to.contain('wieder veröffentlicht');
      expect(await isPublic(posted.id)).to.equal(true);

      // Extend: the field opens with focus in it; a past date is refused next to it.
      await press(element, 'extend-button');
      await shows(element, '#manage-date');
      expect(focusedId(element)).to.equal('manage-date');
      const date = shadow(element).querySelector<HTMLInputElement>('#manage-date')!;
      date.value = '2020-01-01';
      date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await sendKeys({ press: 'Enter' });
      await shows(element, '#manage-date-error');
      expect(focusedId(element)).to.equal('manage-date');
      await expect(element).to.be.accessible();
      const newEnd = day(120);
      date.value = newEnd;
      date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await sendKeys({ press: 'Enter' });
      await until(() => textOf(element, '#status').includes('jetzt bis'));
      const shown = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${newEnd}T00:00:00Z`));
      expect(textOf(element, '#status')).to.contain(shown);
      expect(textOf(element, '.facts')).to.contain(shown);

      // Filled for good: the "until" day is optional, an empty field sends none.
      await press(element, 'fill-button');
      await shows(element, '#manage-date');
      expect(focusedId(element)).to.equal('manage-date');
      await sendKeys({ press: 'Enter' });
      await stateIs(element, 'filled');
      expect(textOf(element, '.facts')).not.to.contain('Besetzt bis');
      expect(textOf(element, '#status')).to.contain('besetzt');
      expect(await isPublic(posted.id)).to.equal(false);

      // Withdraw asks first; Cancel goes back to the button.
      await press(element, 'withdraw-button');
      await shows(element, '#withdraw-question');
      expect(focusedId(element)).to.equal('withdraw-question');
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => shadow(element).querySelector('#withdraw-question') === null);
      expect(focusedId(element)).to.equal('withdraw-button');
      await press(element, 'withdraw-button');
      await press(element, 'withdraw-confirm');
      await stateIs(element, 'withdrawn');
      expect(textOf(element, '#status')).to.contain('zurückgezogen');
      expect(shadow(element).querySelector('#withdraw-button')).to.equal(null);
      expect(await isPublic(posted.id)).to.equal(false);
      await expect(element).to.be.accessible();
    });
  });

  it('edits with the posting form, pre-filled; a changed text goes back to review, said in English', async () => {
    const posted = await postedListing();
    const element = await managePage(posted.token, 'en');
    await stateIs(element, 'published');
    await press(element, 'edit-button');
    const form = (await shows(element, 'mitmachen-opportunity-form')) as MitmachenOpportunityForm;
    await until(() => form.shadowRoot?.querySelector('[aria-busy="true"]') === null && form.shadowRoot?.querySelector('#f-title') != null);
    await form.updateComplete;
    const title = form.shadowRoot!.querySelector<HTMLInputElement>('#f-title')!;
    expect(title.value).to.equal(posted.title);
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#f-city')!.value).to.equal('Meißen');
    expect(form.shadowRoot!.querySelector('#f-consent'), 'no consent asked again').to.equal(null);
    await expect(element).to.be.accessible();

    title.focus();
    await sendKeys({ type: ' (neu)' });
    await sendKeys({ press: 'Enter' });
    await stateIs(element, 'pending');
    expect(textOf(element, '#status')).to.contain('reviews the listing again');
    expect(textOf(element, '#listing-title')).to.equal(`${posted.title} (neu)`);
    expect(focusedId(element)).to.equal('listing-title');
    expect(await isPublic(posted.id)).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('keeps the edits when the connection fails, and saves them on the next try', async () => {
    const posted = await postedListing();
    const recording = recordingClient();
    const element = await managePage(posted.token, 'de', recording.client);
    await stateIs(element, 'published');
    await press(element, 'edit-button');
    const form = (await shows(element, 'mitmachen-opportunity-form')) as MitmachenOpportunityForm;
    await until(() => form.shadowRoot?.querySelector('[aria-busy="true"]') === null && form.shadowRoot?.querySelector('#f-contactPhone') != null);
    const phone = form.shadowRoot!.querySelector<HTMLInputElement>('#f-contactPhone')!;
    phone.focus();
    await sendKeys({ type: '03521 123456' });
    recording.loseNext('before');
    await sendKeys({ press: 'Enter' });
    await until(() => form.shadowRoot!.querySelector('.failure') !== null);
    expect((form.shadowRoot!.querySelector('.failure')!.textContent ?? '').replace(/\s+/g, ' ')).to.contain('Nichts ist verloren');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#f-contactPhone')!.value).to.equal('03521 123456');
    await expect(element).to.be.accessible();

    // The retry button sends the same changes; only contact changed, so it stays published.
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await stateIs(element, 'published');
    expect(textOf(element, '#status')).to.equal('Ihre Änderungen sind gespeichert.');
    expect(await isPublic(posted.id)).to.equal(true);
  });
});
