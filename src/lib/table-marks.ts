// The provenance marks of a table as shown on a slide (ᶜ computed, ≈ read from a figure, ? unverified)
// and the source line that explains them. Apart from table-slide.ts so the table script can use
// them without loading the slide renderer before the reader asks for a slide.

/**
 * A comparison cell on a slide: its text with its provenance marked as the results tables mark it
 * (ᶜ computed, ? unverified), a space apart after an exponent so "10²²ᶜ" does not read as 10^22c.
 */
export function markedCell(text: string, kind: string | null | undefined): string {
  const mark = kind === 'derived' ? 'ᶜ' : kind === 'unverified' ? '?' : '';
  return mark && /[⁰¹²³⁴⁵⁶⁷⁸⁹]$/.test(text) ? `${text} ${mark}` : text + mark;
}

/**
 * The slide's source line: the table's source, then what its marks mean, naming only those on the
 * slide ("굵은 값" only when a best cell is shown).
 */
export function tableSlideNote(source: string, cells: ReadonlyArray<ReadonlyArray<string>>, hasBest: boolean): string {
  const marks = new Set(cells.flatMap((r) => r.slice(1).map((v) => /[≈ᶜ?]$/.exec(v)?.[0] ?? '')));
  const notes = [
    hasBest && '굵은 값은 열별 최고값',
    '“–”는 보고되지 않은 값',
    marks.has('ᶜ') && 'ᶜ 계산값',
    marks.has('≈') && '≈ 그림에서 읽은 근사값',
    marks.has('?') && '? 미검증 수치',
  ].filter(Boolean);
  return `${source}. ${notes.join(', ')}.`;
}
