import type { Offer, OpportunityListItem } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDistance } from '../format/distance.js';
import type { Lang } from '../format/locale.js';
import { formatPlace } from '../format/place.js';
import { formatAvailability, formatScheduleSummary } from '../format/schedule.js';
import type { TaxonomyLabels } from '../format/taxonomy.js';
import { SAFE_IMAGE_SCHEMES, safeUrl } from '../format/url.js';
import { cardMessages, type CardMessages } from './opportunity-card.messages.js';

export interface CardOptions {
  lang: Lang;
  /** The card's words; the catalogue for `lang` when not given. */
  msg?: CardMessages;
  /** Names for category ids; without it (or while a name is unknown) categories are left out. */
  taxonomyLabels?: TaxonomyLabels;
  /** The level of the title heading, for the page's outline. 3 when not given. */
  headingLevel?: 2 | 3 | 4;
  /** Where the card leads; without it the title is a button. */
  href?: string;
  /** Called when the card is chosen (click, Enter); a link's navigation can be prevented here. */
  onSelect?: (id: string, event: Event) => void;
}

/** Dates a card names before it only counts the rest. */
const CARD_MAX_DATES = 3;

/**
 * One opportunity as a card: an <article> whose title holds the card's only link or button, made
 * to cover the whole card by `.link::after`, so the card is clickable everywhere but is one tab
 * stop and reads as its title. Everything else is plain text after the heading.
 */
export function renderOpportunityCard(item: OpportunityListItem, options: CardOptions): TemplateResult {
  const msg = options.msg ?? cardMessages[options.lang];
  return card(
    item,
    options,
    msg,
    html`<p class="organisation" part="card-organisation" lang="de" dir="auto">${item.organisation.name}</p>`,
    formatPlace(item.location) ?? msg.online,
    formatScheduleSummary(item.schedule, options.lang, { maxDates: CARD_MAX_DATES }),
    html`<p class="summary" part="card-summary" lang=${item.textLang ?? 'de'} dir="auto">${item.summary}</p>`,
    [
      item.location.type !== 'onsite' && msg.onlinePossible,
      item.targetGroups.includes('young-people') && msg.youngPeople,
      item.accessibility.features.includes('step-free') && msg.accessible,
    ],
    image(item.image),
  );
}

/** A volunteer's own offer as a card, built like the opportunity card. */
export function renderOfferCard(item: Offer, options: CardOptions): TemplateResult {
  const msg = options.msg ?? cardMessages[options.lang];
  return card(
    item,
    options,
    msg,
    html`<p class="organisation" part="card-organisation">${msg.offeredBy(item.displayName)}</p>`,
    item.area.radiusKm > 0 ? msg.around(item.area.place, formatDistance(item.area.radiusKm, options.lang)) : item.area.place,
    formatAvailability(item.availability, options.lang),
    nothing,
    [],
    nothing,
  );
}

/** What both cards have: title, who, where and when, categories and badges ("Besetzt" first, a word, not a colour). */
function card(
  item: Pick<OpportunityListItem, 'id' | 'title' | 'textLang' | 'categories' | 'distanceKm' | 'filled'>,
  options: CardOptions,
  msg: CardMessages,
  who: TemplateResult,
  place: string,
  time: string,
  summary: TemplateResult | typeof nothing,
  badges: Array<string | false>,
  picture: TemplateResult | typeof nothing,
): TemplateResult {
  const distance = item.distanceKm === undefined ? '' : ` · ${msg.away(formatDistance(item.distanceKm, options.lang))}`;
  const categories = item.categories.flatMap((id) => options.taxonomyLabels?.('categories', id) ?? []);
  const shown = [item.filled && msg.filled, ...badges].filter((badge): badge is string => !!badge);
  return html`<article class="card" part="card">
    <div class="card-body">
      ${heading(item.id, item.title, options, item.textLang)} ${who}
      <ul class="facts" part="card-facts">
        <li><span class="visually-hidden">${msg.place}: </span>${place}${distance}</li>
        <li><span class="visually-hidden">${msg.time}: </span>${time}</li>
      </ul>
      ${summary} ${tags(categories, msg.categories, 'card-categories')} ${tags(shown, msg.features, 'card-badges')}
    </div>
    ${picture}
  </article>`;
}

/** `lang` is the language the listing's texts came in (a translation, or German). */
function heading(id: string, title: string, { headingLevel = 3, href, onSelect }: CardOptions, lang = 'de'): TemplateResult {
  const select = (event: Event) => onSelect?.(id, event);
  const target =
    href === undefined
      ? html`<button class="link" type="button" part="card-link" lang=${lang} @click=${select}><bdi>${title}</bdi></button>`
      : html`<a class="link" href=${href} part="card-link" lang=${lang} @click=${select}><bdi>${title}</bdi></a>`;
  // <bdi>: a title keeps its own direction on a page of the other direction and still starts on
  // the page's side. Three templates rather than lit/static-html: the cheapest way to a variable heading level.
  if (headingLevel === 2) return html`<h2 class="title" part="card-title">${target}</h2>`;
  if (headingLevel === 4) return html`<h4 class="title" part="card-title">${target}</h4>`;
  return html`<h3 class="title" part="card-title">${target}</h3>`;
}

function tags(labels: readonly string[], name: string, part: string) {
  if (labels.length === 0) return nothing;
  return html`<ul class="tags ${part}" part=${part} aria-label=${name}>
    ${labels.map((label) => html`<li>${label}</li>`)}
  </ul>`;
}

function image(data: OpportunityListItem['image']) {
  const src = data === undefined ? undefined : safeUrl(data.url, SAFE_IMAGE_SCHEMES);
  if (data === undefined || src === undefined) return nothing;
  return html`<img class="image" part="card-image" src=${src} alt=${data.alt} loading="lazy" decoding="async" />`;
}
