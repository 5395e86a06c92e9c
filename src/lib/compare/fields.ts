// The comparison pages and the fields each accepts from content/data/compare/*.yaml.
// One list: the validator checks content against it, the pages render its columns, and
// `npm run new:paper` writes its scaffold from it.

export type FieldType = 'number' | 'text' | 'bool';
/** How a number prints: integer with separators, scientific (learning rates) or as written. */
export type FieldFormat = 'int' | 'sci' | 'plain';

export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  /** Canonical unit; a value written in another unit is converted or refused. */
  unit?: string;
  format?: FieldFormat;
  /** Short help for authors (scaffold comments). */
  help: string;
}

export interface TopicSpec {
  id: TopicId;
  title: string;
  /** One sentence on what the page compares. */
  lead: string;
  fields: readonly FieldSpec[];
}

export const TOPIC_IDS = ['architecture', 'memory', 'alignment', 'long-context', 'tokenizers', 'training'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];
/** Topics whose rows come straight from entries (memory reuses architecture's). */
export const ENTRY_TOPICS = ['architecture', 'alignment', 'long-context', 'tokenizers', 'training'] as const;
export type EntryTopic = (typeof ENTRY_TOPICS)[number];

/** Tokenizers the lab runs at build time (src/build/tokenizers-node.ts ids). */
export const LAB_TOKENIZERS = ['llama2', 'qwen'] as const;

const num = (key: string, label: string, help: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key,
  label,
  type: 'number',
  help,
  ...extra,
});
const text = (key: string, label: string, help: string): FieldSpec => ({ key, label, type: 'text', help });
const bool = (key: string, label: string, help: string): FieldSpec => ({ key, label, type: 'bool', help });

