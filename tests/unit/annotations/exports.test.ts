import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/contract/index.ts';
import { describeRange } from '../../../electron/core/annotations/anchoring.ts';
import {
  type ExportedArticle,
  toMarkdownFiles,
  toPrintableHtml,
  toReadwiseCsv,
  toWebAnnotations,
} from '../../../electron/core/annotations/export/index.ts';

const text =
  'The Old Mill Bridge was closed on Monday.\n\nEngineers said the pier had moved, "by 12 cm", they said.\n\n=SUM(A1) is not a formula here.';

function highlight(id: string, quote: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  return {
    id,
    articleId: 'article111',
    kind: 'highlight',
    anchor: describeRange(text, start, start + quote.length),
    orphaned: false,
    color: 'yellow',
    note: '',
    tags: [],
    created: '2025-05-20T10:15:30.000Z',
    modified: '2025-05-20T10:15:30.000Z',
    ...extra,
  };
}

const entry: ExportedArticle = {
  article: {
    id: 'article111',
    url: 'https://valleyledger.example/old-mill?utm_source=x',
    canonicalUrl: 'https://valleyledger.example/old-mill',
    title: 'Old Mill Bridge closed: what: next?',
    siteName: 'The Valley Ledger',
    byline: 'Anke Möller',
    excerpt: '',
    publishedAt: '2025-05-06T18:40:00+02:00',
    savedAt: '2025-05-07T08:00:00.000Z',
    updatedAt: '2025-05-07T08:00:00.000Z',
    state: 'read',
    favorite: false,
    tags: ['flood', 'bridges'],
    wordCount: 30,
    readingMinutes: 1,
    progress: 0,
    leadImage: null,
    lang: 'en',
    sample: false,
    annotationCount: 4,
    feedId: null,
  },
  text,
  annotations: [
    highlight('hlaaaaaa', 'Engineers said the pier had moved, "by 12 cm"', {
      note: 'Twelve *centimetres*, then 2.1 m later',
      tags: ['key figure'],
      color: 'green',
    }),
    highlight('hlbbbbbb', 'The Old Mill Bridge was closed'),
    highlight('hlcccccc', '=SUM(A1) is not a formula'),
    { ...highlight('hldddddd', 'Monday'), orphaned: true, note: 'the date moved' },
    {
      ...highlight('notexxxx', 'Monday'),
      kind: 'note',
      anchor: null,
      note: 'Follow up <script>alert(1)</script> [bad](javascript:alert(1)) <img src=x onerror=alert(1)>',
    },
  ],
};

describe('annotation exports', () => {
  it('writes W3C Web Annotations whose position selectors slice the text to exactly the quote', () => {
    const collection = toWebAnnotations([entry]) as {
      '@context': string;
      type: string;
      total: number;
      first: { type: string; items: Record<string, unknown>[] };
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(5);
    expect(collection.first.type).toBe('AnnotationPage');
    for (const item of collection.first.items) {
      expect(item.type).toBe('Annotation');
      expect(item.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const target = item.target as { source: string; selector?: Record<string, unknown>[] };
      expect(target.source).toBe('https://valleyledger.example/old-mill');
      if (!target.selector) continue;
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = target.selector.find((s) => s.type === 'TextPositionSelector')!;
      expect(text.slice(position.start as number, position.end as number)).toBe(quote.exact);
      expect(typeof quote.prefix).toBe('string');
    }
    const noted = collection.first.items.find((item) => item.id === 'urn:annals:annotation:hlaaaaaa')!;
    expect(noted.body).toEqual([
      {
        type: 'TextualBody',
        value: 'Twelve *centimetres*, then 2.1 m later',
        format: 'text/markdown',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: 'key figure', purpose: 'tagging' },
    ]);
  });

  it('writes a Readwise CSV that parses back field by field, with formulas defused', () => {
    const csv = toReadwiseCsv([entry]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
    expect(parsed.data.map((row) => row.Highlight)).toEqual([
      'The Old Mill Bridge was closed',
      'Engineers said the pier had moved, "by 12 cm"',
      "'=SUM(A1) is not a formula",
      'Monday',
    ]);
    expect(parsed.data[1]).toMatchObject({
      Title: 'Old Mill Bridge closed: what: next?',
      Author: 'Anke Möller',
      URL: 'https://valleyledger.example/old-mill',
      Note: 'Twelve *centimetres*, then 2.1 m later .key-figure',
      Date: '2025-05-20 10:15:30',
    });
    expect(Number(parsed.data[1]!.Location)).toBe(text.indexOf('Engineers'));
  });

  it('writes one Markdown file per article with safe front matter, the note first and orphans last', () => {
    const [file] = toMarkdownFiles([entry]);
    expect(file!.fileName).toBe('Old Mill Bridge closed what next.md');
    expect(file!.content).toMatchInlineSnapshot(`
      "---
      title: "Old Mill Bridge closed: what: next?"
      url: "https://valleyledger.example/old-mill"
      author: "Anke Möller"
      site: "The Valley Ledger"
      published: "2025-05-06T18:40:00+02:00"
      saved: "2025-05-07T08:00:00.000Z"
      tags: ["flood", "bridges"]
      ---

      # Old Mill Bridge closed: what: next?

      Source: [The Valley Ledger](https://valleyledger.example/old-mill)

      ## Note

      Follow up <script>alert(1)</script> [bad](javascript:alert(1)) <img src=x onerror=alert(1)>

      ## Highlights

      > The Old Mill Bridge was closed

      colour: yellow · [in Annals](annals://article/article111#annotation-hlbbbbbb)

      > Engineers said the pier had moved, "by 12 cm"

      Twelve *centimetres*, then 2.1 m later

      colour: green · #key-figure · [in Annals](annals://article/article111#annotation-hlaaaaaa)

      > =SUM(A1) is not a formula

      colour: yellow · [in Annals](annals://article/article111#annotation-hlcccccc)

      ## No longer in the text

      The article changed after these were highlighted.

      > Monday

      the date moved

      colour: yellow · [in Annals](annals://article/article111#annotation-hldddddd)
      "
    `);
  });

  it('gives every article a distinct, portable file name', () => {
    const same = { ...entry, article: { ...entry.article, title: 'CON' } };
    const names = toMarkdownFiles([same, same, { ...entry, article: { ...entry.article, title: 'a/b\\c:d*?. ' } }]).map(
      (file) => file.fileName,
    );
    expect(names).toEqual(['Article CON.md', 'Article CON (2).md', 'a b c d.md']);
  });

  it('prints a page where nothing from a note or a page can run', () => {
    const html = toPrintableHtml([entry], { title: 'My <notes>' });
    expect(html).toContain('<title>My &lt;notes&gt;</title>');
    expect(html).toContain('<em>centimetres</em>');
    // What the note said is shown as text; nothing of it is markup that could run.
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((element) => [...element.attributes]);
    expect(attributes.filter((attribute) => /^on/i.test(attribute.name))).toEqual([]);
    expect(attributes.filter((attribute) => /javascript:/i.test(attribute.value))).toEqual([]);
    expect(doc.body.textContent).toContain('Follow up <script>alert(1)</script>');
    expect(html).toContain('Engineers said the pier had moved, &quot;by 12 cm&quot;');
    expect(html).toContain('https://valleyledger.example/old-mill');
  });
});
