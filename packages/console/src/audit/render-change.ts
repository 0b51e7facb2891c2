import type { AuditEntry } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { AuditMessages } from './audit.messages.js';

interface FieldChange {
  before: unknown;
  after: unknown;
}

function isFieldChanges(change: unknown): change is Record<string, FieldChange> {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) return false;
  const values = Object.values(change);
  return values.length > 0 && values.every((value) => value !== null && typeof value === 'object' && 'before' in value && 'after' in value);
}

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** An edit as before and after per field (struck out and inserted); any other change as compact JSON. */
export function renderChange(entry: AuditEntry, msg: AuditMessages): TemplateResult | typeof nothing {
  const change = entry.change;
  if (change === null || change === undefined) return nothing;
  if (!isFieldChanges(change)) return html`<code>${JSON.stringify(change)}</code>`;
  return html`<dl class="diff">
    ${Object.entries(change).map(
      ([field, { before, after }]) => html`<dt>${field}</dt>
        <dd>
          <del><span class="visually-hidden">${msg.before}: </span>${text(before)}</del>
          <ins><span class="visually-hidden">${msg.after}: </span>${text(after)}</ins>
        </dd>`,
    )}
  </dl>`;
}
