import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/contract/index.ts';
import {
  type ExportedArticle,
  toReadwiseCsv,
  toWebAnnotation,
  toWebAnnotations,
} from '../../../electron/core/annotations/export/index.ts';
import { annotatedArticles, bridgeArticle, harbourArticle } from '../../fixtures/exports/annotated-articles.ts';

const byId = (entry: ExportedArticle, id: string): Annotation => entry.annotations.find((a) => a.id === id)!;

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Item {
  id: string;
  type: string;
  motivation: string;
  created: string;
  modified: string;
  body?: Record<string, string>[];
  target: { source: string; styleClass?: string; selector?: Selector[] };
  stylesheet?: { type: string; value: string };
  'annals:orphaned': boolean;
  'annals:article': Record<string, string | null>;
}

describe('Web Annotation (JSON-LD) export', () => {
  const collection = toWebAnnotations(annotatedArticles) as unknown as {
    '@context': string;
    id: string;
    type: string;
    total: number;
    first: { id: string; type: string; items: Item[] };
  };
  const items = collection.first.items;
  const item = (id: string) => items.find((entry) => entry.id === `urn:annals:annotation:${id}`)!;

  it('is one AnnotationCollection in the W3C context holding every highlight and note', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toMatch(/^urn:annals:collection:[0-9a-f]{32}$/);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', id: expect.stringMatching(/^urn:/) });
    expect(collection.total).toBe(9);
    expect(items).toHaveLength(9);
    expect(toWebAnnotations(annotatedArticles)).toEqual(collection);
  });

  it('gives each annotation an id, a type, UTC dates and the article it came from', () => {
    for (const entry of items) {
      expect(entry.id).toMatch(/^urn:annals:annotation:[a-z0-9]+$/);
      expect(entry.type).toBe('Annotation');
      expect(entry.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(entry.modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(entry['annals:article'].title).toBeTruthy();
      expect(entry['annals:article'].saved).toBeTruthy();
    }
    // Made at 12:20 in UTC+2.
    expect(item('hlquote001').created).toBe('2025-05-20T10:20:00.000Z');
    expect(item('hlquote001')['annals:article']).toMatchObject({
      title: 'Old Mill Bridge closed: what happens next?',
      published: '2025-05-06T18:40:00+02:00',
    });
  });

  it('targets the canonical address when known, else the saved one', () => {
    expect(item('hlquote001').target.source).toBe('https://valleyledger.example/news/old-mill-bridge');
    expect(item('hlgooddeal').target.source).toBe('https://harbourgazette.example/2025/05/ferry-terminal-vote');
  });

  it('describes each highlight with a quote selector and a position selector that slices the text to that quote', () => {
    const texts: Record<string, string> = { bridge0001: bridgeArticle.text, harbour001: harbourArticle.text };
    const highlights = items.filter((entry) => entry.motivation === 'highlighting');
    expect(highlights).toHaveLength(8);
    for (const entry of highlights) {
      const text = texts[entry['annals:article'].id!]!;
      const quote = entry.target.selector!.find((selector) => selector.type === 'TextQuoteSelector')!;
      expect(Object.keys(quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
      expect(entry.target.selector).toHaveLength(entry['annals:orphaned'] ? 1 : 2);
      for (const position of entry.target.selector!.filter((selector) => selector.type === 'TextPositionSelector')) {
        expect(text.slice(position.start, position.end)).toBe(quote.exact);
      }
    }
    expect(item('hlrepair01').target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact:
          'Repairs are expected to cost €2.4 million — "at least", the council said — and to take until spring.\n\n=SUM(A1:A9) was how one resident summed up',
        prefix: ", the county's chief engineer.\n\n",
        suffix: " the council's spreadsheet on Fa",
      },
      { type: 'TextPositionSelector', start: 239, end: 383 },
    ]);
  });

  it('keeps an orphan’s quote but not its offsets, which point into a text that is gone', () => {
    const orphan = item('hlorphan01');
    expect(orphan['annals:orphaned']).toBe(true);
    expect(orphan.target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: 'closed to all traffic on Monday evening',
        prefix: 'The Old Mill Bridge was ',
        suffix: ' after engineers found that its ',
      },
    ]);
  });

  it('puts the note in a Markdown commenting body and each tag in a tagging body', () => {
    expect(item('hlquote001').body).toEqual([
      {
        type: 'TextualBody',
        value: 'Twelve **centimetres**, compare the [2019 survey](https://valleyledger.example/2019-survey).',
        format: 'text/markdown',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: 'key figure', purpose: 'tagging' },
      { type: 'TextualBody', value: 'bridges', purpose: 'tagging' },
    ]);
    // A bare highlight is a valid annotation with no body at all.
    expect(item('hlclosed01')).not.toHaveProperty('body');
  });

  it('carries the highlight colour as a stylesheet class on the target', () => {
    const quote = item('hlquote001');
    expect(quote.target.styleClass).toBe('annals-green');
    expect(quote.stylesheet).toEqual({
      type: 'CssStylesheet',
      value: '.annals-green { background-color: #b8e6b0; }',
    });
  });

  it('points the article-level note at the whole article, with no selector', () => {
    const note = item('notebridge');
    expect(note.motivation).toBe('commenting');
    expect(note.target).toEqual({ source: 'https://valleyledger.example/news/old-mill-bridge' });
    expect(note.body?.[0]).toMatchObject({ format: 'text/markdown', purpose: 'commenting' });
    expect(note).not.toHaveProperty('stylesheet');
  });

  it('writes a single annotation as a standalone document with its own context', () => {
    const single = toWebAnnotation(byId(harbourArticle, 'hlbuyer001'), harbourArticle);
    expect(single['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(single.target).toMatchObject({ selector: [{ exact: 'Kai Ōtaki Holdings' }, { start: 78, end: 96 }] });
    expect(JSON.parse(JSON.stringify(single))).toEqual(single);
  });
});

describe('Readwise CSV export', () => {
  const csv = toReadwiseCsv(annotatedArticles);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const bridgeRow = {
    Title: 'Old Mill Bridge closed: what happens next?',
    Author: 'Anke Möller',
    URL: 'https://valleyledger.example/news/old-mill-bridge',
  };
  // Title and author of the second article start with - and @: a spreadsheet would run them.
  const harbourRow = {
    Title: '\'- "Yes": the harbour vote, explained',
    Author: "'@harbourwatch",
    URL: 'https://harbourgazette.example/2025/05/ferry-terminal-vote',
  };

  it('has the columns Readwise imports and parses back without errors', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
    expect(csv.split('\r\n')[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
  });

  it('round-trips every highlight field by field: quotes, commas, line breaks, Unicode, formulas defused', () => {
    expect(parsed.data).toEqual([
      {
        ...bridgeRow,
        Highlight: 'The Old Mill Bridge was closed to all traffic on Monday',
        Note: '',
        Location: '0',
        Date: '2025-05-20 10:15:30',
      },
      {
        ...bridgeRow,
        Highlight: '"We measured a movement of 12 cm, and that is not something you drive over," said Anke Möller',
        Note: '.key-figure .bridges Twelve **centimetres**, compare the [2019 survey](https://valleyledger.example/2019-survey).',
        Location: '114',
        // Stored as 12:20+02:00: Readwise wants UTC.
        Date: '2025-05-20 10:20:00',
      },
      {
        ...bridgeRow,
        Highlight:
          'Repairs are expected to cost €2.4 million — "at least", the council said — and to take until spring.\n\n=SUM(A1:A9) was how one resident summed up',
        Note: '.follow-up Cost per metre?\n\n- ask the council\n- check the tender',
        Location: '239',
        Date: '2025-05-20 10:17:00',
      },
      {
        ...bridgeRow,
        Highlight: "'=SUM(A1:A9) was how one resident summed up the council's spreadsheet",
        Note: '',
        Location: '341',
        Date: '2025-05-20 10:18:00',
      },
      {
        ...bridgeRow,
        Highlight: "'-3 °C overnight frosts would slow the work",
        Note: "'+2 weeks, says the contractor",
        Location: '424',
        Date: '2025-05-20 10:19:00',
      },
      // The orphan comes last, with no location: its offsets no longer point anywhere.
      {
        ...bridgeRow,
        Highlight: 'closed to all traffic on Monday evening',
        Note: 'The first version said "evening".',
        Location: '',
        Date: '2025-05-07 08:05:00',
      },
      { ...harbourRow, Highlight: 'Kai Ōtaki Holdings', Note: '', Location: '78', Date: '2025-05-10 06:01:00' },
      {
        ...harbourRow,
        Highlight: '"It\'s a good deal, but we\'ll watch the small print,"',
        Note: '.quotes Sounds **hopeful**. <img src=x onerror=alert(3)> [details](javascript:alert(4)) `price < 2m`',
        Location: '134',
        Date: '2025-05-10 06:00:00',
      },
    ]);
  });

  it('escapes quotes by doubling them', () => {
    expect(csv).toContain(
      '"""We measured a movement of 12 cm, and that is not something you drive over,"" said Anke Möller"',
    );
  });

  it('defuses every cell a spreadsheet would run, including ones that start with a tab or go on for several lines', () => {
    const risky = [
      '=HYPERLINK("http://evil.example","x")',
      '+1',
      '-1',
      '@SUM(1)',
      '\tcmd',
      '\rcmd',
      '=1+1\nsecond line',
    ];
    const entry: ExportedArticle = {
      ...harbourArticle,
      text: risky.join(' '),
      annotations: risky.map((quote, n) => ({
        ...byId(harbourArticle, 'hlbuyer001'),
        id: `risky${n}00`,
        anchor: { exact: quote, prefix: '', suffix: '', start: 0, end: quote.length },
        note: quote,
      })),
    };
    const rows = Papa.parse<Record<string, string>>(toReadwiseCsv([entry]), { header: true }).data;
    expect(rows.map((row) => row.Highlight)).toEqual(risky.map((quote) => `'${quote}`));
    // Notes are trimmed, which already takes a leading tab or CR away.
    expect(rows.map((row) => row.Note)).toEqual([
      ...risky.slice(0, 4).map((quote) => `'${quote}`),
      'cmd',
      'cmd',
      "'=1+1\nsecond line",
    ]);
  });
});
