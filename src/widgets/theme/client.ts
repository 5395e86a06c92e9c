// The toggle stores an explicit choice; without one the page keeps following the system.
export function initThemeToggle(): void {
  const button = document.getElementById('theme-toggle');
  if (!button) return;
  const root = document.documentElement;
  const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  sync();
  button.addEventListener('click', () => {
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    sync();
    document.dispatchEvent(new CustomEvent('themechange', { detail: next }));
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    let stored: string | null;
    try {
      stored = localStorage.getItem('theme');
    } catch {
      stored = null;
    }
    if (!stored) {
      root.dataset.theme = e.matches ? 'dark' : 'light';
      sync();
    }
  });
}
