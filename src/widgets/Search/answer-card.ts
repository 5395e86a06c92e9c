// Renders an answer card (src/lib/search-answer.ts) with text nodes only: names and numbers
// come from build-time data, but nothing here is ever parsed as markup.
import type { Answer, AnswerRow } from '../../lib/search-answer.ts';
import { withBase } from '../../lib/base-path.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function link(href: string, text: string, cls = 'search-answer-link'): HTMLAnchorElement {
  const a = el('a', cls, text);
  a.href = withBase(href); // build-time data holds root paths; the site may live under a base path
  return a;
}

function rowsTable(
  rows: ReadonlyArray<AnswerRow & { benchmark?: string }>,
  model: string,
  withBenchmark: boolean,
): HTMLTableElement {
  const table = el('table', 'search-answer-table');
  const head = el('tr');
  for (const h of [...(withBenchmark ? ['벤치마크'] : []), '점수', '논문', '표', '설정'])
    head.append(el('th', undefined, h));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    tr.dataset.answerRow = '';
    tr.dataset.model = model;
    const cells: Array<HTMLElement | string> = [
      ...(withBenchmark ? [r.benchmark ?? ''] : []),
      r.text,
      r.paper,
      link(r.href, r.table),
      r.setting || '—',
    ];
    for (const c of cells) {
      const td = el('td');
      td.append(c);
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}

const MAX_MODEL_ROWS = 12;

export function renderAnswer(a: Answer): HTMLElement {
  const card = el('section', 'search-answer');
  card.dataset.answerType = a.type;
  if (a.type === 'pair') {
    card.setAttribute('aria-label', `${a.benchmark.name} 보고값`);
    card.append(el('p', 'search-answer-kicker', `데이터에서 찾은 답 · ${a.benchmark.name}`));
    for (const m of a.models) {
      const h = el('h3', 'search-answer-title', `${m.model.name} — ${a.benchmark.name}`);
      card.append(h, rowsTable(m.rows, m.model.id, false));
      if (m.spread !== null && m.spread > 0)
        card.append(
          el(
            'p',
            'search-answer-note',
            `논문마다 ${m.spread.toFixed(1)}점 차이가 납니다. 평가 설정(shot 수, 프롬프트, 채점)이 다르기 때문입니다.`,
          ),
        );
    }
    card.append(link(a.explorer, '벤치마크 탐색기에서 나란히 보기 →'));
  } else if (a.type === 'model') {
    card.setAttribute('aria-label', `${a.models.map((m) => m.model.name).join(', ')} 정보`);
    card.append(el('p', 'search-answer-kicker', '데이터에서 찾은 모델'));
    for (const m of a.models) {
      card.append(el('h3', 'search-answer-title', m.model.name));
      if (m.config) {
        const dl = el('dl', 'search-answer-config');
        for (const [k, v] of m.config.values) {
          const d = el('div');
          d.append(el('dt', undefined, k), el('dd', undefined, v));
          dl.append(d);
        }
        card.append(dl, el('p', 'search-answer-note', `구성: ${m.config.paper}, ${m.config.table}`));
      }
      if (m.reported.length) {
        card.append(rowsTable(m.reported.slice(0, MAX_MODEL_ROWS), m.model.id, true));
        if (m.reported.length > MAX_MODEL_ROWS)
          card.append(
            el('p', 'search-answer-note', `외 ${m.reported.length - MAX_MODEL_ROWS}개 보고값은 탐색기에 있습니다.`),
          );
      }
    }
    card.append(link(a.explorer, '벤치마크 탐색기에서 모든 보고값 보기 →'));
  } else {
    card.setAttribute('aria-label', `${a.benchmark.name} 탐색기`);
    card.append(el('p', 'search-answer-kicker', '벤치마크'));
    card.append(link(a.explorer, `${a.benchmark.name}: 모든 논문의 보고값을 벤치마크 탐색기에서 보기 →`));
  }
  return card;
}
