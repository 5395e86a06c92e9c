/** Saves text as a file through a temporary object URL (works offline, no server round trip). */
export function downloadText(filename: string, text: string, mime: string): void {
  const blob = new Blob(['\ufeff' + text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
