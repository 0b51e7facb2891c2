import type { TextLanguage } from '@mitmachen/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerLanguage } from '../search/text-language.js';

/**
 * The language a listing read answers in (`lang` wins over `Accept-Language`). Without `lang`
 * the answer depends on the header, so shared caches are told to keep one copy per language;
 * the ETag, a hash of the bytes, differs per language anyway.
 */
export function requestLanguage(request: FastifyRequest, reply: FastifyReply, lang: TextLanguage | undefined): TextLanguage {
  if (lang === undefined) reply.header('Vary', 'Accept-Language');
  return answerLanguage(lang, request.headers['accept-language']);
}
