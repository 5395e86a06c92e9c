// The /charts/ deck builder: ticks, a ?deck= request, and the download buttons. The deck code
// (pptxgenjs, jszip, slide composition) is imported only when a deck is made.
import { parseDeckParam } from '../../lib/deck/request.ts';

export function initDeckBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-deck-builder]');
  if (!form) return;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-deck-item]')];
  const count = form.querySelector<HTMLElement>('[data-deck-count]')!;
  const status = form.querySelector<HTMLElement>('[data-deck-status]')!;
  const selected = () => boxes.filter((b) => b.checked).map((b) => b.dataset.deckItem!);
  const update = () => {
    count.textContent = `선택한 항목 ${selected().length}개`;
  };
  // ?deck=chart:a,table:p/t pre-ticks; unknown names are said (as text) and left out
  const requested = parseDeckParam(new URLSearchParams(location.search).get('deck'));
  const unknown = requested.filter((key) => !boxes.some((b) => b.dataset.deckItem === key));
  for (const b of boxes) if (requested.includes(b.dataset.deckItem!)) b.checked = true;
  if (unknown.length) status.textContent = `알 수 없는 항목은 빼고 만듭니다: ${unknown.join(', ')}`;
  boxes.forEach((b) => b.addEventListener('change', update));
  update();

  const run = async (format: 'pptx' | 'reveal') => {
    const keys = [...selected(), ...unknown];
    if (!selected().length) {
      status.textContent = '덱에 넣을 차트나 표를 먼저 고르세요.';
      return;
    }
    status.textContent = '덱을 만드는 중입니다…';
    try {
      const { makeDeck } = await import('./make-deck.ts');
      const r = await makeDeck(form, keys, format);
      status.textContent =
        `${r.count}개 항목으로 ${format === 'pptx' ? '.pptx' : 'reveal.js HTML'} 덱을 내려받았습니다.` +
        (r.unknown.length ? ` 알 수 없는 항목은 뺐습니다: ${r.unknown.join(', ')}` : '');
    } catch (e) {
      status.textContent = `덱을 만들지 못했습니다: ${String(e)}`;
    }
  };
  form.querySelector('[data-deck-pptx]')?.addEventListener('click', () => void run('pptx'));
  form.querySelector('[data-deck-reveal]')?.addEventListener('click', () => void run('reveal'));
}
