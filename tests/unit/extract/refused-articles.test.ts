import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { isNotAnArticleError } from '../../../electron/core/extract/refusal.ts';
import { fixtureText, paragraphs, refusalSaying, rejection } from './support.ts';

// Real articles that were refused with "No article text found" (or cut to a sidebar) while Readability alone
// extracted them: a site's account box taken for a sign-in wall, a short report beside lists of other stories, a
// story's container with an advert class word. Pages in tests/fixtures/devset (invented, one per failure class)
// and small pages written here.

const tooShort = refusalSaying('its only text is too short to be an article');
const devsetPage = (name: string) => fixtureText(`../devset/${name}`);
const expectedBody = (name: string) => devsetPage(name).trim();

describe('a site’s account box is no sign-in wall', () => {
  it('keeps a news channel’s two-line video report beside its account layer and a list of other videos', async () => {
    const article = await extractFromHtml(devsetPage('video-report-account-box.html'), {
      url: 'https://channel-world.example/video/2025/06/02/port-strike',
    });
    expect(article.text).toContain(expectedBody('video-report-account-box.txt'));
    expect(article.text).not.toMatch(/Sign in to your account|Floods close roads/);
  });

  it('keeps a tabloid’s short story of one-sentence paragraphs on a page with a registration layer', async () => {
    const article = await extractFromHtml(devsetPage('tabloid-brief-registration.html'), {
      url: 'https://daily-clarion.example/news/bouquet-proposal',
    });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('tabloid-brief-registration.txt')));
  });

  it('takes a script-drawn story from its JSON-LD when the header’s account menu holds a password field', async () => {
    const article = await extractFromHtml(devsetPage('app-shell-account-menu.html'), {
      url: 'https://vale-transport.example/2025/04/17/night-trains',
    });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('app-shell-account-menu.txt')));
    expect(article.text).not.toContain('Password');
  });

  it('still refuses a sign-in page whose form is the page’s content', async () => {
    expect(
      await rejection(extractFromHtml(fixtureText('landing-page.html'), { url: 'https://ledger.example/login' })),
    ).toEqual(refusalSaying('it asks you to sign in or subscribe'));
  });
});

describe('a short report among lists of other stories', () => {
  const report =
    'Dock workers at the country’s largest port walked out on Monday over a new shift system, leaving dozens of ships waiting offshore.';
  const others = Array.from(
    { length: 10 },
    (_, i) =>
      `<li><a href="/video/${i}">Report ${i + 1} from the coast and the harbour towns</a> <span>2:${10 + i} min · ${i + 3} comments · watched ${i + 2}k times</span></li>`,
  ).join('');
  const page = (head: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>Port strike | Channel World</title>${head}<meta name="description" content="Our correspondent reports from the harbour as the walkout enters its first night."></head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/video">Video</a></nav><div class="player"><h1>Port strike</h1><p>${report}</p></div><ul class="more">${others}</ul><footer><a href="/about">About</a></footer></body></html>`;

  it('keeps the lines under the headline of a page that says it is one story (a date, an article or video type)', async () => {
    for (const head of [
      '<meta property="og:type" content="video.other">',
      '<meta property="article:published_time" content="2025-06-02T18:40:00+02:00">',
      '<script type="application/ld+json">{"@type": "VideoObject", "name": "Port strike"}</script>',
    ]) {
      const article = await extractFromHtml(page(head), { url: 'https://channel-world.example/video/port-strike' });
      expect(article.text).toBe(report);
    }
  });

  it('keeps a report whose sentence says "loading" (a word of a script’s notice only as a line of its own)', async () => {
    const loading =
      'Dock workers stopped loading ships at the east quay on Monday after a crane failed during the morning shift.';
    const html = page('<meta property="og:type" content="article">').replace(report, loading);
    const article = await extractFromHtml(html, { url: 'https://channel-world.example/news/crane' });
    expect(article.text).toBe(loading);
  });

  it('keeps a report that ends with a call to subscribe (one sentence of several, no sign-in prompt)', async () => {
    const withCall = `${report} Subscribe to our channel for more.`;
    const html = page('<meta property="og:type" content="video.other">').replace(report, withCall);
    const article = await extractFromHtml(html, { url: 'https://channel-world.example/video/port-strike' });
    expect(article.text).toBe(withCall);
  });

  it('still refuses the same lines on a page that says nothing of being one story', async () => {
    expect(
      await rejection(extractFromHtml(page(''), { url: 'https://channel-world.example/video/port-strike' })),
    ).toEqual(tooShort);
  });
});

describe('furniture removal never takes the story', () => {
  it('keeps a story whose container has an advert class word, not the sidebar of teasers beside it', async () => {
    const article = await extractFromHtml(devsetPage('story-in-ads-wrapper.html'), {
      url: 'https://canalside-chronicle.example/news/gasworks-homes',
    });
    const story = paragraphs(expectedBody('story-in-ads-wrapper.txt'));
    expect(paragraphs(article.text).slice(0, story.length)).toEqual(story);
    expect(article.text).not.toContain('Bus fares to rise');
  });
});

describe('a short report whose lines are too short, or set too plainly, to be a lead', () => {
  it('keeps a tabloid’s story told in one-line paragraphs beside a "most read" list and other stories', async () => {
    const article = await extractFromHtml(devsetPage('tabloid-short-paragraphs.html'), {
      url: 'https://morning-bugle.example/news/seagull-ring',
    });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('tabloid-short-paragraphs.txt')));
  });

  it('keeps a video report’s summary set in a <div>, not the grid of other videos beside it', async () => {
    const article = await extractFromHtml(devsetPage('video-teaser-grid.html'), {
      url: 'https://globe-news.example/video/2025/08/14/harbour-blockade',
    });
    expect(article.text).toContain(expectedBody('video-teaser-grid.txt'));
    expect(article.text).not.toMatch(/More videos|sluice gates|last ferryman/);
  });

  it('keeps the report when our cleanups took its lines with a call to follow in the same block', async () => {
    const summary = expectedBody('video-teaser-grid.txt');
    const html = devsetPage('video-teaser-grid.html').replace(summary, `${summary} Follow us on X for the latest.`);
    const article = await extractFromHtml(html, {
      url: 'https://globe-news.example/video/2025/08/14/harbour-blockade',
    });
    expect(article.text).toContain(summary);
    expect(article.text).not.toMatch(/More videos|sluice gates/);
  });

  it('finds the opening under the heading that says the title, when the page’s <h1> is its logo', async () => {
    const html = devsetPage('tabloid-short-paragraphs.html')
      .replace(
        '<a class="logo" href="/">The Morning Bugle</a>',
        '<h1 class="logo"><a href="/">The Morning Bugle</a></h1>',
      )
      .replace(/<h1>(Seagull[^<]*)<\/h1>/, '<h2 class="headline">$1</h2>');
    const article = await extractFromHtml(html, { url: 'https://morning-bugle.example/news/seagull-ring' });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('tabloid-short-paragraphs.txt')));
  });

  it('still refuses the same one-line paragraphs on a page that says nothing of being one story', async () => {
    const html = devsetPage('tabloid-short-paragraphs.html')
      .replace(/<meta property="(?:og:type|article:published_time)"[^>]*>/g, '')
      .replace(/<time[^>]*>[^<]*<\/time>/, '');
    expect(await rejection(extractFromHtml(html, { url: 'https://morning-bugle.example/news/seagull-ring' }))).toEqual(
      tooShort,
    );
  });
});

