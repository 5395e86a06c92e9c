// The lab's UI. Tokenizing runs in a Web Worker (./worker.ts, which loads the vocab files
// only when the reader opens the lab): the page stays responsive whatever the input, a
// progress line follows each tokenizer, and "취소" terminates the worker.
import { ratioTo, tokenStats } from '../../lib/tokenizer-stats.ts';
import type { Encoded, FromWorker, ToWorker } from './protocol.ts';
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

function render(root: HTMLElement, text: string, encoded: Encoded[]): void {
  const baseline = root.querySelector<HTMLSelectElement>('[data-lab-baseline]')!.value;
  const tbody = root.querySelector<HTMLTableSectionElement>('[data-lab-table] tbody')!;
  const view = root.querySelector<HTMLElement>('[data-lab-tokens]')!;
  const base = encoded.find((e) => e.id === baseline)?.count ?? 0;
  tbody.replaceChildren(
    ...encoded.map((e) => {
      const s = tokenStats(text, e.count);
      const tr = document.createElement('tr');
      tr.dataset.tokenizer = e.id;
      const r = ratioTo(e.count, base);
      tr.append(
        cell('th', e.label),
        cell('td', String(s.tokens)),
        cell('td', s.charsPerToken.toFixed(2)),
        cell('td', s.bytesPerToken.toFixed(2)),
        cell('td', Number.isFinite(r) ? `${r.toFixed(2)}×` : '–'),
      );
      return tr;
    }),
  );
  view.replaceChildren(
    ...encoded.map((e) => {
      const box = document.createElement('figure');
      box.className = 'lab-token-box';
      const cap = document.createElement('figcaption');
      cap.textContent = `${e.label} — 토큰 ${e.count}개`;
      const p = document.createElement('p');
      p.className = 'lab-token-text';
      p.dataset.tokenizer = e.id;
      e.segments.forEach((seg, i) => {
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
    const cancelBtn = root.querySelector<HTMLButtonElement>('[data-lab-cancel]')!;
    const status = root.querySelector<HTMLElement>('[data-lab-status]')!;
    const progress = root.querySelector<HTMLProgressElement>('[data-lab-progress]')!;
    const body = root.querySelector<HTMLElement>('[data-lab-body]')!;
    const input = root.querySelector<HTMLTextAreaElement>('[data-lab-input]')!;
    let worker: Worker | undefined;
    let ready: Promise<void> | undefined;
    let job = 0;
    let last: { text: string; encoded: Encoded[] } | undefined;
    let timer: number | undefined;

    const busy = (on: boolean) => {
      progress.hidden = !on;
      cancelBtn.hidden = !on;
      if (on) root.dataset.busy = '';
      else delete root.dataset.busy;
    };
    // A fresh worker per load; a failed or cancelled one is dropped, so the next attempt starts clean.
    const start = (): Promise<void> => {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      worker = w;
      return new Promise<void>((resolve, reject) => {
        w.addEventListener('error', (e) => reject(new Error(e.message || '작업자(worker)를 시작하지 못했습니다')));
        w.addEventListener('message', (e: MessageEvent<FromWorker>) => {
          const m = e.data;
          if (m.type === 'ready') resolve();
          else if (m.type === 'load-error') reject(new Error(m.message));
          else if (m.job !== job) return;
          else if (m.type === 'progress') {
            progress.value = m.done / m.total;
            status.textContent = `토큰화하는 중입니다… ${m.label} 완료 (${m.done}/${m.total})`;
          } else {
            busy(false);
            root.dataset.tokenizeMs = String(m.ms); // read by `npm run bench` and the lab's tests
            status.textContent = `토큰화했습니다 (${(m.ms / 1000).toFixed(1)}초).`;
            last = { text: pending, encoded: m.encoded };
            render(root, pending, m.encoded);
            root.dataset.done = String(job);
          }
        });
        w.postMessage({ type: 'load' } satisfies ToWorker);
      });
    };
    let pending = '';
    const tokenize = async () => {
      if (!ready) return;
      await ready;
      job += 1;
      pending = input.value.slice(0, 20000);
      progress.value = 0;
      busy(true);
      status.textContent = '토큰화하는 중입니다…';
      worker!.postMessage({ type: 'encode', job, text: pending } satisfies ToWorker);
    };
    const rerender = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => void tokenize(), 120);
    };

    const open = async () => {
      openBtn.disabled = true;
      status.textContent = '토크나이저를 불러오는 중입니다… (약 14 MB, 처음 한 번만)';
      const started = performance.now();
      try {
        ready = start();
        await ready;
        root.dataset.loadMs = String(Math.round(performance.now() - started));
        body.hidden = false;
        openBtn.hidden = true;
        root.dataset.ready = '';
        await tokenize();
      } catch (e) {
        worker?.terminate();
        ready = undefined;
        openBtn.disabled = false;
        status.textContent = `토크나이저를 불러오지 못했습니다: ${(e as Error).message}. 네트워크 상태를 확인하고 다시 시도하세요.`;
        root.dataset.error = '';
      }
    };
    openBtn.addEventListener('click', () => void open());
    cancelBtn.addEventListener('click', () => {
      // The worker is mid-encode and cannot be interrupted: end it and load a fresh one (vocab from the HTTP cache).
      worker?.terminate();
      job += 1;
      busy(false);
      status.textContent = '토큰화를 취소했습니다. 글을 고치면 다시 계산합니다.';
      root.dataset.cancelled = String(job);
      ready = start();
      ready.catch(() => (status.textContent = '토크나이저를 다시 불러오지 못했습니다. 페이지를 새로 고치세요.'));
    });
    input.addEventListener('input', rerender);
    root.querySelector('[data-lab-baseline]')?.addEventListener('change', () => last && render(root, last.text, last.encoded));
    root.querySelectorAll<HTMLButtonElement>('[data-lab-sample]').forEach((b) =>
      b.addEventListener('click', () => {
        const s = samples.find((x) => x.id === b.dataset.labSample);
        if (s) {
          input.value = s.text;
          void tokenize();
        }
      }),
    );
  });
}
