import type { Benefit } from '@mitmachen/contract';

/** Placeholders the theme texts may use. */
export interface TextContext {
  town: string;
  org: string;
  district: string;
}

export function fill(text: string, context: TextContext): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{(town|org|district)\}/g, (_, key: keyof TextContext) => context[key]);
}

/** Resolves `[female|male]` alternatives for a writer of the given gender. */
export function gendered(text: string, female: boolean): string {
  if (!text.includes('[')) return text;
  return text.replace(/\[([^\]|]*)\|([^\]]*)\]/g, (_, f: string, m: string) => (female ? f : m));
}

export const CLOSINGS = [
  'Wir freuen uns auf Sie!',
  'Haben Sie Fragen? Melden Sie sich gern – wir freuen uns auf Ihre Nachricht.',
  'Neugierig geworden? Dann schreiben Sie uns über das Kontaktformular. Wir melden uns innerhalb weniger Tage.',
  'Kommen Sie einfach unverbindlich vorbei und schauen Sie sich alles an. Ein erstes Kennenlernen verpflichtet zu nichts.',
  'Wir freuen uns über jede Unterstützung, ob einmalig oder dauerhaft.',
  'Interesse? Dann melden Sie sich – gern auch, wenn Sie erst einmal nur Fragen haben.',
];

/** What the "Das bieten wir" list says for each benefit. */
export const BENEFIT_LINES: Readonly<Record<Benefit, string>> = {
  training: 'eine gründliche Einarbeitung und kostenlose Fortbildungen',
  insurance: 'Unfall- und Haftpflichtversicherung während Ihres Einsatzes',
  'expense-allowance': 'eine Aufwandsentschädigung im Rahmen der Ehrenamtspauschale',
  certificate: 'auf Wunsch einen Engagementnachweis, etwa für Bewerbungen',
  supervision: 'regelmäßigen Austausch und fachliche Begleitung durch unser Team',
};

/** Paragraphs any organisation might add; long descriptions draw several of them. */
export const EXTRA_PARAGRAPHS = [
  'Versicherungsschutz: Während Ihres Einsatzes sind Sie über unseren Verein unfall- und haftpflichtversichert. Wo das nicht greift, gilt die Sammelversicherung des Freistaates Sachsen für ehrenamtlich Engagierte.',
  'Wie geht es los? Nach Ihrer Nachricht laden wir Sie zu einem Kennenlerngespräch ein. Dabei erzählen wir von unserer Arbeit, Sie erzählen von sich, und gemeinsam schauen wir, welche Aufgabe zu Ihnen passt. Danach können Sie zwei- oder dreimal unverbindlich hineinschnuppern.',
  'Uns ist wichtig, dass Ihr Engagement zu Ihrem Leben passt. Wenn sich Ihre Lebensumstände ändern – neuer Job, Umzug, Familie –, finden wir gemeinsam eine Lösung, oder Sie hören einfach auf. Niemand muss sich rechtfertigen.',
  'Fahrtkosten für Einsätze erstatten wir auf Nachweis. Wer mit dem Auto kommt, bekommt 30 Cent pro Kilometer; Tickets für Bus und Bahn übernehmen wir vollständig.',
  'Einmal im Jahr laden wir alle Ehrenamtlichen zu einem Dankeschön-Abend ein – mit gutem Essen, Musik und der Gelegenheit, die anderen Engagierten kennenzulernen. Im Sommer gibt es zusätzlich ein gemeinsames Grillfest.',
  'Unsere Räume sind mit der Straßenbahn bzw. dem Bus gut erreichbar; Parkplätze gibt es im Hof. Fahrräder können Sie im Innenhof abstellen.',
  'Wir arbeiten eng mit der Freiwilligenagentur und den anderen Vereinen vor Ort zusammen. Wenn Sie merken, dass eine andere Aufgabe besser zu Ihnen passt, vermitteln wir Sie gern weiter.',
  'Datenschutz ist uns wichtig: Ihre Kontaktdaten verwenden wir nur, um Sie über Ihr Engagement zu informieren, und geben sie nicht an Dritte weiter. Mehr dazu erfahren Sie in unserer Datenschutzerklärung.',
  'Wer schon länger dabei ist, kann Verantwortung übernehmen: etwa als Teamleitung, als Ansprechperson für neue Ehrenamtliche oder in der Planung unserer Veranstaltungen. Wir unterstützen Sie mit Weiterbildungen, zum Beispiel beim Ehrenamtsnetzwerk des Landkreises.',
  'Sie möchten erst einmal sehen, ob das etwas für Sie ist? Kein Problem. Viele unserer heutigen Stammkräfte haben mit einem einzigen Nachmittag angefangen.',
];

/** Notes on access, by whether the place is step-free. */
export const ACCESSIBILITY_NOTES = {
  stepFree: [
    'Der Eingang ist über eine Rampe an der Hofseite erreichbar.',
    'Die Räume liegen im ersten Stock; ein Aufzug ist vorhanden.',
    'Ein barrierefreier Parkplatz befindet sich direkt vor dem Haus.',
  ],
  notStepFree: [
    'Die Räume liegen im Obergeschoss und sind leider nur über eine Treppe erreichbar.',
    'Der Einsatz findet im Freien auf unebenem Gelände statt.',
  ],
  any: ['Die nächste Haltestelle ist etwa 300 Meter entfernt.', 'Assistenzhunde sind willkommen.'],
} as const;
