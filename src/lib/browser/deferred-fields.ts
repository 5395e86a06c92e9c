// In Chrome, a <form>, a <select>, a <textarea> or a text input inside a content-visibility: auto
// section makes the browser lay that whole section out while the page loads, although it is off
// screen and reported skipped afterwards. One <select> under a results table made a 400-cell
// section shape all its text: a trace of the DeepSeek LLM review at 412 px counted 1,398 shaped
// text runs with the review's fields and forms, 75 with only its first three sections, and a
// minimal page with one select per section does the same. Checkboxes, radios, range inputs,
// buttons and progress bars do not, and neither does Chromium's headless shell (no autofill, the
// browser layer that inspects forms and the fields it could fill). That layout was the long
// end-of-parse task behind the reviews' Lighthouse blocking time.
//
// So review sections hold no <form> (a widget's fields sit in a div) and ship such fields in a
// <template data-deferred-fields>, created when their widget comes into use; every host of one
// is hidden, idle or off screen until then, so a reader never waits for a field that is not there.

import { whenNear } from './when-near.ts';

/** What a review section may not hold outside a deferred-fields template (the crawl checks every page). */
export const LAYOUT_FORCING_FIELDS =
  'form, select, textarea, input:not([type=checkbox], [type=radio], [type=range], [type=button], [type=hidden])';

const SELECTOR = 'template[data-deferred-fields]';
/** Marks a host whose fields wait for its layout (tests wait for it to go once they render a section). */
const PENDING = 'data-fields-pending';

/** Puts the fields of every deferred-fields template under `root` in place of their template. */
export function createDeferredFields(root: ParentNode): void {
  for (const t of root.querySelectorAll<HTMLTemplateElement>(SELECTOR)) t.replaceWith(t.content);
}

/**
 * Creates the deferred fields of each element matching `selector` once the browser lays it out:
 * at load when its section is on screen, otherwise when the reader comes near or a jump renders
 * the whole review. An element in a skipped section has no layout, so the observer, whose margin
 * covers any page, reports it only then.
 */
export function createDeferredFieldsWhenRendered(selector: string): void {
  const hosts = [...document.querySelectorAll(selector)].filter((el) => el.querySelector(SELECTOR));
  for (const el of hosts) el.setAttribute(PENDING, '');
  whenNear(
    hosts,
    (el) => {
      createDeferredFields(el);
      el.removeAttribute(PENDING);
    },
    '1000000px 0px',
  );
}
