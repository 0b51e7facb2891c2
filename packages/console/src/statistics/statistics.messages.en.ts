import type { StatisticsMessages } from './statistics.messages.js';

export const en: StatisticsMessages = {
  heading: 'Figures',
  intro: 'Listings in your scope by region and state: what you report to funders, for example.',
  chartTitle: 'Bar chart: published opportunities per region',
  chartNote: 'The figures are in the table beside it.',
  caption: 'Listings by region',
  region: 'Region',
  published: 'Opportunities published',
  pending: 'Opportunities waiting',
  offersPublished: 'Offers published',
  offersPending: 'Offers waiting',
  total: 'All opportunities',
  sum: 'Total',
  none: 'There are no listings in your scope yet.',
};
