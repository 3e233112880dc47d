// The overlay's one shadow root, built by hand: the same shape as WXT's createShadowRootUi (a custom
// element host, an <html> with the styles in its <head> and the UI in its <body>, page styles reset
// on the host) for about 3 kB gzip less, since the overlay uses none of its other options.

/** Stops the page's inheritable styles (font, colour, line height…) at the host. */
const HOST_RESET = ':host{all:initial !important;}';

export interface ShadowHost {
  host: HTMLElement;
  /** Where the UI renders: the <body> inside the shadow root. */
  container: HTMLElement;
}

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const style = doc.createElement('style');
  style.textContent = `${HOST_RESET}\n${css}`;
  const container = doc.createElement('body');
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  return { host, container };
}
