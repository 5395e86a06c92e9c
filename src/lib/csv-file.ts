// The one layout of every CSV the site offers (chart data, results tables, the explorer view):
// UTF-8 with a BOM (so Excel reads Hangul), then a header block of "# key: value" lines (title,
// source, unit, licence, page address), then the data with its column header row.
import { toCsv } from './table.ts';

export const CSV_BOM = '\ufeff';

export interface CsvMeta {
  title: string;
  source: string;
  unit: string;
  /** Page the data belongs to (absolute URL). */
  address: string;
}

export const CSV_LICENCE = '이 사이트의 글과 도표는 CC BY 4.0 · 수치의 출처는 원 논문(표·그림 번호)';

/** The CSV text without the BOM (the file writer or the browser download adds it). */
export function csvWithMeta(
  meta: CsvMeta,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const block = [
    `# 제목: ${meta.title}`,
    `# 출처: ${meta.source}`,
    `# 단위: ${meta.unit}`,
    `# 라이선스: ${CSV_LICENCE}`,
    `# 주소: ${meta.address}`,
  ];
  return (
    toCsv(
      [block[0]!],
      block.slice(1).map((l) => [l]),
    ) + toCsv(header, rows)
  );
}
