// Chart page actions: copy the embed code and a link that reproduces the current view.
async function copy(text: string, status: HTMLElement | null, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = done;
  } catch {
    if (status) status.textContent = '복사하지 못했습니다. 텍스트를 직접 선택해 복사하세요.';
  }
}

export function initChartPage(): void {
  const root = document.querySelector<HTMLElement>('[data-chart-page]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  const code = root.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const base = root.dataset.embedBase!;
  const syncEmbed = () => {
    const url = base + location.search;
    code.value = code.value.replace(/src="[^"]*"/, `src="${url}"`);
  };
  syncEmbed();
  root.addEventListener('chartstate', syncEmbed);
  root.querySelector('[data-copy-embed]')?.addEventListener('click', () => copy(code.value, status, '임베드 코드를 복사했습니다.'));
  root.querySelector('[data-copy-link]')?.addEventListener('click', () => copy(location.href, status, '현재 보기 링크를 복사했습니다.'));
}
