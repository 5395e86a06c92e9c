// "복사" buttons: copy the text of the element named by data-copy, and say so in a live region.
import { copyText } from '../../lib/browser/copy-text.ts';

export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const status = document.getElementById(button.dataset.status ?? '');
    button.addEventListener('click', () => {
      const text = document.getElementById(button.dataset.copy ?? '')?.textContent ?? '';
      void copyText(text, status, '복사했습니다.', '글자를 직접 선택해 복사해 주세요.');
    });
  }
}
