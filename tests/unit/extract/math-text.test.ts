// Formulas typeset with MathML, MathJax or KaTeX stay in the saved article as text a reader can follow.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/core/extract/index.ts';
import type { ExtractedArticle } from '../../../electron/core/extract/types.ts';
import { fixtureText, paragraphs } from './support.ts';

describe('an article with inline and displayed formulas', () => {
  let article: ExtractedArticle;
  beforeAll(async () => {
    article = await extractFromHtml(fixtureText('math-article.html'), {
      url: 'https://estuary-notes.example/2025/tide-tables',
    });
  });

  it('keeps the sentences around inline formulas whole, with the formulas in them', () => {
    expect(article.text).toContain('The height at time t was taken to be h = A cos(ωt), where the amplitude A was');
  });

  it('keeps a MathJax display formula as a paragraph of its own, subscripts as subscripts', () => {
    expect(paragraphs(article.text)).toContain('h = A1 cos(ω1t) + A2 cos(ω2t)');
    expect(article.html).toContain('<i>A</i><sub>1</sub> cos(<i>ω</i><sub>1</sub><i>t</i>)');
  });

  it('reads a KaTeX fraction once, not once for the reader and again for the eye', () => {
    expect(article.text).toContain('fall into step every (2π)/(ω1 − ω2) hours');
  });

  it('keeps the TeX of a formula MathJax 2 had not typeset, without its preview', () => {
    expect(article.text).toContain('Its square is R^2 = A_1^2 + A_2^2 at the times when both waves peak together');
    expect(article.text.match(/R\^2/g)).toHaveLength(1);
  });

  it('leaves no MathML, MathJax element or script in the saved markup', () => {
    expect(article.html).not.toMatch(/<math|<mjx|<script|MathJax|katex/i);
  });
});

describe('MathML written into a page by hand', () => {
  it('reads roots, powers and fractions in a line of text', async () => {
    const story = Array.from(
      { length: 5 },
      (_, i) => `<p>Step ${i + 1} of the worked example, with every number written out, checks the result again.</p>`,
    ).join('');
    const html = `<html><body><article><h1>Roots</h1>
      <p>The answer is <math><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math> for every quadratic.</p>
      ${story}</article></body></html>`;
    const article = await extractFromHtml(html, { url: 'https://algebra-notes.example/roots' });
    expect(article.text).toContain('The answer is x = (−b ± √(b2 − 4ac))/(2a) for every quadratic.');
    expect(article.html).toContain('<i>b</i><sup>2</sup>');
  });

  it('leaves a formula shown as a picture, its MathML hidden for screen readers, as the picture', async () => {
    const story = Array.from(
      { length: 5 },
      (_, i) => `<p>Line ${i + 1} of the encyclopedia entry explains, in plain words, what the matrix is used for.</p>`,
    ).join('');
    const html = `<html><body><article><h1>Matrices</h1>
      <p>A matrix <span class="formula"><span style="display: none;"><math alttext="A"><mi>A</mi><mo>=</mo><msup><mi>A</mi><mi>T</mi></msup></math></span><img src="https://maths-wiki.example/render/a-equals-at.svg" alt="A = A^T" class="fallback-image" aria-hidden="true"></span> is called symmetric.</p>
      ${story}</article></body></html>`;
    const article = await extractFromHtml(html, { url: 'https://maths-wiki.example/wiki/Matrix' });
    expect(article.images.map((image) => image.url)).toEqual(['https://maths-wiki.example/render/a-equals-at.svg']);
    expect(article.text).toContain('A matrix is called symmetric.');
  });
});
