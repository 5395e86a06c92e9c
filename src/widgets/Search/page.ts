import { withBase } from '../../lib/base-path.ts';
import { bindSearch } from './ui.ts';
import { warm } from './engine.ts';

export function initSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  warm(); // the search page loads the index at once
  const bound = bindSearch(root, (q) => {
    const url = withBase(q.trim() ? `/search/?q=${encodeURIComponent(q.trim())}` : '/search/');
    history.replaceState(null, '', url);
  });
  root.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    void bound.run(bound.input.value);
  });
  const q = new URLSearchParams(location.search).get('q') ?? '';
  if (q) {
    bound.input.value = q.slice(0, 100);
    void bound.run(bound.input.value);
  }
  bound.input.focus();
}
