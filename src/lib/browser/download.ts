/** Saves a blob as a file through a temporary object URL (works offline, no server round trip). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file; UTF-8 with a BOM so spreadsheet programs read Hangul correctly. */
export function downloadText(filename: string, text: string, mime: string): void {
  downloadBlob(filename, new Blob(['\ufeff' + text], { type: `${mime};charset=utf-8` }));
}
