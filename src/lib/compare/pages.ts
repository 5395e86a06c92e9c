// Which chart belongs to which comparison page, and the page list (index and navigation).
import { TOPICS, TOPIC_IDS, type TopicId } from './fields.ts';

export const TOPIC_CHART: Record<TopicId, string> = {
  architecture: 'compare-architecture',
  memory: 'compare-kv-cache',
  alignment: 'compare-alignment',
  'long-context': 'compare-long-context',
  tokenizers: 'compare-tokenizers',
  training: 'compare-training',
};

export const comparePages = TOPIC_IDS.map((id) => ({
  id,
  href: `/compare/${id}/`,
  title: TOPICS[id].title,
  lead: TOPICS[id].lead,
  chart: TOPIC_CHART[id],
}));
