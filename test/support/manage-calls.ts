/**
 * The manage link in server tests: post and approve a listing, take its link as staff would
 * reissue it, then act on and read the listing with it — as the author's page does.
 */
import assert from 'node:assert/strict';
import type { ManageLinkIssued, ManagedListing, OfferInput, OpportunityInput, PostingAccepted } from '@mitmachen/contract';
import { postJson } from './altcha.js';
import { contractResponse, testAdminToken, type TestServer } from './server.js';

/** `server` is read on each call: files start theirs in `before`. */
export function manageCalls(server: () => TestServer) {
  const admin = { Authorization: `Bearer ${testAdminToken}` };
  return {
    admin,
    approvedWithLink: async (kind: 'opportunity' | 'offer', input: OpportunityInput | OfferInput): Promise<{ id: string; token: string }> => {
      const { baseUrl } = server();
      const { id } = (await (await postJson(baseUrl, kind === 'opportunity' ? '/opportunities' : '/offers', input)).json()) as PostingAccepted;
      assert.equal((await fetch(`${baseUrl}/moderation/${kind}/${id}/approve`, { method: 'POST', headers: admin })).status, 200);
      const issued = await contractResponse<ManageLinkIssued>(
        'reissueManageLink',
        await fetch(`${baseUrl}/console/items/${kind}/${id}/manage-link`, { method: 'POST', headers: admin }),
      );
      return { id, token: new URL(issued.url).hash.replace('#token=', '') };
    },
    act: (token: string, body: unknown) =>
      fetch(`${server().baseUrl}/manage/actions`, {
        method: 'POST',
        headers: { Authorization: `Manage ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    read: async (token: string) =>
      contractResponse<ManagedListing>('getManagedListing', await fetch(`${server().baseUrl}/manage`, { headers: { Authorization: `Manage ${token}` } })),
  };
}
