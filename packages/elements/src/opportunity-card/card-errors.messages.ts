import { defineMessages } from '../internal/localize.js';

/**
 * Why a standalone card has no data; loaded with the card's fetching code only, so every language
 * is given here (no request of its own). Languages other than German and English were written by
 * a non-native speaker and need a native speaker's review (docs/translating.md).
 */
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
  uk: {
    notFound: 'Такої пропозиції немає або вона вже неактуальна.',
    loadFailed: 'Не вдалося завантажити пропозицію. Будь ласка, перевірте підключення.',
    retry: 'Спробувати ще раз',
  },
  ar: {
    notFound: 'هذه الفرصة غير موجودة أو لم تعد متاحة.',
    loadFailed: 'تعذّر تحميل الفرصة. يُرجى التحقق من الاتصال.',
    retry: 'حاول مرة أخرى',
  },
  tr: {
    notFound: 'Bu ilan yok ya da artık geçerli değil.',
    loadFailed: 'İlan yüklenemedi. Lütfen bağlantınızı kontrol edin.',
    retry: 'Tekrar dene',
  },
  ru: {
    notFound: 'Такого предложения нет или оно больше не актуально.',
    loadFailed: 'Не удалось загрузить предложение. Пожалуйста, проверьте подключение.',
    retry: 'Попробовать ещё раз',
  },
  easy: {
    notFound: 'Dieses Angebot gibt es leider nicht mehr.',
    loadFailed: 'Das Angebot kommt leider gerade nicht. Bitte prüfen Sie Ihr Internet.',
    retry: 'Noch einmal versuchen',
  },
});
