// Arithmetic on a decoder-only transformer's configuration: parameter count, KV cache,
// embedding share and inference memory. Pure and unit-tested; the comparison pages and the
// memory calculator (in the browser) both call these, so a number is computed one way only.

export interface DecoderShape {
  layers: number;
  dModel: number;
  heads: number;
  kvHeads: number;
  /** Hidden width of the gated FFN (SwiGLU: three d×ffn matrices per layer). */
  ffn: number;
  vocab: number;
  /** Input embedding and output head share one matrix. */
  tied: boolean;
}

/** Bytes per value for the precisions the calculator offers. */
export const PRECISION_BYTES = { fp32: 4, bf16: 2, fp16: 2, int8: 1, int4: 0.5 } as const;
export type Precision = keyof typeof PRECISION_BYTES;

export function headDim(dModel: number, heads: number): number {
  if (!(heads > 0) || dModel % heads !== 0)
    throw new RangeError(`d_model ${dModel} is not divisible by ${heads} heads`);
  return dModel / heads;
}

/**
 * Parameters of a Llama-style decoder (pre-RMSNorm, SwiGLU, no biases):
 * per layer Q·O 2d² + K·V 2·d·kv·hd + FFN 3·d·ffn + two norms 2d; plus the final norm d and
 * the embedding and output head V·d each (once if tied).
 */
export function paramsFromShape(s: DecoderShape): number {
  const hd = headDim(s.dModel, s.heads);
  const attention = 2 * s.dModel * s.dModel + 2 * s.dModel * s.kvHeads * hd;
  const perLayer = attention + 3 * s.dModel * s.ffn + 2 * s.dModel;
  return s.layers * perLayer + s.dModel + embeddingParams(s.vocab, s.dModel, s.tied);
}

/** Embedding plus output-head parameters: V·d, twice when they are not tied. */
export function embeddingParams(vocab: number, dModel: number, tied: boolean): number {
  return (tied ? 1 : 2) * vocab * dModel;
}

/** Share of all parameters in the embedding and output head (0–1). */
export function embeddingShare(vocab: number, dModel: number, tied: boolean, totalParams: number): number {
  if (!(totalParams > 0)) throw new RangeError(`total parameters must be positive, got ${totalParams}`);
  return embeddingParams(vocab, dModel, tied) / totalParams;
}

/** KV cache per token: 2 (K and V) × layers × KV heads × head dim × bytes per value. */
export function kvBytesPerToken(layers: number, kvHeads: number, headDimension: number, bytesPerValue: number): number {
  return 2 * layers * kvHeads * headDimension * bytesPerValue;
}

export interface MemoryEstimate {
  weightsBytes: number;
  kvBytes: number;
  totalBytes: number;
}

/**
 * Inference memory for weights and KV cache only (no activations, no framework overhead):
 * weights = params × bytes; KV = per-token KV × context × batch.
 */
export function inferenceMemory(
  params: number,
  kvPerTokenAtOneByte: number,
  context: number,
  batch: number,
  precision: Precision,
): MemoryEstimate {
  if (!(context > 0 && batch > 0))
    throw new RangeError(`context and batch must be positive, got ${context} and ${batch}`);
  const bytes = PRECISION_BYTES[precision];
  const weightsBytes = params * bytes;
  const kvBytes = kvPerTokenAtOneByte * bytes * context * batch;
  return { weightsBytes, kvBytes, totalBytes: weightsBytes + kvBytes };
}

export const KIB = 1024;
export const GIB = 1024 ** 3;
