// Reading-time estimate for Korean technical prose. Korean readers manage roughly
// 500 characters a minute on dense technical text; math and code are skipped.
const CHARS_PER_MINUTE = 500;

export function readableText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .replace(/\$[^$\n]*\$/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[#*_>`|-]/g, '');
}

export function countChars(mdx: string): number {
  return readableText(mdx).replace(/\s+/g, '').length;
}

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countChars(mdx) / CHARS_PER_MINUTE));
}
