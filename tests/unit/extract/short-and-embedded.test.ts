import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import { paragraphs, refusalSaying, rejection } from './support.ts';

// Real articles that give a page little markup to go on: drawn by a script (the story only in JSON-LD),
// a video's short teaser among lists of other videos, a one-line or picture post. All pages invented.

const tooShort = refusalSaying('its only text is too short to be an article');
const linkList = refusalSaying('it is a list of links, like a home or section page');

function shell(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Orchard Notes</title>${head}</head><body>${body}</body></html>`;
}

// As pages write it: "<" escaped, so that markup inside the JSON cannot close the script element.
const ld = (node: object) =>
  `<script type="application/ld+json">${JSON.stringify(node).replace(/</g, '\\u003c')}</script>`;

const menu = `<nav><ul>${['Home', 'Garden', 'Kitchen', 'Workshop', 'About'].map((w) => `<li><a href="/${w}">${w}</a></li>`).join('')}</ul></nav>`;

const STORY = [
  'The cider press at the old barn will run every Saturday in October, the orchard group said, now that the new oak cheese boards have been fitted and tested.',
  'Anyone may bring apples, and the group asks only that they are picked rather than windfalls, since bruised fruit spoils the whole pressing.',
  'Volunteers will wash the press between batches, and the juice can be taken home in bottles brought for it or left to ferment in the barn.',
];

describe('a page drawn by a script', () => {
  it('takes the story from JSON-LD articleBody when the markup holds none, one paragraph per line', async () => {
    const html = shell(
      `${menu}<div id="app"></div><script>window.start({ story: 9 });</script>`,
      ld({ '@type': 'NewsArticle', headline: 'Cider press opens', articleBody: STORY.join('\n') }),
    );
    const article = await extractFromHtml(html, { url: 'https://orchard-notes.example/cider-press' });
    expect(paragraphs(article.text)).toEqual(STORY);
    expect(article.text).not.toContain('Workshop');
  });

  it('takes a how-to from its JSON-LD description and steps, with the steps’ markup sanitized', async () => {
    const html = shell(
      `${menu}<div data-react-class="HowToPage"></div>`,
      ld({
        '@type': 'HowTo',
        name: 'Sharpen a pruning saw',
        description: `<p>${STORY[0]}</p>`,
        step: [
          {
            '@type': 'HowToStep',
            name: 'Step 1: Clamp the blade',
            itemListElement: {
              '@type': 'HowToDirection',
              text: `<p onclick="steal()">${STORY[1]}</p><script>steal()</script>`,
            },
          },
          { '@type': 'HowToStep', name: 'Step 2: File each tooth', text: `<p>${STORY[2]}</p>` },
        ],
      }),
    );
    const article = await extractFromHtml(html, { url: 'https://orchard-notes.example/saw' });
    expect(paragraphs(article.text)).toEqual([
      STORY[0],
      'Step 1: Clamp the blade',
      STORY[1],
      'Step 2: File each tooth',
      STORY[2],
    ]);
    expect(article.html).not.toMatch(/onclick|script|steal/);
  });

  it('still refuses a script-drawn page whose JSON-LD holds no body', async () => {
    const html = shell(
      `${menu}<div id="app"></div>`,
      ld({ '@type': 'NewsArticle', headline: 'Cider press opens', description: 'Saturdays in October.' }),
    );
    expect(await rejection(extractFromHtml(html, { url: 'https://orchard-notes.example/x' }))).toEqual(linkList);
  });
});

describe('a story Readability misses', () => {
  it('keeps a story set as list items when Readability settles on a photo caption beside it', async () => {
    const html = shell(
      `${menu}<h1>Cider press opens</h1><div class="photo"><img src="/img/press.jpg" alt=""><p>The press, in the barn, on Sunday.</p></div><ul class="story">${STORY.map((p) => `<li><span>${p}</span></li>`).join('')}</ul>`,
    );
    const article = await extractFromHtml(html, { url: 'https://orchard-notes.example/cider-press' });
    expect(paragraphs(article.text)).toEqual(STORY);
  });

  it('still refuses a page whose largest block of text is a list of links', async () => {
    const teasers = STORY.map((p, i) => `<li><a href="/story/${i}">${p}</a> <span>(${i + 2} min)</span></li>`).join('');
    const html = shell(`${menu}<div class="photo"><p>The press, in the barn, on Sunday.</p></div><ul>${teasers}</ul>`);
    expect(await rejection(extractFromHtml(html, { url: 'https://orchard-notes.example/' }))).toEqual(tooShort);
  });
});

describe('short articles', () => {
  const teaser =
    'Our gardener shows how to graft an apple tree in early spring, from choosing the scion to binding the cut, and why a clean knife matters more than any tool.';
  const otherVideos = Array.from(
    { length: 8 },
    (_, i) =>
      `<div class="teaser"><a href="/video/${i}"><h3>Video ${i + 1}: pruning, mulching and planting</h3></a><p>Episode ${i + 1} from the series</p></div>`,
  ).join('');

  const videoPage = `${menu}<div class="player"><h1>Grafting an apple tree</h1><div class="row"><p class="teasertext">${teaser}</p><p class="available">Video available until 14 October</p></div></div><div class="gridlist"><h2>More from the series</h2><div class="grid">${otherVideos}</div></div>`;

  it('keeps a video page’s teaser when the page’s description says the same, among lists of other videos', async () => {
    const html = shell(videoPage, `<meta name="description" content="Grafting an apple tree | Video | ${teaser}">`);
    const article = await extractFromHtml(html, { url: 'https://orchard-notes.example/video/grafting' });
    expect(paragraphs(article.text)[0]).toBe(teaser);
    expect(article.text).not.toContain('Episode 3');
  });

  it('refuses the same short text when the page’s description is about something else', async () => {
    const html = shell(
      videoPage,
      '<meta name="description" content="Videos about gardening, cooking and woodwork from the Orchard Notes team, every week.">',
    );
    expect(await rejection(extractFromHtml(html, { url: 'https://orchard-notes.example/video/2' }))).toEqual(tooShort);
  });

  it('keeps a one-line post and a picture post that the page marks as its article', async () => {
    const oneLine = await extractFromHtml(
      shell(`${menu}<main><article><p>The barn is closed today: the lane is flooded.</p></article></main>`),
      { url: 'https://orchard-notes.example/posts/41' },
    );
    expect(oneLine.text).toBe('The barn is closed today: the lane is flooded.');
    const pictures = await extractFromHtml(
      shell(
        `${menu}<article><h2>Blossom week</h2><img src="/img/blossom-1.jpg" alt="Blossom" width="800" height="600"><h2>Fruit set</h2><img src="/img/fruit-1.jpg" alt="Fruit" width="800" height="600"></article>`,
      ),
      { url: 'https://orchard-notes.example/posts/42' },
    );
    expect(pictures.images.map((image) => image.url)).toEqual([
      'https://orchard-notes.example/img/blossom-1.jpg',
      'https://orchard-notes.example/img/fruit-1.jpg',
    ]);
  });

  it('refuses a script-drawn page whose marked article only says it is loading or needs JavaScript', async () => {
    for (const notice of ['Loading…', 'Please enable JavaScript to read this post.']) {
      const html = shell(`${menu}<main><p>${notice}</p></main>`);
      expect(await rejection(extractFromHtml(html, { url: 'https://orchard-notes.example/posts/44' }))).toEqual(
        refusalSaying('it is drawn by a script and only says it needs JavaScript or is loading'),
      );
    }
  });

  it('keeps a one-line page that is a bare document, with no menu or footer around the line', async () => {
    const html = shell('<div><p>The barn is closed today: the lane is flooded.</p></div>');
    const article = await extractFromHtml(html, { url: 'https://orchard-notes.example/notice.html' });
    expect(article.text).toBe('The barn is closed today: the lane is flooded.');
  });

  it('still refuses a one-line page that does not mark it as its article', async () => {
    const html = shell(`${menu}<div class="content"><p>The barn is closed today: the lane is flooded.</p></div>`);
    expect(await rejection(extractFromHtml(html, { url: 'https://orchard-notes.example/posts/43' }))).toEqual(tooShort);
  });
});
