// The lab's UI. The heavy part (./load.ts) is imported only when the reader opens the lab.
import { ratioTo, segments, tokenStats } from '../../lib/tokenizer-stats.ts';
import type { LabTokenizer } from '../../lib/tokenizers.ts';

interface Sample {
  id: string;
  label: string;
  text: string;
}

function cell(tag: 'th' | 'td', text: string): HTMLTableCellElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (tag === 'th') el.scope = 'row';
  return el;
}

function render(root: HTMLElement, toks: LabTokenizer[]): void {
  const input = root.querySelector<HTMLTextAreaElement>('[data-lab-input]')!;
  const baseline = root.querySelector<HTMLSelectElement>('[data-lab-baseline]')!.value;
  const tbody = root.querySelector<HTMLTableSectionElement>('[data-lab-table] tbody')!;
  const view = root.querySelector<HTMLElement>('[data-lab-tokens]')!;
  const text = input.value.slice(0, 20000);
  const started = performance.now();
  const encoded = toks.map((t) => ({ t, ids: t.encode(text) }));
  // read by `npm run bench` (tokenize time for all three tokenizers)
  root.dataset.tokenizeMs = String(Math.round(performance.now() - started));
  const base = encoded.find((e) => e.t.id === baseline)!.ids.length;
  tbody.replaceChildren(
    ...encoded.map(({ t, ids }) => {
      const s = tokenStats(text, ids.length);
      const tr = document.createElement('tr');
      tr.dataset.tokenizer = t.id;
      const r = ratioTo(ids.length, base);
      tr.append(
        cell('th', t.label),
        cell('td', String(s.tokens)),
        cell('td', s.charsPerToken.toFixed(2)),
        cell('td', s.bytesPerToken.toFixed(2)),
        cell('td', Number.isFinite(r) ? `${r.toFixed(2)}×` : '–'),
      );
      return tr;
    }),
  );
  view.replaceChildren(
    ...encoded.map(({ t, ids }) => {
      const box = document.createElement('figure');
      box.className = 'lab-token-box';
      const cap = document.createElement('figcaption');
      cap.textContent = `${t.label} — 토큰 ${ids.length}개`;
      const p = document.createElement('p');
      p.className = 'lab-token-text';
      p.dataset.tokenizer = t.id;
      segments(ids, (g) => t.decode(g)).forEach((seg, i) => {
        const span = document.createElement('span');
        span.className = `tok tok-${i % 4}`;
        span.textContent = seg.text;
        if (seg.ids > 1) span.title = `토큰 ${seg.ids}개로 나뉜 글자`;
        p.append(span);
      });
      box.append(cap, p);
      return box;
    }),
  );
}

export function initTokenizerLab(): void {
  document.querySelectorAll<HTMLElement>('[data-tokenizer-lab]').forEach((root) => {
    const samples = JSON.parse(root.dataset.samples ?? '[]') as Sample[];
    const openBtn = root.querySelector<HTMLButtonElement>('[data-lab-open]')!;
    const status = root.querySelector<HTMLElement>('[data-lab-status]')!;
    const body = root.querySelector<HTMLElement>('[data-lab-body]')!;
    const input = root.querySelector<HTMLTextAreaElement>('[data-lab-input]')!;
    let toks: LabTokenizer[] | undefined;
    let timer: number | undefined;
    const rerender = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => toks && render(root, toks), 120);
    };
    openBtn.addEventListener('click', async () => {
      openBtn.disabled = true;
      status.textContent = '토크나이저를 불러오는 중입니다… (약 14 MB, 처음 한 번만)';
      const started = performance.now();
      try {
        const { loadTokenizers } = await import('./load.ts');
        toks = await loadTokenizers();
        root.dataset.loadMs = String(Math.round(performance.now() - started));
        status.textContent = `토크나이저 3종을 불러왔습니다 (${(Number(root.dataset.loadMs) / 1000).toFixed(1)}초).`;
        body.hidden = false;
        openBtn.hidden = true;
        render(root, toks);
        root.dataset.ready = '';
      } catch (e) {
        openBtn.disabled = false;
        status.textContent = `토크나이저를 불러오지 못했습니다: ${(e as Error).message}. 네트워크 상태를 확인하고 다시 시도하세요.`;
        root.dataset.error = '';
      }
    });
    input.addEventListener('input', rerender);
    root.querySelector('[data-lab-baseline]')?.addEventListener('change', rerender);
    root.querySelectorAll<HTMLButtonElement>('[data-lab-sample]').forEach((b) =>
      b.addEventListener('click', () => {
        const s = samples.find((x) => x.id === b.dataset.labSample);
        if (s) {
          input.value = s.text;
          if (toks) render(root, toks);
        }
      }),
    );
  });
}
