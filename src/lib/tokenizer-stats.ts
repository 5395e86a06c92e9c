// Counting and grouping tokens for the tokenizer lab and the measured-compression chart.

export interface TokenStats {
  tokens: number;
  chars: number;
  bytes: number;
  charsPerToken: number;
  bytesPerToken: number;
}

const encoder = new TextEncoder();

export function tokenStats(text: string, tokenCount: number): TokenStats {
  const chars = [...text].length;
  const bytes = encoder.encode(text).length;
  return {
    tokens: tokenCount,
    chars,
    bytes,
    charsPerToken: tokenCount ? chars / tokenCount : 0,
    bytesPerToken: tokenCount ? bytes / tokenCount : 0,
  };
}

/** Tokens relative to a baseline tokenizer on the same text (1 = same, < 1 = fewer tokens). */
export function ratioTo(tokens: number, baselineTokens: number): number {
  return baselineTokens ? tokens / baselineTokens : Number.NaN;
}

export interface Segment {
  text: string;
  /** How many token ids this visible piece took (> 1 when one character spans byte tokens). */
  ids: number;
}

/**
 * Splits the ids into visible pieces. A token that decodes to a partial UTF-8 character
 * (U+FFFD) is merged with the following ones until the text is whole, so Korean split into
 * byte tokens still shows as readable syllables. Each piece is decoded after a few preceding
 * ids and the context's text is cut off again, because SentencePiece drops the leading space
 * of a sequence's first token.
 */
export function segments(ids: readonly number[], decode: (ids: number[]) => string, context = 3): Segment[] {
  const out: Segment[] = [];
  let group: number[] = [];
  let start = 0;
  const piece = (from: number, group: number[]) => {
    const ctx = ids.slice(Math.max(0, from - context), from);
    if (!ctx.length) return decode(group);
    const before = decode(ctx);
    const both = decode([...ctx, ...group]);
    return both.startsWith(before) ? both.slice(before.length) : decode(group);
  };
  ids.forEach((id, i) => {
    if (!group.length) start = i;
    group.push(id);
    const text = piece(start, group);
    if (!text.includes('\ufffd') || group.length >= 8) {
      out.push({ text, ids: group.length });
      group = [];
    }
  });
  if (group.length) out.push({ text: piece(start, group), ids: group.length });
  return out;
}
