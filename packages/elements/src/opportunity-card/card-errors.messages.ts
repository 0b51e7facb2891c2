import { defineMessages } from '../internal/localize.js';

/** Why a standalone card has no data; loaded with the card's fetching code only. */
export const cardErrorMessages = defineMessages({
  de: {
    notFound: 'Dieses Angebot gibt es nicht oder nicht mehr.',
    loadFailed: 'Das Angebot konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.',
    retry: 'Erneut versuchen',
  },
  en: {
    notFound: 'This opportunity does not exist or is no longer available.',
    loadFailed: 'The opportunity could not be loaded. Please check your connection.',
    retry: 'Try again',
  },
});
