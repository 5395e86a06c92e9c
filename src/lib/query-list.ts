// Comma-separated lists in a query string (?hide=a,b), shared by every widget that keeps its view
// in the URL (charts, the explorer, comparison tables, the memory calculator). Only values the
// caller allows survive, so nothing a link carries is echoed into the page unchecked.

/** The values of `key`, split on commas, kept when `allowed`, each once, in the order given. */
export function queryList(q: URLSearchParams, key: string, allowed: (value: string) => boolean): string[] {
  return [
    ...new Set(
      (q.get(key) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '' && allowed(s)),
    ),
  ];
}

/** `?a=1&b=x,y` with readable commas, or '' when nothing is set. */
export function queryString(q: URLSearchParams): string {
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
