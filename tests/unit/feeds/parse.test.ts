import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../electron/core/feeds/discover.ts';
import { decodeBody } from '../../../electron/core/feeds/fetch-feed.ts';
import { parseOpml, toOpml } from '../../../electron/core/feeds/opml.ts';
import { parseFeed } from '../../../electron/core/feeds/parse-feed.ts';
import { FeedError } from '../../../electron/core/feeds/xml-guards.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url)));

describe('reading feeds', () => {
  it('reads RSS 2.0 with CDATA, entities, relative links, enclosures, missing dates and duplicate guids', () => {
    const feed = parseFeed(fixture('rss2.xml'), 'https://valleyledger.example/feed.xml');
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'The Valley Ledger & Gazette',
      siteUrl: 'https://valleyledger.example/',
      icons: ['https://valleyledger.example/img/ledger-logo.gif'],
    });
    expect(feed.items).toHaveLength(3);
    const [bridge, ferry, nameless] = feed.items;
    expect(bridge).toMatchObject({
      guid: 'ledger-1001',
      url: 'https://valleyledger.example/2025/05/06/old-mill-bridge-closed',
      title: 'Old Mill Bridge closed after flood',
      summary: 'The central pier moved — engineers say 12 cm.',
      author: 'Anke Möller',
      publishedAt: '2025-05-06T18:40:00+02:00',
    });
    expect(bridge!.contentHtml).toContain('<strong>Old Mill Bridge</strong>');
    expect(ferry).toMatchObject({ guid: 'https://valleyledger.example/2025/05/08/ferry', publishedAt: null });
    expect(ferry!.enclosures).toEqual([
      { url: 'https://valleyledger.example/audio/ferry.mp3', type: 'audio/mpeg', length: 123456 },
    ]);
    expect(nameless!.guid).toMatch(/^sha256:[0-9a-f]{24}$/);
  });

  it('reads RSS 0.91, RSS 1.0 (RDF), Atom with xml:base and HTML titles, and JSON Feed', () => {
    expect(parseFeed(fixture('rss091.xml'), 'http://oldstyle.example/rss').items[0]).toMatchObject({
      title: 'First story',
      url: 'http://oldstyle.example/first.html',
    });
    const rdf = parseFeed(fixture('rss1-rdf.xml'), 'https://rdf.example/rss');
    expect(rdf.format).toBe('rdf');
    expect(rdf.items[0]).toMatchObject({ title: 'Council meets on budget', publishedAt: '2025-05-20T09:00:00-04:00' });
    const atom = parseFeed(fixture('atom.xml'), 'https://spanandbeam.example/atom.xml');
    expect(atom).toMatchObject({ format: 'atom', title: 'Span & Beam', siteUrl: 'https://spanandbeam.example/' });
    // The square icon before the wide logo, both against xml:base.
    expect(atom.icons).toEqual([
      'https://spanandbeam.example/favicon.png',
      'https://spanandbeam.example/notes/images/masthead.png',
    ]);
    expect(atom.items[0]).toMatchObject({
      url: 'https://spanandbeam.example/notes/scour-explained',
      title: 'What scour does to a pier',
      author: 'Priya Raghunathan',
      publishedAt: '2025-05-27T10:00:00+05:30',
      contentHtml: '<p>Fast water lifts gravel.</p>',
    });
    const json = parseFeed(fixture('feed.json'), 'https://fieldnotes.example/feed.json');
    expect(json.icons).toEqual([
      'https://fieldnotes.example/favicon-64.png',
      'https://fieldnotes.example/icon-512.png',
    ]);
    expect(json.items[0]).toMatchObject({
      guid: 'frogs-2025',
      author: 'Daniel Okoro',
      publishedAt: '2025-06-03T09:00:00-07:00',
    });
  });

  it('decodes a windows-1252 feed by its XML declaration', () => {
    const feed = parseFeed(decodeBody(bytes('cp1252.xml'), 'application/rss+xml'), 'https://cafe.example/rss');
    expect(feed.title).toBe('Café Zeitung');
    expect(feed.items[0]!.title).toBe('“Quoted” – naïve € prices');
  });

  it('decodes a feed whose charset only the Content-Type header gives, and prefers a byte order mark', () => {
    const declared = bytes('cp1252.xml');
    const text = new TextDecoder('latin1').decode(declared).replace(/<\?xml[^>]*\?>/, '<?xml version="1.0"?>');
    const undeclared = Uint8Array.from(text, (char) => char.charCodeAt(0));
    const feed = parseFeed(decodeBody(undeclared, 'text/xml; charset=windows-1252'), 'https://cafe.example/rss');
    expect(feed.items[0]!.title).toBe('“Quoted” – naïve € prices');
    const withBom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<rss version="2.0"><channel><title>Zürich</title></channel></rss>'),
    ]);
    expect(parseFeed(decodeBody(withBom, 'application/rss+xml; charset=iso-8859-1'), 'https://z.example/').title).toBe(
      'Zürich',
    );
  });

  it('refuses what is not a feed, saying what it is', () => {
    expect(() => parseFeed('<!doctype html><html><body>Hi</body></html>', 'https://x.example/')).toThrow(
      /web page, not a feed/,
    );
    expect(() =>
      parseFeed('<rss version="2.0"><channel><title>x</title><item><title>y</channel></rss>', 'https://x.example/'),
    ).toThrow(/malformed XML at line 1/);
    expect(() => parseFeed('<note><to>x</to></note>', 'https://x.example/')).toThrow(/not a feed/);
  });
});

