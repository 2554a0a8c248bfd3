import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/contract/index.ts';
import {
  type ExportedArticle,
  renderNoteHtml,
  toMarkdownFiles,
  toPrintableHtml,
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

/** Code that would run if the page were opened: script elements, on* handlers, javascript: URLs. */
function runnableParts(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const found = [...doc.querySelectorAll('script, iframe, object, embed, img')].map((element) => element.outerHTML);
  for (const element of doc.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*(javascript|data|vbscript):/i.test(attribute.value))
        found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
    }
  }
  return found;
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

describe('Markdown export', () => {
  const [bridgeFile, harbourFile] = toMarkdownFiles(annotatedArticles);

  it('writes one file per article, named after its title', () => {
    expect([bridgeFile!.fileName, harbourFile!.fileName]).toEqual([
      'Old Mill Bridge closed what happens next.md',
      '- Yes the harbour vote, explained.md',
    ]);
  });

  it('writes front matter, the article note, highlights in text order with notes, tags and links, and orphans last', () => {
    expect(bridgeFile!.content).toMatchInlineSnapshot(`
      "---
      title: "Old Mill Bridge closed: what happens next?"
      url: "https://valleyledger.example/news/old-mill-bridge"
      author: "Anke Möller"
      site: "The Valley Ledger"
      published: "2025-05-06T18:40:00+02:00"
      saved: "2025-05-07T08:00:00.000Z"
      tags:
        - "flood"
        - "infrastructure"
      ---

      # Old Mill Bridge closed: what happens next?

      By Anke Möller · published 2025-05-06 · saved 2025-05-07 · [The Valley Ledger](https://valleyledger.example/news/old-mill-bridge)

      ## Note

      Follow up with **the county** next week.

      <script>alert('note')</script> [call me](javascript:alert(1)) <img src=x onerror=alert(2)>

      ## Highlights

      > The Old Mill Bridge was closed to all traffic on Monday

      yellow · highlighted 2025-05-20 · [Open in Annals](annals://article/bridge0001#annotation-hlclosed01) · [Source](https://valleyledger.example/news/old-mill-bridge)

      > "We measured a movement of 12 cm, and that is not something you drive over," said Anke Möller

      Twelve **centimetres**, compare the [2019 survey](https://valleyledger.example/2019-survey).

      #key-figure #bridges · green · highlighted 2025-05-20 · [Open in Annals](annals://article/bridge0001#annotation-hlquote001) · [Source](https://valleyledger.example/news/old-mill-bridge)

      > Repairs are expected to cost €2.4 million — "at least", the council said — and to take until spring.
      >
      > =SUM(A1:A9) was how one resident summed up

      Cost per metre?

      - ask the council
      - check the tender

      #follow-up · blue · highlighted 2025-05-20 · [Open in Annals](annals://article/bridge0001#annotation-hlrepair01) · [Source](https://valleyledger.example/news/old-mill-bridge)

      > =SUM(A1:A9) was how one resident summed up the council's spreadsheet

      pink · highlighted 2025-05-20 · [Open in Annals](annals://article/bridge0001#annotation-hlformula1) · [Source](https://valleyledger.example/news/old-mill-bridge)

      > -3 °C overnight frosts would slow the work

      +2 weeks, says the contractor

      yellow · highlighted 2025-05-20 · [Open in Annals](annals://article/bridge0001#annotation-hlfrost001) · [Source](https://valleyledger.example/news/old-mill-bridge)

      ## Text changed since these were highlighted

      The saved article no longer contains these words, so Annals could not place them in it.

      > closed to all traffic on Monday evening

      The first version said "evening".

      purple · highlighted 2025-05-07 · [Open in Annals](annals://article/bridge0001#annotation-hlorphan01) · [Source](https://valleyledger.example/news/old-mill-bridge)
      "
    `);
  });

  it('quotes front matter values so quotes, colons, leading dashes and missing values survive', () => {
    const front = harbourFile!.content.split('\n---\n')[0]!.split('\n').slice(1);
    expect(front).toEqual([
      'title: "- \\"Yes\\": the harbour vote, explained"',
      'url: "https://harbourgazette.example/2025/05/ferry-terminal-vote"',
      'author: "@harbourwatch"',
      'site: "Harbour Gazette: Local"',
      'published:',
      'saved: "2025-05-09T21:30:00.000Z"',
      'tags:',
      '  - "local-politics"',
      '  - "housing"',
    ]);
  });

  it('keeps awkward titles to one front matter line that reads back as the title', () => {
    const titles = [
      'Line one\nline two',
      'yes',
      '# not a comment',
      'tab\there',
      'bell\u0007 del\u007f nel\u0085 ls\u2028',
      "It's \\ back",
    ];
    const files = toMarkdownFiles(
      titles.map((title) => ({ ...harbourArticle, article: { ...harbourArticle.article, title } })),
    );
    files.forEach((file, n) => {
      const line = file.content.split('\n')[1]!;
      expect(line.startsWith('title: "')).toBe(true);
      // Every escape used is valid in both JSON and YAML double-quoted scalars.
      expect(JSON.parse(line.slice('title: '.length))).toBe(titles[n]);
      expect([...line].some((char) => /[\p{Cc}\u2028\u2029]/u.test(char))).toBe(false);
    });
  });

  it('shows page text in quotes as text, never as HTML', () => {
    const text = 'Paste <iframe src="https://evil.example"></iframe> into the page &amp; wait.';
    const entry: ExportedArticle = {
      ...harbourArticle,
      text,
      annotations: [
        {
          ...byId(harbourArticle, 'hlbuyer001'),
          anchor: { exact: text, prefix: '', suffix: '', start: 0, end: text.length },
        },
      ],
    };
    const [file] = toMarkdownFiles([entry]);
    expect(file!.content).toContain(
      '> Paste \\<iframe src="https://evil.example">\\</iframe> into the page \\&amp; wait.',
    );
  });

  it('gives every article a distinct file name that Windows, macOS and Linux all accept', () => {
    const titles = [
      'CON',
      'con',
      'aux.txt',
      'a/b\\c:d*?"<>|. ',
      '...hidden',
      'Wiki [[link]] #tag ^block',
      'invoice\u202Etxt.exe',
      '',
      'Ünïcödé 🎉'.repeat(30),
      'Same title',
      'same TITLE',
    ];
    const names = toMarkdownFiles(
      titles.map((title) => ({ ...harbourArticle, article: { ...harbourArticle.article, title } })),
    ).map((file) => file.fileName);
    expect(names.slice(0, 8)).toEqual([
      'Article CON.md',
      // Windows and macOS ignore case: "con" would overwrite "CON".
      'Article con (2).md',
      'Article aux.txt.md',
      'a b c d.md',
      'hidden.md',
      'Wiki link tag block.md',
      'invoice txt.exe.md',
      'Article.md',
    ]);
    expect(names.slice(9)).toEqual(['Same title.md', 'same TITLE (2).md']);
    const long = names[8]!;
    expect([...long.replace(/\.md$/, '')].length).toBeLessThanOrEqual(100);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(203);
    expect(long).not.toMatch(/\p{Surrogate}/u);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });
});

