// Value checks that a schema cannot express: series x values a chart and its CSV can rely on,
// and dates that have already happened.
import type { Series } from './schema.ts';

import type { Add } from './collector.ts';

/** Each line's x values: one type (all numbers or all labels), no repeats, numbers ascending. */
export function checkSeriesX(file: string, s: Series, add: Add): void {
  s.lines.forEach((l, li) => {
    const xs = l.points.map((p) => p[0]);
    const at = `lines[${li}].points`;
    const kinds = new Set(xs.map((x) => typeof x));
    if (kinds.size > 1) {
      const i = xs.findIndex((x) => typeof x !== typeof xs[0]);
      add(
        file,
        `${at}[${i}][0]`,
        `x values of one type in line "${l.id}" (all numbers or all text), got ${JSON.stringify(xs[i])} after ${JSON.stringify(xs[0])}`,
      );
      return;
    }
    const seen = new Set<string | number>();
    xs.forEach((x, i) => {
      if (seen.has(x)) add(file, `${at}[${i}][0]`, `each x once in line "${l.id}", got ${JSON.stringify(x)} again`);
      seen.add(x);
      const prev = xs[i - 1];
      if (typeof x === 'number' && typeof prev === 'number' && x < prev)
        add(file, `${at}[${i}][0]`, `x values in ascending order in line "${l.id}", got ${x} after ${prev}`);
    });
  });
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** A date on or before `today` (one day of slack for time zones). */
export function checkNotFuture(file: string, field: string, date: Date | undefined, today: Date, add: Add): void {
  if (date && date.getTime() > today.getTime() + 86_400_000)
    add(file, field, `a date that is not in the future (today is ${day(today)}), got ${day(date)}`);
}
