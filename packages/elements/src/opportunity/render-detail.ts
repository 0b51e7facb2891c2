import type { Opportunity } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { formatDateTimeRange, formatDay } from '../format/detail-dates.js';
import { intlLocale, type Lang } from '../format/locale.js';
import { formatAddress, openStreetMapUrl } from '../format/address.js';
import { formatPlace } from '../format/place.js';
import { formatSchedule } from '../format/weekly-schedule.js';
import type { TaxonomyKind, TaxonomyLabels } from '../format/taxonomy.js';
import { SAFE_IMAGE_SCHEMES, safeUrl } from '../format/url.js';
import type { CalendarFile } from './calendar-file.js';
import type { DetailMessages } from './opportunity.messages.js';

/** What the share button last did, shown next to it and announced. */
export type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

export interface DetailView {
  opportunity: Opportunity;
  lang: Lang;
  msg: DetailMessages;
  labels: TaxonomyLabels | undefined;
  /** Level of the title; sections get the next one. */
  headingLevel: 2 | 3 | 4;
  /** The sanitised description, an element kept across renders (see `MitmachenOpportunity`). */
  description: HTMLElement;
  calendar: CalendarFile | undefined;
  share: ShareState;
  /** Whether the contact form is open below the contact button. */
  contactOpen: boolean;
  /** The contact form (`<mitmachen-interest-form>`) once it was first opened. */
  contactForm: TemplateResult | typeof nothing;
  onShare: () => void;
  onContact: () => void;
  /** The listing came translated: the German original can be shown instead (`originalShown`). */
  translated: boolean;
  originalShown: boolean;
  onToggleOriginal: () => void;
}

const HEADINGS: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`];

function heading(level: number, content: unknown, attributes: { title?: boolean; lang?: string } = {}) {
  const tag = HEADINGS[level - 2] ?? literal`h5`;
  return attributes.title
    ? staticHtml`<${tag} class="title" part="title" tabindex="-1" data-focus lang=${attributes.lang ?? 'de'} dir="auto">${content}</${tag}>`
    : staticHtml`<${tag} class="section-title" part="section-title">${content}</${tag}>`;
}

/** Ids as names, leaving out those the taxonomy (not loaded yet, or older) does not know. */
function names(labels: TaxonomyLabels | undefined, kind: TaxonomyKind, ids: readonly string[]): string[] {
  return ids.flatMap((id) => labels?.(kind, id) ?? []);
}

function list(items: readonly string[], dataLang?: 'de') {
  return html`<ul lang=${dataLang ?? nothing}>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

function section(level: number, title: string, body: unknown, name: string) {
  return html`<section class="section ${name}" part="section ${name}">${heading(level, title)} ${body}</section>`;
}

export function renderDetail(view: DetailView): TemplateResult {
  const { opportunity: item, msg, headingLevel } = view;
  const sub = headingLevel + 1;
  const website = item.organisation.website === undefined ? undefined : safeUrl(item.organisation.website, SAFE_IMAGE_SCHEMES);
  const image = item.image === undefined ? undefined : safeUrl(item.image.url, SAFE_IMAGE_SCHEMES);
  const benefits = names(view.labels, 'benefits', item.benefits);
  const features = names(view.labels, 'accessibilityFeatures', item.accessibility.features);
  return html`<article class="detail" part="detail">
    <header class="header">
      ${heading(headingLevel, item.title, { title: true, lang: item.textLang ?? 'de' })}
      <p class="organisation" part="organisation">
        <span class="visually-hidden">${msg.organisation}: </span>
        ${website === undefined
          ? html`<span lang="de">${item.organisation.name}</span>`
          : html`<a href=${website} rel="noopener" lang="de">${item.organisation.name}</a>`}
      </p>
      ${item.filled ? html`<p class="filled" part="filled-badge">${msg.filled}</p>` : nothing}
    </header>
    ${image === undefined
      ? nothing
      : html`<img class="image" part="image" src=${image} alt=${item.image!.alt} lang="de" loading="lazy" decoding="async" />`}
    ${view.translated
      ? html`<p class="original-toggle">
          <button class="button" type="button" part="original-toggle" aria-pressed=${view.originalShown ? 'true' : 'false'} @click=${view.onToggleOriginal}>
            ${msg.germanOriginal}
          </button>
        </p>`
      : nothing}
    <p class="summary" part="summary" lang=${item.textLang ?? 'de'} dir="auto">${item.summary}</p>
    ${renderFacts(view)}
    ${section(sub, msg.description, view.description, 'description')}
    ${item.tasks.length === 0 ? nothing : section(sub, msg.tasks, list(item.tasks, 'de'), 'tasks')}
    ${item.requirements.length === 0 ? nothing : section(sub, msg.requirements, list(item.requirements, 'de'), 'requirements')}
    ${benefits.length === 0 ? nothing : section(sub, msg.benefits, list(benefits), 'benefits')}
    ${features.length === 0 && item.accessibility.note === undefined
      ? nothing
      : section(
          sub,
          msg.accessibility,
          html`${features.length === 0 ? nothing : list(features)}
          ${item.accessibility.note === undefined ? nothing : html`<p lang="de">${item.accessibility.note}</p>`}`,
          'accessibility',
        )}
    ${section(sub, msg.schedule, renderSchedule(view), 'schedule')} ${section(sub, msg.location, renderLocation(view), 'location')}
    ${section(sub, msg.contact, renderContact(view), 'contact')} ${renderShare(view)}
    <footer class="dates" part="dates">
      <p>${msg.posted(formatDay(item.createdAt, view.lang))}</p>
      ${item.expiresAt === undefined ? nothing : html`<p>${msg.expires(formatDay(item.expiresAt, view.lang))}</p>`}
    </footer>
  </article>`;
}

