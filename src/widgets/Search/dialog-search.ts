// The search behind the dialog, loaded on its first open (dialog.ts): the engine, the result view
// and Enter-to-open. Kept out of the page-load script so a page that is only read fetches none of it.
import { warm } from './engine.ts';
import { bindSearch } from './ui.ts';

export { warm };

export function bindDialogSearch(root: HTMLElement): void {
  warm();
  const bound = bindSearch(root);
  // Words typed while this code was on its way are searched as soon as it is bound.
  if (bound.input.value.trim()) bound.input.dispatchEvent(new Event('input'));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && document.activeElement === bound.input) {
      const first = root.querySelector<HTMLAnchorElement>('a.search-hit-link');
      if (first) location.href = first.href;
    }
  });
}
