import type { ConsoleStatus, PostingKind, Region, StaffRole } from '@mitmachen/contract';
import { defineMessages } from './localize.js';

/** Names of the contract's enums; typed as records so a new value is a type error here. */
const de = {
  regions: {
    dresden: 'Dresden',
    leipzig: 'Leipzig',
    chemnitz: 'Chemnitz',
    bautzen: 'Bautzen',
    goerlitz: 'Görlitz',
    meissen: 'Meißen',
    nordsachsen: 'Nordsachsen',
    'landkreis-leipzig': 'Landkreis Leipzig',
    'saechsische-schweiz-osterzgebirge': 'Sächsische Schweiz-Osterzgebirge',
    mittelsachsen: 'Mittelsachsen',
    erzgebirgskreis: 'Erzgebirgskreis',
    vogtlandkreis: 'Vogtlandkreis',
    zwickau: 'Zwickau',
  } satisfies Record<Region, string>,
  kinds: { opportunity: 'Engagementangebot', offer: 'Hilfsangebot' } satisfies Record<PostingKind, string>,
  statuses: {
    pending: 'wartet auf Prüfung',
    published: 'veröffentlicht',
    rejected: 'abgelehnt',
    expired: 'abgelaufen',
    'changes-requested': 'Änderungen erbeten',
    hidden: 'verborgen',
    paused: 'pausiert',
    filled: 'besetzt',
    withdrawn: 'zurückgezogen',
    unconfirmed: 'unbestätigt (aus der Suche genommen)',
    archived: 'archiviert',
  } satisfies Record<ConsoleStatus, string>,
  roles: {
    operator: 'Betrieb',
    agency_admin: 'Agentur-Verwaltung',
    moderator: 'Moderation',
    analyst: 'Auswertung',
  } satisfies Record<StaffRole, string>,
};

export type LabelMessages = typeof de;

export const labelMessages = defineMessages(de, () => import('./labels.messages.en.js'));
