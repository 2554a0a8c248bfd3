import { parseHTML } from 'linkedom';

export interface FeedChoice {
  url: string;
  title: string;
  type: 'rss' | 'atom' | 'json';
  /** Not announced by the page: a usual address worth trying. */
  guessed?: boolean;
}

const TYPES: Record<string, FeedChoice['type']> = {
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
  'application/rdf+xml': 'rss',
};

/** The feeds a web page announces with <link rel="alternate">, else the usual addresses to try. */
export function discoverFeeds(html: string, pageUrl: string): FeedChoice[] {
  const { document } = parseHTML(html.slice(0, 2_000_000));
  const choices: FeedChoice[] = [];
  const seen = new Set<string>();
  for (const link of document.querySelectorAll('link[rel~="alternate"][href], link[rel~="feed"][href]')) {
    const type = TYPES[(link.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim()];
    if (!type && !/\bfeed\b/i.test(link.getAttribute('rel') ?? '')) continue;
    let url: string;
    try {
      url = new URL(link.getAttribute('href') ?? '', pageUrl).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(url) || seen.has(url)) continue;
    seen.add(url);
    choices.push({ url, title: link.getAttribute('title')?.trim() || 'Feed', type: type ?? 'rss' });
  }
  if (choices.length > 0) return choices;
  return ['/feed', '/rss.xml', '/atom.xml', '/index.xml', '/feed.json'].map((path) => ({
    url: new URL(path, pageUrl).href,
    title: 'Feed',
    type: path.endsWith('.json') ? 'json' : path.includes('atom') ? 'atom' : 'rss',
    guessed: true,
  }));
}
