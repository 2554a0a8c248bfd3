import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { fixtureText as pageText, paragraphs, refusalSaying, rejection } from './support.ts';

const STORY = [
  'The estuary ferry will run every forty minutes instead of every twenty from Monday, its operator said, after a third of its deck crew left for work on the wind farm boats.',
  'Commuters who cross twice a day said the change would add almost an hour to their working day, and several said they would drive the long way round instead.',
  'The operator said it had advertised for six deckhands in April and received two applications, and that training a new deckhand takes about eight weeks.',
  'Councillors will ask the operator on Thursday to publish a plan for restoring the full service before the summer timetable begins.',
];

/** A news page whose story div holds the four paragraphs above with `before` and `after` around them. */
function page(before: string, after: string, head = ''): string {
  const story = STORY.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable cut</title>${head}</head><body>
<div class="site"><div class="story">${before}\n${story}\n${after}</div></div></body></html>`;
}

async function textOf(html: string): Promise<string> {
  return (await extractFromHtml(html, { url: 'https://estuary-echo.example/news/ferry' })).text;
}

const links = (...titles: string[]) =>
  `<ul>${titles.map((t, i) => `<li><a href="https://estuary-echo.example/${i}">${t}</a></li>`).join('')}</ul>`;

describe('cleaning what Readability keeps', () => {
  it('drops a share bar above the story but keeps a sentence that talks about sharing', async () => {
    const text = await textOf(
      page(
        `<ul>${['Facebook', 'X', 'WhatsApp', 'Email'].map((s) => `<li><a href="https://s.example/${s}">${s}</a></li>`).join('')}</ul>`,
        '<p>The two operators said they would share crew with the harbour pilot boats while they recruit.</p>',
      ),
    );
    expect(text).not.toMatch(/Facebook|WhatsApp/);
    expect(text).toContain('share crew with the harbour pilot boats');
    expect(paragraphs(text)[0]).toBe(STORY[0]);
  });

  it('drops a "Related stories" heading with its list of links, and a link list trailing the story', async () => {
    const text = await textOf(
      page(
        '',
        `<h3>Related stories</h3>${links('Wind farm boats lure harbour workers', 'Bridge repairs delayed again')}<p>Keep reading</p>${links('Slipway reopens after storm', 'Tide tables for June', 'Harbour dues rise')}`,
      ),
    );
    expect(text).not.toMatch(/Related stories|Wind farm boats lure|Tide tables for June/);
    expect(paragraphs(text).at(-1)).toBe('Keep reading');
  });

  it('keeps a list of sources on other sites that ends the story, while a list of the site’s own stories goes', async () => {
    const sources = `<ul>${['Harbour board minutes, 3 June', 'Ferry operator’s staffing report'].map((t, i) => `<li><a href="https://records-${i}.example/doc">${t}</a></li>`).join('')}</ul>`;
    const kept = await textOf(page('', sources));
    expect(kept).toContain('Ferry operator’s staffing report');
    const teasers = await textOf(page('', links('Slipway reopens after storm', 'Tide tables for June')));
    expect(teasers).not.toContain('Slipway reopens');
  });

  it('keeps a list of links that sits inside the story', async () => {
    const html = page('', '').replace(
      `<p>${STORY[2]}</p>`,
      `<p>${STORY[2]}</p><p>The operator named three routes it will run less often:</p>${links('North slipway to the hospital pier', 'Town quay to Hatch End', 'Town quay to the island')}`,
    );
    const text = await textOf(html);
    expect(text).toContain('North slipway to the hospital pier');
    expect(text).toContain('Town quay to the island');
  });

  it('drops a newsletter sign-up and a "follow us" line, but not a sentence about a newsletter', async () => {
    const text = await textOf(
      page(
        '<p>The ferry company first announced the cut in its newsletter to season-ticket holders, which went out on Sunday evening to about four thousand readers.</p>',
        '<div class="box"><p>Sign up for our newsletter: the Echo\'s morning briefing in your inbox.</p></div><p>Follow us on Instagram</p>',
      ),
    );
    expect(text).not.toMatch(/Sign up for our newsletter|Follow us on/);
    expect(text).toContain('announced the cut in its newsletter to season-ticket holders');
  });

  it('keeps a paragraph that is one link, even a link named "link", while "Print · Email" still goes', async () => {
    const text = await textOf(
      page(
        '<p><a href="https://estuary-echo.example/print">Print</a> · <a href="mailto:desk@estuary-echo.example">Email</a></p>',
        '<p><a href="https://estuary-echo.example/timetable.pdf">link</a></p>',
      ),
    );
    expect(paragraphs(text)).toEqual([...STORY, 'link']);
  });

  it('keeps the story’s own photos and captions that its editor wraps in "widgets", but not a sidebar widget', async () => {
    const photo = (n: number) =>
      `<div class="editor-widget-wrapper"><div class="rendered"><div class="image"><img src="https://estuary-echo.example/ferry-${n}.jpg" alt="" width="900" height="600"></div></div><div class="caption-wrapper">The north slipway at low tide, photo ${n}.</div></div>`;
    const story = STORY.map((p, i) => `<p>${p}</p>${i < 2 ? photo(i + 1) : ''}`).join('\n');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable cut</title></head><body>
<article><div itemprop="articleBody">${story}</div></article>
<div class="sidebar-widget"><p>The Echo's weekend quiz: twenty questions on the estuary, its boats and its birds, every Saturday.</p></div></body></html>`;
    const text = await textOf(html);
    expect(text).toContain('The north slipway at low tide, photo 1.');
    expect(text).toContain('The north slipway at low tide, photo 2.');
    expect(text).not.toContain('weekend quiz');
  });

  it('keeps the part of a story built of "cmp-" components (a CMS’s own prefix), while a consent box still goes', async () => {
    const section = (p: string, wrapper: string) =>
      `<section class="grid-column"><div class="${wrapper}"><p>${p}</p></div></section>`;
    const middle = STORY.slice(1, 3).map((p) => section(p, 'cmp-text'));
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable cut</title></head><body>
<div class="cmp-banner"><p>We and our partners use cookies to measure how you use this site and to show you offers.</p></div>
<main><div class="grid">${section(STORY[0]!, 'richtext')}<div class="cmp-container"><div class="grid">${middle.join('')}</div></div>${section(STORY[3]!, 'richtext')}</div></main></body></html>`;
    expect(paragraphs(await textOf(html))).toEqual(STORY);
  });

  it('drops German page chrome: a "Seite teilen" label, a link back to the previous page and a "Siehe auch" list', async () => {
    const text = await textOf(
      page(
        '<div class="label">Seite teilen</div>',
        `<p><a href="https://estuary-echo.example/back">zurück zur vorherigen Seite</a></p><h2>Siehe auch</h2>${links('Fährhafen wird saniert', 'Neue Lotsenboote')}`,
      ),
    );
    expect(paragraphs(text)).toEqual(STORY);
  });

  it('keeps a short sentence of the story that names a day, and does not take that day for the date of publication', async () => {
    const html = page('<p>The next crossing meeting is on 5 February 2026 at 7 pm in the ferry office.</p>', '');
    const article = await extractFromHtml(html, { url: 'https://estuary-echo.example/news/ferry' });
    expect(paragraphs(article.text)[0]).toBe(
      'The next crossing meeting is on 5 February 2026 at 7 pm in the ferry office.',
    );
    expect(article.publishedAt).toBeNull();
  });

  it('drops a paragraph that repeats the caption of the photo above it', async () => {
    const text = await textOf(
      page(
        '<figure><img src="https://estuary-echo.example/ferry.jpg" alt="" width="900" height="600"><figcaption>The ferry at the north slipway.</figcaption></figure><p>The ferry at the north slipway.</p>',
        '',
      ),
    );
    expect(text.match(/The ferry at the north slipway\./g)).toHaveLength(1);
  });

  it('drops "Read also" pointers, a subscribe-to-read call and a lone "Advertisement", but not prose about them', async () => {
    const text = await textOf(
      page(
        '<p>Advertisement</p>',
        `<p>Read also: <a href="https://estuary-echo.example/pilots">Pilot boats short of crew</a></p><p>Subscribe now to our print edition for the full story.</p><p>Read also the operator's letter to commuters, which blames the wind farm boats for the shortage of crew.</p>`,
      ),
    );
    expect(text).not.toMatch(/Pilot boats short of crew|Subscribe now|^Advertisement/);
    expect(text).toContain("Read also the operator's letter to commuters");
  });

  it('puts back a standfirst set as a large heading in its own row, but leaves a section heading where it is', async () => {
    const standfirst =
      'Commuters face longer waits at both slipways from Monday as the operator struggles to find deck crew for its two boats.';
    const story = STORY.map((p, i) => `${i === 2 ? '<h2>What the operator says</h2>' : ''}<p>${p}</p>`).join('\n');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable cut</title></head><body>
<div class="page-header"><h1>Ferry timetable cut</h1></div>
<div class="row"><div class="column"><div class="text-block"><h2>${standfirst}</h2></div></div></div>
<div class="row"><div class="column"><div class="text-block">${story}</div></div></div></body></html>`;
    expect(paragraphs(await textOf(html))).toEqual([
      standfirst,
      STORY[0],
      STORY[1],
      'What the operator says',
      STORY[2],
      STORY[3],
    ]);
  });

  it('puts back the standfirst that the page sets under the headline, outside the story', async () => {
    const standfirst =
      'Commuters face longer waits at both slipways from Monday as the operator struggles to find deck crew.';
    const story = STORY.map((p) => `<p>${p}</p>`).join('\n');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable cut</title></head><body>
<div class="page-header"><h1>Ferry timetable cut</h1><p>By Ana Ruiz</p><p>${standfirst}</p></div>
<div class="story">${story}</div></body></html>`;
    expect(paragraphs(await textOf(html))).toEqual([standfirst, ...STORY]);
  });

  it('drops the byline at the top of the text, but not a sentence that starts with "By"', async () => {
    const text = await textOf(
      page('<p>By Ana Ruiz</p>', '<p>By the end of the month the operator hopes to have four new deckhands.</p>'),
    );
    expect(text).not.toContain('Ana Ruiz');
    expect(text).toContain('By the end of the month');
  });
});

