import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { ALLOWED_ATTR, ALLOWED_TAGS, sanitizeArticleHtml } from '../../../electron/core/extract/sanitize.ts';
import type { ExtractedArticle } from '../../../electron/core/extract/types.ts';
import { fixtureText } from './support.ts';

const CANARY = 'window.__xssCanary = true';

/** Structural check: only allowed elements and attributes remain, and every URL is absolute http(s). */
function expectOnlyAllowedStructure(html: string): Document {
  const { document } = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window;
  for (const element of document.body.querySelectorAll('*')) {
    expect(ALLOWED_TAGS, `element <${element.localName}>`).toContain(element.localName);
    for (const attr of element.attributes) {
      expect([...ALLOWED_ATTR, 'rel'], `attribute ${attr.name} on <${element.localName}>`).toContain(attr.name);
      if (attr.name === 'href' || attr.name === 'src') expect(attr.value).toMatch(/^https?:\/\//);
    }
  }
  return document;
}

/** The structural check, and no dangerous word left anywhere, even as text. */
function expectOnlySafeMarkup(html: string): void {
  expectOnlyAllowedStructure(html);
  expect(html).not.toMatch(/<script|<iframe|<form|<base|<meta|<style|<svg|<math|<object|<embed|<template|<link/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:|srcdoc|expression\(|style=/i);
  expect(html).not.toContain('__xssCanary');
}

/** Loads HTML in jsdom with scripts enabled, fires the usual events, and reports whether the canary was set. */
function canaryFires(html: string): boolean {
  const virtualConsole = new VirtualConsole(); // swallow jsdom's "not implemented" noise
  const dom = new JSDOM(html, { runScripts: 'dangerously', virtualConsole });
  const { window } = dom;
  for (const element of window.document.querySelectorAll('*')) {
    for (const type of ['click', 'mouseover', 'focus', 'load', 'error', 'toggle', 'start']) {
      element.dispatchEvent(new window.Event(type));
    }
  }
  window.dispatchEvent(new window.Event('load'));
  const fired = (window as unknown as { __xssCanary?: boolean }).__xssCanary === true;
  window.close();
  return fired;
}

describe('the sanitizer', () => {
  it('needs a real DOM: DOMPurify on a linkedom window returns its input unchanged', () => {
    const { window } = parseHTML('<!DOCTYPE html><html><body></body></html>');
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    const dirty = `<p onclick="${CANARY}">hi<script>${CANARY}</script></p>`;
    expect(purify.sanitize(dirty)).toBe(dirty);
  });

  const vectors: Array<[string, string]> = [
    ['script element', `<p>text</p><script>${CANARY}</script>`],
    [
      'inline event handlers',
      `<p onclick="${CANARY}" onmouseover="${CANARY}">text</p><img src="https://a.example/x.png" onerror="${CANARY}" onload="${CANARY}">`,
    ],
    [
      'javascript: links in many spellings',
      `<a href="javascript:${CANARY}">a</a><a href="JaVaScRiPt:${CANARY}">b</a><a href="java&#x0A;script:${CANARY}">c</a><a href=" &#14; javascript:${CANARY}">d</a>`,
    ],
    [
      'data: and vbscript: URLs',
      `<a href="data:text/html,<script>${CANARY}</script>">a</a><img src="data:image/svg+xml;base64,PHN2Zy8+"><a href="vbscript:msgbox(1)">b</a>`,
    ],
    [
      'iframes, srcdoc, object and embed',
      `<iframe srcdoc="<script>${CANARY}</script>"></iframe><iframe src="javascript:${CANARY}"></iframe><object data="javascript:${CANARY}"></object><embed src="javascript:${CANARY}">`,
    ],
    [
      'forms, inputs and formaction',
      `<form action="javascript:${CANARY}"><input autofocus onfocus="${CANARY}"><button formaction="javascript:${CANARY}">go</button></form>`,
    ],
    [
      'style attributes and elements that could run or exfiltrate',
      `<p style="background:url('javascript:${CANARY}')">a</p><div style="width:expression(${CANARY});background:url(https://evil.example/leak)">b</div><style>body{background:url(https://evil.example/track)}</style>`,
    ],
    [
      'base and meta refresh',
      `<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:${CANARY}"><p>text</p>`,
    ],
    [
      'svg tricks',
      `<svg onload="${CANARY}"><script>${CANARY}</script><a xlink:href="javascript:${CANARY}"><text>x</text></a><foreignObject><img src=x onerror="${CANARY}"></foreignObject></svg>`,
    ],
    [
      'mathml namespace confusion (mXSS)',
      `<math><mtext><table><mglyph><style><img src=x onerror="${CANARY}"></style></mglyph></table></mtext></math><math href="javascript:${CANARY}"><mi>x</mi></math>`,
    ],
    [
      'noscript and template parsing differentials',
      `<noscript><p title="</noscript><img src=x onerror=${CANARY}>"></p></noscript><template><script>${CANARY}</script></template>`,
    ],
    [
      'upper- and mixed-case tags, attributes and schemes',
      `<SCRIPT>${CANARY}</SCRIPT><ScRiPt>${CANARY}</sCrIpT><P ONCLICK="${CANARY}">a</P><A HREF="JAVASCRIPT:${CANARY}">b</A><IMG SRC="https://a.example/y.png" ONERROR="${CANARY}">`,
    ],
    [
      'raw-text and escapable raw-text elements whose text looks like markup',
      `<xmp></p><img src=x onerror="${CANARY}"></xmp><textarea></textarea><img src=x onerror="${CANARY}"></textarea><title></title><img src=x onerror="${CANARY}"></title><noembed><img src=x onerror="${CANARY}"></noembed><noframes><img src=x onerror="${CANARY}"></noframes>`,
    ],
    [
      'comments, conditional comments and CDATA',
      `<!--><script>${CANARY}</script>--><!--[if IE]><script>${CANARY}</script><![endif]--><p>a<!-- --!><img src=x onerror="${CANARY}"> --></p><svg><![CDATA[</svg><img src=x onerror="${CANARY}">]]></svg>`,
    ],
    [
      'namespaced and custom elements, srcset and clobbering names',
      `<svg:script>${CANARY}</svg:script><x-widget onclick="${CANARY}"><p>kept text</p></x-widget><img src="https://a.example/z.png" srcset="javascript:${CANARY} 2x" name="getElementById" id="cookie"><a href="https://a.example/" xlink:href="javascript:${CANARY}" target="_top" ping="https://evil.example/">c</a>`,
    ],
    ['plaintext, which swallows the rest of the page', `<p>before</p><plaintext><img src=x onerror="${CANARY}">`],
    [
      'relative and protocol-less URLs that the renderer would resolve itself',
      '<a href="/admin">a</a><img src="//evil.example/x.png"><img src="photo.jpg">',
    ],
  ];

  for (const [name, dirty] of vectors) {
    it(`removes ${name}`, () => {
      const clean = sanitizeArticleHtml(dirty);
      expectOnlySafeMarkup(clean);
      expect(canaryFires(`<!DOCTYPE html><body>${clean}</body>`)).toBe(false);
    });
  }

  // Text and attribute values that spell out markup must stay text: escaped on output, never parsed as tags.
  const lookalikes: Array<[string, string, (doc: Document) => void]> = [
    [
      'markup hidden in attribute values and escaped text',
      `<img src="https://a.example/x.png" alt='"><script>${CANARY}</script>' title="&quot; onerror=&quot;${CANARY}"><p title='x" onmouseover="${CANARY}'>&lt;script&gt;${CANARY}&lt;/script&gt; &lt;img src=x onerror=${CANARY}&gt;</p>`,
      (doc) => {
        expect(doc.querySelector('img')?.getAttribute('alt')).toBe(`"><script>${CANARY}</script>`);
        expect(doc.querySelector('p')?.textContent).toBe(`<script>${CANARY}</script> <img src=x onerror=${CANARY}>`);
      },
    ],
    [
      'quotes and spaces inside otherwise valid URLs',
      `<a href="https://a.example/?q=&quot;onmouseover=&quot;${CANARY}">a</a><img src="https://a.example/i.png&quot; onerror=&quot;${CANARY}"><a href=" https://a.example/\u0000javascript:${CANARY}">b</a>`,
      (doc) => {
        expect(doc.querySelector('a')?.getAttribute('href')).toBe(
          'https://a.example/?q=%22onmouseover=%22window.__xssCanary%20=%20true',
        );
        expect(doc.querySelectorAll('img')).toHaveLength(1);
      },
    ],
  ];

  for (const [name, dirty, check] of lookalikes) {
    it(`keeps ${name} as inert text`, () => {
      const clean = sanitizeArticleHtml(dirty);
      check(expectOnlyAllowedStructure(clean));
      expect(canaryFires(`<!DOCTYPE html><body>${clean}</body>`)).toBe(false);
    });
  }

  it('keeps article markup, http(s) links with rel="noopener noreferrer" and http(s) images', () => {
    const clean = sanitizeArticleHtml(
      '<h2 class="x" id="y">Head</h2><p>A <em>b</em> <strong>c</strong> <a href="https://example.com/a" target="_blank">link</a><sup>1</sup></p>' +
        '<figure><img src="https://example.com/i.jpg" alt="Alt" width="640" height="abc"><figcaption>Cap</figcaption></figure>' +
        '<ul><li>one</li></ul><blockquote>q</blockquote><pre><code>x = 1</code></pre><table><tr><td colspan="2">t</td></tr></table><hr>',
    );
    expect(clean).toBe(
      '<h2>Head</h2><p>A <em>b</em> <strong>c</strong> <a href="https://example.com/a" rel="noopener noreferrer">link</a><sup>1</sup></p>' +
        '<figure><img src="https://example.com/i.jpg" alt="Alt" width="640"><figcaption>Cap</figcaption></figure>' +
        '<ul><li>one</li></ul><blockquote>q</blockquote><pre><code>x = 1</code></pre><table><tbody><tr><td colspan="2">t</td></tr></tbody></table><hr>',
    );
  });
});

describe('the XSS fixture page', () => {
  const raw = fixtureText('xss-vectors.html');
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(raw, { url: 'https://riverside-post.example/news/cycle-lanes' });
  });

  it('is live: loaded with scripts enabled, it does set the canary', () => {
    expect(canaryFires(raw)).toBe(true);
  });

  it('extracts to HTML with no dangerous markup left', () => {
    expectOnlySafeMarkup(article.html);
  });

  it('extracts to HTML that never sets the canary, even with scripts enabled and events fired', () => {
    expect(canaryFires(`<!DOCTYPE html><html><body>${article.html}</body></html>`)).toBe(false);
  });

  it('still keeps the story, its safe image and its safe link', () => {
    expect(article.text).toContain('The plan, which passed by 31 votes to 17');
    expect(article.html).toContain(
      '<img src="https://images.riverside-post.example/lanes.jpg" alt="Cyclists on Mill Road"',
    );
    expect(article.html).toContain('<a href="https://riverside-post.example/transport/" rel="noopener noreferrer">');
  });

  it('refuses javascript: as canonical URL and lead image', () => {
    expect(article.canonicalUrl).toBeNull();
    expect(article.leadImage).toBe('https://images.riverside-post.example/lanes.jpg');
  });
});
