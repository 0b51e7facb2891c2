import type { Theme } from '../theme.js';
import { animalsAndRescue } from './animals-rescue.js';
import { childrenAndEducation } from './children-education.js';
import { civicAndDigital } from './civic-digital.js';
import { environmentAndNeighbourhood } from './environment-neighbourhood.js';
import { integrationAndInclusion } from './integration-inclusion.js';
import { socialAndSeniors } from './social-seniors.js';
import { sportAndCulture } from './sport-culture.js';

export const THEMES: readonly Theme[] = [
  ...animalsAndRescue,
  ...socialAndSeniors,
  ...childrenAndEducation,
  ...integrationAndInclusion,
  ...environmentAndNeighbourhood,
  ...sportAndCulture,
  ...civicAndDigital,
];
