// The highlight stylesheet, scoped to the article where that is cheaper: a sheet that styles
// `::highlight` makes the browser restyle every element it may apply to. Unscoped, that is the
// whole page (8–15 ms on pages of 1,000–1,400 elements in Chromium); under the id or class of the
// article's container, only that subtree (1.3–2.7 ms on the same pages, whose articles hold 15–53
// elements). A rule under a scope costs more per element, so a scope holding most of the page is
// dearer than none (34 ms against 29 on a page whose article holds 3,271 of its 4,516 elements).

/** Ids and classes used as they are: anything else would need escaping, and an ancestor will do. */
const PLAIN_NAME = /^[A-Za-z_][\w-]*$/;

/** The selector of `el` by its id or, failing that, its first class usable as it is; '' for none. */
function nameOf(el: Element): string {
  if (PLAIN_NAME.test(el.id)) return `#${el.id}`;
  const named = [...el.classList].find((name) => PLAIN_NAME.test(name));
  return named ? `.${named}` : '';
}

/** True when the elements `selector` restyles are under half of the page's. */
function restylesLess(doc: Document, selector: string): boolean {
  let restyled = 0;
  for (const el of doc.querySelectorAll(selector)) restyled += 1 + el.getElementsByTagName('*').length;
  return restyled * 2 < doc.getElementsByTagName('*').length;
}

/**
 * A selector for `root`, by its own id or class or, failing those, the nearest ancestor's (which
 * holds the root too); '' when none has one below the body, or when what it names holds half the page.
 */
export function scopeOf(root: Element | null): string {
  for (let el = root; el && el !== el.ownerDocument.body && el.parentElement; el = el.parentElement) {
    const selector = nameOf(el);
    if (selector) return restylesLess(el.ownerDocument, selector) ? selector : '';
  }
  return '';
}

/** `::highlight(name)` for text in `scope` and under it; the page's own `::highlight(name)` without one. */
const inScope = (scope: string, name: string) =>
  scope ? `${scope}::highlight(${name}),${scope} ::highlight(${name})` : `::highlight(${name})`;

// A translucent amber over the page's own text colour stays readable on light and dark pages;
// the underline marks the term for readers who do not see the tint. Nothing here changes layout.
// Written compact: it ships inside the size-budgeted overlay bundle as it is. `::highlight` never
// shares a rule with `mark`: a browser without it drops every rule whose selector list names it.
export function stylesheet(name: string, scope = ''): string {
  const term = inScope(scope, name);
  return `${term}{background-color:rgb(255 176 0/.3);text-decoration:underline dotted #d68000}
mark[data-context-margin]{background-color:rgb(255 176 0/.3);color:inherit;text-decoration:underline dotted #d68000}
${inScope(scope, `${name}-active`)}{background-color:rgb(255 176 0/.6)}
mark[data-context-margin][data-active]{background-color:rgb(255 176 0/.6)}
@media (prefers-color-scheme:dark){${term}{text-decoration-color:#ffbe46}mark[data-context-margin]{text-decoration-color:#ffbe46}}`;
}
