// Leichte Sprache, written by a non-native writer of it: needs review by a checker group (docs/translating.md).
// Rules: short sentences, one statement each, no genitive, explained words (test/elements/i18n/easy-language.test.ts).
import type { InterestMessages } from './interest-form.messages.js';

const words: InterestMessages = {
  name: 'Ihr Name',
  email: 'Ihre E-Mail-Adresse',
  emailHint: 'Der Verein schreibt Ihnen an diese Adresse. Nur der Verein sieht die Adresse.',
  offerEmailHint: 'Die Person schreibt Ihnen an diese Adresse. Nur diese Person sieht die Adresse.',
  phone: 'Ihre Telefon-Nummer',
  phoneHint: 'Das können Sie frei-lassen. Schreiben Sie die Nummer hier, wenn jemand Sie anrufen soll.',
  message: 'Ihre Nachricht',
  messageHint: 'Schreiben Sie: Warum möchten Sie mitmachen? Wann haben Sie Zeit? Schreiben Sie mindestens 10 Zeichen.',
  offerMessageHint: 'Schreiben Sie: Wobei brauchen Sie Hilfe? Wie erreicht man Sie? Schreiben Sie mindestens 10 Zeichen.',
  submit: 'Nachricht schicken',
  thanks: 'Ihre Nachricht ist angekommen.',
  next: 'Wir schicken die Nachricht an den Verein. Der Verein meldet sich dann bei Ihnen. Das dauert meistens ein paar Tage.',
  offerNext: 'Wir schicken die Nachricht an die Person mit dem Hilfe-Angebot. Die Person meldet sich dann bei Ihnen.',
  filled: 'Jemand macht das Angebot jetzt schon. Wir haben Ihre Nachricht darum nicht verschickt. Ihr Text bleibt hier stehen.',
  gone: 'Dieses Angebot gibt es leider nicht mehr. Wir haben Ihre Nachricht darum nicht verschickt.',
  noSubject: 'Hier fehlt eine Angabe für die Technik: opportunity-id oder offer-id. Die Internet-Seite muss das ändern.',
};

export { words as easy };
