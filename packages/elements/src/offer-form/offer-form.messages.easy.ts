// Leichte Sprache, written by a non-native writer of it: needs review by a checker group (docs/translating.md).
// Rules: short sentences, one statement each, no genitive, explained words (test/elements/i18n/easy-language.test.ts).
import type { OfferMessages } from './offer-form.messages.js';

const words: OfferMessages = {
  about: 'Über Sie',
  displayName: 'Ihr Name für die Internet-Seite',
  displayNameHint: 'Ihr Vorname reicht. Sie können auch einen anderen Namen ausdenken. Der Name steht bei Ihrem Angebot.',
  email: 'E-Mail-Adresse',
  emailHint: 'Nur wir sehen die Adresse. Vereine schreiben Ihnen über uns. Wir schicken die Nachrichten an diese Adresse.',
  ageGroup: 'Ihr Alter',
  ageGroupHint: 'Manche Angebote passen gut zu einem Alter. Das können Sie auch frei-lassen.',
  noAgeGroup: 'Das sage ich lieber für mich.',
  offer: 'Ihr Hilfe-Angebot',
  title: 'Was möchten Sie machen?',
  titleHint: 'Schreiben Sie einen kurzen Satz. Zum Beispiel: Ich helfe gern im Garten.',
  description: 'Beschreibung',
  descriptionHint: 'Was können Sie gut? Was möchten Sie gern machen? Schreiben Sie mindestens 20 Zeichen.',
  categories: 'Bereich',
  categoriesHint: 'Wo möchten Sie helfen? Wählen Sie 1 bis 3 Bereiche aus.',
  when: 'Wann haben Sie Zeit?',
  availability: 'Wie oft haben Sie Zeit?',
  hoursPerWeek: 'Stunden in der Woche',
  hoursHint: 'Ungefähr. Zum Beispiel: 2 Stunden.',
  days: 'An welchen Tagen?',
  note: 'Mehr zur Zeit',
  noteHint: 'Zum Beispiel: Am Vormittag. Oder: Nur in den Schul-Ferien.',
  where: 'Wo möchten Sie helfen?',
  place: 'Ort',
  placeHint: 'Schreiben Sie Ihren Wohn-Ort. Oder einen Ort in der Nähe. Wir zeigen nur den Ort, Ihre Adresse bleibt geheim.',
  radius: 'So viele Kilometer dürfen es sein',
  radiusHint: 'Wie weit möchten Sie fahren? Schreiben Sie eine Zahl von 0 bis 200.',
  unknownPlace: 'Wir finden diesen Ort leider nicht. Bitte prüfen Sie den Namen. Oder schreiben Sie eine Stadt in der Nähe.',
  submit: 'Hilfe-Angebot abschicken',
  thanks: 'Ihr Hilfe-Angebot ist angekommen.',
  next: 'Die Freiwilligen-Agentur prüft Ihr Angebot. Das dauert meistens 2 Arbeits-Tage. Dann ist Ihr Angebot im Internet. Wir schreiben Ihnen dann eine E-Mail.',
};

export { words as easy };
