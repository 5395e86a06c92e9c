// A callout's visible title is "<label>: <title>". Authors sometimes start the title with the
// label itself ("흔한 오해: …"), which printed "흔한 오해: 흔한 오해: …"; drop the repeat here so
// the label is said once whatever the source says. Only the label as a word of its own counts
// ("참고: …", "참고" alone): "참고 사항" is a title that starts with the same syllables.
export const CALLOUT_LABELS = { note: '참고', warning: '주의', misreading: '흔한 오해' } as const;
export type CalloutType = keyof typeof CALLOUT_LABELS;

export function calloutHeading(type: CalloutType, title?: string): string {
  const label = CALLOUT_LABELS[type];
  let rest = (title ?? '').trim();
  const repeated = new RegExp(`^${label}\\s*(?:[:：]\\s*|$)`);
  while (repeated.test(rest)) rest = rest.replace(repeated, '').trim();
  return rest ? `${label}: ${rest}` : label;
}
