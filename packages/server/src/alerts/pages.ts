/**
 * The pages behind the alert mails' links: plain HTML that works without JavaScript. A GET only
 * shows a button (mail scanners follow links; they must neither confirm nor unsubscribe); the
 * form's POST acts. The unsubscribe address also takes RFC 8058's one-click POST from a mail
 * program (`List-Unsubscribe=One-Click`, urlencoded or multipart). The secret in the path is the
 * only credential, so the pages are never cached, indexed or passed on as a referrer.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { escapeHtml as escape, mailLinkLayout as layout, sendMailLinkPage as page } from '../http/mail-link-page.js';
import { describeSearch } from './messages.js';
import { alertRules } from './rules.js';
import { confirmAlert, findByToken, unsubscribe } from './subscriptions.js';

export interface AlertPageOptions {
  database: () => Database;
  now: () => Date;
}

type SecretParams = { Params: { secret: string } };

export function registerAlertPages(app: FastifyInstance, options: AlertPageOptions): void {
  void app.register(async (scope) => {
    // The form's fields are not needed (the address says what to do); a one-click POST may come as either type.
    const ignoreBody = (_request: unknown, _body: unknown, done: (error: Error | null, body?: unknown) => void) => done(null, {});
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, ignoreBody);
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 4096 }, ignoreBody);

    scope.get<SecretParams>('/alerts/confirm/:secret', async (request, reply) => {
      const target = await findByToken(options.database().pool, request.params.secret, 'confirm');
      if (!target) return page(reply, 404, invalidPage());
      if (target.confirmed) return page(reply, 200, confirmedPage(describeSearch(target.search)));
      return page(reply, 200, confirmPage(request.params.secret, describeSearch(target.search)));
    });

    scope.post<SecretParams>('/alerts/confirm/:secret', async (request, reply) => {
      const target = await options.database().transaction((client) => confirmAlert(client, request.params.secret, options.now()));
      if (!target) return page(reply, 404, invalidPage());
      return page(reply, 200, confirmedPage(describeSearch(target.search)));
    });

    scope.get<SecretParams>('/alerts/unsubscribe/:secret', async (request, reply) => {
      const target = await findByToken(options.database().pool, request.params.secret, 'unsubscribe');
      if (!target) return page(reply, 200, unsubscribedPage());
      return page(reply, 200, unsubscribePage(request.params.secret, describeSearch(target.search)));
    });

    // Unknown and spent links answer alike: the subscription is gone either way.
    scope.post<SecretParams>('/alerts/unsubscribe/:secret', async (request, reply) => {
      await options.database().transaction((client) => unsubscribe(client, request.params.secret));
      return page(reply, 200, unsubscribedPage());
    });
  });
}

function confirmPage(secret: string, search: string): string {
  return layout(
    'Benachrichtigung bestätigen',
    `<h1>Benachrichtigung bestätigen <span lang="en">(confirm your alert)</span></h1>
<p>Neue Engagementangebote zu: <strong>${escape(search)}</strong></p>
<p lang="en">New volunteering listings for the search above, by e-mail.</p>
<form method="post" action="/alerts/confirm/${escape(secret)}">
<p><button type="submit">Bestätigen <span lang="en">(confirm)</span></button></p>
</form>`,
  );
}

function confirmedPage(search: string): string {
  return layout(
    'Benachrichtigung bestätigt',
    `<h1>Bestätigt, danke! <span lang="en">Confirmed, thank you!</span></h1>
<p>Sie bekommen eine E-Mail, wenn es neue Angebote gibt zu: <strong>${escape(search)}</strong>. Ohne neue Angebote kommt keine.</p>
<p lang="en">You get an e-mail when there are new listings; none when there are none.</p>
<p>Jede E-Mail hat einen Link zum Abbestellen. <span lang="en">Every mail has a link to unsubscribe.</span></p>`,
  );
}

function unsubscribePage(secret: string, search: string): string {
  return layout(
    'Benachrichtigung abbestellen',
    `<h1>Benachrichtigung abbestellen <span lang="en">(unsubscribe)</span></h1>
<p>Keine E-Mails mehr zu: <strong>${escape(search)}</strong>? Ihre Adresse wird dann gelöscht.</p>
<p lang="en">No more mails about this search? Your address is deleted then.</p>
<form method="post" action="/alerts/unsubscribe/${escape(secret)}">
<p><button type="submit">Abbestellen <span lang="en">(unsubscribe)</span></button></p>
</form>`,
  );
}

function unsubscribedPage(): string {
  return layout(
    'Abbestellt',
    `<h1>Abbestellt <span lang="en">(unsubscribed)</span></h1>
<p>Sie bekommen zu dieser Suche keine E-Mails mehr; Ihre Adresse ist dafür gelöscht.</p>
<p lang="en">You will get no more mails about this search; your address is deleted for it.</p>`,
  );
}

function invalidPage(): string {
  return layout(
    'Link ungültig',
    `<h1>Dieser Link gilt nicht (mehr). <span lang="en">This link is not valid (any more).</span></h1>
<p>Vielleicht ist er unvollständig kopiert, oder er ist älter als ${alertRules.confirmValidDays} Tage. Bestellen Sie die Benachrichtigung einfach neu.</p>
<p lang="en">It may have been copied incompletely, or be older than ${alertRules.confirmValidDays} days. Simply ask for the alert again.</p>`,
  );
}
