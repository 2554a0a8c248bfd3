// Omnivore's export zip (frozen since the 2024 shutdown): metadata_*_to_*.json lists the articles,
// content/{slug}.html holds their readable HTML (used instead of fetching them again), and
// highlights/{slug}.md their highlights: "> quote", then #labels, then the note.
import type { ZipFile } from '../safe-zip.ts';
import { fromDateText, highlight, type ItemCollector } from './collect.ts';
import type { ExportArchive } from './export-archive.ts';
import type { CarriedHtml, ImportHighlight } from './types.ts';

type OmnivoreItem = {
  slug?: unknown;
  title?: unknown;
  description?: unknown;
  url?: unknown;
  state?: unknown;
  labels?: unknown;
  savedAt?: unknown;
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const isOmnivoreMetadata = (path: string) => /(^|\/)metadata_[^/]*\.json$/i.test(path);

export async function readOmnivoreZip(archive: ExportArchive, collector: ItemCollector): Promise<string> {
  const bySlug = (folder: string, ext: string) =>
    new Map(
      archive.files
        .map((file) => [new RegExp(`(?:^|/)${folder}/([^/]+)\\.${ext}$`, 'i').exec(file.path)?.[1], file] as const)
        .filter((pair): pair is [string, ZipFile] => pair[0] !== undefined),
    );
  const contents = bySlug('content', 'html');
  const highlightFiles = bySlug('highlights', 'md');
  const metadata = archive.files
    .filter((file) => isOmnivoreMetadata(file.path))
    .sort((a, b) => a.path.localeCompare(b.path));
  for (const file of metadata) {
    let items: unknown;
    try {
      items = JSON.parse(await archive.text(file));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      collector.skip(file.path, 'the file is not valid JSON');
      continue;
    }
    if (!Array.isArray(items)) {
      collector.skip(file.path, 'the file does not hold a list of articles');
      continue;
    }
    // Highlights are read now (the preview counts them); stored text only when each article is stored.
    const highlights = new Map<string, ImportHighlight[]>();
    for (const slug of slugsOf(items)) {
      const found = highlightFiles.get(slug);
      if (found) highlights.set(slug, parseOmnivoreHighlights(await archive.text(found)));
    }
    readOmnivoreItems(items, file.path, collector, (slug) => {
      const content = contents.get(slug);
      return { html: content ? archive.later(content) : null, highlights: highlights.get(slug) ?? [] };
    });
  }
  return `Omnivore export (zip: ${contents.size} stored ${contents.size === 1 ? 'article' : 'articles'}, ${highlightFiles.size} highlight ${highlightFiles.size === 1 ? 'file' : 'files'})`;
}

function slugsOf(items: unknown[]): string[] {
  return items
    .map((item) => (item && typeof item === 'object' ? (item as OmnivoreItem).slug : undefined))
    .filter((slug): slug is string => typeof slug === 'string' && slug !== '');
}

export function readOmnivoreItems(
  items: unknown[],
  fileName: string,
  collector: ItemCollector,
  files: (slug: string) => { html: CarriedHtml | null; highlights: ImportHighlight[] } = () => ({
    html: null,
    highlights: [],
  }),
): void {
  items.forEach((raw, index) => {
    if (!collector.open) return;
    const where = `${fileName}, item ${index + 1}`;
    if (!raw || typeof raw !== 'object') {
      collector.skip(where, 'it is not an article entry');
      return;
    }
    const item = raw as OmnivoreItem;
    // A slug names files inside the zip only: it is looked up, never used as a path.
    const slug = text(item.slug);
    const { html, highlights } = slug ? files(slug) : { html: null, highlights: [] };
    collector.add(where, {
      url: text(item.url),
      title: text(item.title),
      archived: text(item.state).toLowerCase() === 'archived',
      savedAt: fromDateText(item.savedAt),
      tags: (Array.isArray(item.labels) ? item.labels : []).map((label) =>
        typeof label === 'object' && label ? text((label as { name?: unknown }).name) : String(label),
      ),
      html,
      highlights,
    });
  });
}

/** Entries separated by blank lines: "> quote" lines, then optional "#label"s, then the optional note. */
export function parseOmnivoreHighlights(markdown: string): ImportHighlight[] {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const found: { quote: string[]; tags: string[]; note: string[] }[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    if (lines.every((line) => /^\s*>/.test(line) || !line.trim())) {
      found.push({ quote: lines.map((line) => line.replace(/^\s*> ?/, '')), tags: [], note: [] });
      continue;
    }
    const current = found.at(-1);
    if (!current) continue; // text before the first quote (a title line) belongs to no highlight
    const words = block.trim().split(/\s+/);
    if (current.note.length === 0 && words.every((word) => /^#\S+$/.test(word))) current.tags.push(...words);
    else current.note.push(block.trim());
  }
  return found
    .map((entry) => highlight(entry.quote.join('\n'), { tags: entry.tags, note: entry.note.join('\n\n') }))
    .filter((entry) => entry.quote !== '');
}
