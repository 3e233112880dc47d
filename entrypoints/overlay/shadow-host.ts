// The overlay's one shadow root, built by hand: the same shape as WXT's createShadowRootUi (a custom
// element host, an <html> with the styles in its <head> and the UI in its <body>, page styles reset
// on the host) for about 3 kB gzip less, since the overlay uses none of its other options.
//
// A page may define <context-margin> itself. Created by the page's document, our host would be built
// by the page's constructor, which can attach a shadow root first (ours then throws) or do anything
// else to it. So the host is created, and its shadow root attached, in an inert document of our own:
// no browsing context, no custom element registry, no page code. Connected to the page, a page
// definition may still upgrade it, but its constructor meets a host whose shadow root is already
// ours (attachShadow throws in the page's code, not ours), and light-DOM children it may add are
// not rendered. Our own reference to the host is kept: nothing is ever found again by tag name.

/** Stops the page's inheritable styles (font, colour, line height…) at the host. */
const HOST_RESET = ':host{all:initial !important;}';

export interface ShadowHost {
  host: HTMLElement;
  /** Where the UI renders: the <body> inside the shadow root. */
  container: HTMLElement;
}

/** True for an HTML document with an HTML root: XML and SVG documents get no overlay. */
export function isHtmlDocument(doc: Document): boolean {
  const root = doc.documentElement;
  return (
    root?.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
    root.localName === 'html' &&
    /html/.test(doc.contentType ?? 'text/html')
  );
}

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  if (!isHtmlDocument(doc)) throw new Error('not an HTML document');
  const inert = doc.implementation.createHTMLDocument('');
  const host = inert.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = inert.createElement('html');
  const head = inert.createElement('head');
  const style = inert.createElement('style');
  style.textContent = `${HOST_RESET}\n${css}`;
  const container = inert.createElement('body');
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  // Adopted before Preact renders into it, so every node it creates belongs to the page's document.
  doc.adoptNode(host);
  return { host, container };
}
