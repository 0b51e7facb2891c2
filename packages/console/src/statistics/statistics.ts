import type { ConsoleSession, ConsoleStatistics, Statistics } from '@mitmachen/contract';
import { css, html, LitElement, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { commonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { labelMessages } from '../internal/labels.messages.js';
import { LocalizeController } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { renderMonthly, type ChartFigure } from './monthly.js';
import { statisticsMessages } from './statistics.messages.js';

export type StatisticsApi = Pick<ConsoleApi, 'statistics' | 'figures' | 'figuresCsvUrl'>;

interface Row {
  region: string;
  published: number;
  pending: number;
  offersPublished: number;
  offersPending: number;
  total: number;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Bar geometry in SVG user units; the SVG scales to the column's width. */
const BAR = { height: 22, gap: 10, label: 190, width: 300 };

/**
 * Figures for every role: listings per region and state, as a table and, beside it, a bar chart
 * of published opportunities (an SVG image whose numbers are all in the table).
 */
export class MitmachenConsoleStatistics extends LitElement {
  static readonly version = VERSION;
  static override styles = [
    screenStyles,
    css`
      .figures {
        display: grid;
        gap: var(--_space);
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
        align-items: start;
      }
      svg {
        width: 100%;
        height: auto;
      }
      .bar {
        fill: var(--_accent);
      }
      .axis {
        stroke: currentColor;
      }
      section {
        margin-block-start: calc(var(--_space) * 2);
      }
      svg text {
        fill: currentColor;
        font-size: 13px;
      }
      td.number,
      th.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @property({ attribute: false }) api?: StatisticsApi;
  @property({ attribute: false }) session?: ConsoleSession;
  @property({ attribute: false }) statistics?: ConsoleStatistics;
  @property({ attribute: false }) error?: unknown;
  /** The figures per month (`GET /v1/statistics`), shown below the listings' state. */
  @property({ attribute: false }) figures?: Statistics;
  @property({ attribute: false }) figuresError?: unknown;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Which monthly figure the column chart shows. */
  @state() private chartFigure: ChartFigure = 'contactRequests';

  readonly #localize = new LocalizeController(this, statisticsMessages);
  readonly #labels = new LocalizeController(this, labelMessages);
  readonly #common = new LocalizeController(this, commonMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api !== undefined && this.statistics === undefined) void this.load();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  async load(): Promise<void> {
    const api = this.api;
    if (api === undefined) return;
    await Promise.all([
      api.statistics().then(
        (statistics) => {
          this.statistics = statistics;
          this.error = undefined;
        },
        (error: unknown) => {
          this.error = reportSessionEnd(this, error);
        },
      ),
      api.figures().then(
        (figures) => {
          this.figures = figures;
          this.figuresError = undefined;
        },
        (error: unknown) => {
          this.figuresError = reportSessionEnd(this, error);
        },
      ),
    ]);
  }

  #rows(): Row[] {
    const regions = this.#labels.msg.regions as Record<string, string>;
    return (this.statistics?.regions ?? [])
      .map((entry) => ({
        region: regions[entry.region] ?? entry.region,
        published: entry.opportunities['published'] ?? 0,
        pending: entry.opportunities['pending'] ?? 0,
        offersPublished: entry.offers['published'] ?? 0,
        offersPending: entry.offers['pending'] ?? 0,
        total: sum(entry.opportunities),
      }))
      .sort((a, b) => b.published - a.published || a.region.localeCompare(b.region, 'de'));
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<h1 tabindex="-1">${msg.heading}</h1>
      <p>${msg.intro}</p>
      ${this.#renderBody()} ${this.#renderMonthly()}`;
  }

  #renderMonthly() {
    const msg = this.#localize.msg;
    if (this.figuresError !== undefined) {
      return html`<section>
        <h2 id="monthly-heading">${msg.monthlyHeading}</h2>
        <div class="notice problem">
          <p>${describeError(this.figuresError, this.#common.msg)}</p>
          <button type="button" @click=${() => void this.load()}>${this.#common.msg.retry}</button>
        </div>
      </section>`;
    }
    if (this.figures === undefined) return this.api === undefined ? nothing : html`<p class="notice" aria-busy="true">${this.#common.msg.loading}</p>`;
    return renderMonthly({
      msg,
      lang: this.#localize.lang,
      figures: this.figures,
      figure: this.chartFigure,
      csvUrl: this.api?.figuresCsvUrl,
      onFigure: (figure) => (this.chartFigure = figure),
    });
  }

  #renderBody() {
    const msg = this.#localize.msg;
    if (this.error !== undefined) {
      return html`<div class="notice problem">
        <p>${describeError(this.error, this.#common.msg)}</p>
        <button type="button" @click=${() => void this.load()}>${this.#common.msg.retry}</button>
      </div>`;
    }
    if (this.statistics === undefined) return html`<p class="notice" aria-busy="true">${this.#common.msg.loading}</p>`;
    const rows = this.#rows();
    if (rows.length === 0) return html`<p class="notice">${msg.none}</p>`;
    return html`<div class="figures">${this.#renderTable(rows)} ${this.#renderChart(rows)}</div>`;
  }

  #renderTable(rows: Row[]) {
    const msg = this.#localize.msg;
    const columns = ['published', 'pending', 'offersPublished', 'offersPending', 'total'] as const;
    const format = new Intl.NumberFormat(this.#localize.lang === 'en' ? 'en-GB' : 'de-DE');
    // Wider than its column on narrow screens: it scrolls, so the keyboard must reach it.
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="figures-caption">
      <table>
        <caption id="figures-caption">${msg.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg.region}</th>
            ${columns.map((column) => html`<th scope="col" class="number">${msg[column]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${row.region}</th>
              ${columns.map((column) => html`<td class="number">${format.format(row[column])}</td>`)}
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg.sum}</th>
            ${columns.map((column) => html`<td class="number">${format.format(rows.reduce((total, row) => total + row[column], 0))}</td>`)}
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  #renderChart(rows: Row[]) {
    const msg = this.#localize.msg;
    const most = Math.max(1, ...rows.map((row) => row.published));
    const height = rows.length * (BAR.height + BAR.gap);
    const width = BAR.label + BAR.width + 50;
    return html`<figure>
      <svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title">
        <title id="chart-title">${msg.chartTitle}. ${msg.chartNote}</title>
        ${rows.map((row, index) => {
          const y = index * (BAR.height + BAR.gap);
          const length = Math.round((row.published / most) * BAR.width);
          return svg`<text x="0" y=${y + BAR.height * 0.7}>${row.region}</text>
            <rect class="bar" x=${BAR.label} y=${y} width=${Math.max(length, 1)} height=${BAR.height}></rect>
            <text x=${BAR.label + length + 6} y=${y + BAR.height * 0.7}>${row.published}</text>`;
        })}
      </svg>
      <figcaption>${msg.chartNote}</figcaption>
    </figure>`;
  }
}
