import type { Theme } from '../theme.js';

const welcomeInitiatives = [
  { name: 'Initiative „Willkommen in {town}“', type: 'initiative' },
  { name: 'Ausländerrat {town} e. V.', type: 'verein' },
  { name: 'Caritasverband für das Dekanat {district} e. V.', type: 'verein' },
  { name: 'Internationaler Begegnungsverein {town} e. V.', type: 'verein' },
] as const;

export const integrationAndInclusion: readonly Theme[] = [
  {
    weight: 4,
    categories: ['migration-integration', 'bildung'],
    organisations: welcomeInitiatives,
    titles: [
      'Ehrenamtliche Lehrkräfte für unseren Deutschkurs',
      'Deutschkurs für Geflüchtete: Unterstützung gesucht',
      'Deutsch üben mit Neuankommenden',
      'Deutschkurs am Abend – Co-Leitung gesucht',
    ],
    summaries: [
      'In unserem offenen Deutschkurs lernen Erwachsene aus aller Welt Deutsch. Wir suchen Ehrenamtliche, die unterrichten oder in Kleingruppen üben.',
      'Sprache ist der Schlüssel zu Arbeit und Nachbarschaft. Helfen Sie Menschen, die neu in {town} sind, beim Deutschlernen.',
    ],
    intros: [
      'Viele Menschen, die nach {town} gekommen sind, warten monatelang auf einen Platz im Integrationskurs. Unser ehrenamtlicher Deutschkurs überbrückt diese Zeit – und ist für viele auch danach ein Ort, um das Gelernte anzuwenden.',
      'Der {org} bietet seit 2015 kostenlose Deutschkurse für Erwachsene an. Die Gruppen sind gemischt: Menschen aus Syrien, Afghanistan, der Ukraine, Venezuela und Vietnam lernen gemeinsam.',
    ],
    details: [
      'Unterrichtet wird in drei Niveaustufen, von Alphabetisierung bis B1. Lehrbücher und Material stellen wir. Sie brauchen keine Ausbildung als Lehrerin oder Lehrer – eine Einführung in Deutsch als Zweitsprache bekommen Sie bei uns.',
      'Sie können auch als Co-Leitung einsteigen und zunächst mit einzelnen Teilnehmenden üben, bevor Sie selbst eine Gruppe übernehmen.',
      'Während des Kurses gibt es eine Kinderbetreuung, damit auch Mütter teilnehmen können. Auch dafür suchen wir Unterstützung.',
    ],
    tasks: ['Unterrichtsstunden vorbereiten und halten', 'In Kleingruppen Aussprache und Alltagssituationen üben', 'Bei Bewerbungen und Formularen Sprachhilfe geben'],
    requirements: ['Deutsch auf muttersprachlichem oder sehr gutem Niveau', 'Geduld und Offenheit', 'Zeit an einem festen Abend pro Woche'],
    targetGroups: ['seniors', 'young-people'],
    schedule: {
      types: { regular: 4, flexible: 1 },
      hours: [2, 3, 4],
      slots: [{ days: ['tu', 'th'], from: '18:00', to: '19:30' }, { days: ['mo'], from: '17:00', to: '19:00' }, { days: ['we'], from: '10:00', to: '12:00' }],
    },
    location: { onsite: 6, hybrid: 1 },
    minimumAges: [0, 16, 18],
    benefits: ['training', 'certificate'],
    languages: ['en', 'ar', 'uk', 'ru', 'fa'],
  },
  {
    weight: 3,
    categories: ['migration-integration', 'nachbarschaft'],
    organisations: [...welcomeInitiatives, { name: 'Mehrgenerationenhaus {town}', type: 'gemeinnuetzige-gmbh' }],
    titles: ['Sprachcafé: Gesprächspartner*innen gesucht', 'Gastgeber*innen für das Sprachcafé', 'Sprachcafé {town} – einfach vorbeikommen und reden'],
    summaries: [
      'Im Sprachcafé treffen sich Menschen, die Deutsch lernen, und Menschen, die gern reden. Kommen Sie vorbei – ohne Vorbereitung!',
      'Bei Tee und Kuchen Deutsch sprechen: Unser Sprachcafé braucht Menschen, die zuhören, erzählen und Fragen beantworten.',
    ],
    intros: [
      'Jeden Donnerstag verwandelt sich unser Saal in ein Sprachcafé. An kleinen Tischen sitzen Menschen, die Deutsch lernen, mit Menschen aus {town} zusammen und reden – über das Wetter, die Arbeit, Rezepte und die Frage, warum es im Deutschen drei Artikel gibt.',
    ],
    details: [
      'Sie müssen nichts vorbereiten und keine Grammatik erklären können. Wichtig ist nur, dass Sie Lust auf Gespräche haben und langsam und deutlich sprechen.',
      'Wer mag, kann Themen oder Spiele mitbringen. Besonders beliebt sind Stadtspaziergänge, bei denen wir gemeinsam {town} erkunden.',
    ],
    tasks: ['Gespräche an einem Tisch führen', 'Neue Gäste begrüßen', 'Ab und zu einen Themenabend vorbereiten'],
    requirements: ['Freude an Begegnungen', 'Gute Deutschkenntnisse'],
    targetGroups: ['seniors', 'young-people', 'little-german'],
    schedule: { types: { regular: 3, flexible: 2 }, hours: [1.5, 2], slots: [{ days: ['th'], from: '17:00', to: '19:00' }, { days: ['su'], from: '15:00', to: '17:00' }] },
    minimumAges: [0, 0, 16],
    languages: ['en', 'ar', 'uk', 'ru', 'fa', 'pl', 'cs'],
  },
  {
    weight: 3,
    categories: ['migration-integration', 'soziales'],
    organisations: welcomeInitiatives,
    titles: [
      'Pat*innen für geflüchtete Familien',
      'Begleitung bei Behördengängen und Arztbesuchen',
      'Integrationslotsen gesucht',
      'Sprachmittler*innen für Arabisch, Ukrainisch und Russisch',
    ],
    summaries: [
      'Ankommen ist schwer, wenn man die Sprache und die Behörden nicht kennt. Begleiten Sie eine Familie in ihren ersten Monaten in {town}.',
      'Sie sprechen Arabisch, Ukrainisch, Russisch oder Persisch? Helfen Sie als Sprachmittlerin oder Sprachmittler bei Terminen.',
    ],
    intros: [
      'Wer neu nach Deutschland kommt, steht vor einem Berg aus Formularen, Terminen und Briefen. Unsere Patinnen und Paten begleiten Familien in {town} in dieser Zeit: zum Jobcenter, zur Kinderärztin, zum Elternabend.',
    ],
    details: [
      'Wie viel Zeit Sie investieren, vereinbaren Sie mit „Ihrer“ Familie. Die meisten Patenschaften treffen sich einmal pro Woche. Aus vielen sind Freundschaften geworden.',
      'Sprachmittlerinnen und Sprachmittler sind keine Dolmetscher im rechtlichen Sinn. Sie helfen bei Alltagsterminen, damit alle sich verstehen. Fachbegriffe üben wir in einer Schulung.',
      'Bei Fragen zum Aufenthaltsrecht oder zu Sozialleistungen verweisen Sie an unsere hauptamtliche Migrationsberatung. Sie müssen nicht alles wissen.',
    ],
    tasks: ['Familien zu Terminen begleiten', 'Briefe gemeinsam lesen und beantworten', 'Freizeitangebote in {town} zeigen', 'Bei Terminen übersetzen'],
    requirements: ['Interesse an anderen Kulturen', 'Verlässlichkeit', 'Für Sprachmittlung: gute Kenntnisse in Deutsch und einer weiteren Sprache'],
    targetGroups: ['seniors', 'families'],
    schedule: { types: { flexible: 3, regular: 1 }, hours: [1, 2, 3], slots: [{ days: ['we'], from: '16:00', to: '18:00' }] },
    minimumAges: [18, 18, 16],
    benefits: ['training', 'supervision', 'expense-allowance'],
    languages: ['ar', 'uk', 'ru', 'fa', 'en', 'tr'],
  },
  {
    weight: 2,
    categories: ['umwelt-naturschutz', 'migration-integration', 'nachbarschaft'],
    organisations: [
      { name: 'Interkultureller Garten {town} e. V.', type: 'verein' },
      { name: 'Gemeinschaftsgarten „Wilde Möhre“ {town}', type: 'initiative' },
    ],
    titles: ['Gärtnern im Interkulturellen Garten', 'Mitgärtner*innen für unseren Gemeinschaftsgarten', 'Hochbeete bauen und Gemüse ernten'],
    summaries: ['In unserem Gemeinschaftsgarten gärtnern Menschen aus zwölf Ländern. Gärtnern verbindet – auch ohne viele Worte.'],
    intros: [
      'Auf einer ehemaligen Brachfläche in {town} ist in den letzten Jahren ein Garten gewachsen: mit Hochbeeten, einem Kräuterbeet, Obstbäumen und einem Lehmofen. Hier gärtnern Familien aus der Nachbarschaft gemeinsam mit Menschen, die neu in Deutschland sind.',
    ],
    details: [
      'Vorkenntnisse braucht niemand. Wer schon gärtnert, gibt sein Wissen weiter; wer es lernen will, lernt es hier. Gemeinsame Gartentage sind immer samstags.',
      'Im Herbst feiern wir ein Erntefest mit Essen aus vielen Ländern. Dafür brauchen wir Hilfe beim Aufbau und in der Küche.',
    ],
    tasks: ['Beete anlegen und pflegen', 'Gießdienst in den Sommermonaten', 'Werkzeug und Gartenhaus in Ordnung halten'],
    requirements: ['Lust auf Arbeit an der frischen Luft'],
    targetGroups: ['families', 'little-german', 'seniors', 'groups'],
    schedule: { types: { regular: 2, flexible: 2 }, hours: [2, 3], slots: [{ days: ['sa'], from: '10:00', to: '13:00' }] },
    minimumAges: [0],
    languages: ['ar', 'fa', 'uk', 'en'],
  },
  {
    weight: 3,
    categories: ['inklusion', 'kultur'],
    organisations: [
      { name: 'Lebenshilfe {town} e. V.', type: 'verein' },
      { name: 'Lebenshilfe Kreisvereinigung {district} e. V.', type: 'verein' },
      { name: 'Inklusionsnetzwerk {district}', type: 'initiative' },
    ],
    titles: [
      'Freizeitbegleitung für Menschen mit Behinderung',
      'Freizeitassistenz: Konzerte, Kino, Kegeln',
      'Begleitung für unsere inklusive Freizeitgruppe',
      'Tandem-Partner*innen für inklusive Freizeit',
    ],
    summaries: [
      'Ins Kino, zum Fußball oder einfach ein Eis essen: Begleiten Sie Menschen mit Behinderung bei ihren Freizeitwünschen.',
      'Unsere Freizeitgruppe trifft sich alle zwei Wochen. Wir suchen Begleiterinnen und Begleiter, die Spaß an Unternehmungen haben.',
    ],
    intros: [
      'Für Menschen mit geistiger Behinderung ist Freizeit oft nur in Begleitung möglich. Unsere ehrenamtlichen Freizeitbegleiterinnen und -begleiter machen möglich, was für andere selbstverständlich ist: ein Konzertbesuch, ein Stadtbummel, ein Abend beim Kegeln.',
    ],
    details: [
      'Wir bilden Tandems aus einer Ehrenamtlichen und einem Menschen mit Behinderung, die gemeinsame Interessen haben. Wie oft Sie sich treffen, entscheiden Sie zusammen.',
      'Eintrittsgelder und Fahrtkosten für Sie übernimmt der Verein. Vor dem Start gibt es eine Schulung, und unser Fachdienst ist bei Fragen immer erreichbar.',
      'Informationen zu unserer Freizeitgruppe gibt es auch in Leichter Sprache.',
    ],
    tasks: ['Gemeinsame Freizeitaktivitäten planen und begleiten', 'Unterstützung bei Wegen mit Bus und Bahn', 'Teilnahme an Austauschtreffen'],
    requirements: ['Offenheit und Geduld', 'Kein Vorwissen nötig – Neugier genügt'],
    targetGroups: ['young-people', 'groups'],
    schedule: { types: { flexible: 2, regular: 2 }, hours: [2, 3], slots: [{ days: ['fr'], from: '17:00', to: '20:00' }, { days: ['sa'], from: '14:00', to: '18:00' }] },
    minimumAges: [16, 18],
    benefits: ['training', 'expense-allowance', 'supervision'],
  },
  {
    weight: 2,
    categories: ['inklusion', 'sport-bewegung'],
    organisations: [
      { name: 'Behinderten- und Rehabilitationssportverein {town} e. V.', type: 'verein' },
      { name: 'Special Olympics Sachsen – Gruppe {town}', type: 'verein' },
    ],
    titles: ['Übungsleiterhelfer*in für inklusiven Sport', 'Inklusive Sportgruppe sucht Unterstützung', 'Schwimmbegleitung für Kinder mit Behinderung'],
    summaries: ['Sport für alle: In unseren inklusiven Gruppen trainieren Menschen mit und ohne Behinderung gemeinsam. Helfen Sie beim Training!'],
    intros: [
      'In unserem Verein trainieren Menschen mit und ohne Behinderung gemeinsam – im Schwimmbad, in der Turnhalle und auf dem Sportplatz. Bei jeder Einheit brauchen wir mehrere Helferinnen und Helfer.',
    ],
    details: [
      'Sie unterstützen die Übungsleiterin, helfen beim Umziehen, bauen Geräte auf und machen einfach mit. Eine Übungsleiterlizenz für den Rehabilitationssport können Sie später bei uns erwerben.',
      'Die Halle ist barrierefrei, mit Aufzug und barrierefreien Umkleiden.',
    ],
    tasks: ['Beim Training helfen', 'Geräte auf- und abbauen', 'Teilnehmende beim Umziehen unterstützen'],
    requirements: ['Sportliche Grundfitness', 'Offenheit'],
    targetGroups: ['young-people'],
    schedule: { types: { regular: 1 }, hours: [1.5, 2], slots: [{ days: ['we'], from: '17:00', to: '18:30' }, { days: ['sa'], from: '09:00', to: '11:00' }] },
    minimumAges: [14, 16],
    benefits: ['training', 'insurance', 'expense-allowance'],
  },
];
