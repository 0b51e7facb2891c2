import type { Theme } from '../theme.js';

/** Clubs of every kind; board and office roles are wanted everywhere. */
const clubs = [
  { name: 'Heimatverein {town} e. V.', type: 'verein' },
  { name: 'Kleingartenverein „Am Mühlgraben“ {town} e. V.', type: 'verein' },
  { name: 'Carnevalsclub {town} e. V.', type: 'verein' },
  { name: 'Chorgemeinschaft {town} e. V.', type: 'verein' },
  { name: 'Förderverein Freibad {town} e. V.', type: 'verein' },
  { name: 'Schützengesellschaft {town} 1990 e. V.', type: 'verein' },
  { name: 'SV Blau-Weiß {town} e. V.', type: 'verein' },
  { name: 'Interessengemeinschaft zur Erhaltung und Pflege historischer Feuerwehrtechnik {town} e. V.', type: 'verein' },
] as const;

export const civicAndDigital: readonly Theme[] = [
  {
    weight: 3,
    categories: ['vereinsarbeit-vorstand'],
    organisations: clubs,
    titles: [
      'Kassenwart*in für unseren Verein gesucht',
      'Vorstandsmitglied werden: Schriftführer*in gesucht',
      'Nachfolge im Vorstand gesucht',
      'Ehrenamtskoordinationsverantwortliche*r für unseren Verein',
    ],
    summaries: [
      'Unser langjähriger Kassenwart hört nach 20 Jahren auf. Wir suchen eine Nachfolge, die Zahlen mag und den Verein mitgestalten will.',
      'Ein Verein ist nur so stark wie sein Vorstand. Bringen Sie Ihre Ideen ein und übernehmen Sie Verantwortung – wir arbeiten Sie gründlich ein.',
    ],
    intros: [
      'Der {org} hat rund 150 Mitglieder und ist aus dem Leben in {town} nicht wegzudenken. Wie viele Vereine stehen wir vor einem Generationswechsel: Mehrere Vorstandsmitglieder möchten ihr Amt nach vielen Jahren abgeben.',
    ],
    details: [
      'Als Kassenwartin oder Kassenwart führen Sie die Vereinskasse, erstellen den Jahresabschluss und kümmern sich um Mitgliedsbeiträge. Eine Buchhaltungssoftware ist vorhanden, und der Steuerberater unterstützt beim Jahresabschluss.',
      'Die Vorstandssitzungen finden einmal im Monat abends statt. Dazwischen fällt je nach Amt ein bis drei Stunden Arbeit pro Woche an, vieles davon flexibel von zu Hause aus.',
      'Fortbildungen zu Vereinsrecht, Finanzen und Gemeinnützigkeit bietet die Ehrenamtsakademie des Landkreises kostenlos an. Wir übernehmen die Fahrtkosten.',
      'Die Vorstandsarbeit ist über die Vereinshaftpflicht- und D&O-Versicherung abgesichert.',
    ],
    tasks: ['Vereinskasse führen und Beiträge verwalten', 'Protokolle der Vorstandssitzungen schreiben', 'Mitgliederversammlung vorbereiten', 'Fördermittelanträge mit erstellen'],
    requirements: ['Sorgfalt und Zuverlässigkeit', 'Grundkenntnisse am Computer', 'Bereitschaft, sich zur Wahl zu stellen'],
    schedule: { types: { regular: 2, flexible: 3 }, hours: [1, 2, 3], slots: [{ days: ['mo'], from: '19:00', to: '21:00' }], notes: ['Vorstandssitzung einmal im Monat, sonst frei einteilbar.'] },
    location: { onsite: 2, hybrid: 3 },
    minimumAges: [18],
    benefits: ['training', 'insurance'],
  },
  {
    weight: 2,
    categories: ['digitales', 'vereinsarbeit-vorstand'],
    organisations: clubs,
    titles: ['Website-Pflege für unseren Verein', 'Social Media für den Verein betreuen', 'Unterstützung bei Newsletter und Website gesucht'],
    summaries: ['Unsere Website ist in die Jahre gekommen, und auf Instagram sind wir kaum zu finden. Helfen Sie uns, online sichtbarer zu werden – von zu Hause aus.'],
    intros: [
      'Viele Menschen in {town} kennen den {org} – online aber findet man uns schwer. Wir suchen jemanden, der unsere Website aktuell hält und unsere Veranstaltungen in den sozialen Medien ankündigt.',
    ],
    details: [
      'Die Website läuft mit einem gängigen Content-Management-System. Sie brauchen keine Programmierkenntnisse, aber Freude am Schreiben und ein Gespür für gute Fotos.',
      'Die Arbeit können Sie flexibel von zu Hause erledigen. Einmal im Monat stimmen wir uns in einer kurzen Videokonferenz ab.',
    ],
    tasks: ['Termine und Berichte auf der Website veröffentlichen', 'Beiträge für Instagram und Facebook erstellen', 'Den Newsletter einmal im Quartal verschicken'],
    requirements: ['Sicherer Umgang mit dem Computer', 'Gutes Deutsch in Wort und Schrift'],
    targetGroups: ['young-people'],
    schedule: { types: { flexible: 3, regular: 1 }, hours: [1, 2], slots: [{ days: ['we'], from: '19:00', to: '20:00' }] },
    location: { remote: 3, hybrid: 1 },
    minimumAges: [0, 16],
    benefits: ['certificate'],
    languages: ['en'],
  },
  {
    weight: 3,
    categories: ['digitales', 'senioren', 'bildung'],
    organisations: [
      { name: 'Stadtbibliothek {town}', type: 'kommune' },
      { name: 'Mehrgenerationenhaus {town}', type: 'gemeinnuetzige-gmbh' },
      { name: 'Volkssolidarität {town} e. V.', type: 'verein' },
    ],
    titles: [
      'Smartphone-Sprechstunde für Seniorinnen und Senioren',
      'Digital-Lots*innen gesucht: Technik geduldig erklären',
      'Computerhilfe für ältere Menschen',
    ],
    summaries: [
      'WhatsApp einrichten, Fotos verschicken, den Arzttermin online buchen: In unserer Smartphone-Sprechstunde helfen Ehrenamtliche älteren Menschen mit der Technik.',
      'Sie erklären gern und geduldig? Dann werden Sie Digital-Lotsin oder Digital-Lotse für Seniorinnen und Senioren in {town}.',
    ],
    intros: [
      'Immer mehr Alltag findet auf dem Smartphone statt – vom Bahnticket bis zum Rezept. Viele Seniorinnen und Senioren fühlen sich damit allein gelassen. In unserer Sprechstunde bekommen sie Hilfe, ohne sich zu schämen.',
    ],
    details: [
      'Die Sprechstunde findet einmal pro Woche statt. Die Gäste bringen ihre Geräte und Fragen mit; Sie helfen eins zu eins.',
      'Sie müssen keine IT-Fachleute sein. Wer selbst sicher mit Android oder iPhone umgeht und Geduld hat, ist genau richtig.',
    ],
    tasks: ['Fragen zu Smartphone, Tablet und Computer beantworten', 'Apps gemeinsam einrichten', 'Vor Betrugsmaschen warnen', 'Kleine Kurse zu Themen wie Videotelefonie geben'],
    requirements: ['Sicherer Umgang mit Smartphones', 'Geduld und verständliche Sprache'],
    targetGroups: ['young-people', 'seniors'],
    schedule: { types: { regular: 3, flexible: 1 }, hours: [1.5, 2], slots: [{ days: ['tu'], from: '10:00', to: '12:00' }, { days: ['th'], from: '15:00', to: '17:00' }] },
    minimumAges: [0, 14, 16],
    benefits: ['training', 'certificate'],
  },
  {
    weight: 2,
    categories: ['politik-beteiligung'],
    organisations: [{ name: 'Stadtverwaltung {town}', type: 'kommune' }, { name: 'Gemeindewahlbehörde {town}', type: 'kommune' }],
    titles: ['Wahlhelfer*innen gesucht', 'Wahlvorstand: Helfen Sie bei der Wahl in {town}', 'Ehrenamtliche für Wahllokale und Briefwahl'],
    summaries: ['Ohne Wahlhelferinnen und Wahlhelfer keine Wahl. Unterstützen Sie die Demokratie in {town} für einen Tag – gegen Erfrischungsgeld.'],
    intros: [
      'Bei jeder Wahl braucht {town} Hunderte Wahlhelferinnen und Wahlhelfer, die Wahllokale betreuen und am Abend die Stimmen auszählen.',
    ],
    details: [
      'Vor der Wahl gibt es eine Schulung, in der Sie alles lernen, was Sie wissen müssen. Am Wahltag arbeiten Sie im Team in einem Wahllokal in Ihrer Nähe.',
      'Für den Einsatz zahlt die Stadt ein Erfrischungsgeld. Berufstätige können sich für die Schulung freistellen lassen.',
    ],
    tasks: ['Wahlberechtigung prüfen und Stimmzettel ausgeben', 'Ordnung im Wahllokal sichern', 'Stimmen auszählen und Ergebnisse dokumentieren'],
    requirements: ['Wahlberechtigt in Deutschland', 'Mindestens 18 Jahre alt', 'Sorgfalt und Neutralität'],
    targetGroups: ['young-people', 'seniors'],
    schedule: { types: { 'one-time': 1 }, eventTimes: [['07:30', '13:00'], ['13:00', '20:00']] },
    minimumAges: [18],
    benefits: ['expense-allowance', 'training'],
  },
  {
    weight: 1,
    categories: ['politik-beteiligung', 'kinder-jugend'],
    organisations: [
      { name: 'Jugendparlament {town}', type: 'kommune' },
      { name: 'Kinder- und Jugendring {district} e. V.', type: 'verein' },
    ],
    titles: ['Mitmachen im Jugendparlament', 'Jugendbeteiligung: Begleiter*innen für das Jugendparlament', 'Jugendforum {town} sucht Mitstreiter*innen'],
    summaries: [
      'Mitreden statt meckern: Im Jugendparlament bringen junge Menschen ihre Anliegen in den Stadtrat von {town} ein.',
      'Wir suchen junge Erwachsene, die das Jugendparlament bei Sitzungen, Projekten und Wahlen begleiten.',
    ],
    intros: [
      'Seit einigen Jahren hat {town} ein Jugendparlament. Zwölf Jugendliche zwischen 14 und 21 Jahren beraten den Stadtrat, stellen Anträge und verwalten ein eigenes Budget für Jugendprojekte.',
    ],
    details: [
      'Die Sitzungen finden etwa alle sechs Wochen im Rathaus statt. Dazwischen arbeiten Arbeitsgruppen an Themen wie Radwegen, Treffpunkten oder Busverbindungen am Abend.',
      'Erwachsene Begleiterinnen und Begleiter helfen bei der Vorbereitung, erklären, wie Verwaltung funktioniert, und halten sich ansonsten zurück.',
    ],
    tasks: ['An Sitzungen teilnehmen und mitdiskutieren', 'Projekte für Jugendliche planen', 'Die Wahl zum Jugendparlament bekannt machen'],
    requirements: ['Wohnort oder Schule in {town}', 'Interesse an Kommunalpolitik', 'Überparteilichkeit'],
    targetGroups: ['young-people'],
    schedule: { types: { regular: 2, flexible: 1 }, hours: [1, 2], slots: [{ days: ['we'], from: '17:00', to: '19:00' }] },
    minimumAges: [14, 0],
    benefits: ['training', 'certificate'],
  },
  {
    weight: 1,
    categories: ['politik-beteiligung', 'nachbarschaft'],
    organisations: [
      { name: 'Stadtverwaltung {town}', type: 'kommune' },
      { name: 'Seniorenbeirat der Stadt {town}', type: 'kommune' },
      { name: 'Beirat für Migration und Integration {town}', type: 'kommune' },
      { name: 'Bürgerstiftung {town}', type: 'stiftung' },
    ],
    titles: ['Beirat sucht engagierte Mitglieder', 'Bürgerbeteiligung: Werkstatt zur Ortsentwicklung begleiten', 'Moderator*innen für Bürgerdialoge gesucht'],
    summaries: [
      'Bei Bürgerwerkstätten entscheiden Menschen aus {town} mit, wie sich ihr Ort entwickelt. Wir suchen Ehrenamtliche, die Tische moderieren.',
      'Die Beiräte der Stadt beraten den Stadtrat. Bringen Sie die Anliegen Ihrer Generation oder Community ein.',
    ],
    intros: [
      'Der Stadtrat von {town} hat Beiräte eingerichtet, die ihn beraten – für Seniorinnen und Senioren und für Menschen mit Migrationsgeschichte. Die Beiräte dürfen Anträge stellen und werden vor wichtigen Entscheidungen angehört.',
      'Wie soll der Marktplatz künftig aussehen? Wo fehlen Radwege, wo Bänke? In Bürgerwerkstätten sammelt {town} Ideen und Kritik der Menschen, die hier leben.',
    ],
    details: [
      'Für die Moderation von Bürgerwerkstätten bieten wir eine Schulung an. Sie lernen, wie man Diskussionen leitet, Ergebnisse festhält und alle zu Wort kommen lässt.',
      'Die Sitzungen der Beiräte sind öffentlich und finden etwa alle zwei Monate im Rathaus statt.',
    ],
    tasks: ['Bürgerwerkstätten moderieren', 'Ergebnisse dokumentieren', 'An Beiratssitzungen teilnehmen'],
    requirements: ['Wohnort in {town}', 'Überparteilichkeit', 'Freude am Zuhören'],
    targetGroups: ['seniors', 'little-german'],
    schedule: { types: { 'one-time': 2, regular: 1, flexible: 1 }, hours: [1, 2], slots: [{ days: ['we'], from: '18:00', to: '20:00' }], eventTimes: [['17:00', '20:30'], ['10:00', '15:00']] },
    location: { onsite: 4, hybrid: 1 },
    minimumAges: [0, 16, 18],
    benefits: ['training'],
    languages: ['en', 'ar', 'uk', 'vi'],
  },
];
