import type { Theme } from '../theme.js';

export const environmentAndNeighbourhood: readonly Theme[] = [
  {
    weight: 3,
    categories: ['umwelt-naturschutz', 'nachbarschaft'],
    organisations: [
      { name: 'Repair-Café {town}', type: 'initiative' },
      { name: 'Mehrgenerationenhaus {town}', type: 'gemeinnuetzige-gmbh' },
      { name: 'Lokale Agenda 21 {town} e. V.', type: 'verein' },
    ],
    titles: [
      'Reparateur*innen für das Repair-Café gesucht',
      'Repair-Café {town}: Tüftler*innen und Gastgeber*innen gesucht',
      'Reparieren statt wegwerfen – mach mit im Repair-Café!',
      'Elektronik, Fahrräder, Nähmaschinen: Hilfe im Repair-Café',
    ],
    summaries: [
      'Einmal im Monat reparieren wir gemeinsam, was sonst im Müll landen würde. Wir suchen Menschen mit handwerklichem Geschick – und Gastgeber für das Café.',
      'Im Repair-Café bringen Nachbarn kaputte Toaster, Lampen und Hosen mit. Zeigen Sie ihnen, wie man sie repariert!',
    ],
    intros: [
      'Jeden ersten Samstag im Monat öffnet das Repair-Café {town}. Wer einen kaputten Föhn, ein klemmendes Fahrrad oder eine zerrissene Jacke hat, kommt vorbei – und repariert sie gemeinsam mit unseren Ehrenamtlichen. Gut 70 Prozent der Dinge laufen danach wieder.',
    ],
    details: [
      'Wir suchen Menschen, die sich mit Elektrik, Elektronik, Fahrrädern, Textilien oder Holz auskennen. Sie müssen keine Profis sein; Erfahrung aus dem Hobbykeller reicht völlig.',
      'Genauso wichtig sind Gastgeberinnen und Gastgeber: Sie nehmen die Gäste in Empfang, führen die Warteliste und kümmern sich um Kaffee und Kuchen.',
      'Werkzeug und Ersatzteile stellt der Verein. Für Arbeiten an Netzgeräten gibt es eine Einweisung durch einen Elektromeister.',
    ],
    tasks: ['Gemeinsam mit Gästen Geräte reparieren', 'Fahrräder und Kleidung flicken', 'Gäste empfangen und die Warteliste führen', 'Kaffee und Kuchen anbieten'],
    requirements: ['Handwerkliches Geschick oder Freude am Gastgeben', 'Geduld beim Erklären'],
    targetGroups: ['seniors', 'little-german', 'young-people'],
    schedule: {
      types: { regular: 3, 'one-time': 1 },
      hours: [1, 2],
      slots: [{ days: ['sa'], from: '10:00', to: '14:00' }],
      eventTimes: [['10:00', '14:00']],
      weekends: true,
      notes: ['Jeden ersten Samstag im Monat.'],
    },
    minimumAges: [0, 14],
    languages: ['en'],
  },
  {
    weight: 3,
    categories: ['umwelt-naturschutz'],
    organisations: [
      { name: 'Stadtverwaltung {town}', type: 'kommune' },
      { name: 'Heimat- und Verschönerungsverein {town} e. V.', type: 'verein' },
      { name: 'Bürgerstiftung {town}', type: 'stiftung' },
    ],
    titles: [
      'Frühjahrsputz in {town}: Müllsammelaktion',
      'Müllsammelaktion am Flussufer – Helfer*innen gesucht',
      'Gemeinsam aufräumen: Müllsammeln im Stadtpark',
      'Clean-up-Day: Wir sammeln Müll in {town}',
    ],
    summaries: [
      'Einen Vormittag lang sammeln wir gemeinsam Müll in Parks, an Bächen und Wegen. Greifzangen, Handschuhe und Säcke stellen wir.',
      'Familien, Vereine, Schulklassen und Firmenteams: Alle sind eingeladen, beim großen Frühjahrsputz mitzumachen.',
    ],
    intros: [
      'Zum Frühjahrsputz rufen Stadt und Vereine alle Bürgerinnen und Bürger von {town} auf, gemeinsam Müll zu sammeln. Im letzten Jahr kamen über 300 Menschen und haben mehr als zwei Tonnen Abfall eingesammelt.',
    ],
    details: [
      'Treffpunkt ist um 9 Uhr am Marktplatz. Dort bekommen alle Gruppen ein Gebiet, Greifzangen, Handschuhe und Müllsäcke. Die Stadt holt die vollen Säcke anschließend ab.',
      'Zum Abschluss gibt es für alle Helferinnen und Helfer eine Bratwurst und Getränke. Kinder sind in Begleitung herzlich willkommen.',
      'Gruppen ab zehn Personen melden sich bitte vorher an, damit wir genug Material haben.',
    ],
    tasks: ['Müll in einem zugeteilten Gebiet sammeln', 'Sperrmüllfunde melden', 'Beim Ausgabestand helfen'],
    requirements: ['Wetterfeste Kleidung und festes Schuhwerk'],
    targetGroups: ['families', 'groups', 'little-german', 'young-people'],
    schedule: { types: { 'one-time': 1 }, eventTimes: [['09:00', '12:00'], ['10:00', '13:00']], weekends: true },
    minimumAges: [0],
  },
  {
    weight: 2,
    categories: ['umwelt-naturschutz', 'tierschutz'],
    organisations: [
      { name: 'Naturschutzstation {district} e. V.', type: 'verein' },
      { name: 'Landschaftspflegeverband {district} e. V.', type: 'verein' },
      { name: 'Naturschutzbund Regionalgruppe {district}', type: 'verein' },
    ],
    titles: [
      'Krötenzaun betreuen: Amphibienschutz im Frühjahr',
      'Helfer*innen für die Krötenwanderung gesucht',
      'Streuobstwiese pflegen: Pflegeeinsatz am Wochenende',
      'Landschaftspflegeeinsatz im Naturschutzgebiet',
    ],
    summaries: [
      'Jedes Frühjahr wandern tausende Kröten zu ihren Laichgewässern – quer über die Straße. Helfen Sie, sie sicher hinüberzutragen!',
      'Streuobstwiesen sind Lebensraum für hunderte Arten. Beim Pflegeeinsatz schneiden wir Bäume, rechen Mahdgut und pflanzen alte Obstsorten.',
    ],
    intros: [
      'Von Ende Februar bis April wandern Erdkröten, Grasfrösche und Molche aus ihren Winterquartieren zu den Teichen. An mehreren Straßen rund um {town} stellen wir deshalb Amphibienzäune auf, an denen die Tiere in Eimer fallen.',
      'Streuobstwiesen prägen die Landschaft rund um {town}. Ohne Pflege verbuschen sie in wenigen Jahren. Deshalb treffen wir uns im Herbst und Winter zu Pflegeeinsätzen.',
    ],
    details: [
      'Die Eimer müssen jeden Morgen und bei warmem Regenwetter auch abends geleert werden. Sie zählen die Tiere, tragen sie über die Straße und notieren die Zahlen für die Naturschutzbehörde.',
      'Werkzeug, Handschuhe und eine Einweisung bekommen Sie vor Ort. Mittags gibt es eine warme Suppe.',
      'Die Daten aus dem Krötenzaun fließen in die landesweite Kartierung ein – Sie helfen also auch der Forschung.',
    ],
    tasks: ['Eimer am Krötenzaun kontrollieren', 'Tiere bestimmen, zählen und über die Straße tragen', 'Obstbäume schneiden und Mahdgut rechen'],
    requirements: ['Frühes Aufstehen macht Ihnen nichts aus', 'Warnweste (wird gestellt) und Taschenlampe'],
    targetGroups: ['families', 'groups', 'seniors'],
    schedule: {
      types: { 'one-time': 2, flexible: 1 },
      hours: [2, 3],
      eventTimes: [['09:00', '14:00'], ['07:00', '08:30']],
      weekends: true,
      notes: ['Während der Krötenwanderung tragen Sie sich für einzelne Tage in den Plan ein.'],
    },
    minimumAges: [0, 12],
    benefits: ['training'],
  },
  {
    weight: 2,
    categories: ['umwelt-naturschutz', 'sport-bewegung'],
    organisations: [
      { name: 'Erzgebirgszweigverein {town} e. V.', type: 'verein', regions: ['erzgebirgskreis', 'mittelsachsen'] },
      { name: 'Heimat- und Wanderverein {town} e. V.', type: 'verein' },
      { name: 'Gebirgsverein für die Sächsische Schweiz, Ortsgruppe {town}', type: 'verein', regions: ['saechsische-schweiz-osterzgebirge'] },
    ],
    titles: ['Wegewart*in für unsere Wanderwege', 'Wanderwege markieren und pflegen', 'Helfer*innen für die Pflege von Wanderwegen und Aussichtspunkten'],
    summaries: ['Unsere Wanderwege rund um {town} brauchen Pflege: Markierungen erneuern, Wegweiser reparieren, Bänke streichen.'],
    intros: [
      'Der {org} betreut über 80 Kilometer Wanderwege rund um {town}. Dass Wandernde sich nicht verlaufen und an den Aussichtspunkten eine Bank finden, ist ehrenamtliche Arbeit.',
    ],
    details: [
      'Als Wegewartin oder Wegewart übernehmen Sie einen Abschnitt, den Sie zwei- bis dreimal im Jahr ablaufen. Schäden melden Sie, kleine Dinge erledigen Sie selbst.',
      'Im Frühjahr treffen wir uns zum gemeinsamen Arbeitseinsatz mit anschließender Wanderung und Einkehr.',
    ],
    tasks: ['Wegmarkierungen erneuern', 'Wegweiser und Bänke instand halten', 'Schäden an die Gemeinde melden'],
    requirements: ['Trittsicherheit und Freude am Wandern'],
    targetGroups: ['seniors', 'groups'],
    schedule: { types: { flexible: 2, 'one-time': 1 }, hours: [1, 2], eventTimes: [['09:00', '15:00']], weekends: true },
    minimumAges: [0, 16],
    benefits: ['insurance'],
  },
  {
    weight: 3,
    categories: ['nachbarschaft', 'kultur'],
    organisations: [
      { name: 'Stadtteilverein {town}-Mitte e. V.', type: 'verein' },
      { name: 'Bürgerverein {town} e. V.', type: 'verein' },
      { name: 'Gewerbe- und Bürgerverein {town} e. V.', type: 'verein' },
      { name: 'Ev.-Luth. Kirchgemeinde {town}', type: 'kirchengemeinde' },
    ],
    titles: [
      'Helfer*innen für unser Straßenfest gesucht',
      'Straßenfest in {town}: Auf- und Abbau, Getränkestand, Kinderprogramm',
      'Stadtteilfest mitgestalten',
      'Mitmachen beim Straßenfest – auch nur für ein paar Stunden',
    ],
    summaries: [
      'Beim Straßenfest feiert die ganze Nachbarschaft. Für Aufbau, Getränkestand, Kinderschminken und Abbau brauchen wir viele helfende Hände.',
      'Musik, Flohmarkt und Kuchenbuffet: Helfen Sie mit, dass unser Straßenfest wieder ein Erfolg wird – schon zwei Stunden helfen.',
    ],
    intros: [
      'Einmal im Jahr wird die Straße gesperrt, und die Nachbarschaft feiert: mit Flohmarkt, Bühne, Kuchenbuffet und Hüpfburg. Das Straßenfest lebt davon, dass viele ein paar Stunden mit anpacken.',
      'Das Straßenfest in {town} ist das größte Nachbarschaftsfest der Stadt. Organisiert wird es vollständig von Ehrenamtlichen aus Vereinen, Kirchgemeinde und Nachbarschaft.',
    ],
    details: [
      'Sie können sich für eine oder mehrere Schichten eintragen: Aufbau ab 8 Uhr, Standdienst in Zwei-Stunden-Schichten und Abbau ab 18 Uhr.',
      'Besonders gesucht: Menschen, die am Kinderschminken, an der Bastelstraße oder beim Kuchenverkauf helfen. Kuchenspenden sind ebenfalls willkommen!',
      'Alle Helferinnen und Helfer sind zum Helferfest nach dem Abbau eingeladen.',
    ],
    tasks: ['Stände und Bänke aufbauen', 'Getränke und Kuchen verkaufen', 'Kinderprogramm betreuen', 'Nach dem Fest aufräumen'],
    requirements: ['Gute Laune', 'Für den Getränkeausschank: mindestens 18 Jahre'],
    targetGroups: ['families', 'groups', 'young-people', 'little-german'],
    schedule: { types: { 'one-time': 1 }, eventTimes: [['08:00', '12:00'], ['12:00', '18:00'], ['14:00', '20:00']], weekends: true },
    minimumAges: [0, 0, 14],
  },
];
