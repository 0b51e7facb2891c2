// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from '../format/plural.js';
import type { FormMessages } from './form.messages.js';

/** Arabic counts letters in six forms: "حرف واحد", "حرفان", "5 أحرف", "11 حرفًا", "100 حرف". */
const chars = (n: number) =>
  plural('ar', n, { zero: `${n} حرف`, one: 'حرف واحد', two: 'حرفان', few: `${n} أحرف`, many: `${n} حرفًا`, other: `${n} حرف` });

const words: FormMessages = {
  required: (label: string) => `يُرجى ملء حقل "${label}".`,
  choose: (label: string) => `يُرجى اختيار خيار في "${label}".`,
  tooShort: (label: string, n: number) => `يجب ألا يقل "${label}" عن ${chars(n)}.`,
  tooLong: (label: string, n: number) => `يجب ألا يزيد "${label}" على ${chars(n)}.`,
  email: 'يُرجى إدخال بريد إلكتروني بالشكل name@example.de.',
  url: 'يُرجى إدخال عنوان ويب يبدأ بـ https:// أو http://.',
  tel: 'يُرجى إدخال رقم هاتف من 5 إلى 40 رمزًا: أرقام ومسافات و + ( ) / - فقط.',
  postalCode: 'يُرجى إدخال رمز بريدي من خمسة أرقام، مثل 01067.',
  number: (label: string) => `يُرجى إدخال رقم في "${label}".`,
  wholeNumber: (label: string) => `يُرجى إدخال عدد صحيح في "${label}".`,
  between: (label: string, min: number, max: number) => `يجب أن تكون قيمة "${label}" بين ${min} و${max}.`,
  moreThan: (label: string, min: number, max: number) => `يجب أن تكون قيمة "${label}" أكبر من ${min} وألا تزيد على ${max}.`,
  date: (label: string) => `يُرجى إدخال تاريخ في "${label}"، مثل 24/12/2026.`,
  time: (label: string) => `يُرجى إدخال وقت في "${label}"، مثل 15:30.`,
  notPast: (label: string) => `لا يمكن أن يكون "${label}" في الماضي.`,
  chooseRange: (label: string, min: number, max: number) =>
    min === max ? `يُرجى اختيار ${min} بالضبط في "${label}".` : `يُرجى اختيار ${min} إلى ${max} في "${label}".`,
  chooseAtMost: (label: string, max: number) => `يُرجى اختيار ${max} على الأكثر في "${label}".`,
  rejected: (label: string, detail: string) => `لم يُقبل "${label}" (${detail}). يُرجى التحقق منه.`,
  errorPrefix: 'خطأ:',
  optional: '(اختياري)',
  summaryTitle: 'يُرجى التحقق من بياناتك',
  consent: 'أوافق على حفظ بياناتي ونقلها لمعالجة هذا الطلب.',
  consentLink: 'قراءة إشعار حماية البيانات (يُفتح في علامة تبويب جديدة)',
  consentLabel: 'الموافقة',
  consentMissing: 'يُرجى الموافقة على معالجة بياناتك. بدون موافقتك لن نرسل شيئًا.',
  honeypot: 'يُرجى ترك هذا الحقل فارغًا',
  submit: 'إرسال',
  sending: 'جارٍ الإرسال …',
  sendingStatus: 'يجري إرسال بياناتك. يُرجى الانتظار لحظة.',
  networkFailed: 'تعذّر إرسال بياناتك لعدم وجود اتصال بالخادم. لم يضع شيء: كل ما أدخلته ما زال في النموذج.',
  serverFailed: 'لم يتمكن الخادم من قبول بياناتك الآن. لم يضع شيء: كل ما أدخلته ما زال في النموذج.',
  tooMany: 'أُرسلت طلبات كثيرة جدًا للتو. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.',
  retry: 'إرسال مرة أخرى',
  draftRestored: 'استعدنا ما أدخلته من قبل.',
  choicesLoading: 'جارٍ تحميل الخيارات …',
  choicesFailed: 'تعذّر تحميل الخيارات.',
  loadAgain: 'تحميل مرة أخرى',
  thanks: 'شكرًا لك!',
};

export { words as ar };
