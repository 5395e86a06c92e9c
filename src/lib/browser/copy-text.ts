// Copying for the reader (embed code, a view's link, BibTeX): the clipboard, and a sentence in a
// live region either way, the failure one saying what to do instead. One implementation for every
// copy button.

/** Copies `text`; `status` then reads `done`, or that copying failed followed by `instead`. */
export async function copyText(
  text: string,
  status: HTMLElement | null,
  done: string,
  instead = '텍스트를 직접 선택해 복사하세요.',
): Promise<boolean> {
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    ok = false;
  }
  if (status) status.textContent = ok ? done : `복사하지 못했습니다. ${instead}`;
  return ok;
}

/** The reader's current view as a link (its state is in the address): the "현재 보기 링크 복사" button. */
export function copyViewLink(status: HTMLElement | null): Promise<boolean> {
  return copyText(location.href, status, '현재 보기 링크를 복사했습니다.', '주소창의 링크를 직접 복사하세요.');
}
