import type { KnowledgeBase } from '../../../lib/kb/types';

/** Plain text standing in for a source article in the validator tests. */
export const SOURCE_TEXT = `Turkish President Recep Tayyip Erdogan has vowed to take military action
"everywhere in Syria" if another Turkish soldier is killed.
Kremlin spokesman Dmitry Peskov said   Russia   would keep supporting the offensive.`;

/** A small valid KB; tests copy it with `structuredClone` and break one thing. */
export function validKb(): KnowledgeBase {
  return {
    entities: [
      {
        id: 'recep-tayyip-erdogan',
        type: 'person',
        name: 'Recep Tayyip Erdoğan',
        aliases: [
          'Recep Tayyip Erdogan',
          'Erdoğan',
          { text: 'Erdogan', match: 'context', kind: 'surname' },
        ],
        aliasRules: [{ text: 'Erdoğan', match: 'context', kind: 'surname' }],
        role: { text: 'President of Turkey', sourceId: 'article-a' },
        relations: [
          {
            type: 'president-of',
            label: 'president of',
            targetId: 'turkey',
            sourceId: 'article-a',
          },
        ],
      },
      {
        id: 'turkey',
        type: 'place',
        name: 'Turkey',
        aliases: ['Türkiye'],
      },
      {
        id: 'dmitry-peskov',
        type: 'person',
        name: 'Dmitry Peskov',
        aliases: [{ text: 'Peskov', match: 'context', kind: 'surname', sourceId: 'article-a' }],
      },
    ],
    claims: [
      {
        id: 'erdogan-vows-action',
        text: 'Erdogan vows military action everywhere in Syria if another soldier is killed.',
        quote: '"everywhere in Syria" if another Turkish soldier is killed',
        speakerId: 'recep-tayyip-erdogan',
        entityIds: ['recep-tayyip-erdogan', 'turkey'],
        kind: 'threat',
        date: '2020-02-12',
        sourceId: 'article-a',
        selector: {
          type: 'TextQuoteSelector',
          exact: '"everywhere in Syria" if another Turkish soldier is killed',
          prefix: 'military action\n',
        },
      },
      {
        id: 'peskov-support',
        text: 'Peskov says Russia keeps supporting the offensive.',
        quote: 'Russia would keep supporting the offensive',
        speakerId: 'dmitry-peskov',
        entityIds: ['dmitry-peskov'],
        kind: 'statement',
        sourceId: 'article-a',
      },
    ],
    sources: [
      {
        id: 'article-a',
        title: 'Turkey and Russia in Idlib',
        publisher: 'Example News',
        dateRange: { from: '2020-02-12', to: '2020-02-20' },
        textPath: 'tests/fixtures/articles/a.txt',
      },
    ],
    links: [
      {
        id: 'both-about-turkey',
        type: 'agrees',
        claimIds: ['erdogan-vows-action', 'peskov-support'],
        note: 'test link',
      },
    ],
  };
}