function renderFacts({ opportunity: item, msg, lang, labels }: DetailView) {
  const categories = names(labels, 'categories', item.categories);
  const suits = names(labels, 'targetGroups', item.targetGroups);
  const languageNames = new Intl.DisplayNames(intlLocale(lang), { type: 'language' });
  const languages = item.languages.flatMap((code) => languageNames.of(code) ?? []);
  const placeName = formatPlace(item.location);
  // A place's name is German (the listing's), "online" is the page's language.
  const fact = (term: string, value: string | undefined, valueLang?: 'de') =>
    value === undefined || value === '' ? nothing : html`<div><dt>${term}</dt><dd lang=${valueLang ?? nothing}>${value}</dd></div>`;
  const join = (values: readonly string[]) => values.join(', ');
  return html`<dl class="facts" part="facts">
    ${placeName === undefined ? fact(msg.place, msg.remote) : fact(msg.place, placeName, 'de')} ${fact(msg.time, formatSchedule(item.schedule, lang, { maxDates: 3 }))}
    ${fact(msg.categories, join(categories))} ${fact(msg.suits, join(suits))}
    ${fact(msg.minimumAge, item.minimumAge === undefined ? undefined : msg.years(item.minimumAge))}
    ${fact(msg.languages, join(languages))}
  </dl>`;
}

function renderSchedule({ opportunity: { schedule }, lang, msg, calendar }: DetailView) {
  const dates =
    schedule.type === 'one-time'
      ? html`<ul class="dates-list" aria-label=${msg.dates}>
          ${schedule.dates.map((date) => html`<li>${formatDateTimeRange(date, lang)}</li>`)}
        </ul>`
      : nothing;
  // A one-time listing's dates with their times say all that the words would.
  return html`${schedule.type === 'one-time' ? nothing : html`<p>${formatSchedule(schedule, lang)}</p>`} ${dates} ${schedule.note === undefined ? nothing : html`<p lang="de">${schedule.note}</p>`}
    ${calendar === undefined
      ? nothing
      : html`<p>
          <a class="calendar" part="calendar-link" href=${calendar.href} download=${calendar.fileName}>${msg.calendar}</a>
        </p>`}`;
}

function renderLocation({ opportunity: { location }, msg, labels }: DetailView) {
  const region = labels?.('regions', location.region);
  const where =
    location.address === undefined ? (formatPlace(location) ?? '') : formatAddress(location.address);
  const map =
    location.type === 'remote' || location.coordinates === undefined
      ? nothing
      : html`<p>
          <a class="map" part="map-link" href=${openStreetMapUrl(location.coordinates)} rel="noopener external">${msg.map}</a>
        </p>`;
  return html`${location.type === 'onsite' ? nothing : html`<p>${location.type === 'remote' ? msg.remote : msg.hybrid}</p>`}
    ${where === '' ? nothing : html`<p lang="de">${where}</p>`} ${region === undefined ? nothing : html`<p>${region}</p>`} ${map}`;
}

function renderContact({ opportunity: { contact, filled }, msg, onContact, contactOpen, contactForm }: DetailView) {
  const email = contact?.email === undefined ? undefined : safeUrl(`mailto:${contact.email}`);
  // The number is the organisation's; only digits and "+" go into the tel: link.
  const phone = contact?.phone?.replace(/[^0-9+]/g, '');
  const person =
    contact === undefined
      ? nothing
      : html`<dl class="contact-person" part="contact-person">
          <div><dt class="visually-hidden">${msg.contact}</dt><dd lang="de">${contact.name}</dd></div>
          ${email === undefined
            ? nothing
            : html`<div><dt>${msg.email}</dt><dd><a href=${email}>${contact.email}</a></dd></div>`}
          ${phone === undefined || phone === ''
            ? nothing
            : html`<div><dt>${msg.phone}</dt><dd><a href="tel:${phone}">${contact.phone}</a></dd></div>`}
        </dl>`;
  // Filled: the server refuses requests (409), so none is offered; the notice says why.
  if (filled) return html`${person}<p class="filled-notice" part="filled-notice">${msg.filledNotice}</p>`;
  return html`${person}
    <p class="hint" id="contact-hint">${msg.contactRequestHint}</p>
    <button
      class="button primary"
      part="contact-button"
      type="button"
      aria-describedby="contact-hint"
      aria-expanded=${contactOpen ? 'true' : 'false'}
      aria-controls="contact-form"
      @click=${onContact}
    >
      ${msg.contactRequest}
    </button>
    <div id="contact-form" class="contact-form" part="contact-form" ?hidden=${!contactOpen}>${contactForm}</div>`;
}

function renderShare({ msg, share, onShare }: DetailView) {
  return html`<div class="share" part="share">
    <button class="button" part="share-button" type="button" @click=${onShare}>${msg.share}</button>
    <div class="share-status" role="status">
      ${share.kind === 'copied' ? html`<p>${msg.copied}</p>` : nothing}
      ${share.kind === 'failed'
        ? html`<p><label for="share-url">${msg.copyFailed}</label></p>
            <input id="share-url" readonly .value=${share.url} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />`
        : nothing}
    </div>
  </div>`;
}
