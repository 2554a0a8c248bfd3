// Annals swaps three of Readability's own element tests for faster ones that must answer exactly as they do.
// They replace private methods of the pinned Readability: if an upgrade renames or changes them, this fails
// before a reader's articles could come out different.
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../electron/core/extract/dom.ts';
import { fasterReadabilityTests } from '../../../electron/core/extract/readability.ts';
import { fixtureText } from './support.ts';

type Own = Record<string, (...args: unknown[]) => unknown> & { REGEXPS: { byline: RegExp } };

const PAGES = ['seed-article.html', 'boilerplate-news.html', 'amp-article.html'];

describe("Readability's element tests, made faster", () => {
  it('exist in the Readability Annals ships, under the names Annals replaces', () => {
    const own = new Readability(parsePage('<p>x</p>')) as unknown as Own;
    for (const name of Object.keys(fasterReadabilityTests)) expect(typeof own[name], name).toBe('function');
  });

  it.each(PAGES)('answer as Readability’s own on every element of %s', (page) => {
    const doc = parsePage(fixtureText(page));
    const own = new Readability(doc) as unknown as Own;
    const fast = fasterReadabilityTests;
    const elements = [...doc.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(15);
    for (const tags of [['p'], ['div', 'section', 'header', 'h1'], ['img', 'picture', 'figure', 'video'], ['a']]) {
      expect(fast._getAllNodesWithTag(doc, tags)).toEqual(own._getAllNodesWithTag!(doc, tags));
    }
    let bylines = 0;
    for (const element of elements) {
      expect(fast._isElementWithoutContent(element)).toBe(own._isElementWithoutContent!(element));
      const match = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
      const answer = fast._isValidByline.call(own, element, match);
      expect(answer).toBe(own._isValidByline!(element, match));
      if (answer) bylines++;
    }
    // The seed page names its author: the byline test is asked something it says yes to.
    if (page === 'seed-article.html') expect(bylines).toBeGreaterThan(0);
  });
});
