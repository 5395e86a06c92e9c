// Loads a widget's code the first time the reader reaches for it instead of at page load, so a
// first visit fetches only the page (measures.md: "JS before interaction" counts idle scripts
// too). The page is complete without the code: tables, chart SVGs and text are HTML; the code
// adds sorting, toggles, previews and the like.
//
// "Reaching for it" is a pointer over or down on the widget, keyboard focus entering it, or a
// click, key, input or change inside it (Playwright's selectOption, for one, sends change
// without focus). Clicks, keys, inputs and changes that arrive while the code is still on its
// way are sent again once it has run, so the first use is never lost; hover and focus are
// re-announced if the pointer or focus is still there.

const WAKE = ['pointerover', 'pointerdown', 'focusin', 'click', 'keydown', 'input', 'change'] as const;
const HELD = new Set(['click', 'keydown', 'input', 'change']);
// Only a click is stopped until the code runs (it may follow a link the widget would
// intercept); keys, input and change keep their default action (focus moves, text is typed)
// and are only sent again to the widget's listeners.
const BLOCKED = 'click';

interface Options {
  /** Also load when a matching element comes within this margin of the viewport (e.g. '400px'). */
  near?: string;
  /**
   * Load at once: the widget is the page (search, explorer, chart page, deck builder). The reader
   * may still act before the code has run, so events are held and sent again as on first use.
   */
  now?: boolean;
}

/** Sends again, to the widget's now-installed listeners, an event the reader made before they existed. */
function replay(e: Event, root: Element): void {
  const t = e.target;
  if (!(t instanceof Element) || !t.isConnected) return;
  // a dispatched click still follows a link or presses a button (activation behaviour); it keeps
  // its pointer type, so a widget can tell a tap from a mouse click
  if (e instanceof PointerEvent && e.type === 'click') {
    const init = { bubbles: true, cancelable: true, detail: e.detail, pointerType: e.pointerType };
    t.dispatchEvent(new PointerEvent('click', { ...init, pointerId: e.pointerId, isPrimary: e.isPrimary }));
  } else if (e instanceof MouseEvent && e.type === 'click')
    t.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: e.detail }));
  else if (e instanceof KeyboardEvent)
    t.dispatchEvent(
      new KeyboardEvent(e.type, {
        key: e.key,
        code: e.code,
        shiftKey: e.shiftKey,
        ctrlKey: e.ctrlKey,
        altKey: e.altKey,
        metaKey: e.metaKey,
        bubbles: true,
        cancelable: true,
      }),
    );
  else if (e.type === 'input' || e.type === 'change') t.dispatchEvent(new Event(e.type, { bubbles: true }));
  else if (e.type === 'focusin' && document.activeElement === t) {
    t.dispatchEvent(new FocusEvent('focus'));
    t.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  } else if (e instanceof PointerEvent && e.type === 'pointerover' && t.matches(':hover')) {
    // pointerenter does not bubble: each element from the target up to the widget gets its own,
    // with the pointer's type (widgets tell a hovering mouse from a touch)
    const init = { pointerType: e.pointerType, pointerId: e.pointerId, isPrimary: e.isPrimary };
    for (let el: Element | null = t; el; el = el === root ? null : el.parentElement)
      el.dispatchEvent(new PointerEvent('pointerenter', init));
  }
}

/**
 * Runs `load` (a dynamic import that installs the widget) once, on the first use of any element
 * matching `selector`. Returns nothing; the loaded code finds its elements itself.
 */
export function onFirstUse(selector: string, load: () => Promise<unknown>, options: Options = {}): void {
  if (!document.querySelector(selector)) return;
  let state: 'idle' | 'loading' | 'done' = 'idle';
  const held: Array<[Event, Element]> = [];
  const start = () => {
    if (state !== 'idle') return;
    state = 'loading';
    for (const type of HELD) document.addEventListener(type, hold, true);
    for (const type of WAKE) document.removeEventListener(type, onEvent, true);
    io?.disconnect();
    load().then(
      () => {
        state = 'done';
        for (const type of HELD) document.removeEventListener(type, hold, true);
        for (const [e, root] of held.splice(0)) replay(e, root);
      },
      (err: unknown) => {
        // the code could not arrive (offline): let the reader's events through unchanged
        state = 'done';
        for (const type of HELD) document.removeEventListener(type, hold, true);
        throw err;
      },
    );
  };
  const rootOf = (e: Event) => (e.target instanceof Element ? e.target.closest(selector) : null);
  const hold = (e: Event) => {
    const root = rootOf(e);
    if (!root || state !== 'loading') return;
    if (e.type === BLOCKED) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    held.push([e, root]);
  };
  const onEvent = (e: Event) => {
    if (!rootOf(e)) return;
    start();
    hold(e); // listeners added during this dispatch miss this very event: keep it by hand
  };
  for (const type of WAKE) document.addEventListener(type, onEvent, true);
  let io: IntersectionObserver | undefined;
  if (options.now) start();
  else if (options.near && 'IntersectionObserver' in window) {
    io = new IntersectionObserver((entries) => entries.some((x) => x.isIntersecting) && start(), {
      rootMargin: `${options.near} 0px`,
    });
    document.querySelectorAll(selector).forEach((el) => io!.observe(el));
  }
}
