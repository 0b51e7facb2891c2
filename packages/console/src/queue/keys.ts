export type KeyCommand = 'next' | 'previous' | 'approve' | 'reject' | 'edit' | 'help';

const commands: Record<string, KeyCommand> = { j: 'next', k: 'previous', a: 'approve', r: 'reject', e: 'edit', '?': 'help' };

/** Where typing happens: there, letters are text, never commands. */
function isTyping(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/**
 * The queue's command for a key press, or undefined: never while the person types in a field,
 * never with Ctrl, Alt or Meta (the browser's and screen readers' own keys), never on repeat.
 */
export function keyCommand(event: KeyboardEvent): KeyCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || event.isComposing) return undefined;
  if (isTyping(event.composedPath()[0])) return undefined;
  return commands[event.key];
}
