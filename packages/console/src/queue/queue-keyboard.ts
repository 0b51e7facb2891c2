/**
 * The review keys (j/k next/previous, a approve, r reject, e edit, ? the overview): which item or
 * action a key means on the screen as it is now. They never act while typing, while the overview
 * is open, on the lifecycle tabs, or on an item someone else holds.
 */
import type { QueueItem, QueueItemDetail, Queue } from '@mitmachen/contract';
import { keyCommand } from './keys.js';
import { itemKey } from './queue-controller.js';
import { actionsFor, heldByOther, type ItemAction } from './render-item.js';

/** The screen as the keys see it. */
export interface KeyboardHost extends HTMLElement {
  readonly queue?: Queue | undefined;
  readonly current?: QueueItem | undefined;
  readonly detail?: QueueItemDetail | undefined;
  readonly busy: boolean;
  /** The keys overview is open (its dialog takes the keys). */
  readonly keysOpen: boolean;
  /** A lifecycle tab is shown: the review keys have nothing to work on. */
  readonly onLifecycleTab: boolean;
  open(item: QueueItem): Promise<void>;
  showKeys(): void;
  act(action: ItemAction): void;
}

/** Opens the next (1) or previous (-1) item of the list; from none, the first or last. */
export function step(host: KeyboardHost, by: 1 | -1): void {
  const items = host.queue?.items ?? [];
  if (items.length === 0) return;
  const current = host.current;
  const index = current === undefined ? -1 : items.findIndex((item) => itemKey(item) === itemKey(current));
  const next = index === -1 ? items[by === 1 ? 0 : items.length - 1] : items[index + by];
  if (next !== undefined) void host.open(next);
}

/** The first of `wanted` the open item allows, unless it is busy or someone else holds it. */
function keyAction(host: KeyboardHost, wanted: ItemAction[]): void {
  const { current, detail } = host;
  if (current === undefined || detail === undefined || host.busy || heldByOther(detail)) return;
  const action = actionsFor(current, detail).find((one) => wanted.includes(one));
  if (action !== undefined) host.act(action);
}

/** The document's keydown, as the queue screen answers it. */
export function onQueueKey(host: KeyboardHost, event: KeyboardEvent): void {
  if (event.defaultPrevented || host.keysOpen || host.onLifecycleTab) return;
  // Keys pressed in this screen, or with nothing focused (after a reload); not in other parts of the page.
  const inside = event.composedPath().includes(host) || event.target === document.body;
  if (!inside) return;
  const command = keyCommand(event);
  if (command === undefined) return;
  event.preventDefault();
  switch (command) {
    case 'next':
      return step(host, 1);
    case 'previous':
      return step(host, -1);
    case 'help':
      return host.showKeys();
    case 'approve':
      return keyAction(host, ['approve']);
    case 'reject':
      return keyAction(host, ['reject', 'unpublish']);
    case 'edit':
      return keyAction(host, ['edit']);
  }
}
