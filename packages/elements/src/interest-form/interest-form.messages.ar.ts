// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { InterestMessages } from './interest-form.messages.js';

const words: InterestMessages = {
  name: 'اسمك',
  email: 'بريدك الإلكتروني',
  emailHint: 'ستردّ عليك الجهة على هذا العنوان. لن يُنشر.',
  offerEmailHint: 'سيردّ عليك الشخص على هذا العنوان. لن يُنشر.',
  phone: 'رقم الهاتف',
  phoneHint: 'إذا كنت تفضّل أن يُتصل بك هاتفيًا.',
  message: 'رسالتك',
  messageHint: 'اكتب باختصار لماذا تريد المشاركة ومتى يتوفر لديك الوقت (من 10 إلى 2000 حرف).',
  offerMessageHint: 'اكتب باختصار في أي أمر تحتاج إلى مساعدة وكيف يمكن التواصل معك (من 10 إلى 2000 حرف).',
  submit: 'إرسال الرسالة',
  thanks: 'وصلت رسالتك.',
  next: 'سنحوّلها إلى الجهة. ستتواصل معك مباشرة، عادةً في غضون أيام قليلة.',
  offerNext: 'سنحوّلها إلى الشخص الذي نشر عرض المساعدة. سيتواصل معك مباشرة.',
  filled: 'تم شغل هذه الفرصة في هذه الأثناء: لم تعد المنظمة تقبل طلبات. لم تُرسل رسالتك؛ يبقى نصك هنا.',
  gone: 'هذه الفرصة لم تعد موجودة. ربما شُغلت أو انتهت مدتها. لم تُرسل رسالتك.',
  noSubject: 'لا يعرف نموذج التواصل هذا إلى من يُرسل (السمة "opportunity-id" أو "offer-id" غير موجودة).',
};

export { words as ar };
