// "복사" buttons: copy the text of the element named by data-copy, and say so in a live region.
export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const status = document.getElementById(button.dataset.status ?? '');
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy ?? '')?.textContent ?? '';
      let ok = true;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        ok = false;
      }
      if (status) status.textContent = ok ? '복사했습니다.' : '복사하지 못했습니다. 글자를 직접 선택해 복사해 주세요.';
    });
  }
}
