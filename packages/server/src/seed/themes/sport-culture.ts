import type { Theme } from '../theme.js';

const sportsClubs = [
  { name: 'SV Blau-Weiß {town} e. V.', type: 'verein' },
  { name: 'FSV {town} 1990 e. V.', type: 'verein' },
  { name: 'SG Motor {town} e. V.', type: 'verein' },
  { name: 'TSV {town} 1848 e. V.', type: 'verein' },
  { name: 'Sportverein Grün-Weiß {town} e. V.', type: 'verein' },
] as const;

export const sportAndCulture: readonly Theme[] = [
  {
    weight: 4,
    categories: ['sport-bewegung', 'kinder-jugend'],
    organisations: sportsClubs,
    titles: [
      'Trainer*in für unsere E-Jugend gesucht',
      'Fußballtraining für Kinder: Co-Trainer*in gesucht',
      'Übungsleiter*in Fußball (F- bis D-Jugend)',
      'Fußballtraining leiten – auch ohne Lizenz',
    ],
    summaries: [
      'Unsere Nachwuchsmannschaften wachsen, die Zahl der Trainer nicht. Helfen Sie beim Fußballtraining für Kinder zwischen 6 und 12 Jahren.',
      'Sie haben selbst Fußball gespielt oder wollten schon immer mal an der Seitenlinie stehen? Unsere Jugendabteilung braucht Sie.',
    ],
    intros: [
      'Beim {org} spielen über 120 Kinder und Jugendliche in acht Mannschaften Fußball. Jede Woche gibt es Anfragen von Eltern, deren Kinder mitmachen wollen – aber ohne zusätzliche Trainerinnen und Trainer können wir keine neuen Gruppen aufmachen.',
    ],
    details: [
      'Das Fußballtraining findet zweimal pro Woche am späten Nachmittag auf dem Sportplatz statt, am Wochenende kommen die Spiele dazu. Als Co-Trainerin oder Co-Trainer unterstützen Sie zunächst eine erfahrene Übungsleitung.',
      'Die Trainerlizenz (C-Lizenz) bezahlt der Verein. Außerdem gibt es eine Übungsleiterpauschale, die bis zu einem jährlichen Freibetrag steuerfrei ist.',
      'Uns ist wichtig, dass alle Kinder mitspielen dürfen, nicht nur die besten. Wer Spaß am Spiel vermittelt, ist bei uns richtig.',
    ],
    tasks: ['Fußballtraining planen und leiten', 'Mannschaft bei Punktspielen betreuen', 'Kontakt zu den Eltern halten', 'Turniere und Feriencamps mitorganisieren'],
    requirements: ['Freude an der Arbeit mit Kindern', 'Grundkenntnisse im Fußball', 'Erweitertes Führungszeugnis'],
    targetGroups: ['young-people'],
    schedule: { types: { regular: 1 }, hours: [3, 4, 5], slots: [{ days: ['tu', 'th'], from: '16:30', to: '18:00' }, { days: ['mo', 'we'], from: '17:00', to: '18:30' }] },
    minimumAges: [16, 18],
    benefits: ['training', 'expense-allowance', 'insurance'],
    languages: ['en', 'ar'],
  },
  {
    weight: 2,
    categories: ['sport-bewegung', 'senioren', 'gesundheit-pflege'],
    organisations: [...sportsClubs, { name: 'Kreissportbund {district} e. V.', type: 'verein' }],
    titles: ['Übungsleiter*in für Seniorensport', 'Sitzgymnastik und Bewegung im Alter anleiten', 'Spaziergruppe für Seniorinnen und Senioren begleiten'],
    summaries: ['Bewegung hält fit – in jedem Alter. Leiten Sie eine Seniorensportgruppe oder begleiten Sie unsere wöchentliche Spaziergruppe.'],
    intros: [
      'Unsere Seniorensportgruppe trifft sich jeden Mittwochvormittag. Rund 20 Seniorinnen und Senioren zwischen 65 und 90 Jahren machen Gymnastik, Gleichgewichtsübungen und Gedächtnistraining.',
    ],
    details: [
      'Eine Übungsleiterlizenz „Sport in der Prävention“ ist wünschenswert. Wer sie noch nicht hat, kann sie über den Kreissportbund erwerben; die Kosten übernimmt der Verein.',
      'Die Spaziergruppe ist offen für alle, auch mit Rollator. Sie brauchen keine Lizenz, nur Zeit und Freude an Gesprächen unterwegs.',
    ],
    tasks: ['Bewegungsstunden vorbereiten und anleiten', 'Spaziergänge begleiten', 'Auf die Gesundheit der Teilnehmenden achten'],
    requirements: ['Einfühlungsvermögen', 'Erste-Hilfe-Kenntnisse'],
    targetGroups: ['seniors'],
    schedule: { types: { regular: 1 }, hours: [1, 1.5, 2], slots: [{ days: ['we'], from: '10:00', to: '11:00' }, { days: ['fr'], from: '09:30', to: '11:00' }] },
    minimumAges: [18, 0],
    benefits: ['training', 'expense-allowance'],
  },
  {
    weight: 2,
    categories: ['sport-bewegung'],
    organisations: [...sportsClubs, { name: 'Stadtverwaltung {town}', type: 'kommune' }],
    titles: ['Streckenposten für den Stadtlauf {town}', 'Helfer*innen für den Stadtlauf gesucht', 'Verpflegungsstand beim Volkslauf betreuen'],
    summaries: ['Über 1.000 Läuferinnen und Läufer, eine Strecke durch die Altstadt – und viele Aufgaben für Helferinnen und Helfer. Seien Sie dabei!'],
    intros: [
      'Der Stadtlauf {town} ist jedes Jahr ein großes Fest für Sportlerinnen, Sportler und Zuschauende. Damit alles sicher und reibungslos läuft, brauchen wir rund 150 Helferinnen und Helfer.',
    ],
    details: [
      'Aufgaben gibt es viele: Streckenposten sichern Kreuzungen, am Verpflegungsstand werden Wasser und Bananen gereicht, im Zielbereich Medaillen verteilt.',
      'Alle Helfenden bekommen ein Helfer-T-Shirt, Verpflegung und eine Einweisung am Morgen des Laufs.',
    ],
    tasks: ['Streckenabschnitte sichern', 'Getränke und Obst ausgeben', 'Startunterlagen ausgeben', 'Medaillen im Ziel verteilen'],
    requirements: ['Pünktlichkeit', 'Für Streckenposten: mindestens 16 Jahre'],
    targetGroups: ['groups', 'young-people', 'families'],
    schedule: { types: { 'one-time': 1 }, eventTimes: [['07:30', '13:00'], ['09:00', '14:00']], weekends: true },
    minimumAges: [0, 14, 16],
  },
  {
    weight: 3,
    categories: ['kultur', 'bildung'],
    organisations: [
      { name: 'Förderverein Stadtmuseum {town} e. V.', type: 'verein' },
      { name: 'Heimatverein {town} e. V.', type: 'verein' },
      { name: 'Freundeskreis Schloss {town} e. V.', type: 'verein' },
    ],
    titles: [
      'Ehrenamtliche für Museumsaufsicht und Führungen',
      'Stadtführer*in werden: Führungen durch die Altstadt',
      'Mithilfe im Heimatmuseum {town}',
      'Museumskasse und Besucherbetreuung am Wochenende',
    ],
    summaries: [
      'Unser Museum lebt von Ehrenamtlichen: an der Kasse, in der Aufsicht und bei Führungen. Teilen Sie Ihre Begeisterung für die Geschichte von {town}!',
      'Sie kennen sich in der Ortsgeschichte aus oder möchten sie kennenlernen? Werden Sie Teil unseres Museumsteams.',
    ],
    intros: [
      'Das Heimatmuseum {town} zeigt die Geschichte der Stadt vom Mittelalter bis zur Wende. Geöffnet ist es an den Wochenenden und zu Sonderveranstaltungen – möglich macht das ein Team von rund 20 Ehrenamtlichen.',
    ],
    details: [
      'Sie betreuen die Kasse und den kleinen Museumsladen, beantworten Fragen der Besucherinnen und Besucher und achten auf die Ausstellung. Wer möchte, wird zur Museumsführerin oder zum Museumsführer ausgebildet.',
      'Außerdem suchen wir Menschen, die beim Inventarisieren der Sammlung helfen. Viele Objekte sind noch nicht erfasst.',
      'Beim jährlichen Museumsfest und zur Museumsnacht brauchen wir besonders viele Helferinnen und Helfer.',
    ],
    tasks: ['Besucherbetreuung und Kasse', 'Führungen durch Ausstellung und Altstadt', 'Objekte der Sammlung erfassen', 'Veranstaltungen mit vorbereiten'],
    requirements: ['Interesse an Geschichte', 'Freundliches Auftreten'],
    targetGroups: ['seniors'],
    schedule: { types: { regular: 2, flexible: 2 }, hours: [2, 3, 4], slots: [{ days: ['sa'], from: '13:00', to: '17:00' }, { days: ['su'], from: '10:00', to: '13:00' }] },
    minimumAges: [0, 16],
    benefits: ['training'],
    languages: ['en', 'cs', 'pl'],
  },
  {
    weight: 3,
    categories: ['kultur'],
    organisations: [
      { name: 'Kulturverein {town} e. V.', type: 'verein' },
      { name: 'Soziokulturelles Zentrum {town}', type: 'gemeinnuetzige-gmbh' },
      { name: 'Kantorei der Ev.-Luth. Kirchgemeinde {town}', type: 'kirchengemeinde' },
      { name: 'Förderverein Kammermusik {district} e. V.', type: 'verein' },
    ],
    titles: [
      'Einlass, Garderobe und Bar bei Konzerten',
      'Helfer*innen für Kulturveranstaltungen gesucht',
      'Konzertreihe in der Stadtkirche: Team gesucht',
      'Kulturverein sucht Technik-Helfer*innen',
    ],
    summaries: [
      'Konzerte, Lesungen, Theater: Hinter jeder Veranstaltung stecken viele Ehrenamtliche. Helfen Sie beim Einlass, an der Bar oder an der Technik.',
      'Sie lieben Musik und Theater? Werden Sie Teil unseres Veranstaltungsteams – Eintritt zu allen Veranstaltungen inklusive.',
    ],
    intros: [
      'Der {org} bringt seit über 25 Jahren Konzerte, Lesungen und Theater nach {town}. Rund 40 Veranstaltungen im Jahr organisieren wir – fast alles ehrenamtlich.',
    ],
    details: [
      'Je nach Lust und Talent übernehmen Sie den Einlass, die Abendkasse, die Bar oder helfen beim Aufbau von Bühne und Licht. Technikbegeisterte lernen bei uns Ton- und Lichttechnik.',
      'Als Dankeschön haben Ehrenamtliche freien Eintritt zu allen Veranstaltungen.',
    ],
    tasks: ['Einlass und Abendkasse', 'Getränke ausschenken', 'Bühne auf- und abbauen', 'Plakate verteilen'],
    requirements: ['Zeit an Abenden und Wochenenden', 'Für den Ausschank: mindestens 18 Jahre'],
    targetGroups: ['young-people', 'groups'],
    schedule: {
      types: { flexible: 3, 'one-time': 2 },
      hours: [2, 3],
      eventTimes: [['18:00', '23:00'], ['18:30', '22:30']],
      notes: ['Sie tragen sich für die Abende ein, die Ihnen passen.'],
    },
    minimumAges: [16, 18],
    languages: ['en'],
  },
  {
    weight: 1,
    categories: ['kultur', 'digitales'],
    organisations: [
      { name: 'Heimatverein {town} e. V.', type: 'verein' },
      { name: 'Ortschronik-Arbeitsgruppe {town}', type: 'initiative' },
    ],
    titles: ['Ortschronik digitalisieren: Fotos und Dokumente erfassen', 'Helfer*innen für unser digitales Heimatarchiv'],
    summaries: ['Tausende alte Fotos, Postkarten und Zeitungsausschnitte warten darauf, gescannt und beschrieben zu werden. Helfen Sie, die Geschichte von {town} zu bewahren.'],
    intros: [
      'In den Schränken des Heimatvereins lagern über 8.000 Fotos, Postkarten und Dokumente aus mehr als 100 Jahren Ortsgeschichte. Wir wollen sie digitalisieren und online zugänglich machen.',
    ],
    details: [
      'Gescannt wird in unseren Vereinsräumen; das Beschreiben und Verschlagworten können Sie auch bequem von zu Hause aus am Computer erledigen.',
      'Besonders wertvoll sind ältere Mitbürgerinnen und Mitbürger, die Gebäude und Personen auf alten Fotos erkennen.',
    ],
    tasks: ['Fotos und Dokumente scannen', 'Bilder beschreiben und verschlagworten', 'Personen und Orte auf alten Fotos identifizieren'],
    requirements: ['Sorgfalt', 'Grundkenntnisse am Computer'],
    targetGroups: ['seniors'],
    schedule: { types: { flexible: 2, regular: 1 }, hours: [1, 2, 3], slots: [{ days: ['tu'], from: '14:00', to: '17:00' }] },
    location: { hybrid: 2, remote: 1, onsite: 1 },
    minimumAges: [0],
  },
];
