import type { Queue, QueueItem, QueueTab, Region } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { formatAge, formatDateTime } from '../internal/dates.js';
import type { LabelMessages } from '../internal/labels.messages.js';
import type { LifecycleTab } from '../lifecycle/lifecycle.js';
import type { Lang } from '../internal/localize.js';
import { itemKey, PAGE_SIZE, type QueueFilters } from './queue-controller.js';
import type { QueueMessages } from './queue.messages.js';

export interface ListView {
  msg: QueueMessages;
  labels: LabelMessages;
  lang: Lang;
  tab: QueueTab | LifecycleTab;
  queue: Queue | undefined;
  filters: QueueFilters;
  regions: Region[];
  operator: boolean;
  current: QueueItem | undefined;
  selection: ReadonlySet<string>;
  page: number;
  onTab: (tab: QueueTab | LifecycleTab, focus: boolean) => void;
  onFilters: (filters: QueueFilters) => void;
  onOpen: (item: QueueItem) => void;
  onSelect: (item: QueueItem, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  onPage: (page: number) => void;
}

const TABS: Array<QueueTab | LifecycleTab> = ['postings', 'reports', 'expiring', 'unanswered'];
const AGES = [24, 72, 168];

export function tabLabel(tab: QueueTab | LifecycleTab, msg: QueueMessages): string {
  return { postings: msg.tabPostings, reports: msg.tabReports, expiring: msg.tabExpiring, unanswered: msg.tabUnanswered }[tab];
}

/** The tabs, ARIA's pattern: one tab stop, arrows move between them. */
export function renderTabs(view: ListView): TemplateResult {
  const { msg, queue, tab } = view;
  const keydown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] as QueueTab | LifecycleTab;
    view.onTab(next, true);
  };
  return html`<div role="tablist" aria-label=${msg.tabs} @keydown=${keydown}>
    ${TABS.map((one) => {
      const count = one === 'postings' || one === 'reports' ? queue?.counts[one] : undefined;
      return html`<button
        role="tab"
        id="tab-${one}"
        aria-selected=${one === tab ? 'true' : 'false'}
        aria-controls="list-panel"
        tabindex=${one === tab ? '0' : '-1'}
        @click=${() => view.onTab(one, false)}
      >
        ${tabLabel(one, msg)} ${count === undefined ? nothing : html`<span class="count">(${count})</span>`}
      </button>`;
    })}
  </div>`;
}

export function renderFilters(view: ListView): TemplateResult {
  const { msg, labels, filters } = view;
  const change = (patch: Partial<QueueFilters>) => view.onFilters({ ...filters, ...patch });
  const value = (event: Event) => (event.target as HTMLSelectElement).value;
  return html`<fieldset class="filters">
    <legend>${msg.filters}</legend>
    <div class="field">
      <label for="filter-kind">${msg.kind}</label>
      <select id="filter-kind" @change=${(event: Event) => change({ kind: (value(event) || undefined) as QueueFilters['kind'] })}>
        <option value="" ?selected=${filters.kind === undefined}>${msg.anyKind}</option>
        <option value="opportunity" ?selected=${filters.kind === 'opportunity'}>${labels.kinds.opportunity}</option>
        <option value="offer" ?selected=${filters.kind === 'offer'}>${labels.kinds.offer}</option>
      </select>
    </div>
    <div class="field">
      <label for="filter-region">${msg.region}</label>
      <select id="filter-region" @change=${(event: Event) => change({ region: (value(event) || undefined) as Region | undefined })}>
        <option value="" ?selected=${filters.region === undefined}>${msg.anyRegion}</option>
        ${view.regions.map((region) => html`<option value=${region} ?selected=${filters.region === region}>${labels.regions[region]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="filter-age">${msg.age}</label>
      <select id="filter-age" @change=${(event: Event) => change({ olderThanHours: value(event) === '' ? undefined : Number(value(event)) })}>
        <option value="" ?selected=${filters.olderThanHours === undefined}>${msg.anyAge}</option>
        ${AGES.map((hours) => html`<option value=${hours} ?selected=${filters.olderThanHours === hours}>${msg.ages[hours]}</option>`)}
      </select>
    </div>
    ${view.operator
      ? html`<div class="field">
          <label for="filter-scope">${msg.scope}</label>
          <select id="filter-scope" @change=${(event: Event) => change({ agencyId: value(event) || undefined })}>
            <option value="" ?selected=${filters.agencyId === undefined}>${msg.scopeAll}</option>
            <option value="none" ?selected=${filters.agencyId === 'none'}>${msg.scopeNone}</option>
          </select>
        </div>`
      : nothing}
  </fieldset>`;
}

export function renderList(view: ListView): TemplateResult {
  const { msg, labels, lang, queue, current, selection } = view;
  if (queue === undefined) return html``;
  const filtered = Object.values(view.filters).some((value) => value !== undefined);
  if (queue.items.length === 0) return html`<p class="notice empty">${filtered ? msg.emptyFiltered : msg.empty}</p>`;
  const allSelected = queue.items.every((item) => selection.has(itemKey(item)));
  const pages = Math.max(1, Math.ceil(queue.total / PAGE_SIZE));
  return html`<label class="select-all"
      ><input type="checkbox" .checked=${allSelected} @change=${(event: Event) => view.onSelectAll((event.target as HTMLInputElement).checked)} />
      ${msg.selectAll}</label
    >
    <ul class="list" aria-label=${msg.list(tabLabel(view.tab, msg), queue.total)}>
      ${queue.items.map((item) => {
        const key = itemKey(item);
        const claim = item.claim;
        const age = formatAge(item.report?.createdAt ?? item.createdAt, lang);
        return html`<li class="row" aria-current=${current !== undefined && itemKey(current) === key ? 'true' : 'false'}>
          <input
            type="checkbox"
            id="select-${key}"
            aria-label=${msg.select(item.title)}
            .checked=${selection.has(key)}
            @change=${(event: Event) => view.onSelect(item, (event.target as HTMLInputElement).checked)}
          />
          <div class="row-text">
            <button type="button" class="open" data-key=${key} @click=${() => view.onOpen(item)}><span lang="de">${item.title}</span></button>
            <p class="muted">
              <span>${labels.kinds[item.kind]}</span> · <span>${item.place ?? labels.regions[item.region]}</span> ·
              <span>${item.report === undefined ? msg.waiting(age) : msg.reported(age)}</span>
            </p>
            ${item.report === undefined ? nothing : html`<p class="report-reason" lang="de">${item.report.reason}</p>`}
            ${claim == null
              ? nothing
              : html`<p class="claim-line">
                  ${claim.mine ? msg.claimedByMe(formatDateTime(claim.until, lang)) : msg.claimedBy(claim.email, formatDateTime(claim.until, lang))}
                </p>`}
          </div>
        </li>`;
      })}
    </ul>
    ${pages <= 1
      ? nothing
      : html`<nav class="pager" aria-label=${msg.page(view.page, pages)}>
          <button type="button" ?disabled=${view.page <= 1} @click=${() => view.onPage(view.page - 1)}>${msg.previousPage}</button>
          <span>${msg.page(view.page, pages)}</span>
          <button type="button" ?disabled=${view.page >= pages} @click=${() => view.onPage(view.page + 1)}>${msg.nextPage}</button>
        </nav>`}`;
}
