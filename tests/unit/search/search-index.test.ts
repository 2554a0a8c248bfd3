import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { parseQuery } from '../../../electron/contract/search-query.ts';
import { decodeIndex, encodeIndex } from '../../../electron/core/search/index-codec.ts';
import { type SearchDocument, SearchIndex } from '../../../electron/core/search/search-index.ts';
import { tokenize } from '../../../electron/core/search/tokenize.ts';
import { containsRun, PairSignature, sequenceOf } from '../../../electron/core/search/word-sequence.ts';

type Draft = Partial<Omit<SearchDocument, 'tags'>> &
  Partial<Pick<ArticleSummary, 'tags' | 'state' | 'savedAt'>> & { id: string };

/** A small library held in memory: the index plus the summaries and texts it reads from. */
function library(drafts: Draft[]) {
  const index = new SearchIndex();
  const summaries = new Map<string, ArticleSummary>();
  const texts = new Map<string, string>();
  const put = ({ tags = [], state = 'unread', savedAt = '2025-05-01T10:00:00.000Z', ...draft }: Draft) => {
    const document: SearchDocument = {
      title: '',
      text: '',
      site: 'Valley Ledger',
      author: '',
      tags: tags.join(' '),
      highlights: '',
      notes: '',
      ...draft,
    };
    index.put(document);
    texts.set(draft.id, document.text);
    summaries.set(draft.id, {
      id: draft.id,
      url: `https://valleyledger.example/${draft.id}`,
      title: document.title,
      siteName: 'Valley Ledger',
      byline: null,
      excerpt: document.text.slice(0, 100),
      publishedAt: null,
      savedAt,
      updatedAt: '2025-05-01T10:00:00.000Z',
      state,
      favorite: false,
      tags,
      wordCount: 0,
      readingMinutes: 1,
      progress: 0,
      leadImage: null,
      lang: 'en',
      sample: false,
      annotationCount: 0,
      feedId: null,
    });
  };
  for (const draft of drafts) put(draft);
  const sources = {
    summary: (id: string) => summaries.get(id),
    all: () => summaries.values(),
    text: async (id: string) => texts.get(id) ?? '',
  };
  return {
    index,
    put,
    remove(id: string) {
      index.remove(id);
      summaries.delete(id);
      texts.delete(id);
    },
    search: async (query: string, limit = 50) => index.search(parseQuery(query), sources, limit),
    ids: async (query: string, limit = 50) =>
      (await index.search(parseQuery(query), sources, limit)).map((hit) => hit.id),
  };
}

