/** Agencies, staff, API tokens, reason templates, the audit log and statistics. */
import type { AgencyInput, AgencyPatch, ApiTokenInput, AuditQuery, ReasonTemplateInput, ReasonTemplatePatch, StaffInput, StaffPatch } from '@mitmachen/contract';
import { cacheControl } from '../http/caching.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { actorOf, audit, listAudit } from './audit.js';
import { requireSession, type Principal } from './principal.js';
import { endSessionsOf } from './sessions.js';
import { createAgency, createStaff, listAgencies, listStaff, updateAgency, updateStaff } from './staff.js';
import { createTemplate, listTemplates, statistics, updateTemplate } from './templates.js';
import { createToken, listTokens, revokeToken } from './tokens.js';

export function adminRoutes({ database }: RouteContext): Handlers {
  const principalOf = (request: { principal?: Principal }) => request.principal as Principal;
  return {
    async listAgencies(request, reply) {
      return reply.header('Cache-Control', cacheControl.none).send(await listAgencies(database().pool, principalOf(request)));
    },
    async createAgency(request, reply) {
      const principal = principalOf(request);
      const agency = await database().transaction(async (client) => {
        const created = await createAgency(client, principal, request.body as AgencyInput);
        await audit(client, actorOf(principal), { action: 'agency-create', itemKind: 'agency', itemId: created.id, subjectAgencyId: created.id, change: created });
        return created;
      });
      return reply.code(201).header('Cache-Control', cacheControl.none).send(agency);
    },
    async updateAgency(request, reply) {
      const principal = principalOf(request);
      const { id } = request.params as { id: string };
      const agency = await database().transaction(async (client) => {
        const { before, after } = await updateAgency(client, principal, id, request.body as AgencyPatch);
        await audit(client, actorOf(principal), {
          action: 'agency-update', itemKind: 'agency', itemId: id, subjectAgencyId: id,
          change: {
            name: { before: before.name, after: after.name },
            regions: { before: before.regions, after: after.regions },
            confirmIntervalDays: { before: before.confirmIntervalDays, after: after.confirmIntervalDays },
          },
        });
        return after;
      });
      return reply.header('Cache-Control', cacheControl.none).send(agency);
    },
    async listStaff(request, reply) {
      const { agencyId } = request.query as { agencyId?: string };
      return reply.header('Cache-Control', cacheControl.none).send(await listStaff(database().pool, principalOf(request), agencyId));
    },
    async createStaff(request, reply) {
      const principal = principalOf(request);
      const account = await database().transaction(async (client) => {
        const created = await createStaff(client, principal, request.body as StaffInput);
        await audit(client, actorOf(principal), {
          action: 'staff-create', itemKind: 'staff', itemId: created.id, subjectAgencyId: created.agencyId,
          change: { email: created.email, role: created.role, agencyId: created.agencyId },
        });
        return created;
      });
      return reply.code(201).header('Cache-Control', cacheControl.none).send(account);
    },
    async updateStaff(request, reply) {
      const principal = principalOf(request);
      const { id } = request.params as { id: string };
      const account = await database().transaction(async (client) => {
        const { before, after } = await updateStaff(client, principal, id, request.body as StaffPatch);
        // A disabled account, or one whose role changed, starts again from a sign-in.
        if (after.disabled || after.role !== before.role) await endSessionsOf(client, id, after.disabled ? 'account disabled' : 'role changed');
        await audit(client, actorOf(principal), {
          action: 'staff-update', itemKind: 'staff', itemId: id, subjectAgencyId: after.agencyId,
          change: { name: { before: before.name, after: after.name }, role: { before: before.role, after: after.role }, disabled: { before: before.disabled, after: after.disabled } },
        });
        return after;
      });
      return reply.header('Cache-Control', cacheControl.none).send(account);
    },
    async listApiTokens(request, reply) {
      return reply.header('Cache-Control', cacheControl.none).send(await listTokens(database().pool, principalOf(request)));
    },
    async createApiToken(request, reply) {
      const principal = principalOf(request);
      requireSession(principal);
      const token = await database().transaction(async (client) => {
        const created = await createToken(client, principal, request.body as ApiTokenInput);
        await audit(client, actorOf(principal), {
          action: 'token-create', itemKind: 'token', itemId: created.id, subjectAgencyId: created.agencyId,
          change: { name: created.name, scope: created.scope, agencyId: created.agencyId, prefix: created.prefix },
        });
        return created;
      });
      return reply.code(201).header('Cache-Control', cacheControl.none).send(token);
    },
    async revokeApiToken(request, reply) {
      const principal = principalOf(request);
      const { id } = request.params as { id: string };
      const token = await database().transaction(async (client) => {
        const revoked = await revokeToken(client, principal, id);
        await audit(client, actorOf(principal), { action: 'token-revoke', itemKind: 'token', itemId: id, subjectAgencyId: revoked.agencyId });
        return revoked;
      });
      return reply.header('Cache-Control', cacheControl.none).send(token);
    },
    async listReasonTemplates(request, reply) {
      return reply.header('Cache-Control', cacheControl.none).send(await listTemplates(database().pool, principalOf(request)));
    },
    async createReasonTemplate(request, reply) {
      const principal = principalOf(request);
      const template = await database().transaction(async (client) => {
        const created = await createTemplate(client, principal, request.body as ReasonTemplateInput);
        await audit(client, actorOf(principal), { action: 'template-create', itemKind: 'template', itemId: created.id, subjectAgencyId: created.agencyId, change: created });
        return created;
      });
      return reply.code(201).header('Cache-Control', cacheControl.none).send(template);
    },
    async updateReasonTemplate(request, reply) {
      const principal = principalOf(request);
      const { id } = request.params as { id: string };
      const template = await database().transaction(async (client) => {
        const updated = await updateTemplate(client, principal, id, request.body as ReasonTemplatePatch);
        await audit(client, actorOf(principal), { action: 'template-update', itemKind: 'template', itemId: id, subjectAgencyId: updated.agencyId, change: request.body });
        return updated;
      });
      return reply.header('Cache-Control', cacheControl.none).send(template);
    },
    async listAuditLog(request, reply) {
      return reply.header('Cache-Control', cacheControl.none).send(await listAudit(database().pool, principalOf(request), request.query as AuditQuery));
    },
    async getConsoleStatistics(request, reply) {
      return reply.header('Cache-Control', cacheControl.none).send(await statistics(database().pool, principalOf(request)));
    },
  };
}
