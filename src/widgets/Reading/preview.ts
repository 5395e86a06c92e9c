// Distill-style previews for glossary links and citations: hover, keyboard focus and tap show
// the target's content in one shared tooltip — a citation's entry in the page's reference list,
// a glossary term's preview from /concepts/previews.json (fetched once, when the first term's
// preview opens: src/lib/concept-preview.ts). On touch the first tap previews and a second tap on the
// same link follows it.
import { withBase } from '../../lib/base-path.ts';
import { CONCEPT_PREVIEW_PREFIX, type ConceptPreview } from '../../lib/concept-preview.ts';
import { termWithEnglish } from '../../lib/labels.ts';
let conceptFile: Promise<Record<string, ConceptPreview>> | undefined;

function conceptPreviewsFile(): Promise<Record<string, ConceptPreview>> {
  conceptFile ??= fetch(withBase('/concepts/previews.json'))
    .then((r) => {
      if (!r.ok) throw new Error(`glossary previews: HTTP ${r.status}`);
      return r.json() as Promise<Record<string, ConceptPreview>>;
    })
    .catch((e: unknown) => {
      conceptFile = undefined; // the next hover tries again
      throw e;
    });
  return conceptFile;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.textContent = text;
  return p;
}

/** A glossary preview as the tooltip shows it: term (English term), summary, formula, a pointer to the glossary. */
function conceptNodes(c: ConceptPreview): Node[] {
  const term = termWithEnglish(c.title, c.en);
  const title = paragraph('preview-title', term.english ? `${term.name} ` : term.name);
  if (term.english) title.append(Object.assign(document.createElement('span'), { textContent: `(${term.english})` }));
  const nodes: Node[] = [title, paragraph('', c.summary)];
  if (c.formula) {
    const formula = document.createElement('div');
    formula.className = 'preview-formula';
    formula.innerHTML = c.formula; // MathML this site rendered at build time
    nodes.push(formula);
  }
  nodes.push(paragraph('preview-more', '용어 사전에서 더 보기'));
  return nodes;
}

const MATHML = 'http://www.w3.org/1998/Math/MathML';
const SEPARATOR = (el: Element) =>
  el.localName === 'mspace' || (el.localName === 'mo' && el.getAttribute('separator') === 'true');
/** Relations a part too wide for the tooltip may still break after (not + or −, which may be a sign). */
const RELATION = (el: Element) =>
  el.localName === 'mo' && ['=', '≈', '≤', '≥', '<', '>', '∝'].includes(el.textContent?.trim() ?? '');

/** The children of `row` cut into <mrow> groups, each ending where `ends` says. */
function groupAfter(children: readonly Element[], ends: (el: Element) => boolean): Element[] {
  const groups: Element[] = [];
  let group = document.createElementNS(MATHML, 'mrow');
  for (const child of children) {
    group.append(child);
    if (ends(child)) {
      groups.push(group);
      group = document.createElementNS(MATHML, 'mrow');
    }
  }
  if (group.childElementCount) groups.push(group);
  return groups;
}

/**
 * A tooltip holds nothing focusable, so its formulas cannot be scroll boxes (axe:
 * scrollable-region-focusable), and half of the glossary's formulas are wider than the tooltip.
 * The formula's top-level row becomes wrapping lines (site.css) of groups that end at a separator
 * (", " between equations); a group still wider than the tooltip is cut after its relations
 * (=, ≤ …), and what is still too wide is scaled down to the tooltip's width.
 */
function fitFormulas(root: HTMLElement): void {
  for (const block of root.querySelectorAll<HTMLElement>('.preview-formula .katex-display')) {
    const row = block.querySelector('semantics > mrow');
    if (row) {
      row.replaceChildren(...groupAfter([...row.children], SEPARATOR));
      row.setAttribute('data-wrap', '');
      for (const group of [...row.children])
        if (group.getBoundingClientRect().width > block.clientWidth)
          group.replaceWith(...groupAfter([...group.children], RELATION));
    }
    if (block.scrollWidth > block.clientWidth)
      block.style.fontSize = `${Math.max(0.5, (0.98 * block.clientWidth) / block.scrollWidth)}em`;
  }
}

/** What the tooltip shows for a link, or null when there is nothing to show. */
async function previewNodes(id: string): Promise<Node[] | null> {
  const source = document.getElementById(id);
  if (source) return [...source.childNodes].map((n) => n.cloneNode(true));
  if (!id.startsWith(CONCEPT_PREVIEW_PREFIX)) return null;
  const c = (await conceptPreviewsFile())[id.slice(CONCEPT_PREVIEW_PREFIX.length)];
  return c ? conceptNodes(c) : null;
}

