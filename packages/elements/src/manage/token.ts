/**
 * The manage link carries its secret in the fragment (`/manage/#token=…`): browsers send neither
 * fragment to the server nor in a Referer, so the token stays out of logs. Once read, it is taken
 * out of the address bar (and so out of history, bookmarks and screenshots) without a reload.
 */
export function takeTokenFromFragment(win: Window = window): string | undefined {
  const hash = win.location.hash.replace(/^#/, '');
  if (hash === '') return undefined;
  const params = new URLSearchParams(hash);
  const token = params.get('token')?.trim();
  if (token === undefined || token === '') return undefined;
  params.delete('token');
  const rest = params.toString();
  const url = new URL(win.location.href);
  url.hash = rest === '' ? '' : rest;
  // Keep whatever state the page's history entry holds; only the address changes.
  win.history.replaceState(win.history.state, '', rest === '' ? `${url.pathname}${url.search}` : url.href);
  return token;
}
