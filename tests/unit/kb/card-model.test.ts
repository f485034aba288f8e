/** What a hover card shows, from a small hand-made KB. */
import { describe, expect, it } from 'vitest';
import { createCardModels, formatDate, restates } from '@/lib/kb/card-model';
import type { KnowledgeBase } from '@/lib/kb/types';

const kb: KnowledgeBase = {
  sources: [
    { id: 's1', title: 'First report', publisher: 'Wire', date: '2020-02-13' },
    { id: 's2', title: 'Second report', date: '2020-02' },
    { id: 's3', title: 'A range', dateRange: { from: '2019-11-02', to: '2020-01-10' } },
    { id: 'ref', title: 'General reference' },
  ],
  entities: [
    {
      id: 'a',
      type: 'person',
      name: 'Ann Example',
      aliases: [],
      role: { text: 'Minister', sourceId: 's1' },
      description: { text: 'A minister.', sourceId: 's1' },
      relations: [
        { type: 'minister-of', label: 'minister of', targetId: 'c', sourceId: 's1' },
        { type: 'met-with', targetId: 'b', sourceId: 's1' },
        { type: 'knows', targetId: 'missing', sourceId: 's1' },
      ],
    },
    {
      id: 'b',
      type: 'person',
      name: 'Bo Sample',
      aliases: [],
      role: { text: 'Envoy', sourceId: 's3' },
    },
    {
      id: 'c',
      type: 'place',
      name: 'Countryland',
      aliases: [],
      role: { text: 'Country', sourceId: 'ref' },
    },
  ],
  claims: [
    {
      id: 'k1',
      text: 'Bo said something about Ann.',
      quote: 'Ann is late',
      speakerId: 'b',
      entityIds: ['a'],
      kind: 'statement',
      sourceId: 's1',
    },
    {
      id: 'k2',
      text: 'Ann was reported somewhere.',
      entityIds: ['a'],
      kind: 'event-report',
      sourceId: 's2',
    },
    {
      id: 'k3',
      text: 'Ann spoke.',
      quote: 'We will hold',
      speakerId: 'a',
      entityIds: ['a'],
      kind: 'statement',
      sourceId: 's2',
      date: '2020-02-12',
    },
    {
      id: 'k4',
      text: 'Ann gave a figure.',
      speakerId: 'a',
      entityIds: ['a'],
      kind: 'figure',
      sourceId: 's1',
    },
    { id: 'k5', text: 'About Bo only.', entityIds: ['b'], kind: 'statement', sourceId: 's1' },
  ],
  links: [{ id: 'l1', type: 'conflicts', claimIds: ['k3', 'k5'], note: 'They differ.' }],
};

describe('card model', () => {
  const model = createCardModels(kb);

  it('shows identity and relations by target name, skipping unknown targets', () => {
    const a = model('a')!;
    expect(a).toMatchObject({
      name: 'Ann Example',
      type: 'person',
      role: 'Minister',
      roleAsOf: '2020-02',
      description: 'A minister.',
    });
    // The start of a source's date range; no date for an undated source.
    expect(model('b')).toMatchObject({ role: 'Envoy', roleAsOf: '2019-11' });
    expect(model('c')!.roleAsOf).toBeUndefined();
    expect(a.relations).toEqual([
      { label: 'minister of', target: 'Countryland' },
      { label: 'met with', target: 'Bo Sample' },
    ]);
  });

  it('picks three claims: own quotes first, then quotes about, then own words', () => {
    const a = model('a')!;
    expect(a.totalClaims).toBe(4);
    expect(a.claims.map((c) => c.id)).toEqual(['k3', 'k1', 'k4']);
    expect(a.claims[0]).toMatchObject({
      quote: 'We will hold',
      speaker: 'Ann Example',
      sourceTitle: 'Second report',
      date: '2020-02-12',
      link: { type: 'conflicts', note: 'They differ.' },
    });
    // The claim's own date wins; else the source's.
    expect(a.claims[2]).toMatchObject({ date: '2020-02-13', publisher: 'Wire' });
  });

  it('counts claims an entity made about others, and returns null for unknown ids', () => {
    expect(model('b')!.totalClaims).toBe(2);
    expect(model('nope')).toBeNull();
  });

  it('knows when a summary only restates its quote (the card then shows the quote alone)', () => {
    const quote =
      "has vowed to take military action 'everywhere in Syria' if another Turkish soldier is killed or wounded";
    expect(
      restates(
        quote,
        'Erdogan vowed military action anywhere in Syria if another Turkish soldier is killed or wounded.',
      ),
    ).toBe(true);
    expect(
      restates(
        'We will come together on March 5 and discuss these issues',
        'Erdogan said he would meet Putin, Macron and Merkel on March 5.',
      ),
    ).toBe(false);
    expect(model('a')!.claims.find((c) => c.id === 'k3')).toHaveProperty('summaryRedundant');
  });

  it('formats dates in the reader locale', () => {
    expect(formatDate('2020-02-12', 'en-US')).toBe('Feb 12, 2020');
  });

  it('formats ISO dates as precise as they are', () => {
    expect(formatDate('2020-02-12')).toBe('12 Feb 2020');
    expect(formatDate('2020-02')).toBe('Feb 2020');
    expect(formatDate('2020')).toBe('2020');
    expect(formatDate('early 2020')).toBe('early 2020');
  });
});
