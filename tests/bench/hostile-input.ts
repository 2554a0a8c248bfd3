// How fast hostile input is refused: figures that were once time limits inside unit tests.
import { parseFeed } from '../../electron/core/feeds/parse-feed.ts';

export interface HostileFigures {
  billionLaughsMs: number;
  fiftyMegabytesMs: number;
  deepNestingMs: number;
}

function msToRefuse(xml: string): number {
  const started = performance.now();
  try {
    parseFeed(xml, 'https://x.example/');
  } catch {
    return performance.now() - started;
  }
  throw new Error('a hostile feed was accepted');
}

export function benchHostileFeeds(): HostileFigures {
  const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  return {
    billionLaughsMs: msToRefuse(
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]><rss version="2.0"><channel><title>&lol10;</title></channel></rss>`,
    ),
    fiftyMegabytesMs: msToRefuse(
      `<rss version="2.0"><channel><title>${'a'.repeat(50_000_000)}</title></channel></rss>`,
    ),
    deepNestingMs: msToRefuse(
      `<rss version="2.0"><channel>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</channel></rss>`,
    ),
  };
}
