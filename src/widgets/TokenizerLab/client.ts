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

/** One lab on the page: a worker loaded on demand, one encode job at a time, results drawn by `render`. */
class Lab {
  readonly samples: Sample[];
  readonly openBtn: HTMLButtonElement;
  readonly cancelBtn: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly progress: HTMLProgressElement;
  readonly body: HTMLElement;
  readonly input: HTMLTextAreaElement;
  worker: Worker | undefined;
  ready: Promise<void> | undefined;
  job = 0;
  last: { text: string; encoded: Encoded[] } | undefined;
  timer: number | undefined;
  pending = '';

  constructor(readonly root: HTMLElement) {
    this.samples = JSON.parse(root.dataset.samples ?? '[]') as Sample[];
    this.openBtn = root.querySelector<HTMLButtonElement>('[data-lab-open]')!;
    this.cancelBtn = root.querySelector<HTMLButtonElement>('[data-lab-cancel]')!;
    this.status = root.querySelector<HTMLElement>('[data-lab-status]')!;
    this.progress = root.querySelector<HTMLProgressElement>('[data-lab-progress]')!;
    this.body = root.querySelector<HTMLElement>('[data-lab-body]')!;
    this.input = root.querySelector<HTMLTextAreaElement>('[data-lab-input]')!;
  }

  busy(on: boolean): void {
    this.progress.hidden = !on;
    this.cancelBtn.hidden = !on;
    if (on) this.root.dataset.busy = '';
    else delete this.root.dataset.busy;
  }

  /** A message of the current job: progress, or the finished encoding. */
  onJobMessage(m: Extract<FromWorker, { job: number }>): void {
    if (m.type === 'progress') {
      this.progress.value = m.done / m.total;
      this.status.textContent = `토큰화하는 중입니다… ${m.label} 완료 (${m.done}/${m.total})`;
      return;
    }
    this.busy(false);
    this.root.dataset.tokenizeMs = String(m.ms); // read by `npm run bench` and the lab's tests
    this.status.textContent = `토큰화했습니다 (${(m.ms / 1000).toFixed(1)}초).`;
    this.last = { text: this.pending, encoded: m.encoded };
    render(this.root, this.pending, m.encoded);
    this.root.dataset.done = String(this.job);
  }

  // A fresh worker per load; a failed or cancelled one is dropped, so the next attempt starts clean.
  start(): Promise<void> {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker = w;
    return new Promise<void>((resolve, reject) => {
      w.addEventListener('error', (e) => reject(new Error(e.message || '작업자(worker)를 시작하지 못했습니다')));
      w.addEventListener('message', (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.type === 'ready') resolve();
        else if (m.type === 'load-error') reject(new Error(m.message));
        else if (m.job === this.job) this.onJobMessage(m);
      });
      w.postMessage({ type: 'load' } satisfies ToWorker);
    });
  }

  async tokenize(): Promise<void> {
    if (!this.ready) return;
    await this.ready;
    this.job += 1;
    this.pending = this.input.value.slice(0, 20000);
    this.progress.value = 0;
    this.busy(true);
    this.status.textContent = '토큰화하는 중입니다…';
    this.worker!.postMessage({ type: 'encode', job: this.job, text: this.pending } satisfies ToWorker);
  }

  rerender(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.tokenize(), 120);
  }

  async open(): Promise<void> {
    this.openBtn.disabled = true;
    this.status.textContent = '토크나이저를 불러오는 중입니다… (약 14 MB, 처음 한 번만)';
    const started = performance.now();
    try {
      this.ready = this.start();
      await this.ready;
      this.root.dataset.loadMs = String(Math.round(performance.now() - started));
      this.body.hidden = false;
      this.openBtn.hidden = true;
      this.root.dataset.ready = '';
      await this.tokenize();
    } catch (e) {
      this.worker?.terminate();
      this.ready = undefined;
      this.openBtn.disabled = false;
      const message = e instanceof Error ? e.message : String(e);
      this.status.textContent = `토크나이저를 불러오지 못했습니다: ${message}. 네트워크 상태를 확인하고 다시 시도하세요.`;
      this.root.dataset.error = '';
    }
  }

  cancel(): void {
    // The worker is mid-encode and cannot be interrupted: end it and load a fresh one (vocab from the HTTP cache).
    this.worker?.terminate();
    this.job += 1;
    this.busy(false);
    this.status.textContent = '토큰화를 취소했습니다. 글을 고치면 다시 계산합니다.';
    this.root.dataset.cancelled = String(this.job);
    this.ready = this.start();
    this.ready.catch(
      () => (this.status.textContent = '토크나이저를 다시 불러오지 못했습니다. 페이지를 새로 고치세요.'),
    );
  }

  bind(): void {
    this.openBtn.addEventListener('click', () => void this.open());
    this.cancelBtn.addEventListener('click', () => this.cancel());
    this.input.addEventListener('input', () => this.rerender());
    this.root
      .querySelector('[data-lab-baseline]')
      ?.addEventListener('change', () => this.last && render(this.root, this.last.text, this.last.encoded));
    this.root.querySelectorAll<HTMLButtonElement>('[data-lab-sample]').forEach((b) =>
      b.addEventListener('click', () => {
        const s = this.samples.find((x) => x.id === b.dataset.labSample);
        if (s) {
          this.input.value = s.text;
          void this.tokenize();
        }
      }),
    );
  }
}

export function initTokenizerLab(): void {
  document.querySelectorAll<HTMLElement>('[data-tokenizer-lab]').forEach((root) => new Lab(root).bind());
}
