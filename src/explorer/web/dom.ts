/** Small DOM helpers: elements built with text (never HTML from the data), and the URL state. */

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** The view's state is its query string: shareable, and the back button restores it. */
export function readState(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

export function pushState(state: URLSearchParams): void {
  const search = `?${state.toString()}`;
  if (search !== window.location.search) history.pushState(null, '', search);
}

export function showError(target: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  target.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
}

/** Where a statement's own page is: every evidence panel links its statements there. */
export function statementHref(id: string): string {
  return `/explorer/statement?${new URLSearchParams({ id }).toString()}`;
}
