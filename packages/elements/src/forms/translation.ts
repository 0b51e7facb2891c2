import { html, nothing, type TemplateResult } from 'lit';
import { TRANSLATION_LANGUAGES, translationLanguage, type FieldSpec, type Values } from './field-spec.js';
import type { Lang } from '../internal/localize.js';
import { section, select, textArea, textField, type FieldContext, type Option } from './render-fields.js';
import { translationMessages, type TranslationMessages } from './translation.messages.js';

/**
 * A posting form's translation section: the language, then (once one is chosen) the texts in it.
 * A chunk of its own that the posting forms load when they connect (translation-loader.ts), so
 * their first download does not carry it; the form's input is made without it (the forms map a
 * chosen translation into their input themselves, so an edit never drops one). Its words are a
 * catalogue of its own (translation.messages.ts), in every language, loaded with it.
 */

/** Which form the section is in (the words differ), and the German description's length limit and rows. */
export interface TranslationShape {
  kind: 'opportunity' | 'offer';
  descriptionMax: number;
  descriptionRows: number;
}

export { translationMessages };

/** Languages whose words could not be loaded: the section speaks German there rather than vanish. */
const failed = new Set<Lang>();

/** The section's words in `lang`, or undefined while they load (`loaded` is called once they are there). */
function wordsIn(lang: Lang, loaded: () => void): TranslationMessages | undefined {
  const loading = failed.has(lang) ? undefined : translationMessages.load(lang);
  if (loading === undefined) return translationMessages[lang];
  loading.then(loaded, () => {
    failed.add(lang);
    loaded();
  });
  return undefined;
}

/** The translation's language, then (once one is chosen) its texts, required like the German ones. */
export function translationFields(values: Values, lang: Lang, { kind, descriptionMax }: TranslationShape): FieldSpec[] {
  const msg = translationMessages[lang];
  const chosen = translationLanguage(values);
  const language: FieldSpec = { name: 'translationLang', label: msg.translationLang, kind: 'choice', pointer: '/translations' };
  if (chosen === undefined) return [language];
  const pointer = `/translations/${chosen}/`;
  return [
    language,
    { name: 'translatedTitle', label: msg[`${kind}Title`], required: true, minLength: 5, maxLength: 140, pointer: `${pointer}title` },
    ...(kind === 'offer'
      ? []
      : [{ name: 'translatedSummary', label: msg.translatedSummary, required: true, minLength: 10, maxLength: 300, pointer: `${pointer}summary` }]),
    { name: 'translatedDescription', label: msg.translatedDescription, required: true, minLength: 20, maxLength: descriptionMax, pointer: `${pointer}description` },
  ];
}

/** Each language named in itself ("Українська"): the person who can write it reads that name best. */
export function languageOptions(): Option[] {
  return TRANSLATION_LANGUAGES.map((code) => {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return { value: code, label: name.charAt(0).toLocaleUpperCase(code) + name.slice(1), lang: code };
  });
}

/** The section, once its words in `lang` are there (`update` renders the form again when they come). */
export function renderTranslation(
  ctx: FieldContext,
  spec: Record<string, FieldSpec>,
  lang: Lang,
  { kind, descriptionRows }: TranslationShape,
  update: () => void,
): TemplateResult | typeof nothing {
  const msg = wordsIn(lang, update);
  if (msg === undefined) return nothing;
  return section(
    msg.translation,
    html`${select(ctx, spec.translationLang!, languageOptions(), { placeholder: msg.noTranslation })}
    ${spec.translatedTitle === undefined
      ? nothing
      : html`${textField(ctx, spec.translatedTitle)}
        ${spec.translatedSummary === undefined ? nothing : textArea(ctx, spec.translatedSummary, { rows: 2 })}
        ${textArea(ctx, spec.translatedDescription!, { rows: descriptionRows })}`}`,
    'translation',
    msg[`${kind}Intro`],
  );
}
