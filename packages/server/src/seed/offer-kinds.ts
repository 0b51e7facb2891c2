import type { AgeGroup, Category, ScheduleType } from '@mitmachen/contract';

/**
 * A kind of help volunteers offer on their own ("Ich biete Hilfe an"), written in the first
 * person as people write such offers. Texts may use `{town}`, and `[female|male]` where the
 * words depend on who writes.
 */
export interface OfferKind {
  weight: number;
  categories: readonly [Category, ...Category[]];
  /** Offers of this kind: a title, the text that goes with it, and who typically writes it. */
  variants: readonly OfferVariant[];
  /** Sentences any offer of this kind may add. */
  extras: readonly string[];
  /** Pseudonyms that fit this kind of offer, besides the general ones. */
  nicknames: readonly string[];
  availability: Partial<Record<ScheduleType, number>>;
  languages?: readonly string[];
}

export interface OfferVariant {
  title: string;
  text: string;
  ageGroups: readonly AgeGroup[];
}

export const OFFER_KINDS: readonly OfferKind[] = [
  {
    weight: 3,
    categories: ['migration-integration', 'soziales'],
    variants: [
      {
        title: 'Ich helfe bei Behördengängen',
        text: 'Ich habe lange in einer Verwaltung gearbeitet und kenne mich mit Anträgen, Bescheiden und Fristen gut aus. Gern begleite ich zum Jobcenter, zur Ausländerbehörde oder zur Krankenkasse.',
        ageGroups: ['50-64', '65-plus'],
      },
      {
        title: 'Hilfe bei Anträgen und Briefen von Behörden',
        text: 'Briefe von Ämtern sind oft schwer zu verstehen – nicht nur für Menschen, die gerade Deutsch lernen. Ich lese sie gern gemeinsam mit Ihnen und erkläre, was zu tun ist.',
        ageGroups: ['30-49', '50-64'],
      },
    ],
    extras: ['Am besten passt es mir vormittags unter der Woche.', 'Ich bin mit dem Fahrrad oder dem Bus unterwegs.'],
    nicknames: ['Formularprofi', '[Amtslotsin|Amtslotse]', '[Paragrafenreiterin|Paragrafenreiter]'],
    availability: { regular: 1, flexible: 3 },
    languages: ['en', 'ru', 'ar'],
  },
  {
    weight: 3,
    categories: ['senioren', 'nachbarschaft'],
    variants: [
      {
        title: 'Ich gehe für Sie einkaufen',
        text: 'Ich wohne seit Kurzem in {town} und möchte mich in der Nachbarschaft nützlich machen. Gern erledige ich Einkäufe für ältere Menschen, die nicht mehr so gut zu Fuß sind.',
        ageGroups: ['18-29', '30-49'],
      },
      {
        title: 'Spaziergänge und Gespräche mit Senioren',
        text: 'Meine Großeltern wohnen leider weit weg, und ich vermisse die Gespräche mit ihnen. Deshalb würde ich gern eine ältere Dame oder einen älteren Herrn regelmäßig besuchen und mit ihr oder ihm spazieren gehen.',
        ageGroups: ['under-18', '18-29'],
      },
      {
        title: 'Fahrdienst zu Arztterminen',
        text: 'Seit ich in Rente bin, habe ich Zeit und ein Auto. Ich fahre gern ältere Nachbarinnen und Nachbarn zum Arzt, zur Apotheke oder zum Friedhof.',
        ageGroups: ['65-plus'],
      },
    ],
    extras: ['Rufen Sie mich einfach über die Plattform an, dann besprechen wir alles Weitere.', 'Ich bin zuverlässig und pünktlich.'],
    nicknames: ['[Nachbarin|Nachbar] mit Zeit', 'Helfende Hand', 'Einkaufsengel'],
    availability: { regular: 2, flexible: 2 },
  },
  {
    weight: 3,
    categories: ['bildung', 'kinder-jugend'],
    variants: [
      {
        title: 'Nachhilfe in Mathe und Physik',
        text: 'Ich studiere Lehramt für Mathematik und Physik und möchte Schülerinnen und Schülern helfen, die sich Nachhilfe nicht leisten können. Klassen 5 bis 10, gern auch zur Prüfungsvorbereitung.',
        ageGroups: ['18-29'],
      },
      {
        title: 'Hausaufgabenhilfe für Grundschulkinder',
        text: 'Als [pensionierte Grundschullehrerin|pensionierter Grundschullehrer] vermisse ich die Arbeit mit Kindern. Ich helfe gern bei Hausaufgaben, beim Lesenlernen oder beim Einmaleins.',
        ageGroups: ['65-plus'],
      },
      {
        title: 'Ich erkläre Englisch – geduldig und kostenlos',
        text: 'Ich habe mehrere Jahre in Irland gelebt und spreche fließend Englisch. Gern übe ich mit Schülerinnen und Schülern Vokabeln, Grammatik und das freie Sprechen.',
        ageGroups: ['30-49', '50-64'],
      },
    ],
    extras: ['Treffen können wir uns in der Stadtbibliothek, in einem Jugendtreff oder online.', 'Ein erweitertes Führungszeugnis habe ich.'],
    nicknames: ['[Mathe-Marie|Mathe-Max]', '[Lernpatin|Lernpate]', 'Leseratte'],
    availability: { regular: 3, flexible: 1 },
    languages: ['en'],
  },
  {
    weight: 2,
    categories: ['tierschutz'],
    variants: [
      {
        title: 'Gassigehen mit Ihrem Hund',
        text: 'Ich liebe Hunde, kann aber selbst keinen halten. Deshalb gehe ich gern mit Ihrem Hund Gassi – zum Beispiel, wenn Sie krank sind oder nicht mehr so gut laufen können.',
        ageGroups: ['under-18', '18-29', '30-49'],
      },
      {
        title: 'Ich führe Hunde aus und füttere Katzen',
        text: 'Ich hatte selbst 14 Jahre lang einen Schäferhund und kann auch mit großen Hunden umgehen. Katzen füttere ich ebenfalls gern, wenn Sie verreisen oder ins Krankenhaus müssen.',
        ageGroups: ['50-64', '65-plus'],
      },
    ],
    extras: ['Auch ein Tierheim oder eine Tiertafel in {town} darf sich gern melden.', 'Am Wochenende habe ich besonders viel Zeit.'],
    nicknames: ['[Hundefreundin|Hundefreund]', '[Gassigeherin|Gassigeher]', 'Tierlieb'],
    availability: { flexible: 3, regular: 1 },
  },
  {
    weight: 2,
    categories: ['umwelt-naturschutz', 'nachbarschaft'],
    variants: [
      {
        title: 'Hilfe im Garten',
        text: 'Gartenarbeit ist meine große Leidenschaft. Wer seinen Garten nicht mehr allein schafft, dem helfe ich gern beim Umgraben, Pflanzen und Heckenschneiden.',
        ageGroups: ['50-64', '65-plus'],
      },
      {
        title: 'Gärtnern im Gemeinschaftsgarten',
        text: 'Ich würde mich gern in einem Gemeinschaftsgarten oder bei Pflegeeinsätzen auf Streuobstwiesen engagieren. Erfahrung mit Obstbaumschnitt habe ich.',
        ageGroups: ['30-49', '50-64'],
      },
    ],
    extras: ['Eigenes Werkzeug bringe ich mit.'],
    nicknames: ['[Gartenfreundin|Gartenfreund]', 'Grüner Daumen', '[Kräuterhexe|Kräuterfreund]'],
    availability: { flexible: 2, regular: 1, 'one-time': 1 },
  },
  {
    weight: 2,
    categories: ['digitales', 'senioren'],
    variants: [
      {
        title: 'Computerhilfe für Senioren',
        text: 'Ich arbeite in der IT und erkläre gern, wie Smartphone, Tablet oder Computer funktionieren. Besonders älteren Menschen möchte ich die Angst vor der Technik nehmen.',
        ageGroups: ['30-49'],
      },
      {
        title: 'Ich richte Smartphones und Tablets ein',
        text: 'Ob Videotelefonie mit den Enkeln, Online-Banking oder das Einrichten eines neuen Geräts: Ich komme gern vorbei oder helfe per Telefon. Ich gehe noch zur Schule und kenne mich gut aus.',
        ageGroups: ['under-18'],
      },
    ],
    extras: ['Geduld habe ich reichlich.'],
    nicknames: ['[Technik-Tina|Technik-Tim]', '[Digitallotsin|Digitallotse]', 'Admin vom Dienst'],
    availability: { flexible: 3, regular: 1 },
    languages: ['en'],
  },
  {
    weight: 2,
    categories: ['migration-integration', 'bildung'],
    variants: [
      {
        title: 'Übersetzen Arabisch–Deutsch',
        text: 'Ich bin vor acht Jahren aus Syrien nach {town} gekommen und spreche inzwischen gut Deutsch. Jetzt möchte ich anderen helfen, die neu hier sind, zum Beispiel bei Arztterminen oder Elterngesprächen.',
        ageGroups: ['18-29', '30-49'],
      },
      {
        title: 'Ich dolmetsche Ukrainisch und Russisch',
        text: 'Ich komme aus Charkiw und lebe seit 2022 in Sachsen. Ich übersetze gern zwischen Ukrainisch, Russisch und Deutsch.',
        ageGroups: ['30-49', '50-64'],
      },
      {
        title: 'Deutsch üben mit Neuankommenden',
        text: 'Als [Deutschlehrerin|Deutschlehrer] im Ruhestand biete ich Gesprächsrunden für alle an, die ihr Deutsch im Alltag üben möchten.',
        ageGroups: ['65-plus'],
      },
    ],
    extras: ['Gern auch kurzfristig.', 'Am liebsten nachmittags.'],
    nicknames: ['Sprachbrücke', '[Dolmetscherin|Dolmetscher]', '[Brückenbauerin|Brückenbauer]'],
    availability: { flexible: 3, regular: 2 },
    languages: ['ar', 'uk', 'ru', 'fa'],
  },
  {
    weight: 2,
    categories: ['nachbarschaft', 'umwelt-naturschutz'],
    variants: [
      {
        title: 'Ich repariere Elektrogeräte im Repair-Café',
        text: 'Ich bin [gelernte Elektrikerin|gelernter Elektriker] und seit letztem Jahr in Rente. Gern repariere ich Lampen, Toaster und Radios – am liebsten in einem Repair-Café, damit andere dabei etwas lernen.',
        ageGroups: ['65-plus'],
      },
      {
        title: 'Fahrradreparaturen für Nachbarn',
        text: 'Fahrräder sind mein Hobby. Ich helfe beim Flicken, Einstellen und bei der Suche nach gebrauchten Ersatzteilen.',
        ageGroups: ['under-18', '18-29', '30-49'],
      },
      {
        title: '[Handwerkerin|Handwerker] mit Zeit sucht Aufgaben',
        text: 'Kleine Arbeiten für Vereine übernehme ich gern: ein Regal bauen, eine Tür einstellen, Bänke streichen.',
        ageGroups: ['50-64', '65-plus'],
      },
    ],
    extras: ['Werkzeug habe ich selbst.'],
    nicknames: ['[Tüftlerin|Tüftler]', '[Schrauberin|Schrauber]', '[Handwerkerin62|Handwerker62]'],
    availability: { flexible: 2, regular: 1, 'one-time': 1 },
  },
  {
    weight: 2,
    categories: ['kultur', 'vereinsarbeit-vorstand'],
    variants: [
      {
        title: 'Mithilfe bei Festen und Veranstaltungen',
        text: 'Ich packe gern mit an, wenn Feste organisiert werden: Bänke aufbauen, Getränke ausschenken, hinterher aufräumen. Am besten an Wochenenden.',
        ageGroups: ['under-18', '18-29', '30-49'],
      },
      {
        title: 'Ich backe Kuchen für Vereinsfeste',
        text: 'Ich backe leidenschaftlich gern und spende Kuchen für Vereinsfeste, Basare oder Sommerfeste in Kitas und Schulen.',
        ageGroups: ['30-49', '50-64', '65-plus'],
      },
    ],
    extras: ['Mit meinem Transporter kann ich auch Material fahren.'],
    nicknames: ['[Festhelferin|Festhelfer]', '[Kuchenfee|Kuchenbäcker]', 'Packt mit an'],
    availability: { 'one-time': 3, flexible: 2 },
  },
  {
    weight: 2,
    categories: ['vereinsarbeit-vorstand', 'digitales'],
    variants: [
      {
        title: 'Buchhaltung und Kasse für Vereine',
        text: 'Ich bin [Steuerfachangestellte|Steuerfachangestellter] und möchte mein Wissen ehrenamtlich einsetzen. Kleine Vereine unterstütze ich gern bei Kassenführung, Jahresabschluss und Gemeinnützigkeit.',
        ageGroups: ['30-49', '50-64'],
      },
      {
        title: 'Ich unterstütze Vereine bei Fördermittelanträgen',
        text: 'Ich habe schon mehrere Förderanträge bei Stiftungen und beim Landkreis geschrieben und gebe meine Erfahrung gern weiter.',
        ageGroups: ['30-49', '50-64', '65-plus'],
      },
      {
        title: 'Website und Social Media für Ihren Verein',
        text: 'Ich studiere Medieninformatik und baue gern eine einfache, barrierefreie Website für Ihren Verein. Auch bei Instagram und Co. kann ich helfen.',
        ageGroups: ['18-29'],
      },
    ],
    extras: ['Das meiste erledige ich von zu Hause aus; für Besprechungen komme ich gern vorbei.'],
    nicknames: ['Zahlenmensch', '[Vereinsmeierin|Vereinsmeier]', '[Kassenprüferin|Kassenprüfer]'],
    availability: { flexible: 3, regular: 1 },
  },
  {
    weight: 2,
    categories: ['sport-bewegung', 'kinder-jugend'],
    variants: [
      {
        title: '[Trainerin|Trainer] für Kinderfußball',
        text: 'Ich habe 20 Jahre im Verein Fußball gespielt und möchte jetzt etwas zurückgeben. Gern unterstütze ich ein Kindertraining als [Co-Trainerin|Co-Trainer].',
        ageGroups: ['30-49'],
      },
      {
        title: 'Ich leite Lauftreffs und Walkinggruppen',
        text: 'Als [Lauftrainerin|Lauftrainer] mit Übungsleiterlizenz biete ich einen Lauftreff für Einsteigerinnen und Einsteiger an – gern in Zusammenarbeit mit einem Verein.',
        ageGroups: ['30-49', '50-64'],
      },
    ],
    extras: ['Die Trainerlizenz würde ich gern noch machen.'],
    nicknames: ['[Lauffreundin|Lauffreund]', '[Coach Kim|Coach Kai]', 'Sportskanone'],
    availability: { regular: 3, flexible: 1 },
  },
  {
    weight: 1,
    categories: ['gesundheit-pflege', 'senioren'],
    variants: [
      {
        title: 'Begleitung für Menschen mit Demenz',
        text: 'Ich habe meine Mutter mehrere Jahre gepflegt und weiß, wie wertvoll Zeit und Zuwendung sind. Gern besuche ich Menschen mit Demenz oder entlaste pflegende Angehörige für ein paar Stunden.',
        ageGroups: ['50-64', '65-plus'],
      },
      {
        title: 'Ich singe mit Senioren',
        text: 'Ich lese gern vor – Zeitung, Gedichte, Geschichten – und spiele Gitarre. Vielleicht freut sich ein Pflegeheim über einen Nachmittag mit alten Liedern?',
        ageGroups: ['18-29', '30-49', '65-plus'],
      },
    ],
    extras: ['Ein Erste-Hilfe-Kurs ist noch nicht lange her.'],
    nicknames: ['[Vorleserin|Vorleser]', '[Liedermacherin|Liedermacher]', '[Zeitschenkerin|Zeitschenker]'],
    availability: { regular: 2, flexible: 2 },
  },
  {
    weight: 1,
    categories: ['rettung-katastrophenschutz'],
    variants: [
      {
        title: '[Ersthelferin|Ersthelfer] für Veranstaltungen',
        text: 'Ich bin [ausgebildete Rettungssanitäterin|ausgebildeter Rettungssanitäter] und helfe gern bei Veranstaltungen von Vereinen, die keinen eigenen Sanitätsdienst haben.',
        ageGroups: ['18-29', '30-49'],
      },
      {
        title: '[Helferin|Helfer] bei Hochwasser und Unwetter',
        text: 'Beim Hochwasser 2013 habe ich Sandsäcke geschleppt und gemerkt, wie wichtig schnelle Hilfe ist. Wenn es wieder nötig wird, bin ich dabei – auch für Übungen.',
        ageGroups: ['30-49', '50-64'],
      },
    ],
    extras: ['Einen Führerschein für Transporter habe ich.'],
    nicknames: ['[Ersthelferin|Ersthelfer]', '[Sandsackheldin|Sandsackheld]', 'Blaulichtfan'],
    availability: { flexible: 2, 'one-time': 2 },
  },
  {
    weight: 1,
    categories: ['inklusion', 'kultur'],
    variants: [
      {
        title: 'Ich begleite zu Konzerten, ins Kino und ins Stadion',
        text: 'Ich gehe gern ins Kino, ins Theater und zum Fußball und würde jemanden begleiten, der das allein nicht kann.',
        ageGroups: ['18-29', '30-49'],
      },
      {
        title: 'Gebärdensprache: Ich helfe bei Veranstaltungen',
        text: 'Ich beherrsche die Deutsche Gebärdensprache und unterstütze gern Veranstaltungen, die auch für gehörlose Menschen zugänglich sein möchten.',
        ageGroups: ['30-49', '50-64'],
      },
    ],
    extras: ['Ich habe am Wochenende und abends Zeit.'],
    nicknames: ['[Kulturbegleiterin|Kulturbegleiter]', 'Stadionfan', 'Offen für alles'],
    availability: { flexible: 3, regular: 1 },
  },
  {
    weight: 1,
    categories: ['politik-beteiligung', 'nachbarschaft'],
    variants: [
      {
        title: 'Moderation von Bürgerversammlungen',
        text: 'Als [Mediatorin|Mediator] moderiere ich beruflich Gespräche zwischen Menschen mit unterschiedlichen Meinungen. Ehrenamtlich biete ich das für Bürgerversammlungen und Beteiligungsprojekte in {town} an.',
        ageGroups: ['30-49', '50-64'],
      },
      {
        title: 'Ich helfe bei Wahlen und Bürgerdialogen',
        text: 'Ich war schon mehrmals [Wahlhelferin|Wahlhelfer] und stehe für die nächsten Wahlen wieder zur Verfügung.',
        ageGroups: ['18-29', '50-64', '65-plus'],
      },
    ],
    extras: ['Parteipolitisch bin ich nicht gebunden.'],
    nicknames: ['[Brückenbauerin|Brückenbauer]', 'Demokratiefan'],
    availability: { 'one-time': 2, flexible: 2 },
  },
];
