import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/contract/index.ts';
import {
  type ExportedArticle,
  renderNoteHtml,
  toMarkdownFiles,
  toPrintableHtml,
} from '../../../electron/core/annotations/export/index.ts';
import { annotatedArticles, harbourArticle } from '../../fixtures/exports/annotated-articles.ts';
import { runnableParts } from '../helpers/runnable-parts.ts';

const byId = (entry: ExportedArticle, id: string): Annotation => entry.annotations.find((a) => a.id === id)!;

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
