// Units of comparison columns. A column has one canonical unit; a value written in another
// unit is converted only when the conversion is exact and stated (batch in sequences × the
// sequence length = tokens). Anything else is refused, so units are never silently mixed.

export interface Quantity {
  value: number;
  unit: string;
}

export interface Converted {
  value: number;
  /** How the value was obtained, shown next to it; empty when nothing was converted. */
  conversion: string;
}

// Units that are exact multiples of one another; a value converts into any member of its family
// (B tokens into a T tokens column as well as into tokens).
const FAMILIES: Array<Record<string, number>> = [
  { tokens: 1, 'K tokens': 1e3, 'M tokens': 1e6, 'B tokens': 1e9, 'T tokens': 1e12 },
];

/**
 * Converts `q` into `target`. `sequenceLength` (tokens per sequence) lets a batch given in
 * sequences become tokens. Throws a message naming what is missing when it cannot convert.
 */
export function convertQuantity(q: Quantity, target: string, sequenceLength?: number): Converted {
  if (q.unit === target) return { value: q.value, conversion: '' };
  const family = FAMILIES.find((f) => f[target] !== undefined);
  if (family && family[q.unit] !== undefined) {
    const value = (q.value * family[q.unit]!) / family[target]!;
    return { value, conversion: `${q.value} ${q.unit} = ${value.toLocaleString('en-US')} ${target}` };
  }
  if (target === 'tokens' && q.unit === 'sequences') {
    if (sequenceLength === undefined)
      throw new Error(`a batch in sequences needs the sequence length (a "context" value in tokens) to become tokens`);
    const value = q.value * sequenceLength;
    return {
      value,
      conversion: `${q.value.toLocaleString('en-US')} 시퀀스 × ${sequenceLength.toLocaleString('en-US')} 토큰 = ${value.toLocaleString('en-US')} 토큰`,
    };
  }
  throw new Error(
    `a value in "${target}"${family ? ` (or ${Object.keys(family).join(', ')})` : ''}${target === 'tokens' ? ' or "sequences" with a context length' : ''}, got unit "${q.unit}"`,
  );
}
