import type {
  Benefit,
  Category,
  LocationType,
  OrganisationType,
  Region,
  ScheduleType,
  TargetGroup,
  Weekday,
} from '@mitmachen/contract';

/**
 * One kind of volunteering opportunity ("walking shelter dogs", "the Tafel's food
 * distribution") with the texts, organisations and conditions that go with it. Texts may use
 * `{town}`, `{org}` and `{district}`.
 */
export interface Theme {
  /** How often the theme appears relative to the others. */
  weight: number;
  /** The first category always applies, each further one usually. */
  categories: readonly [Category, ...Category[]];
  organisations: readonly OrganisationTemplate[];
  titles: readonly string[];
  summaries: readonly string[];
  /** The description opens with one of these… */
  intros: readonly string[];
  /** …and goes on with some of these, in this order. */
  details: readonly string[];
  tasks: readonly string[];
  requirements: readonly string[];
  /** Target groups that may apply (each with an even chance). */
  targetGroups?: readonly TargetGroup[];
  schedule: ScheduleSpec;
  /** Weights of on site, remote and hybrid; on site only when absent. */
  location?: Partial<Record<LocationType, number>>;
  /** Minimum ages to draw from; `0` stands for none given. */
  minimumAges: readonly number[];
  /** Benefits this kind of engagement usually offers (besides insurance). */
  benefits?: readonly Benefit[];
  /** Languages besides German that helpers are sometimes asked for. */
  languages?: readonly string[];
}

export interface OrganisationTemplate {
  name: string;
  type: OrganisationType;
  /** Only in these districts (a mountain club of the Erzgebirge); anywhere when absent. */
  regions?: readonly Region[];
}

export interface ScheduleSpec {
  types: Partial<Record<ScheduleType, number>>;
  /** Hours per week to draw from (regular and flexible). */
  hours?: readonly number[];
  /** Weekly time slots to draw from (regular). */
  slots?: readonly SlotPattern[];
  /** Start and end times of a one-time date. */
  eventTimes?: readonly (readonly [string, string])[];
  /** How many days one date lasts (a holiday camp); one when absent. */
  durationDays?: number;
  /** One-time dates fall on Saturdays (festivals, clean-ups). */
  weekends?: boolean;
  notes?: readonly string[];
}

export interface SlotPattern {
  days: readonly Weekday[];
  from: string;
  to: string;
}
