// Highlights at scale: painting 500 of them into a long article (jsdom stands in for the frame), and
// re-anchoring all 500 after the article changed.
import { JSDOM } from 'jsdom';
import type { Annotation } from '../../electron/contract/index.ts';
import { anchorInText, describeRange } from '../../electron/core/annotations/anchoring.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const words = 'council river harbour minister strike rail talks budget court inquiry flood vote energy'.split(' ');

export interface AnnotationFigures {
  paragraphs: number;
  textChars: number;
  highlights: number;
  paintMs: number;
  reanchorMsUnchanged: number;
  reanchorMsEdited: number;
}

export async function benchAnnotations(count = 500): Promise<AnnotationFigures> {
  let seed = 11;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const paragraphs = Array.from(
    { length: 400 },
    (_, p) =>
      `Paragraph ${p}: ${Array.from({ length: 40 }, () => words[Math.floor(next() * words.length)]).join(' ')}.`,
  );
  const text = paragraphs.join('\n\n');
  const html = `<main>${paragraphs.map((p) => `<p>${p.replace(/(harbour)/g, '<em>$1</em>')}</p>`).join('')}</main>`;
  const annotations: Annotation[] = Array.from({ length: count }, (_, i) => {
    const start = Math.floor((i / count) * (text.length - 80));
    return {
      id: `bench${String(i).padStart(4, '0')}`,
      articleId: 'benchart',
      kind: 'highlight',
      anchor: describeRange(text, start, start + 20 + (i % 50)),
      orphaned: false,
      color: 'yellow',
      note: '',
      tags: [],
      created: '2025-01-01T00:00:00Z',
      modified: '2025-01-01T00:00:00Z',
    };
  });

  // The renderer's painter runs in a browser; jsdom gives it the same DOM API here.
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  const globals = globalThis as Record<string, unknown>;
  globals.CSS ??= { escape: (value: string) => value };
  const { paintHighlights } = await import('../../renderer/src/reader/paint-highlights.ts');
  const root = dom.window.document.querySelector('main') as unknown as HTMLElement;
  const paint: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    paintHighlights(root, text, annotations);
    paint.push(performance.now() - start);
  }

  const timeReanchor = (against: string) => {
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      for (const annotation of annotations) anchorInText(against, annotation.anchor!);
      runs.push(performance.now() - start);
    }
    return median(runs);
  };
  // An edited article: an editor's note on top, and some words changed all through it.
  const edited = `Editor's note: updated with the council's reply.\n\n${text.replace(/budget/g, 'spending plan')}`;
  return {
    paragraphs: paragraphs.length,
    textChars: text.length,
    highlights: count,
    paintMs: median(paint),
    reanchorMsUnchanged: timeReanchor(text),
    reanchorMsEdited: timeReanchor(edited),
  };
}
