// A lived-in library, as lived-in-library.ts makes it for screenshots and the bench for its figures: generated
// articles with dated events and stories, then tags, 36 feeds, highlights and notes added through the core.
import { createServer, type Server } from 'node:http';
import type { Core } from '../../electron/core/index.ts';
import { openBenchCore } from './bench-core.ts';
import { generateLibrary, mulberry32 } from './generate-library.ts';

const FEED_TITLES = [
  'Harbour Courier',
  'The Northern Ledger — Politics, Parliament and Public Policy from Westminster and the Devolved Assemblies',
  'Metro Wire',
  'Civic Post: Local Government Reporting',
  'Rail & Transport Weekly',
  'Energy Markets Daily Briefing (Premium Subscribers Edition)',
  'Court Reports',
  'Climate Desk',
  'Science Friday Notes',
  'Le Monde diplomatique — édition anglaise',
  'Ars Longform',
  'The Atlantic Ideas',
  'Hacker Digest',
  'Economist Espresso',
  'BBC World',
  'Der Spiegel International',
  'Al Jazeera English',
  'ProPublica Investigations',
  'Reuters Business',
  'NPR Politics',
  'The Conversation UK',
  'Aeon Essays',
  'Quanta Magazine',
  'LWN.net',
  'Stratechery',
  'Matt Levine — Money Stuff',
  'Kottke',
  'Daring Fireball',
  'Marginal Revolution',
  'Slow Boring',
  'Noahpinion',
  'The Browser',
  'Longreads',
  'Nieman Lab',
  'Ben Evans',
  'Local Weather Alerts for the Greater Harbour City Metropolitan Area and Surrounding Counties',
];
const FOLDERS = [[], ['News'], ['News', 'Local'], ['Tech'], ['Essays and long reads for the weekend'], ['Business']];
const TAG_WORDS =
  'politics economy climate energy transport courts health education housing elections europe asia africa americas technology science culture books longread follow-up to-read research interview investigation opinion data'.split(
    ' ',
  );
const LONG_TAGS = [
  'parliamentary-inquiry-into-harbour-redevelopment',
  'things to re-read before the quarterly planning meeting',
  'sources for the book chapter on infrastructure',
  'energy-transition/grid-storage/batteries',
  'Überschwemmungsschutz und Katastrophenhilfe',
  'needs fact check',
];

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

