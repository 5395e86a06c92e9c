// src/lib/compare/fields.ts: the comparison pages and the fields each accepts. The validator,
// the pages and `npm run new:paper` read this one list, so a field the computed columns need
// must be there with the type they read, and a key shared by several pages must mean the same.
import { describe, expect, it } from 'vitest';
import {
  ENTRY_TOPICS,
  LAB_TOKENIZERS,
  TOPICS,
  TOPIC_IDS,
  isEntryTopic,
  isTopic,
  type FieldSpec,
} from '../../src/lib/compare/fields.ts';
import { TOKENIZER_ORDER } from '../../src/lib/tokenizers.ts';

const field = (topic: keyof typeof TOPICS, key: string): FieldSpec | undefined =>
  TOPICS[topic].fields.find((f) => f.key === key);

describe('topics', () => {
  it('the memory calculator is a page but has no entries of its own', () => {
    expect(isTopic('memory')).toBe(true);
    expect(isEntryTopic('memory')).toBe(false);
    expect(TOPICS.memory.fields).toEqual([]);
  });

  it('every other page takes entries, and nothing else is a topic', () => {
    expect(TOPIC_IDS.filter((t) => isEntryTopic(t))).toEqual([
      'architecture',
      'alignment',
      'long-context',
      'tokenizers',
      'training',
    ]);
    for (const t of ['speed', '', 'Architecture', 'toString', 'long_context']) {
      expect(isTopic(t), t).toBe(false);
      expect(isEntryTopic(t), t).toBe(false);
    }
  });

  it('each topic’s spec carries its own id', () => {
    for (const id of TOPIC_IDS) expect(TOPICS[id].id).toBe(id);
  });
});

describe('fields', () => {
  it('have unique keys and unique column labels within a page', () => {
    for (const t of TOPIC_IDS) {
      const keys = TOPICS[t].fields.map((f) => f.key);
      const labels = TOPICS[t].fields.map((f) => f.label);
      expect(new Set(keys).size, t).toBe(keys.length);
      expect(new Set(labels).size, t).toBe(labels.length);
    }
  });

  it('give a unit and a print format to numbers only', () => {
    for (const t of ENTRY_TOPICS)
      for (const f of TOPICS[t].fields) {
        if (f.type === 'number') expect(f.format, `${t}.${f.key}`).toBeDefined();
        else {
          expect(f.unit, `${t}.${f.key}`).toBeUndefined();
          expect(f.format, `${t}.${f.key}`).toBeUndefined();
        }
      }
  });

  it('a key on several pages has the same type, unit and format on each (vocab, context, train_tokens)', () => {
    const byKey = new Map<string, Array<[string, FieldSpec]>>();
    for (const t of ENTRY_TOPICS)
      for (const f of TOPICS[t].fields) byKey.set(f.key, [...(byKey.get(f.key) ?? []), [t, f]]);
    const shared = [...byKey].filter(([, uses]) => uses.length > 1);
    expect(shared.map(([k, uses]) => [k, uses.map(([t]) => t)])).toEqual([
      ['vocab', ['architecture', 'tokenizers']],
      ['context', ['architecture', 'long-context', 'training']],
      ['train_tokens', ['architecture', 'training']],
    ]);
    for (const [key, uses] of shared)
      for (const [t, f] of uses)
        expect({ type: f.type, unit: f.unit, format: f.format }, `${t}.${key}`).toEqual({
          type: uses[0]![1].type,
          unit: uses[0]![1].unit,
          format: uses[0]![1].format,
        });
  });

  it('architecture accepts every value the computed columns read, numbers and a yes/no for tied embeddings', () => {
    for (const key of ['params', 'layers', 'd_model', 'heads', 'kv_heads', 'ffn', 'vocab', 'context'])
      expect(field('architecture', key)?.type, key).toBe('number');
    expect(field('architecture', 'tied')?.type).toBe('bool');
  });

  it('reported sizes are in billions and training tokens in trillions, as the computations read them', () => {
    expect(field('architecture', 'params')?.unit).toBe('B');
    expect(field('architecture', 'train_tokens')?.unit).toBe('T tokens');
    expect(field('training', 'train_tokens')?.unit).toBe('T tokens');
    expect(field('training', 'batch')?.unit).toBe('tokens');
    expect(field('training', 'context')?.unit).toBe('tokens');
  });

  it('learning rates print in scientific notation', () => {
    const rates = ENTRY_TOPICS.flatMap((t) => TOPICS[t].fields.filter((f) => /_lr$|^lr$/.test(f.key)));
    expect(rates.map((f) => [f.key, f.format])).toEqual([
      ['sft_lr', 'sci'],
      ['rm_lr', 'sci'],
      ['rl_lr', 'sci'],
      ['lr', 'sci'],
    ]);
  });

  it('the tokenizers page names its lab tokenizer in a text field, one of the tokenizers the lab runs', () => {
    expect(field('tokenizers', 'lab')?.type).toBe('text');
    for (const t of LAB_TOKENIZERS) expect(TOKENIZER_ORDER).toContain(t);
    expect(field('tokenizers', 'lab')?.help).toContain(LAB_TOKENIZERS.join(' | '));
  });
});
