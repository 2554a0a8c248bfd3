/**
 * The "Save to Annals" bookmarklet: posts the page's address and HTML to the loopback server with the
 * save-only token (which can do nothing else), and says in an alert whether it worked.
 */
export function bookmarkletCode(origin: string, token: string): string {
  const endpoint = JSON.stringify(`${origin}/api/article.saveHtml`);
  const code = `(()=>{fetch(${endpoint},{method:'POST',headers:{'Content-Type':'application/json','X-Annals-Token':${JSON.stringify(token)}},body:JSON.stringify({url:location.href,html:document.documentElement.outerHTML})}).then(r=>r.json()).then(j=>alert(j.ok?'Saved to Annals: '+j.value.article.title:'Annals could not save this page: '+j.error.message),()=>alert('Annals is not running, or this page does not let scripts reach it.'))})()`;
  return `javascript:${encodeURIComponent(code)}`;
}