export const TOPICS: Record<TopicId, TopicSpec> = {
  architecture: {
    id: 'architecture',
    title: '모델 구조',
    lead: '각 논문이 소개한 모델의 층수·폭·헤드·어휘와, 그 설정에서 계산한 파라미터 수·토큰당 KV 캐시·임베딩 비중을 나란히 놓습니다.',
    fields: [
      num('params', '보고된 크기', 'parameters the paper reports, in billions (7 for "7B")', {
        unit: 'B',
        format: 'plain',
      }),
      num('layers', '층수', 'number of transformer layers', { format: 'int' }),
      num('d_model', 'd_model', 'hidden size', { format: 'int' }),
      num('heads', '헤드', 'attention (query) heads', { format: 'int' }),
      num('kv_heads', 'KV 헤드', 'key/value heads (= heads for MHA, fewer for GQA)', { format: 'int' }),
      num('ffn', 'FFN 폭', 'hidden width of the (SwiGLU) feed-forward block', { format: 'int' }),
      num('vocab', '어휘', 'vocabulary size (tokens)', { format: 'int' }),
      num('context', '컨텍스트', 'training context length', { unit: 'tokens', format: 'int' }),
      num('train_tokens', '학습 토큰', 'pre-training tokens, in trillions', { unit: 'T tokens', format: 'plain' }),
      text('position', '위치 인코딩', 'e.g. RoPE'),
      text('norm', '정규화', 'e.g. Pre-Norm RMSNorm'),
      text('activation', '활성화', 'e.g. SwiGLU'),
      bool('tied', '임베딩 공유', 'true if input embedding and output head share weights'),
    ],
  },
  memory: {
    id: 'memory',
    title: '추론 메모리 계산기',
    lead: '모델·컨텍스트 길이·배치·정밀도를 고르면 가중치와 KV 캐시가 차지하는 메모리를 구조 표의 값으로 계산합니다.',
    fields: [],
  },
  alignment: {
    id: 'alignment',
    title: '정렬(alignment) 레시피',
    lead: 'SFT 데이터, 보상 모델, 정렬 방법과 논문이 밝힌 하이퍼파라미터를 나란히 놓습니다. 논문이 밝히지 않은 칸은 비워 둡니다.',
    fields: [
      text('sft_data', 'SFT 데이터', 'what and how much supervised fine-tuning data'),
      num('sft_lr', 'SFT 학습률', 'peak SFT learning rate', { format: 'sci' }),
      text('sft_length', 'SFT 길이', 'epochs or steps, as the paper states'),
      num('sft_batch', 'SFT 배치', 'SFT batch size in sequences', { unit: 'sequences', format: 'int' }),
      text('reward_models', '보상 모델', 'reward models and how they were trained'),
      num('rm_lr', 'RM 학습률', 'reward-model learning rate', { format: 'sci' }),
      text('method', '방법', 'PPO, rejection sampling, DPO, GAtt …'),
      num('rl_lr', 'RL/DPO 학습률', 'policy learning rate of PPO or DPO', { format: 'sci' }),
      text('kl', 'KL 계수 β', 'KL penalty (PPO) as the paper states it'),
      num('dpo_beta', 'DPO β', 'DPO temperature β', { format: 'plain' }),
      num('rl_batch', 'RL/DPO 배치', 'batch size of the PPO/DPO stage, in sequences (prompts or pairs)', {
        unit: 'sequences',
        format: 'int',
      }),
    ],
  },
  'long-context': {
    id: 'long-context',
    title: '긴 컨텍스트',
    lead: 'RoPE base와 학습 길이, 그리고 각 논문이 쓰거나 보고한 길이 확장 기법(PI, NTK-aware, dynamic NTK, LogN, window attention)과 그 수치를 모읍니다.',
    fields: [
      num('rope_base', 'RoPE base', 'RoPE base θ', { format: 'int' }),
      num('context', '학습 길이', 'training context length', { unit: 'tokens', format: 'int' }),
      text('pi', 'PI', 'position interpolation: used/reported and its numbers'),
      text('ntk', 'NTK-aware', 'NTK-aware base scaling'),
      text('dynamic_ntk', 'dynamic NTK', 'dynamic NTK scaling'),
      text('logn', 'LogN', 'LogN attention scaling'),
      text('window', 'window attention', 'window attention'),
      num('longest_eval', '보고된 최장 길이', 'longest context the paper evaluates', { unit: 'tokens', format: 'int' }),
      text('result', '보고된 결과', 'the number the paper reports at that length'),
    ],
  },
  tokenizers: {
    id: 'tokenizers',
    title: '토크나이저',
    lead: '어휘 크기, 알고리즘, 바이트 폴백, 숫자 분리를 비교하고, 토크나이저를 구할 수 있는 모델은 이 사이트의 한국어 샘플로 한 글자당 토큰 수를 빌드할 때 잽니다.',
    fields: [
      num('vocab', '어휘', 'vocabulary size', { format: 'int' }),
      text('algorithm', '알고리즘', 'e.g. BPE (SentencePiece), byte-level BPE'),
      text('byte_fallback', '바이트 폴백', 'how unknown characters are handled'),
      bool('digits_split', '숫자 분리', 'true if numbers are split into single digits'),
      text('origin_vocab', '출발점', 'what the vocabulary was built from'),
      text(
        'lab',
        '실측 토크나이저',
        `id of the tokenizer the lab runs for this row (${LAB_TOKENIZERS.join(' | ')}); omit if none`,
      ),
    ],
  },
  training: {
    id: 'training',
    title: '학습 하이퍼파라미터',
    lead: '최대 학습률, 스케줄, 배치, 학습 토큰을 나란히 놓고, DeepSeek LLM이 맞춘 η_opt·B_opt 식을 각 모델의 연산 예산에 대입한 값(외삽)을 옆에 둡니다.',
    fields: [
      num('lr', '최대 학습률', 'peak pre-training learning rate', { format: 'sci' }),
      text('schedule', '스케줄', 'learning-rate schedule'),
      num('batch', '배치', 'global batch; give unit "sequences" (with context) or "M tokens"', {
        unit: 'tokens',
        format: 'int',
      }),
      num('context', '시퀀스 길이', 'training sequence length', { unit: 'tokens', format: 'int' }),
      num('train_tokens', '학습 토큰', 'pre-training tokens, in trillions', { unit: 'T tokens', format: 'plain' }),
    ],
  },
};

export function isTopic(t: string): t is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(t);
}
export function isEntryTopic(t: string): t is EntryTopic {
  return (ENTRY_TOPICS as readonly string[]).includes(t);
}
