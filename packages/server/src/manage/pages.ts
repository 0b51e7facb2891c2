/**
 * The one-click answers of the lifecycle mails, working without JavaScript: a GET shows only
 * a confirm page (mail scanners follow links), its form POSTs the change, a result page says
 * what happened and links to the manage page. Small server-rendered HTML, German or English by
 * Accept-Language, under a CSP that allows no script and no inline style.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ManagedListing } from '@mitmachen/contract';
import { ProblemError } from '../errors.js';
import type { RouteContext } from '../http/routes/index.js';
import { applyAction, readListing } from './actions.js';
import { manageUrl, resolveLink, type MailAction } from './links.js';
import { requestLanguage } from './routes.js';

const mailActions: MailAction[] = ['extend', 'renew', 'confirm', 'pause', 'fill', 'withdraw'];

export const pageContentSecurityPolicy = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

type Language = 'de' | 'en';

const texts = {
  de: {
    lang: 'de',
    questions: {
      extend: 'Möchten Sie „{title}“ um 30 Tage verlängern?',
      renew: 'Möchten Sie „{title}“ wieder veröffentlichen (für 30 Tage)?',
      confirm: 'Ist „{title}“ noch aktuell?',
      pause: 'Möchten Sie „{title}“ pausieren? Es wird dann nicht mehr angezeigt, bis Sie es fortsetzen.',
      fill: 'Ist „{title}“ besetzt? Es wird dann nicht mehr angezeigt.',
      withdraw: 'Möchten Sie „{title}“ endgültig zurückziehen? Es verschwindet sofort aus der Suche.',
    } as Record<MailAction, string>,
    buttons: { extend: 'Ja, verlängern', renew: 'Ja, wieder veröffentlichen', confirm: 'Ja, noch aktuell', pause: 'Ja, pausieren', fill: 'Ja, besetzt', withdraw: 'Ja, zurückziehen' } as Record<MailAction, string>,
    done: {
      extend: '„{title}“ ist verlängert bis zum {date}.',
      renew: '„{title}“ ist wieder veröffentlicht, bis zum {date}.',
      confirm: 'Danke! „{title}“ bleibt veröffentlicht.',
      pause: '„{title}“ ist pausiert.',
      fill: '„{title}“ ist als besetzt markiert und wird nicht mehr angezeigt.',
      withdraw: '„{title}“ ist zurückgezogen.',
    } as Record<MailAction, string>,
    title: 'Ihr Angebot bei mitmachen',
    manage: 'Angebot verwalten',
    invalidTitle: 'Dieser Link gilt nicht (mehr)',
    invalid: 'Der Link ist falsch, wurde gesperrt oder durch einen neueren ersetzt. Neue Links schickt Ihnen die Verwaltungsseite an Ihre E-Mail-Adresse.',
    notPossible: 'Das geht gerade nicht: „{title}“ ist im Zustand „{state}“.',
    unknownAction: 'Diese Aktion gibt es nicht.',
  },
  en: {
    lang: 'en',
    questions: {
      extend: 'Extend “{title}” by 30 days?',
      renew: 'Publish “{title}” again (for 30 days)?',
      confirm: 'Is “{title}” still current?',
      pause: 'Pause “{title}”? It is not shown until you resume it.',
      fill: 'Is “{title}” filled? It is then no longer shown.',
      withdraw: 'Withdraw “{title}” for good? It disappears from search at once.',
    } as Record<MailAction, string>,
    buttons: { extend: 'Yes, extend', renew: 'Yes, publish again', confirm: 'Yes, still current', pause: 'Yes, pause', fill: 'Yes, filled', withdraw: 'Yes, withdraw' } as Record<MailAction, string>,
    done: {
      extend: '“{title}” is extended until {date}.',
      renew: '“{title}” is published again, until {date}.',
      confirm: 'Thank you! “{title}” stays published.',
      pause: '“{title}” is paused.',
      fill: '“{title}” is marked as filled and no longer shown.',
      withdraw: '“{title}” is withdrawn.',
    } as Record<MailAction, string>,
    title: 'Your listing on mitmachen',
    manage: 'Manage the listing',
    invalidTitle: 'This link is not valid (any more)',
    invalid: 'The link is wrong, was revoked, or was replaced by a newer one. The manage page sends new links to your e-mail address.',
    notPossible: 'Not possible right now: “{title}” is {state}.',
    unknownAction: 'There is no such action.',
  },
} as const;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => escape(values[key] ?? ''));
}

function page(reply: FastifyReply, status: number, language: Language, heading: string, body: string): FastifyReply {
  const html = `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(heading)}</title></head>
<body>
<main>
<h1>${escape(heading)}</h1>
${body}
</main>
</body>
</html>
`;
  return reply
    .code(status)
    .headers({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': pageContentSecurityPolicy,
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(html);
}

function invalidPage(reply: FastifyReply, language: Language): FastifyReply {
  const t = texts[language];
  return page(reply, 401, language, t.invalidTitle, `<p>${escape(t.invalid)}</p>`);
}

export function registerManagePages(app: FastifyInstance, { database, now, publicOrigin }: RouteContext): void {
  void app.register(async (scope) => {
    // Only these pages take a form post; the API stays JSON-only.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 2048 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    const handle = (post: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
      const language = requestLanguage(request);
      const t = texts[language];
      const input = (post ? request.body : request.query) as Record<string, string | undefined> | undefined;
      const action = input?.action as MailAction | undefined;
      const token = input?.token;
      if (action === undefined || !mailActions.includes(action)) return page(reply, 400, language, t.title, `<p>${escape(t.unknownAction)}</p>`);
      try {
        const result = await database().transaction(async (client) => {
          const listing = await resolveLink(client, token);
          const current = await readListing(client, listing, now());
          if (!post || !current.actions.includes(action)) return { current, changed: undefined as ManagedListing | undefined };
          return { current, changed: await applyAction(client, listing, { action }, now()) };
        });
        const { current, changed } = result;
        const manageLink = `<p><a href="${escape(manageUrl(publicOrigin(), token as string))}">${escape(t.manage)}</a></p>`;
        if (!current.actions.includes(action)) {
          return await page(reply, 409, language, t.title, `<p>${fill(t.notPossible, { title: current.title, state: current.state })}</p>${manageLink}`);
        }
        if (changed) {
          return await page(reply, 200, language, t.title, `<p role="status">${fill(t.done[action], { title: changed.title, date: changed.expiresAt ?? '' })}</p>${manageLink}`);
        }
        return await page(
          reply,
          200,
          language,
          t.title,
          `<form method="post" action="/manage/confirm">
<p>${fill(t.questions[action], { title: current.title })}</p>
<input type="hidden" name="action" value="${escape(action)}">
<input type="hidden" name="token" value="${escape(token as string)}">
<button type="submit">${escape(t.buttons[action])}</button>
</form>
${manageLink}`,
        );
      } catch (error) {
        if (error instanceof ProblemError && (error.status === 401 || error.status === 404)) return invalidPage(reply, language);
        throw error;
      }
    };
    scope.get('/manage/confirm', handle(false));
    scope.post('/manage/confirm', handle(true));
  });
}
