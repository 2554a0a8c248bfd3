import { type DragEvent, type ReactNode, useState } from 'react';
import { isPlainTextFileName, MAX_PAGE_FILE_BYTES } from '../../../electron/contract/pages.ts';
import { fileBase64 } from '../lib/file-base64.ts';
import { useServices } from '../state/app-context.tsx';

const EXPORT_FILE = /\.(zip|csv|json|opml)$/i;

function carriesSomething(event: DragEvent): boolean {
  const types = [...event.dataTransfer.types];
  return types.includes('Files') || types.includes('text/uri-list') || types.includes('text/plain');
}

/** Drop a link, a saved .html page or a .txt file anywhere on the window to save it, or another app's export file to import it. */
export function DropZone({ children }: { children: ReactNode }) {
  const { library, ui } = useServices();
  const [over, setOver] = useState(false);

  async function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) {
      for (const file of files) {
        const isPage = /\.x?html?$/i.test(file.name) || file.type === 'text/html';
        const isText = isPlainTextFileName(file.name);
        if (EXPORT_FILE.test(file.name)) {
          ui.openImport(file);
          return;
        }
        if (!isPage && !isText) {
          ui.toast(
            `${file.name} is neither a web page (.html), a text file (.txt) nor an export file (.zip, .csv, .json, .opml).`,
            'error',
          );
        } else if (file.size > MAX_PAGE_FILE_BYTES) {
          // Not read at all: the core would refuse it, and reading a huge file only to send it wastes memory.
          ui.toast(`${file.name} is larger than 10 MB, the most Annals reads as one article.`, 'error');
        } else {
          // The bytes go to the core, which reads them by the page's own charset (GBK, Shift_JIS, windows-1251…).
          const base64 = await fileBase64(file, file.name);
          // Old Pocket exports and browser bookmarks are .html too: the core tells them from a page.
          const preview = isText ? null : await library.importPreviewOfPage(base64, file.name);
          if (preview) {
            ui.openImport(file, preview);
            return;
          }
          if (preview === null) await library.saveFile(base64, file.name);
        }
      }
      return;
    }
    const uris = event.dataTransfer.getData('text/uri-list') || event.dataTransfer.getData('text/plain');
    const url = uris
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line && !line.startsWith('#'));
    if (url && /^https?:\/\//i.test(url))
      await library.saveUrl(url, 'other'); // a dropped link comes from a page, not from the reader's typing
    else if (url) ui.toast('Only web addresses (http or https) can be saved.', 'error');
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse path; the save field and the bookmarklet are the others
    <div
      className="drop-zone"
      onDragOver={(event) => {
        if (!carriesSomething(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => void onDrop(event)}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop to save to Annals</p>
        </div>
      )}
    </div>
  );
}