describe('the search index', () => {
  it('completes only the last word typed, and marks the completed word in the snippet', async () => {
    const { ids, search } = library([
      { id: 'a', title: 'Spillway repairs begin', text: 'Engineers inspect the spillway of the dam.' },
      { id: 'b', title: 'Council budget', text: 'The council adopted its budget.' },
    ]);
    expect(await ids('spill')).toEqual(['a']);
    expect(await ids('spill dam')).toEqual([]);
    expect(await ids('dam spill')).toEqual(['a']);
    const [hit] = await search('engineers spil');
    const marked = hit!.ranges.map(([start, end]) => hit!.snippet.slice(start, end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['engineers', 'spillway']));
  });

  it('tolerates a typo in a longer word when the words as typed find nothing', async () => {
    const { ids } = library([
      { id: 'a', title: 'Harbour pontoon reopens', text: 'The pontoon was rebuilt by the harbour board.' },
      { id: 'b', title: 'Rail strike', text: 'Trains stopped.' },
    ]);
    expect(await ids('pontoom')).toEqual(['a']);
    expect(await ids('harbor board')).toEqual(['a']);
    // Short words are matched as typed: a typo there would match too much.
    expect(await ids('rial')).toEqual([]);
  });

  it('finds an exact phrase only with its words side by side and in order', async () => {
    const { ids } = library([
      { id: 'together', title: 'Flood', text: 'The old mill bridge was closed after the flood.' },
      { id: 'apart', title: 'Mill news', text: 'The bridge by the old mill is open again.' },
      { id: 'title', title: 'Old Mill Bridge reopens', text: 'It reopened on Monday.' },
      { id: 'punctuated', title: 'Letters', text: 'We walked to the old mill. Bridge games followed.' },
    ]);
    expect((await ids('"old mill bridge"')).sort()).toEqual(['punctuated', 'title', 'together']);
    expect(await ids('"bridge old"')).toEqual([]);
    expect(await ids('"mill bridge" -"old mill"')).toEqual([]);
    expect(await ids('"mill bridge" closed')).toEqual(['together']);
  });

  it('still finds the few articles holding a phrase when hundreds of better-ranked ones hold only its words', async () => {
    const drafts: Draft[] = Array.from({ length: 400 }, (_, i) => ({
      id: `many${i}`,
      title: 'Harbour ferry',
      text: `Ferry notes ${i}, harbour.`,
    }));
    drafts.push({
      id: 'rare',
      title: 'Timetables',
      text: 'A long story where, at last, the ferry harbour opened. '.repeat(3),
    });
    const { ids } = library(drafts);
    expect(await ids('"ferry harbour"', 20)).toEqual(['rare']);
  });

  it('applies filters to every match, not only to the best ones', async () => {
    const drafts: Draft[] = Array.from({ length: 300 }, (_, i) => ({
      id: `m${i}`,
      title: i % 100 === 7 ? 'Budget' : 'Budget budget budget',
      text: 'The budget was adopted.',
      tags: i % 100 === 7 ? ['council'] : [],
      state: i % 100 === 7 ? 'unread' : 'archived',
    }));
    const { ids } = library(drafts);
    expect((await ids('budget tag:council', 20)).sort()).toEqual(['m107', 'm207', 'm7']);
    expect((await ids('budget is:unread', 20)).sort()).toEqual(['m107', 'm207', 'm7']);
    expect(await ids('budget -is:archived -tag:council', 20)).toEqual([]);
  });

  it('leaves out articles holding an excluded word', async () => {
    const { ids } = library([
      { id: 'a', title: 'Ferry timetable', text: 'Summer ferry times.' },
      { id: 'b', title: 'Ferry strike', text: 'Ferry crews strike.' },
    ]);
    expect(await ids('ferry -strike')).toEqual(['a']);
    expect(await ids('tag:none -strike')).toEqual([]);
  });

  it('ranks title and highlight hits above body hits', async () => {
    const { ids } = library([
      { id: 'body', title: 'Weekly roundup', text: 'Among other things, the turbine was switched on.' },
      { id: 'title', title: 'Turbine switched on', text: 'A windy day.' },
      { id: 'highlight', title: 'Energy notes', text: 'Notes.', highlights: 'the turbine hums' },
    ]);
    expect(await ids('turbine')).toEqual(['title', 'highlight', 'body']);
  });

  it('lists filtered articles newest first when a query has no words', async () => {
    const { ids } = library([
      { id: 'old', title: 'A', tags: ['kell'], savedAt: '2024-01-01T00:00:00.000Z' },
      { id: 'new', title: 'B', tags: ['kell'], savedAt: '2025-01-01T00:00:00.000Z' },
      { id: 'other', title: 'C', savedAt: '2025-02-01T00:00:00.000Z' },
    ]);
    expect(await ids('tag:kell')).toEqual(['new', 'old']);
  });

  it('agrees with a brute-force scan through many edits and deletions', async () => {
    const vocabulary = 'river dam ferry council budget strike flood bridge harbour vote'.split(' ');
    let seed = 11;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const words = (count: number) => Array.from({ length: count }, () => vocabulary[Math.floor(next() * 10)]).join(' ');
    const live = new Map<string, string>();
    const store = library([]);
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 60; i++) {
        const id = `d${Math.floor(next() * 80)}`;
        if (next() < 0.25) {
          store.remove(id);
          live.delete(id);
        } else {
          const text = words(3 + Math.floor(next() * 6));
          store.put({ id, title: 'x', text });
          live.set(id, text);
        }
      }
      for (const query of ['river', 'dam ferry', 'flood -vote', '"harbour vote"']) {
        const parsed = parseQuery(query);
        const expected = [...live]
          .filter(([, text]) => {
            const tokens = tokenize(text);
            const padded = ` ${tokens.join(' ')} `;
            return (
              parsed.terms.every((term) => tokens.includes(term)) &&
              parsed.excludedTerms.every((term) => !tokens.includes(term)) &&
              parsed.phrases.every((phrase) => padded.includes(` ${phrase} `))
            );
          })
          .map(([id]) => id)
          .sort();
        // Only whole words here: the last word is also a prefix, which finds nothing more in this vocabulary.
        expect((await store.ids(query, 500)).sort(), `${query} after round ${round}`).toEqual(expected);
      }
    }
  });
});

describe('the saved index', () => {
  it('answers the same after a save and a load, without the words of deleted articles', async () => {
    const store = library([
      { id: 'a', title: 'Spillway repairs', text: 'The spillway of the Kell dam is repaired.' },
      { id: 'b', title: 'Zebrafinch sighted', text: 'A rare bird.' },
    ]);
    store.remove('b');
    const fingerprints = new Map([['a', '2025-05-01T10:00:00.000Z|0']]);
    const saved = decodeIndex(await encodeIndex({ ...store.index.snapshot(), fingerprints }));
    expect(saved.fingerprints).toEqual(fingerprints);
    expect(saved.words).not.toContain('zebrafinch');
    const reloaded = await SearchIndex.restore(saved.words, saved.articles);
    const sources = {
      summary: () => undefined,
      all: () => [],
      text: async () => 'The spillway of the Kell dam is repaired.',
    };
    const hits = await reloaded.search(parseQuery('"kell dam" spill'), sources, 10);
    expect(hits.map((hit) => hit.id)).toEqual(['a']);
    expect(reloaded.size).toBe(1);
  });

  it('refuses a file that is cut short, points past its words or is something else', async () => {
    const store = library([{ id: 'a', title: 'Spillway', text: 'Spillway works.' }]);
    const bytes = await encodeIndex({ ...store.index.snapshot(), fingerprints: new Map() });
    const articlesOf = (damaged: Uint8Array) => [...decodeIndex(damaged).articles];
    expect(() => articlesOf(bytes.subarray(0, bytes.length - 1))).toThrow(/cut short/);
    const wrongWord = bytes.slice();
    wrongWord[wrongWord.length - 1] = 0x7f;
    expect(() => articlesOf(wrongWord)).toThrow(/points past the word list/);
    expect(() => decodeIndex(new TextEncoder().encode('{"schema":1}'))).toThrow(/not a search index/);
  });
});

describe('the phrase check', () => {
  it('never rules out a run of words that is there', () => {
    let seed = 5;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let trial = 0; trial < 200; trial++) {
      const sequence = sequenceOf(
        Array.from({ length: 1 + Math.floor(next() * 400) }, () => Math.floor(next() * 90_000)),
      );
      const signature = new PairSignature([sequence]);
      const start = Math.floor(next() * sequence.length);
      const run = [...sequence.subarray(start, start + 1 + Math.floor(next() * 4))];
      expect(signature.mayContain(run)).toBe(true);
      expect(containsRun(sequence, run)).toBe(true);
    }
  });
});
