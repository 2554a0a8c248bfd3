import { PAGE, READY } from '../save/page-message.ts';

/** The name of Annals' save window: clicking the bookmark again reuses it. */
const SAVE_WINDOW = 'annals-save';

/**
 * The "Save to Annals" bookmarklet. It runs in the page being saved, where every script of the page can
 * watch it, so it carries no secret: it opens Annals' save window (a page of the loopback server, which holds
 * the connected browser's save cookie) and, once that window says it is ready, hands it the page's address
 * and HTML, addressed to Annals' origin only.
 */
export function bookmarkletCode(origin: string): string {
  const annals = JSON.stringify(origin);
  // Everything through `window`: a page's own global `const open = …` would otherwise stand in for it.
  const code = `(()=>{const o=${annals},w=window.open(o+'/save','${SAVE_WINDOW}','popup,width=480,height=300');if(!w){window.alert('Annals could not open its window: allow pop-ups for this site, then click the bookmark again.');return}const m=e=>{if(e.source!==w||e.origin!==o||!e.data||e.data.type!=='${READY}')return;window.removeEventListener('message',m);w.postMessage({type:'${PAGE}',url:window.location.href,html:window.document.documentElement.outerHTML},o)};window.addEventListener('message',m)})()`;
  return `javascript:${encodeURIComponent(code)}`;
}
