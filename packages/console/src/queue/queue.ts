import type { ConsoleSession, ManageLinkIssued, Queue, QueueItem, QueueItemDetail, QueueTab, ReasonTemplate, Region } from '@mitmachen/contract';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import '@mitmachen/elements/opportunity/define.js';
import '../lifecycle/define.js';
import type { LifecycleTab } from '../lifecycle/lifecycle.js';
import { commonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { labelMessages } from '../internal/labels.messages.js';
import { LocalizeController } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import type { EditForm, ReasonForm } from './forms.js';
import { itemMessages } from './item.messages.js';
import { closeForms, itemAction, openReasonForm, reasonHandlers } from './item-forms.js';
import { addNote, bulk, manageLinks, saveEdit, selectedItems, type QueueWords } from './queue-actions.js';
import { onQueueKey } from './queue-keyboard.js';
import { itemKey, QueueController, type QueueApi, type QueueFilters } from './queue-controller.js';
import { queueMessages } from './queue.messages.js';
import { queueStyles } from './queue.styles.js';
import { renderItem, type ItemAction } from './render-item.js';
import { renderFilters, renderList, renderTabs, type ListView } from './render-list.js';
import { renderBulkBar, type BulkResult } from './render-bulk.js';
import { renderKeysDialog } from './render-keys.js';

/**
 * The review queue: tabs with counts, filters, the list (oldest first) with selection for bulk
 * decisions, and the open item as citizens will see it with everything a reviewer needs.
 * Keys: j/k next/previous, a approve, r reject, e edit, ? the overview (never while typing).
 * Results are shown and announced in a live region; after a decision, focus moves to the next
 * item's title.
 *
 * Data comes from `api` (the console sets it); stories set `queue`, `current` and `detail` instead.
 */
export class MitmachenConsoleQueue extends LitElement {
  static readonly version = VERSION;
  static override styles = queueStyles;

  @property({ attribute: false }) api?: QueueApi;
  /** The signed-in session: the region filter offers the agency's regions; operators get the scope filter. */
  @property({ attribute: false }) session?: ConsoleSession;
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** `expiring` and `unanswered` are the lifecycle tabs (lifecycle/lifecycle.ts). */
  @property() tab: QueueTab | LifecycleTab = 'postings';
  @property({ attribute: false }) filters: QueueFilters = {};
  @property({ type: Number }) page = 1;
  @property({ attribute: false }) queue?: Queue;
  @property({ attribute: false }) listError?: unknown;
  @property({ type: Boolean, attribute: 'list-loading' }) listLoading = false;
  @property({ attribute: false }) current?: QueueItem;
  @property({ attribute: false }) detail?: QueueItemDetail;
  @property({ attribute: false }) detailError?: unknown;
  @property({ type: Boolean, attribute: 'detail-loading' }) detailLoading = false;
  @property({ attribute: false }) templates: ReasonTemplate[] = [];
  @property({ attribute: false }) selection: ReadonlySet<string> = new Set();

  // Not private: the actions in queue-actions.ts work on them (the QueueHost interface).
  /** @internal */ @state() reasonForm?: ReasonForm;
  /** @internal */ @state() editForm?: EditForm;
  /** @internal */ @state() noteText = '';
  /** @internal */ @state() noteError?: string;
  /** @internal */ @state() busy = false;
  /** The live region's words: the last result. */
  @state() private announcement = '';
  @state() private announcementFailed = false;
  /** @internal */ @state() bulkResults: BulkResult[] = [];
  /** @internal A manage link just issued for the open item, shown until another opens. */
  @state() manageLink?: ManageLinkIssued;

  @query('dialog') private keysDialog?: HTMLDialogElement;

  readonly #localize = new LocalizeController(this, queueMessages);
  readonly #item = new LocalizeController(this, itemMessages);
  readonly #labels = new LocalizeController(this, labelMessages);
  readonly #common = new LocalizeController(this, commonMessages);
  readonly controller = new QueueController(this);
  /** What to focus once the next render is done: a selector in the shadow root. */
  #focusNext: string | undefined;
  readonly #keydown = (event: KeyboardEvent) => onQueueKey(this, event);

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#keydown);
    void this.controller.loadTemplates();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#keydown);
  }

  /** Focus goes to the screen's heading. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api !== undefined && changed.get('api') === undefined && this.hasUpdated) void this.controller.reload();
  }

  protected override updated(): void {
    const selector = this.#focusNext;
    if (selector === undefined) return;
    this.#focusNext = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<div class="top">
        <h1 tabindex="-1">${msg.heading}</h1>
        <button type="button" @click=${() => this.showKeys()}>${msg.keysButton}</button>
      </div>
      <div role="status" class="live ${this.announcementFailed ? 'failed' : ''}">${this.announcement}</div>
      <div class="columns ${this.#lifecycleTab() ? 'single' : ''}">
        <div class="list-pane">
          ${renderTabs(this.#listView())}
          <div role="tabpanel" id="list-panel" aria-labelledby="tab-${this.tab}" aria-busy=${this.listLoading ? 'true' : 'false'}>
            ${this.#lifecycleTab()
              ? html`<mitmachen-console-lifecycle
                  .api=${this.api}
                  .tab=${this.tab}
                  .agency=${this.session?.account.role === 'agency_admin' ? (this.session.agency ?? undefined) : undefined}
                  theme=${this.theme ?? nothing}
                ></mitmachen-console-lifecycle>`
              : html`${renderFilters(this.#listView())} ${this.#renderBulk()} ${this.#renderListState()}`}
          </div>
        </div>
        ${this.#lifecycleTab() ? nothing : html`<div class="item-pane">${this.#renderItemPane()}</div>`}
      </div>
      ${renderKeysDialog(msg)}`;
  }

  #listView(): ListView {
    const role = this.session?.account.role;
    const regions = (this.session?.agency?.regions ?? (Object.keys(this.#labels.msg.regions) as Region[])).slice();
    return {
      msg: this.#localize.msg,
      labels: this.#labels.msg,
      lang: this.#localize.lang,
      tab: this.tab,
      queue: this.queue,
      filters: this.filters,
      regions,
      operator: role === 'operator',
      current: this.current,
      selection: this.selection,
      page: this.page,
      onTab: (tab, focus) => this.#setTab(tab, focus),
      onFilters: (filters) => {
        this.filters = filters;
        this.page = 1;
        void this.controller.reload();
      },
      onOpen: (item) => void this.open(item),
      onSelect: (item, selected) => {
        const next = new Set(this.selection);
        if (selected) next.add(itemKey(item));
        else next.delete(itemKey(item));
        this.selection = next;
      },
      onSelectAll: (selected) => {
        this.selection = selected ? new Set(this.queue?.items.map(itemKey)) : new Set();
      },
      onPage: (page) => {
        this.page = page;
        void this.controller.reload();
      },
    };
  }

  #renderListState() {
    if (this.listError !== undefined) {
      return html`<div class="notice problem">
        <p>${describeError(this.listError, this.#common.msg)}</p>
        <button type="button" @click=${() => void this.controller.reload()}>${this.#common.msg.retry}</button>
      </div>`;
    }
    if (this.queue === undefined) return html`<p class="notice">${this.#common.msg.loading}</p>`;
    return renderList(this.#listView());
  }

  #renderBulk() {
    const items = selectedItems(this);
    return renderBulkBar({
      msg: this.#localize.msg,
      item: this.#item.msg,
      count: items.length,
      busy: this.busy,
      form: this.reasonForm?.bulk ? this.reasonForm : undefined,
      templates: this.templates,
      results: this.bulkResults,
      onApprove: () => void bulk(this, 'approve'),
      onReject: () => openReasonForm(this, 'reject', true),
      onClear: () => {
        this.selection = new Set();
      },
      reason: reasonHandlers(this),
    });
  }

  #renderItemPane() {
    const item = this.current;
    if (item === undefined) return html`<p class="notice">${this.#localize.msg.noItem}</p>`;
    if (this.detailError !== undefined) {
      return html`<div class="notice problem">
        <h2 tabindex="-1" id="item-title" lang="de">${item.title}</h2>
        <p>${describeError(this.detailError, this.#common.msg)}</p>
        <button type="button" @click=${() => void this.open(item)}>${this.#common.msg.retry}</button>
      </div>`;
    }
    if (this.detail === undefined) {
      return html`<div aria-busy="true">
        <h2 tabindex="-1" id="item-title" lang="de">${item.title}</h2>
        <p>${this.#common.msg.loading}</p>
      </div>`;
    }
    return renderItem({
      item,
      detail: this.detail,
      msg: this.#item.msg,
      labels: this.#labels.msg,
      lang: this.#localize.lang,
      apiBase: (this.api as { base?: string } | undefined)?.base,
      templates: this.templates,
      reasonForm: this.reasonForm,
      editForm: this.editForm,
      noteText: this.noteText,
      noteError: this.noteError,
      busy: this.busy,
      onAction: (action) => this.act(action),
      onReclaim: () => void this.controller.reclaim(),
      reason: reasonHandlers(this),
      edit: {
        change: (form) => (this.editForm = form),
        submit: (form) => void saveEdit(this, form),
        cancel: () => closeForms(this, '[data-action="edit"]'),
      },
      onNoteInput: (text) => {
        this.noteText = text;
        this.noteError = undefined;
      },
      onNoteSubmit: () => void addNote(this),
      manageLink: this.manageLink,
      onManageLink: (action) => void manageLinks(this, action),
    });
  }

  /** @internal Opens the keys overview. */
  showKeys(): void {
    this.keysDialog?.showModal();
  }

  /** @internal The keys overview is open. */
  get keysOpen(): boolean {
    return this.keysDialog?.open === true;
  }

  /** @internal A lifecycle tab is shown (queue-keyboard.ts: no review keys there). */
  get onLifecycleTab(): boolean {
    return this.#lifecycleTab();
  }

  /** @internal What an item's button (or key) does (item-forms.ts). */
  act(action: ItemAction): void {
    itemAction(this, action);
  }

  // ── Navigation ────────────────────────────────────────────────────────────

  #lifecycleTab(): boolean {
    return this.tab === 'expiring' || this.tab === 'unanswered';
  }

  #setTab(tab: QueueTab | LifecycleTab, focus: boolean): void {
    if (focus) this.#focusNext = `#tab-${tab}`;
    if (tab === this.tab) return;
    this.tab = tab;
    this.page = 1;
    this.selection = new Set();
    this.current = undefined;
    this.detail = undefined;
    void this.controller.reload();
  }

  /** @internal Opens `item` (claiming it) and focuses its title once loaded. */
  async open(item: QueueItem): Promise<void> {
    this.reasonForm = this.reasonForm?.bulk ? this.reasonForm : undefined;
    this.editForm = undefined;
    this.manageLink = undefined;
    this.noteText = '';
    this.noteError = undefined;
    this.#focusNext = '#item-title';
    const opening = this.controller.open(item);
    this.requestUpdate();
    await opening;
    // The title is there again once loaded (or failed): focus it where the person can start reading.
    this.#focusNext = '#item-title';
    this.requestUpdate();
  }

  /** @internal The words the actions speak in. */
  get words(): QueueWords {
    return { queue: this.#localize.msg, item: this.#item.msg, common: this.#common.msg };
  }

  /** @internal Focus this (a selector in the shadow root) once the next render is done. */
  focusAfterRender(selector: string): void {
    this.#focusNext = selector;
  }

  /** @internal Says `text` in the live region; cleared first, so the same words twice are announced twice. */
  async announce(text: string, failed: boolean): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
    this.announcementFailed = failed;
  }
}
