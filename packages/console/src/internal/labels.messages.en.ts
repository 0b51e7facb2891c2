import type { LabelMessages } from './labels.messages.js';

export const en: LabelMessages = {
  regions: {
    dresden: 'Dresden',
    leipzig: 'Leipzig',
    chemnitz: 'Chemnitz',
    bautzen: 'Bautzen',
    goerlitz: 'Görlitz',
    meissen: 'Meissen',
    nordsachsen: 'North Saxony',
    'landkreis-leipzig': 'Leipzig district',
    'saechsische-schweiz-osterzgebirge': 'Saxon Switzerland-Eastern Ore Mountains',
    mittelsachsen: 'Central Saxony',
    erzgebirgskreis: 'Ore Mountains district',
    vogtlandkreis: 'Vogtland district',
    zwickau: 'Zwickau',
  },
  kinds: { opportunity: 'Opportunity', offer: 'Offer of help' },
  statuses: {
    pending: 'awaiting review',
    published: 'published',
    rejected: 'rejected',
    expired: 'expired',
    'changes-requested': 'changes requested',
    hidden: 'hidden',
    paused: 'paused',
    filled: 'filled',
    withdrawn: 'withdrawn',
    unconfirmed: 'unconfirmed (taken off search)',
    archived: 'archived',
  },
  roles: {
    operator: 'Operator',
    agency_admin: 'Agency admin',
    moderator: 'Moderator',
    analyst: 'Analyst',
  },
};
