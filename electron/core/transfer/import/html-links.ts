import { cleanText, parsePage } from '../../extract/dom.ts';

export interface ExportedLink {
  href: string;
  title: string;
  /** Lowercased attribute names to their values. */
  attributes: Map<string, string>;
  /** Folder names from the top (Netscape bookmarks). */
  folders: string[];
  /** The nearest <h1> before it (Pocket's "Unread" / "Read Archive"). */
  section: string;
  /** The <DD> text after it, if any. */
  description: string;
}

/**
 * Every link of an exported HTML list (Netscape bookmarks, old Pocket), with the folders it sits in.
 * The files are the loose HTML of the 1990s (<DT> never closed), so folders are found from the <DL>
 * lists around a link and the <H3> just before each list, whatever the parser made of the <DT>s.
 */
export function readExportedLinks(html: string): ExportedLink[] {
  const doc = parsePage(html);
  const links: ExportedLink[] = [];
  let section = '';
  for (const element of doc.querySelectorAll('h1, a')) {
    if (element.tagName === 'H1') {
      section = cleanText(element.textContent);
      continue;
    }
    const attributes = new Map(
      [...element.attributes].map((attribute) => [attribute.name.toLowerCase(), attribute.value]),
    );
    links.push({
      href: (attributes.get('href') ?? '').trim(),
      title: cleanText(element.textContent),
      attributes,
      folders: foldersAround(element),
      section,
      description: descriptionAfter(element),
    });
  }
  return links;
}

function foldersAround(link: Element): string[] {
  const folders: string[] = [];
  for (let list = link.closest('dl'); list; list = list.parentElement?.closest('dl') ?? null) {
    const name = folderName(list);
    if (name) folders.unshift(name);
  }
  return folders;
}

function folderName(list: Element): string | null {
  let previous = list.previousElementSibling;
  while (previous && previous.tagName === 'P') previous = previous.previousElementSibling;
  if (!previous) return null;
  const heading =
    previous.tagName === 'H3' ? previous : previous.tagName === 'DT' ? previous.querySelector('h3') : null;
  return heading ? cleanText(heading.textContent) || null : null;
}

function descriptionAfter(link: Element): string {
  // <DT><A>…</A><DD>text: the DD follows the link inside its DT, or follows the DT.
  const next = link.nextElementSibling ?? link.parentElement?.nextElementSibling ?? null;
  return next?.tagName === 'DD' ? cleanText(next.firstChild?.textContent ?? next.textContent) : '';
}