const escapeXml = (value: string) =>
  value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** An RSS feed of a dozen items with their whole text (their pages are not found, so the feed's text is kept). */
function feedXml(n: number, port: number): string {
  const items = Array.from({ length: 12 }, (_, i) => {
    const day = new Date(Date.UTC(2025, 10, 28 - i, 8 + (n % 10))).toUTCString();
    const title = `${FEED_TITLES[n]} item ${i + 1}: the council's ${TAG_WORDS[(n + i) % TAG_WORDS.length]} plan`;
    const body = Array.from(
      { length: 4 },
      (_, p) =>
        `<p>Paragraph ${p + 1} of item ${i + 1}. The council met on Tuesday to discuss the ${TAG_WORDS[(n * 3 + i + p) % TAG_WORDS.length]} budget, which the minister said would be published next month after talks with unions and the harbour authority.</p>`,
    ).join('');
    return `<item><title>${escapeXml(title)}</title><link>http://127.0.0.1:${port}/missing/${n}/${i}</link><guid>feed-${n}-item-${i}</guid><pubDate>${day}</pubDate><description>${escapeXml(body)}</description></item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${escapeXml(FEED_TITLES[n]!)}</title><link>http://127.0.0.1:${port}/site/${n}</link>${items}</channel></rss>`;
}

/** One feed in seven fails once generated: the feed server answers 404 for it (the dead ones never answered). */
const failing = (n: number) => n % 7 === 3;

export function serveFeeds(port: number, all = false): Promise<Server> {
  const server = createServer((request, response) => {
    const match = /^\/feed-(\d+)\.xml$/.exec(request.url ?? '');
    const n = match ? Number(match[1]) : -1;
    if (n >= 0 && n < FEED_TITLES.length && (all || !failing(n))) {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(feedXml(n, port));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** How its articles are generated: the same library without what a reader added is `generateLibrary(dir, n, ...this)`. */
export const LIVED_IN_ARTICLES = [23, { varied: true, events: true, eventsPerArticle: 2 }] as const;

export async function fillLivedInLibrary(dir: string, articles: number, feedPort: number): Promise<void> {
  const ids = await generateLibrary(dir, articles, ...LIVED_IN_ARTICLES);
  const core = await openBenchCore(dir);
  const next = mulberry32(99);
  try {
    // Tags: 40 everyday ones over many articles, the long ones on a few.
    const tags = [...TAG_WORDS, ...LONG_TAGS, 'q1-2026', 'q2-2026', 'draft', 'shared-with-team', 'podcast-prep'];
    for (const [t, tag] of tags.entries()) {
      const share = LONG_TAGS.includes(tag) ? 6 : 10 + Math.floor(next() * (t < 10 ? 120 : 40));
      const tagged = Array.from({ length: share }, () => ids[Math.floor(next() * ids.length)]!);
      await call(core, 'article.tag', { ids: [...new Set(tagged)], add: [tag] });
    }
    // Feeds: one server answers all of them while they are followed, so each has its dozen articles.
    const server = await serveFeeds(feedPort, true);
    try {
      for (const [n] of FEED_TITLES.entries()) {
        if (n % 9 === 8) continue;
        const url = `http://127.0.0.1:${feedPort}/feed-${n}.xml`;
        const folderPath = FOLDERS[n % FOLDERS.length]!;
        await call(core, 'feeds.add', { url, allowPrivateNetwork: true, folderPath }).catch((error: Error) =>
          console.warn(`feed ${n}: ${error.message}`),
        );
      }
      // A dead feed's address never answered: it is followed through OPML, as an import brings it.
      const dead = FEED_TITLES.map((title, n) => ({ title, n })).filter(({ n }) => n % 9 === 8);
      const outlines = dead
        .map(
          ({ title, n }) =>
            `<outline text="${escapeXml(title)}" type="rss" xmlUrl="http://127.0.0.1:9/feed-${n}.xml"/>`,
        )
        .join('');
      await call(core, 'feeds.importOpml', {
        xml: `<?xml version="1.0"?><opml version="2.0"><body>${outlines}</body></opml>`,
      });
    } finally {
      server.close();
    }
    // Highlights and notes on one article in six, a few on each.
    const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
    for (const id of ids.filter((_, i) => i % 6 === 0)) {
      const count = 1 + Math.floor(next() * 4);
      for (let h = 0; h < count; h++) {
        const start = 20 + h * 240 + Math.floor(next() * 40);
        await call(core, 'annotations.create', {
          kind: 'highlight',
          articleId: id,
          range: { start, end: start + 40 + Math.floor(next() * 120) },
          color: colors[h % colors.length],
          note: next() < 0.4 ? 'Check this against the minister’s statement from the week before.' : '',
        }).catch(() => {});
      }
      if (next() < 0.5)
        await call(core, 'annotations.create', {
          kind: 'note',
          articleId: id,
          note: '## Why it matters\n\nA long note about the article, with **bold** words and a list:\n\n- first point\n- second point, longer than the first one so that it wraps in a narrow panel\n',
        });
    }
    // Some stories with long names, as a reader renames them.
    const { stories } = await call<{ stories: { id: string }[] }>(core, 'stories.list', {});
    const names = [
      'Harbour redevelopment: the inquiry, the council vote and the minister’s resignation',
      'Rail strike 2024',
      'Energy prices and the grid storage auction that nobody expected to fail so badly',
    ];
    for (const [i, name] of names.entries()) {
      if (stories[i]) await call(core, 'stories.rename', { storyId: stories[i].id, title: name });
    }
    // Reading states as a reader leaves them: some favourites, much archived.
    await call(core, 'article.update', { ids: ids.filter((_, i) => i % 17 === 0), patch: { favorite: true } });
  } finally {
    await core.close();
  }
}
