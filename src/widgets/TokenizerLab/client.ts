// The lab's UI. Tokenizing runs in two Web Workers (./worker.ts, which load the vocab files
// only when the reader opens the lab; protocol.ts says which worker holds which tokenizer):
// the page stays responsive whatever the input, a progress line follows each tokenizer, and
// "취소" terminates the workers.
import { createDeferredFields } from '../../lib/browser/deferred-fields.ts';
import { ratioTo, tokenStats } from '../../lib/tokenizer-stats.ts';
import { TOKENIZER_ORDER } from '../../lib/tokenizers.ts';
import { WORKER_GROUPS, type Encoded, type FromWorker, type ToWorker } from './protocol.ts';
import { fetchVocabFiles } from './vocab-files.ts';
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

/** One lab on the page: workers loaded on demand, one encode job at a time, results drawn by `render`. */
class Lab {
  readonly samples: Sample[];
  readonly openBtn: HTMLButtonElement;
  readonly cancelBtn: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly progress: HTMLProgressElement;
  readonly body: HTMLElement;
  readonly input: HTMLTextAreaElement;
  workers: Worker[] = [];
  ready: Promise<void> | undefined;
  job = 0;
  /** The current job's results so far, one entry per worker that has answered, and when it was sent. */
  parts: Encoded[][] = [];
  sentAt = 0;
  last: { text: string; encoded: Encoded[] } | undefined;
  timer: number | undefined;
  pending = '';

  constructor(readonly root: HTMLElement) {
    // the lab's body, hidden until opened, carries its text field as a template (deferred-fields.ts)
    createDeferredFields(root);
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

  /** A message of the current job: progress, or one worker's finished encodings (drawn once all are in). */
  onJobMessage(m: Extract<FromWorker, { job: number }>): void {
    const total = TOKENIZER_ORDER.length;
    if (m.type === 'progress') {
      this.progress.value += 1 / total;
      const done = Math.round(this.progress.value * total);
      this.status.textContent = `토큰화하는 중입니다… ${m.label} 완료 (${done}/${total})`;
      return;
    }
    this.parts.push(m.encoded);
    if (this.parts.length < this.workers.length) return;
    const encoded = this.parts.flat().sort((a, b) => TOKENIZER_ORDER.indexOf(a.id) - TOKENIZER_ORDER.indexOf(b.id));
    const ms = Math.round(performance.now() - this.sentAt);
    this.busy(false);
    this.root.dataset.tokenizeMs = String(ms); // read by `npm run bench` and the lab's tests
    this.status.textContent = `토큰화했습니다 (${(ms / 1000).toFixed(1)}초).`;
    this.last = { text: this.pending, encoded };
    render(this.root, this.pending, encoded);
    this.root.dataset.done = String(this.job);
  }

  /** One worker holding `load.ids`, ready once their code and their vocabulary files (sent by `start`) are in. */
  spawn(load: Extract<ToWorker, { type: 'load' }>): [Worker, Promise<void>] {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.workers.push(w);
    const ready = new Promise<void>((resolve, reject) => {
      w.addEventListener('error', (e) => reject(new Error(e.message || '작업자(worker)를 시작하지 못했습니다')));
      w.addEventListener('message', (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.type === 'ready') resolve();
        else if (m.type === 'load-error') reject(new Error(m.message));
        else if (m.job === this.job) this.onJobMessage(m);
      });
      w.postMessage(load);
    });
    return [w, ready];
  }

  // Fresh workers per load; failed or cancelled ones are dropped, so the next attempt starts clean.
  // The workers' code is requested first, then the page fetches their vocabulary files meanwhile.
  start(): Promise<void> {
    this.stop();
    const spawned = WORKER_GROUPS.map((ids) => this.spawn({ type: 'load', ids }));
    const sent = WORKER_GROUPS.map((ids, i) =>
      fetchVocabFiles(ids).then((files) =>
        spawned[i]![0].postMessage({ type: 'files', files } satisfies ToWorker, Object.values(files)),
      ),
    );
    return Promise.all([...spawned.map(([, ready]) => ready), ...sent]).then(() => undefined);
  }

  stop(): void {
    this.workers.forEach((w) => w.terminate());
    this.workers = [];
  }

  async tokenize(): Promise<void> {
    if (!this.ready) return;
    await this.ready;
    this.job += 1;
    this.pending = this.input.value.slice(0, 20000);
    this.progress.value = 0;
    this.parts = [];
    this.busy(true);
    this.status.textContent = '토큰화하는 중입니다…';
    this.sentAt = performance.now();
    for (const w of this.workers)
      w.postMessage({ type: 'encode', job: this.job, text: this.pending } satisfies ToWorker);
  }

  rerender(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.tokenize(), 120);
  }

  async open(): Promise<void> {
    this.openBtn.disabled = true;
    this.status.textContent = '토크나이저를 불러오는 중입니다… (약 1.6 MB, 처음 한 번만)';
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
      this.stop();
      this.ready = undefined;
      this.openBtn.disabled = false;
      const message = e instanceof Error ? e.message : String(e);
      this.status.textContent = `토크나이저를 불러오지 못했습니다: ${message}. 네트워크 상태를 확인하고 다시 시도하세요.`;
      this.root.dataset.error = '';
    }
  }

  cancel(): void {
    // The workers are mid-encode and cannot be interrupted: end them and load fresh ones (vocab from the HTTP cache).
    this.stop();
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
