/**
 * The pages behind the follow-up mail's links, for both kinds of request (kinds.ts; one secret
 * finds its own kind): plain HTML that works without JavaScript. A GET
 * only shows the question with the clicked answer chosen (mail scanners follow links; they must
 * not answer), the POST of its form records the answer. The secret in the path is the only
 * credential, so the pages are never cached, indexed or passed on as a referrer.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { escapeHtml as escape, mailLinkLayout as layout, sendMailLinkPage as page } from '../http/mail-link-page.js';
import { followUpKinds, type FollowUpKind } from './kinds.js';
import { answerFollowUp, findFollowUp } from './repository.js';
import { answerLabels, followUpAnswers, type FollowUpAnswer } from './messages.js';

export interface FollowUpPageOptions {
  database: () => Database;
  now: () => Date;
  /** Tells the mail worker that an answer queued a message (a flagged listing's note). */
  mailQueued: () => void;
}

export function registerFollowUpPages(app: FastifyInstance, options: FollowUpPageOptions): void {
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    scope.get<{ Params: { secret: string }; Querystring: { answer?: string } }>('/follow-up/:secret', async (request, reply) => {
      const target = await findFollowUp(options.database().pool, request.params.secret, options.now());
      if (!target) return page(reply, 404, invalidPage());
      const chosen = isAnswer(request.query.answer) ? request.query.answer : target.state === 'sent' ? undefined : target.state;
      return page(reply, 200, questionPage(followUpKinds[target.kind], target.title, request.params.secret, chosen));
    });

    scope.post<{ Params: { secret: string }; Body: Record<string, string> | undefined }>('/follow-up/:secret', async (request, reply) => {
      const answer = request.body?.answer;
      const db = options.database();
      if (!isAnswer(answer)) {
        const target = await findFollowUp(db.pool, request.params.secret, options.now());
        if (!target) return page(reply, 404, invalidPage());
        return page(reply, 400, questionPage(followUpKinds[target.kind], target.title, request.params.secret, undefined, true));
      }
      const outcome = await db.transaction((client) => answerFollowUp(client, request.params.secret, answer, options.now()));
      if (!outcome) return page(reply, 404, invalidPage());
      if (outcome.flagged) options.mailQueued();
      return page(reply, 200, thanksPage(outcome.target.title, answer));
    });
  });
}

function isAnswer(value: unknown): value is FollowUpAnswer {
  return typeof value === 'string' && (followUpAnswers as readonly string[]).includes(value);
}

function questionPage(kind: FollowUpKind, title: string, secret: string, chosen: FollowUpAnswer | undefined, missing = false): string {
  const options = followUpAnswers
    .map(
      (answer) =>
        `<div><input type="radio" name="answer" id="answer-${answer}" value="${answer}"${answer === chosen ? ' checked' : ''} required>` +
        ` <label for="answer-${answer}">${escape(answerLabels[answer].de)} <span lang="en">(${escape(answerLabels[answer].en)})</span></label></div>`,
    )
    .join('\n');
  return layout(
    kind.question.de,
    `<h1>${escape(kind.question.de)} <span lang="en">${escape(kind.question.en)}</span></h1>
<p>Ihre Anfrage zu „${escape(title)}“. <span lang="en">Your request about “${escape(title)}”.</span></p>
${missing ? '<p role="alert" id="error"><strong>Bitte wählen Sie eine Antwort. <span lang="en">Please choose an answer.</span></strong></p>' : ''}
<form method="post" action="/follow-up/${escape(secret)}">
<fieldset${missing ? ' aria-describedby="error"' : ''}>
<legend>Ihre Antwort <span lang="en">(your answer)</span></legend>
${options}
</fieldset>
<p><button type="submit">Antwort senden <span lang="en">(send answer)</span></button></p>
</form>`,
  );
}

function thanksPage(title: string, answer: FollowUpAnswer): string {
  return layout(
    'Danke für Ihre Antwort',
    `<h1>Danke für Ihre Antwort! <span lang="en">Thank you for your answer!</span></h1>
<p>Zu „${escape(title)}“ haben Sie geantwortet: <strong>${escape(answerLabels[answer].de)}</strong>.</p>
<p lang="en">About “${escape(title)}” you answered: <strong>${escape(answerLabels[answer].en)}</strong>.</p>
<p>Sie können Ihre Antwort über den Link in der E-Mail noch ändern. <span lang="en">You can still change it through the link in the mail.</span></p>`,
  );
}

function invalidPage(): string {
  return layout(
    'Link ungültig',
    `<h1>Dieser Link gilt nicht (mehr). <span lang="en">This link is not valid (any more).</span></h1>
<p>Vielleicht ist er unvollständig kopiert, oder die Frage ist schon zu lange her. Sie müssen nichts weiter tun.</p>
<p lang="en">It may have been copied incompletely, or the question is too long ago. You need not do anything.</p>`,
  );
}
