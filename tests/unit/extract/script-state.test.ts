import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { paragraphs, rejection } from './support.ts';

// Pages whose story lives only in the script's state: Next.js's __NEXT_DATA__, a store's
// window.__INITIAL_STATE__, with an empty shell (or only a cookie notice) in the markup. All pages invented.

const devsetPage = (name: string) => readFileSync(new URL(`../../fixtures/devset/${name}`, import.meta.url), 'utf8');

const STORY = [
  'The ferry slipway at Gull Point will close for three weeks in March while divers replace the worn timber piles that carry its lower end.',
  'Foot passengers will be taken across from the old quay instead, the ferry company said, and cars will have to use the bridge upstream.',
  'Work was brought forward after an inspection in the autumn found two piles split below the waterline and a third loose in its socket.',
];
const RELATED =
  'The town band will play on the green every Sunday in August, weather allowing, and asks listeners to bring their own chairs and a coat for the evening breeze, which turns cold once the sun has set behind the church.';

const COOKIE =
  'We use cookies to run this site, to remember your choices and to count how our pages are read. You may accept them all, refuse those we do not need, or pick which to allow in your settings at any time you like. Our policy lists every one.';

const shell = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Slipway to close for repairs | Point Herald</title>${head}</head><body>${body}</body></html>`;

const nextData = (state: object) =>
  `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`;

const cookieShell = `<div id="__next"><main></main><div class="consent"><p>${COOKIE}</p></div></div>`;

describe('a page whose story is only in its script state', () => {
  it('reads a Next.js body over the cookie notice its shell shows, and not the related story beside it', async () => {
    const state = {
      props: {
        pageProps: {
          story: { title: 'Slipway to close for repairs', body: STORY.map((p) => `<p>${p}</p>`).join('') },
          related: [{ title: 'Band on the green', body: `${RELATED} ${RELATED}` }],
        },
      },
    };
    const article = await extractFromHtml(shell('', `${cookieShell}${nextData(state)}`), {
      url: 'https://point-herald.example/news/slipway',
    });
    expect(paragraphs(article.text)).toEqual(STORY);
    expect(article.text).not.toContain('cookies');
  });

  it('reads window.__INITIAL_STATE__ blocks: paragraphs and headings, without figures, adverts or undefined values', async () => {
    const blocks = [
      { type: 'paragraph', text: STORY[0] },
      { type: 'image', url: '/img/slipway.jpg', caption: 'The slipway at low water' },
      { type: 'heading', text: 'Ferry from the old quay' },
      { type: 'paragraph', children: [{ text: STORY[1] }] },
      { type: 'ad', text: 'Advertisement: boat insurance from the harbour agency' },
      { type: 'paragraph', text: STORY[2] },
    ];
    const state = `window.__INITIAL_STATE__ = {"user": {"token": undefined}, "story": {"headline": "Slipway to close for repairs", "blocks": ${JSON.stringify(blocks)}}};`;
    const article = await extractFromHtml(shell('', `<div id="root"></div><script>${state}</script>`), {
      url: 'https://point-herald.example/news/slipway',
    });
    expect(paragraphs(article.text)).toEqual([STORY[0], 'Ferry from the old quay', STORY[1], STORY[2]]);
  });

  it('reads a state passed through JSON.parse("…")', async () => {
    const state = JSON.stringify({ article: { headline: 'Slipway', articleBody: STORY.join('\n') } });
    const script = `window.__PRELOADED_STATE__ = JSON.parse(${JSON.stringify(state)});`;
    const article = await extractFromHtml(shell('', `<div id="app"></div><script>${script}</script>`), {
      url: 'https://point-herald.example/news/slipway',
    });
    expect(paragraphs(article.text)).toEqual(STORY);
  });

  it('sanitizes markup from the state like any page: no script, handler or javascript: link survives', async () => {
    const body = `<p onclick="steal()">${STORY[0]}</p><script>steal()</script><p>${STORY[1]} <a href="javascript:steal()">more</a></p><img src="x" onerror="steal()"><p>${STORY[2]}</p>`;
    const html = shell('', `<div id="__next"></div>${nextData({ props: { pageProps: { post: { body } } } })}`);
    const article = await extractFromHtml(html, { url: 'https://point-herald.example/news/slipway' });
    expect(article.text).toContain(STORY[2]);
    expect(article.html).not.toMatch(/onclick|onerror|<script|javascript:|steal/);
  });

  it('keeps the page’s own article when its markup has one, whatever the state holds', async () => {
    const own = STORY.map((p) => `<p>${p}</p>`).join('');
    const state = { props: { pageProps: { teaser: { body: `${RELATED} ${RELATED} ${RELATED}` } } } };
    const html = shell(
      '',
      `<main><article><h1>Slipway to close for repairs</h1>${own}</article></main>${nextData(state)}`,
    );
    const article = await extractFromHtml(html, { url: 'https://point-herald.example/news/slipway' });
    expect(paragraphs(article.text)).toEqual(STORY);
  });

  it('does not take code or a list of ids in the state for a body, and refuses the empty shell', async () => {
    const css = Array.from({ length: 40 }, (_, i) => `.c${i} { color: red; margin: ${i}px; }`).join(' ');
    const state = { props: { pageProps: { content: css, ids: Array.from({ length: 200 }, (_, i) => `id-${i}`) } } };
    const html = shell('', `<div id="__next"></div>${nextData(state)}`);
    expect(await rejection(extractFromHtml(html, { url: 'https://point-herald.example/news/slipway' }))).toEqual({
      code: 'NOT_AN_ARTICLE',
      message: 'No article text found on that page',
    });
  });

  it('extracts the written devset pages for both shapes', async () => {
    const next = await extractFromHtml(devsetPage('nextjs-shell.html'), {
      url: 'https://saltmarsh-gazette.example/news/new-tide-gauge',
    });
    expect(next.text.trim()).toBe(devsetPage('nextjs-shell.txt').trim());
    const store = await extractFromHtml(devsetPage('initial-state-blocks.html'), {
      url: 'https://dales-courier.example/story/hollin-bank-apple-day',
    });
    expect(store.text.trim()).toBe(devsetPage('initial-state-blocks.txt').trim());
    expect(store.title).toBe('Hollin Bank orchard holds first apple day since storm');
  });
});
