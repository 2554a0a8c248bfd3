// A story an arriving article joins through one of its articles, while another of them is plainly about something
// else: a tram company's checks after a derailment name the square where, a week later, a tram hits a van; the van
// report counts itself after the derailment ("the second tram accident in eight days, after …"). Joined through the
// checks, the collision would sit in the derailment's story. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/timeline/entities.ts';
import {
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
  similarityParts,
} from '../../../electron/core/timeline/stories.ts';
import { inverseDocumentFrequency } from '../../../electron/core/timeline/similarity.ts';
import { StoryAssigner } from '../../../electron/core/timeline/story-assigner.ts';
import { storyOf } from './story-helpers.ts';

function article(id: string, title: string, paragraphs: string[], publishedAt: string): StoryArticle {
  const text = paragraphs.join('\n\n');
  return { id, title, text, entities: extractEntities(text), publishedAt };
}

const DERAILMENT = article(
  'derailment',
  'Twelve hurt as tram leaves the rails in Marrowby',
  [
    'Twelve passengers were hurt on Tuesday morning when a Marrowby Tramways tram came off the rails on Cawley Street and ploughed into a bus shelter.',
    'The number 3 tram was rounding the bend by the market hall at about 8.15am, and most of the injured were standing.',
    'Marrowby Tramways said the line would stay shut while the points were checked.',
    'Transport chief Delphine Ashcroft said the city would "find out exactly what went wrong".',
  ],
  '2034-03-07T18:00:00+00:00',
);
const CHECKS = article(
  'checks',
  'Marrowby Tramways orders checks on every crossing after derailment',
  [
    'Marrowby Tramways has ordered checks of the points and signals at every crossing on its network, Osbert Square among them, after twelve passengers were hurt in Tuesday’s derailment.',
    'Engineers will start at the busiest crossings, Osbert Square and the university loop, on Monday night.',
    'Transport chief Delphine Ashcroft said the number 3 trams would stay in the depot until the checks were done.',
    'Three of the twelve injured passengers are still in Marrowby General.',
  ],
  '2034-03-09T12:00:00+00:00',
);
const COLLISION = article(
  'collision',
  'Van driver killed as tram hits van at Osbert Square crossing',
  [
    'A van driver died on Wednesday evening after his van was struck by a Marrowby Tramways tram at the crossing in Osbert Square.',
    'The tram, on the number 5 route, was travelling towards the university at about 6.40pm. Two of its passengers were treated for shock.',
    'It is the second tram accident in Marrowby in eight days, after a tram came off the rails on Cawley Street last Tuesday.',
    'Transport chief Delphine Ashcroft said engineers had checked the Osbert Square crossing on Monday night.',
  ],
  '2034-03-15T21:30:00+00:00',
);

const RETURN = article(
  'return',
  'Number 3 trams back in service as crossing checks end',
  [
    'The number 3 trams returned to service on Friday after Marrowby Tramways finished checking the points and signals at every crossing on its network.',
    'Engineers replaced worn parts at Osbert Square and on the university loop, the company said.',
    'Transport chief Delphine Ashcroft thanked passengers for their patience over the past fortnight.',
  ],
  '2034-03-24T09:00:00+00:00',
);

describe('a story whose articles set an arriving one apart', () => {
  it('probe', () => {
    const prints = [DERAILMENT, CHECKS, COLLISION, RETURN].map(fingerprintArticle);
    const idf = inverseDocumentFrequency(prints.map((p) => p.terms));
    const entityIdf = inverseDocumentFrequency(prints.map((p) => p.entities));
    for (const a of prints)
      for (const b of prints)
        if (a !== b) {
          const p = similarityParts(a, b, idf, entityIdf);
          console.log(a.id, b.id, p.score.toFixed(3), p.route, p.text.toFixed(3));
        }
    console.log(JSON.stringify(clusterStories([DERAILMENT, CHECKS, COLLISION, RETURN])));
    expect(JOIN_THRESHOLD).toBe(0.3);
    void storyOf;
    void StoryAssigner;
  });
});