describe('a brief whose headline is set apart from its lines', () => {
  const brief = {
    page: 'brief-under-subtitle.html',
    url: 'https://coast-courier.example/region/2025/09/12/coast-road-bridge',
  };
  const notice = { page: 'notice-headline-in-div.html', url: 'https://talheim.example/aktuelles/2025/brunnenfest' };

  it('keeps a brief whose headline has a short subtitle under it, not the grid of the region’s other stories', async () => {
    const article = await extractFromHtml(devsetPage(brief.page), { url: brief.url });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('brief-under-subtitle.txt')));
  });

  it('keeps a village’s notice whose headline is a <div> of its own, without repeating the headline', async () => {
    const article = await extractFromHtml(devsetPage(notice.page), { url: notice.url });
    expect(article.title).toBe('Brunnenfest fällt wegen Sturmschäden aus');
    expect(paragraphs(article.text).slice(-2)).toEqual(paragraphs(expectedBody('notice-headline-in-div.txt')));
    expect(article.text).not.toMatch(/Brunnenfest fällt wegen|Herbstmarkt|Feuerwehr/);
  });

  it('still refuses the same lines on pages that say nothing of being one story (no type, no date)', async () => {
    for (const { page, url } of [brief, notice]) {
      const html = devsetPage(page)
        .replace(/<meta (?:property="(?:og:type|article:published_time)"|name="date")[^>]*>/g, '')
        .replace(/<div class="(?:story-meta|meldung-datum)">.*<\/div>/, '');
      expect(await rejection(extractFromHtml(html, { url }))).toEqual(tooShort);
    }
  });
});

