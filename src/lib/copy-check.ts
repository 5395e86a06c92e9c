// Finds long passages a text shares with another (the note's reviews and concepts against the
// source reviews they were commissioned from): the longest common character runs, after the
// same normalisation on both sides, so that a copied sentence cannot hide behind line breaks,
// markdown emphasis or a component tag. Linear time: a suffix automaton of the source, then one
// scan of the text.

/** Text as a reader sees it: no frontmatter fences, tags, markdown marks; whitespace collapsed. */
export function normaliseForCopyCheck(text: string): string {
  return text
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/[*_#>|`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface State {
  next: Map<string, number>;
  link: number;
  len: number;
}

/** Suffix automaton of `s` (Blumer et al.): every substring of s is a path from state 0. */
export function suffixAutomaton(s: string): State[] {
  const st: State[] = [{ next: new Map(), link: -1, len: 0 }];
  let last = 0;
  for (const ch of s) {
    const cur = st.push({ next: new Map(), link: 0, len: st[last]!.len + 1 }) - 1;
    let p = last;
    while (p !== -1 && !st[p]!.next.has(ch)) {
      st[p]!.next.set(ch, cur);
      p = st[p]!.link;
    }
    if (p !== -1) {
      const q = st[p]!.next.get(ch)!;
      if (st[p]!.len + 1 === st[q]!.len) st[cur]!.link = q;
      else {
        const clone = st.push({ next: new Map(st[q]!.next), link: st[q]!.link, len: st[p]!.len + 1 }) - 1;
        while (p !== -1 && st[p]!.next.get(ch) === q) {
          st[p]!.next.set(ch, clone);
          p = st[p]!.link;
        }
        st[q]!.link = clone;
        st[cur]!.link = clone;
      }
    }
    last = cur;
  }
  return st;
}

export interface SharedRun {
  /** The shared passage, as it appears in the text. */
  text: string;
  /** Offset of the passage in the (normalised) text. */
  at: number;
}

/**
 * Maximal runs of at least `min` characters that `text` shares with the source of `automaton`,
 * longest first. A run is reported once, at its full length (not every shorter piece of it).
 */
export function sharedRuns(text: string, automaton: State[], min: number): SharedRun[] {
  const chars = [...text];
  const runs: SharedRun[] = [];
  let state = 0;
  let len = 0;
  const flush = (end: number) => {
    if (len >= min) runs.push({ text: chars.slice(end - len, end).join(''), at: end - len });
  };
  chars.forEach((ch, i) => {
    const prevLen = len;
    while (state !== 0 && !automaton[state]!.next.has(ch)) {
      state = automaton[state]!.link;
      len = automaton[state]!.len;
    }
    const to = automaton[state]!.next.get(ch);
    if (to === undefined) {
      state = 0;
      len = 0;
    } else {
      state = to;
      len += 1;
    }
    // The run ending at i - 1 was maximal if this character did not extend it.
    if (len !== prevLen + 1 && prevLen >= min) {
      const saved = len;
      len = prevLen;
      flush(i);
      len = saved;
    }
  });
  flush(chars.length);
  return runs.sort((a, b) => b.text.length - a.text.length);
}
