import type { Statistics, StatisticsRow } from '@mitmachen/contract';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../internal/localize.js';
import type { StatisticsMessages } from './statistics.messages.js';

/** The figures a chart can show: counts per month from `GET /v1/statistics`. */
export const CHART_FIGURES = ['contactRequests', 'newListings', 'publishedListings', 'expiredListings', 'replies', 'placements', 'activeOrganisations'] as const;
export type ChartFigure = (typeof CHART_FIGURES)[number];

const COUNT_COLUMNS = [...CHART_FIGURES, 'noReply'] as const;
const MEDIAN_COLUMNS = ['medianReviewHours', 'medianFirstReplyHours'] as const;

/** Bar geometry in SVG user units; the SVG scales to its column's width. */
const CHART = { width: 560, height: 220, top: 16, bottom: 40, left: 8 };

export interface MonthlyView {
  msg: StatisticsMessages;
  lang: Lang;
  figures: Statistics;
  figure: ChartFigure;
  csvUrl: string | undefined;
  onFigure: (figure: ChartFigure) => void;
}

/** "Nov. 2026" / "Nov 2026" for a `2026-11` period. */
function monthLabel(row: StatisticsRow, lang: Lang, length: 'short' | 'long'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { month: length, year: 'numeric', timeZone: 'UTC' }).format(new Date(`${row.from}T12:00:00Z`));
}

/**
 * The figures per month over every region in scope: a bar chart of one figure (chosen in a
 * select), and beside it the table with every figure, which is also what the chart's image text
 * points to. Counts only, as the server gives them.
 */
export function renderMonthly(view: MonthlyView): TemplateResult {
  const { msg, lang, figures } = view;
  const rows = figures.totals;
  const numbers = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
  const range = `${monthLabel(rows[0] ?? ({ from: figures.from } as StatisticsRow), lang, 'long')} – ${monthLabel(rows.at(-1) ?? ({ from: figures.to } as StatisticsRow), lang, 'long')}`;
  return html`<section>
    <h2 id="monthly-heading">${msg.monthlyHeading}</h2>
    <p>${msg.monthlyIntro(range)}</p>
    ${view.csvUrl === undefined ? nothing : html`<p><a href=${view.csvUrl} download="mitmachen-zahlen.csv">${msg.csv}</a></p>`}
    ${rows.length === 0
      ? html`<p class="notice">${msg.monthlyNone}</p>`
      : html`<div class="figures">
          ${renderMonthlyTable(view, numbers)}
          <div>
            <div class="field">
              <label for="chart-figure">${msg.chartFigure}</label>
              <select id="chart-figure" @change=${(event: Event) => view.onFigure((event.target as HTMLSelectElement).value as ChartFigure)}>
                ${CHART_FIGURES.map((figure) => html`<option value=${figure} ?selected=${figure === view.figure}>${msg.figures[figure]}</option>`)}
              </select>
            </div>
            ${renderMonthlyChart(view, numbers)}
          </div>
        </div>`}
  </section>`;
}

function renderMonthlyTable(view: MonthlyView, numbers: Intl.NumberFormat): TemplateResult {
  const { msg, lang, figures } = view;
  const median = (value: number | null) => (value === null ? '–' : numbers.format(value));
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="monthly-caption">
    <table>
      <caption id="monthly-caption">${msg.monthlyCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg.month}</th>
          ${COUNT_COLUMNS.map((column) => html`<th scope="col" class="number">${msg.figures[column]}</th>`)}
          ${MEDIAN_COLUMNS.map((column) => html`<th scope="col" class="number">${msg.figures[column]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${figures.totals.map(
          (row) => html`<tr>
            <th scope="row">${monthLabel(row, lang, 'long')}</th>
            ${COUNT_COLUMNS.map((column) => html`<td class="number">${numbers.format(row[column])}</td>`)}
            ${MEDIAN_COLUMNS.map((column) => html`<td class="number">${median(row[column])}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderMonthlyChart(view: MonthlyView, numbers: Intl.NumberFormat): TemplateResult {
  const { msg, lang, figures, figure } = view;
  const rows = figures.totals;
  const most = Math.max(1, ...rows.map((row) => row[figure]));
  const plot = CHART.height - CHART.top - CHART.bottom;
  const slot = (CHART.width - CHART.left) / rows.length;
  const bar = Math.max(4, slot * 0.6);
  const title = msg.monthlyChartTitle(msg.figures[figure]);
  return html`<figure>
    <svg viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-labelledby="monthly-chart-title">
      <title id="monthly-chart-title">${title}. ${msg.chartNote}</title>
      <line class="axis" x1=${CHART.left} x2=${CHART.width} y1=${CHART.top + plot} y2=${CHART.top + plot}></line>
      ${rows.map((row, index) => {
        const height = Math.round((row[figure] / most) * plot);
        const x = CHART.left + index * slot + (slot - bar) / 2;
        const y = CHART.top + plot - height;
        return svg`<rect class="bar" x=${x} y=${y} width=${bar} height=${Math.max(height, 1)}></rect>
          <text class="value" x=${x + bar / 2} y=${y - 3} text-anchor="middle">${numbers.format(row[figure])}</text>
          <text x=${x + bar / 2} y=${CHART.height - CHART.bottom + 16} text-anchor="middle">${monthLabel(row, lang, 'short').split(' ')[0]}</text>`;
      })}
    </svg>
    <figcaption>${title}. ${msg.chartNote}</figcaption>
  </figure>`;
}