describe('refusing only pages with no article', () => {
  it('extracts a story inside a form that wraps the whole page, with an inline script before it', async () => {
    const html = pageText('../devset/whole-page-form.html');
    const article = await extractFromHtml(html, { url: 'https://millbrook-parish.example/news.aspx?id=212' });
    expect(paragraphs(article.text)).toHaveLength(3);
    expect(article.text).not.toContain('__doPostBack');
  });

  it('extracts a Chinese article, counting its characters as words', async () => {
    const article = await extractFromHtml(pageText('../devset/chinese-article.html'), {
      url: 'https://hekou-daily.example/local/ferry',
    });
    expect(paragraphs(article.text)).toHaveLength(3);
    expect(article.wordCount).toBeGreaterThan(150);
    expect(article.title).toBe('河口渡轮因船员短缺减少班次');
  });

  it('keeps a short notice that is all the page says', async () => {
    const article = await extractFromHtml(pageText('../devset/short-notice.html'), {
      url: 'https://village-news.example/library-closed',
    });
    expect(article.text).toMatch(/^The village library will be closed on Friday 13 June/);
  });

  it('keeps a short notice on a page of menus, link lists and scripts', async () => {
    const article = await extractFromHtml(pageText('../devset/short-notice-with-menus.html'), {
      url: 'https://millbrook-news.example/footpath-reopens',
    });
    expect(article.text).toMatch(/^The footpath from the green to the old mill reopened on Tuesday/);
    expect(article.text).not.toContain('Bin collection days');
  });

  it('refuses a page whose only text outside its scripts is a pop-up banner', async () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Runde Tischdecke nähen</title></head><body>
<div class="popup-banner" id="update-browser-banner"><p class="popup-browser-banner">Dein Browser ist leider veraltet.</p>
<p>Lade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter. Klicke dafür einfach auf das Symbol!</p></div>
<div id="app"></div><script>window.render({ id: 4410 });</script>
<footer><ul>${['Wohnzimmer', 'Schlafzimmer', 'Küche', 'Badezimmer', 'Garten', 'Kinderzimmer', 'Arbeitszimmer', 'Flur', 'Esszimmer', 'Balkon', 'Terrasse', 'Keller', 'Dachboden', 'Über uns', 'Impressum', 'Datenschutz'].map((room) => `<li><a href="/${room}">Ideen für ${room}</a></li>`).join('')}</ul></footer></body></html>`;
    expect(await rejection(extractFromHtml(html, { url: 'https://wohnen.example/tischdecke' }))).toEqual(
      refusalSaying('its only text is too short to be an article'),
    );
  });

  it('still refuses a home page of headlines and a sign-in page, saying which it is', async () => {
    const pages: Array<[string, string, string]> = [
      ['news-site.html', 'https://worlddesk.example/', 'it is a list of links, like a home or section page'],
      ['landing-page.html', 'https://ledger.example/login', 'it asks you to sign in or subscribe'],
    ];
    for (const [name, url, what] of pages) {
      expect(await rejection(extractFromHtml(pageText(name), { url }))).toEqual(refusalSaying(what));
    }
  });
});
