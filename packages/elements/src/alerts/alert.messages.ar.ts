// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { AlertMessages } from './alert.messages.js';

const words: AlertMessages = {
  subscribe: 'أعلمني: الاشتراك عبر البريد الإلكتروني',
  feed: 'هذا البحث كخلاصة (Atom)',
  hint: 'رسالة واحدة على الأكثر في اليوم أو في الأسبوع، فقط عند وجود عروض جديدة لهذا البحث. ستصلك أولاً رسالة فيها رابط للتأكيد؛ ويمكن إلغاء الاشتراك بنقرة واحدة.',
  email: 'عنوان البريد الإلكتروني',
  frequency: 'كم مرة؟',
  daily: 'يوميًا',
  weekly: 'أسبوعيًا',
  send: 'اشترك',
  sending: 'جارٍ الإرسال …',
  sent: (email: string) => `اقتربنا: يرجى التأكيد عبر الرابط في الرسالة المرسلة إلى ${email}.`,
  emailInvalid: 'يرجى إدخال عنوان بريد إلكتروني صحيح، مثل name@example.org.',
  failed: 'لم ينجح ذلك. يرجى المحاولة مرة أخرى.',
};

export { words as ar };