describe('printable HTML export', () => {
  const html = toPrintableHtml(annotatedArticles, { title: 'Bridges & <harbours>' });

  it('is a standalone page with no scripts, whose CSP would block one anyway', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('<title>Bridges &amp; &lt;harbours&gt;</title>');
    expect(runnableParts(html)).toEqual([]);
  });

  it('never lets a script, an event handler or a javascript: link from a note survive', () => {
    const doc = new JSDOM(html).window.document;
    const text = doc.body.textContent!;
    // What the reader typed is still there to read, as text.
    expect(text).toContain("<script>alert('note')</script>");
    expect(text).toContain('<img src=x onerror=alert(3)>');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://valleyledger.example/news/old-mill-bridge',
      'https://valleyledger.example/2019-survey',
      'https://harbourgazette.example/2025/05/ferry-terminal-vote',
      null, // [details](javascript:alert(4)) keeps its words, loses its link
    ]);
  });

  it('renders note Markdown and escapes every quote and title', () => {
    expect(html).toContain('<strong>centimetres</strong>');
    expect(html).toContain('<code>price &lt; 2m</code>');
    expect(html).toContain('<li>ask the council</li>');
    expect(html).toContain('<h2>- "Yes": the harbour vote, explained</h2>'.replace(/"/g, '&quot;'));
    expect(html).toContain(
      '&quot;We measured a movement of 12 cm, and that is not something you drive over,&quot; said Anke Möller',
    );
  });

  it('names each article, its source address and its dates, and sets orphans apart', () => {
    const doc = new JSDOM(html).window.document;
    const [bridge, harbour] = [...doc.querySelectorAll('article')];
    expect(bridge!.querySelector('.meta')!.textContent).toBe(
      'By Anke Möller · The Valley Ledger · published 2025-05-06 · saved 2025-05-07',
    );
    expect(harbour!.querySelector('.source')!.textContent).toBe(
      'https://harbourgazette.example/2025/05/ferry-terminal-vote',
    );
    expect(bridge!.querySelector('.orphans blockquote')!.textContent).toBe('closed to all traffic on Monday evening');
    expect(
      [...bridge!.querySelectorAll(':scope > ol blockquote')].map((quote) => quote.textContent!.slice(0, 20)),
    ).toEqual([
      'The Old Mill Bridge ',
      '"We measured a movem',
      'Repairs are expected',
      '=SUM(A1:A9) was how ',
      '-3 °C overnight fros',
    ]);
  });
});

describe('renderNoteHtml', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](java&#x09;script:alert(1))',
    '[click](<javascript:alert(1)>)',
    '<javascript:alert(1)>',
    '![x](javascript:alert(1))',
    '![x](https://tracker.example/pixel.gif)',
    '<a href="javascript:alert(1)">a</a>',
    '<svg onload=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<details open ontoggle=alert(1)>',
    '`<script>` in code is shown, not run',
  ];

  it.each(attacks)('leaves nothing runnable of %s', (note) => {
    expect(runnableParts(renderNoteHtml(note))).toEqual([]);
  });

  it('keeps the formatting a note is written with', () => {
    expect(renderNoteHtml('**bold**, _italic_, `a < b` and [a link](https://example.org "Example")')).toBe(
      '<p><strong>bold</strong>, <em>italic</em>, <code>a &lt; b</code> and <a href="https://example.org" title="Example">a link</a></p>\n',
    );
  });
});