function createPopover(): HTMLDivElement {
  const pop = document.createElement('div');
  pop.id = 'preview-popover';
  pop.className = 'preview-popover';
  pop.setAttribute('role', 'tooltip');
  pop.hidden = true;
  document.body.append(pop);
  return pop;
}

/** Shows `nodes` in the tooltip, below the link, or above it when there is room there and none below. */
function placePreview(pop: HTMLElement, a: HTMLAnchorElement, nodes: Node[]): void {
  pop.replaceChildren(...nodes);
  pop.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  // A tooltip holds no controls: links in the source become plain text.
  pop.querySelectorAll('a').forEach((l) => l.replaceWith(...l.childNodes));
  pop.hidden = false;
  const r = a.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  pop.style.width = `${width}px`;
  fitFormulas(pop);
  const left = Math.min(Math.max(8, r.left), document.documentElement.clientWidth - width - 8);
  const below = r.bottom + 8;
  const h = pop.offsetHeight;
  const top = below + h > window.innerHeight && r.top - h - 8 > 0 ? r.top - h - 8 : below;
  pop.style.left = `${left + window.scrollX}px`;
  pop.style.top = `${top + window.scrollY}px`;
}

interface Tooltip {
  show(a: HTMLAnchorElement): void;
  hide(): void;
  /** Hides after a short pause, so the pointer can move from the link onto the tooltip. */
  later(): void;
  keep(): void;
  /** The link whose preview is open. */
  owner(): HTMLAnchorElement | null;
  /** A preview is open or on its way. */
  active(): boolean;
}

/** The one tooltip's state: the link that owns it and the link whose preview is on its way (a glossary preview may wait for its file). */
function tooltip(pop: HTMLElement): Tooltip {
  let owner: HTMLAnchorElement | null = null;
  let wanted: HTMLAnchorElement | null = null;
  let hideTimer = 0;
  const hide = () => {
    clearTimeout(hideTimer);
    if (owner) owner.removeAttribute('aria-describedby');
    owner = null;
    wanted = null;
    pop.hidden = true;
  };
  const open = (a: HTMLAnchorElement, nodes: Node[]) => {
    hide();
    placePreview(pop, a, nodes);
    owner = a;
    a.setAttribute('aria-describedby', pop.id);
  };
  return {
    show(a) {
      clearTimeout(hideTimer);
      if (owner === a || wanted === a) return;
      wanted = a;
      // A preview that cannot load (offline, say) is simply not shown: the link still works.
      previewNodes(a.dataset.preview ?? '').then(
        (nodes) => {
          if (wanted === a && nodes) open(a, nodes);
        },
        () => {},
      );
    },
    hide,
    later() {
      clearTimeout(hideTimer);
      hideTimer = window.setTimeout(hide, 150);
    },
    keep: () => clearTimeout(hideTimer),
    owner: () => owner,
    active: () => Boolean(owner || wanted),
  };
}

// Hover comes from pointers that hover (mouse, pen). A tap sends Chrome's compatibility mouse
// events too, ending with a mouseleave right after the click: handled as hover, it closed the
// preview the tap had just opened, 150 ms later.
const hovering = (e: PointerEvent) => e.pointerType !== 'touch';

function bindTrigger(a: HTMLAnchorElement, tip: Tooltip): void {
  let openBeforeTap = false;
  a.addEventListener('pointerenter', (e) => hovering(e) && tip.show(a));
  a.addEventListener('pointerleave', (e) => hovering(e) && tip.later());
  a.addEventListener('focus', () => tip.show(a));
  a.addEventListener('blur', () => tip.later());
  a.addEventListener('pointerdown', () => {
    openBeforeTap = tip.owner() === a; // a tap also focuses the link, which opens the preview
  });
  // A click is a PointerEvent that names its pointer, also when first-use replays the first tap
  // (whose pointerdown came before this listener existed).
  a.addEventListener('click', (e) => {
    if (e instanceof PointerEvent && e.pointerType === 'touch' && !openBeforeTap) {
      e.preventDefault();
      tip.show(a);
    }
    openBeforeTap = false;
  });
}

export function initPreviews(): void {
  const triggers = document.querySelectorAll<HTMLAnchorElement>('a[data-preview]');
  if (!triggers.length) return;
  const pop = createPopover();
  const tip = tooltip(pop);
  for (const a of triggers) bindTrigger(a, tip);
  pop.addEventListener('pointerenter', (e) => hovering(e) && tip.keep());
  pop.addEventListener('pointerleave', (e) => hovering(e) && tip.later());
  // Escape also cancels a preview still on its way (the glossary file loading).
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && tip.active()) tip.hide();
  });
  document.addEventListener('pointerdown', (e) => {
    const t = e.target as Element;
    if (tip.owner() && !pop.contains(t) && !t.closest('a[data-preview]')) tip.hide();
  });
  addEventListener('resize', () => tip.hide());
}