describe('a brief whose headline is far from its lines in the markup', () => {
  const pages = [
    { page: 'headline-h2-share-bar.html', url: 'https://northbay-gazette.example/news/ferry-rescue' },
    { page: 'notice-under-toolbar.html', url: 'https://lindach.example/aktuelles/2025/ortsdurchfahrt-gesperrt' },
    { page: 'release-under-fact-panel.html', url: 'https://backnang.example/aktuelles/2025/steg-murr' },
  ];

  it('keeps a brief set under share icons, a byline with an avatar and a picture, not the lists of other news', async () => {
    const article = await extractFromHtml(devsetPage(pages[0]!.page), { url: pages[0]!.url });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('headline-h2-share-bar.txt')));
  });

  it('keeps a notice set under a breadcrumb trail, a toolbar of icon buttons and a picture gallery', async () => {
    const article = await extractFromHtml(devsetPage(pages[1]!.page), { url: pages[1]!.url });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('notice-under-toolbar.txt')));
  });

  it('keeps a release a dozen layout wrappers below its headline, past a panel of facts set a label and a value a row', async () => {
    const article = await extractFromHtml(devsetPage(pages[2]!.page), { url: pages[2]!.url });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('release-under-fact-panel.txt')));
  });

  it('passes over a heading only a screen reader hears, labelling the share bar', async () => {
    const html = devsetPage(pages[0]!.page).replace(
      '<div class="share">',
      '<div class="share"><h2 class="visually-hidden">Share this article</h2>',
    );
    const article = await extractFromHtml(html, { url: pages[0]!.url });
    expect(paragraphs(article.text)).toEqual(paragraphs(expectedBody('headline-h2-share-bar.txt')));
  });

  it('still refuses the same lines on pages that say nothing of being one story (no type, no date)', async () => {
    for (const { page, url } of pages) {
      const html = devsetPage(page)
        .replace(/<meta (?:property="(?:og:type|article:published_time)"|name="date")[^>]*>/g, '')
        .replace(/<time[^>]*>[^<]*<\/time>/, '')
        .replace(/<div class="info-row"><div class="info-label">(?:Veröffentlicht|Aktualisiert)<.*<\/div>/g, '');
      expect(await rejection(extractFromHtml(html, { url }))).toEqual(tooShort);
    }
  });
});

describe('a short story whose lines under the headline are no clean paragraphs', () => {
  const brief = { page: 'brief-agency-credit.html', url: 'https://eastmere-post.example/news/west-pier' };
  const video = {
    page: 'video-standfirst-credit.html',
    url: 'https://riverside-today.example/video/2025/11/12/flood-square',
  };
  const signIn = { page: 'sign-in-prompt-story.html', url: 'https://eastmere-post.example/news/budget' };

  it('keeps an agency brief whose one line ends with the agency’s credit, not the lists beside it', async () => {
    const article = await extractFromHtml(devsetPage(brief.page), { url: brief.url });
    expect(paragraphs(article.text).slice(-1)).toEqual(paragraphs(expectedBody('brief-agency-credit.txt')));
    expect(article.text).not.toMatch(/Anglers petition|Scaffolding|Most read/);
  });

  it('keeps a video’s standfirst set as bare text beside the video’s credit', async () => {
    const article = await extractFromHtml(devsetPage(video.page), { url: video.url });
    expect(paragraphs(article.text)[0]).toBe(expectedBody('video-standfirst-credit.txt'));
    expect(article.text).not.toMatch(/More videos|Flood warnings|town bridge/);
  });

  it('still refuses a story page that shows only a sign-in prompt under its headline (no password field)', async () => {
    expect(await rejection(extractFromHtml(devsetPage(signIn.page), { url: signIn.url }))).toEqual(
      refusalSaying('it asks you to sign in or subscribe'),
    );
  });

  it('still refuses a sign-in prompt set as a paragraph of its own under the headline', async () => {
    const html = devsetPage(signIn.page).replace(
      /\n\s*(This story is for registered readers\.[^<]*)\n/,
      '\n<p>$1</p>\n',
    );
    expect(html).toContain('<p>This story is for registered readers.');
    expect((await rejection(extractFromHtml(html, { url: signIn.url }))).code).toBe('NOT_AN_ARTICLE');
  });

  it('still refuses a story page that shows only a consent banner under its headline', async () => {
    const html = devsetPage(signIn.page).replace(
      /This story is for registered readers\.[^<]*/,
      'We use cookies to show you this story and to measure our audience. Accept all cookies or choose which ones we may set before you read on.',
    );
    expect(html).toContain('We use cookies');
    expect(await rejection(extractFromHtml(html, { url: signIn.url }))).toEqual(tooShort);
  });

  it('still refuses the same lines on pages that say nothing of being one story (no type, no date)', async () => {
    for (const { page, url } of [brief, video]) {
      const html = devsetPage(page)
        .replace(/<meta property="(?:og:type|article:published_time)"[^>]*>/g, '')
        .replace(/<time[^>]*>[^<]*<\/time>/g, '');
      expect(await rejection(extractFromHtml(html, { url }))).toEqual(tooShort);
    }
  });
});

describe('why a page was refused, in codes only', () => {
  it('tells the headline looked under, the lines read and each Readability pass’s words, with no word of the page', async () => {
    let trace: readonly string[] = [];
    try {
      await extractFromHtml(fixtureText('news-site.html'), { url: 'https://worlddesk.example/' });
    } catch (error) {
      if (isNotAnArticleError(error)) trace = error.trace;
    }
    expect(trace).toEqual(
      expect.arrayContaining(['opening:no-lines', 'headline:titled-h1', 'opening-lines:1-9', 'first:1-14']),
    );
    for (const code of trace) expect(code).toMatch(/^[a-z-]+:[a-z0-9%+-]+$/);
  });
});
