// Pass: content/data/series/<id>.yaml — the curves charts draw, checked against the catalogue.
import { baseName, type IssueCollector } from './collector.ts';
import { knownModel, knownPaper, type Catalogue } from './validate-catalogue.ts';
import { seriesSchema } from './schema.ts';
import type { RawFile, SeriesView } from './types.ts';
import { checkSeriesX } from './validate-values.ts';

export function seriesPass(c: IssueCollector, files: RawFile[], cat: Catalogue): SeriesView[] {
  const series: SeriesView[] = [];
  for (const { file, value: s } of c.documents(files, seriesSchema)) {
    if (s.id !== baseName(file)) c.add(file, 'id', `the file name ("${baseName(file)}"), got "${s.id}"`);
    if (!cat.paperIds.has(s.paper)) c.add(file, 'paper', knownPaper(cat.paperIds, s.paper));
    s.lines.forEach((l, li) => {
      if (l.model !== undefined && !cat.modelIds.has(l.model)) c.add(file, `lines[${li}].model`, knownModel(l.model));
    });
    checkSeriesX(file, s, c.add);
    series.push(s);
  }
  return series;
}
