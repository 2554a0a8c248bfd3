import { JSDOM } from 'jsdom';

/** Code that would run if the page were opened: script elements, on* handlers, javascript: URLs. */
export function runnableParts(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const found = [...doc.querySelectorAll('script, iframe, object, embed, img')].map((element) => element.outerHTML);
  for (const element of doc.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*(javascript|data|vbscript):/i.test(attribute.value))
        found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
    }
  }
  return found;
}
