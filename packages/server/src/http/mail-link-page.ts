/**
 * The plain HTML pages behind links in mails (follow-up answers, alert confirm and unsubscribe):
 * no JavaScript, no styles to load, and because the secret in the path is their only credential,
 * never cached, indexed or passed on as a referrer.
 */
import type { FastifyReply } from 'fastify';

const pageSecurityPolicy = "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function sendMailLinkPage(reply: FastifyReply, status: number, body: string) {
  return reply
    .code(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header('Referrer-Policy', 'no-referrer')
    .header('X-Robots-Tag', 'noindex')
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', pageSecurityPolicy)
    .send(body);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A German page with English beside it, as the mails are. */
export function mailLinkLayout(title: string, content: string): string {
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}