// How fast they are refused is a figure of `npm run bench`, not a test.
describe('hostile feeds are refused before they are expanded, saying why', () => {
  it('billion laughs', () => {
    const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]><rss version="2.0"><channel><title>&lol10;</title></channel></rss>`;
    expect(() => parseFeed(xml, 'https://x.example/')).toThrow(FeedError);
    expect(() => parseFeed(xml, 'https://x.example/')).toThrow(/declares its own entities/);
  });

  it('an external entity pointing at a local file', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>`;
    expect(() => parseFeed(xml, 'https://x.example/')).toThrow(/entities/);
  });

  it('a 50 MB body', () => {
    const xml = `<rss version="2.0"><channel><title>${'a'.repeat(50_000_000)}</title></channel></rss>`;
    expect(() => parseFeed(xml, 'https://x.example/')).toThrow(FeedError);
    expect(() => parseFeed(xml, 'https://x.example/')).toThrow(/too large \(over 10 MB\)/);
  });

  it('10,000-deep nesting', () => {
    const xml = `<rss version="2.0"><channel>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</channel></rss>`;
    expect(() => parseFeed(xml, 'https://x.example/')).toThrow(FeedError);
    expect(() => parseFeed(xml, 'https://x.example/')).toThrow(/nests elements more than/);
  });
});

describe('finding and listing feeds', () => {
  it('finds every feed a page announces', () => {
    expect(discoverFeeds(fixture('site.html'), 'https://valleyledger.example/news/')).toEqual([
      { url: 'https://valleyledger.example/feed.xml', title: 'All stories', type: 'rss' },
      { url: 'https://valleyledger.example/opinion/atom.xml', title: 'Opinion', type: 'atom' },
    ]);
    expect(discoverFeeds('<html><head></head></html>', 'https://x.example/a/b').every((choice) => choice.guessed)).toBe(
      true,
    );
  });

  it('reads OPML folders at any depth and writes them back', () => {
    const feeds = parseOpml(fixture('subscriptions.opml'));
    expect(feeds).toEqual([
      {
        xmlUrl: 'https://valleyledger.example/feed.xml',
        htmlUrl: 'https://valleyledger.example/',
        title: 'Valley Ledger',
        folderPath: ['News'],
      },
      { xmlUrl: 'https://crier.example/rss', htmlUrl: null, title: 'Kellbridge Crier', folderPath: ['News', 'Local'] },
      { xmlUrl: 'https://spanandbeam.example/atom.xml', htmlUrl: null, title: 'Span & Beam', folderPath: [] },
    ]);
    const byUrl = (list: typeof feeds) => [...list].sort((a, b) => a.xmlUrl.localeCompare(b.xmlUrl));
    expect(byUrl(parseOpml(toOpml(feeds, 'Round trip')))).toEqual(byUrl(feeds));
  });
});
