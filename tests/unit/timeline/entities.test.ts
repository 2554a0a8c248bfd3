import { describe, expect, it } from 'vitest';
import {
  extractEntities,
  findEntityMentions,
  groupPeople,
  normalizeEntityName,
} from '../../../electron/core/timeline/extraction/entities.ts';

describe('entity names', () => {
  it('strips titles and possessives', () => {
    expect(normalizeEntityName('Mayor Irena Vasko')).toBe('Irena Vasko');
    expect(normalizeEntityName('Kellbridge’s')).toBe('Kellbridge');
    expect(normalizeEntityName("Putin's")).toBe('Putin');
    expect(normalizeEntityName('KELLBRIDGE —')).toBe('Kellbridge');
  });

  it('groups a surname with the full name it belongs to', () => {
    const groups = groupPeople(['Irena Vasko', 'Vasko', 'Lena Okafor', 'Okafor', 'Harald Voss']);
    expect(groups.get('Vasko')).toBe('Irena Vasko');
    expect(groups.get('Okafor')).toBe('Lena Okafor');
    expect(groups.get('Harald Voss')).toBe('Harald Voss');
  });
});

describe('entities of an article', () => {
  const text =
    'Mayor Irena Vasko ordered the bridge shut. “It stays closed,” Vasko told reporters. ' +
    'Lena Okafor, the Arlen Basin Authority’s chief engineer, said Vasko’s decision was right. ' +
    'The ferry crosses the River Arlen at Quay Lane in Kellbridge.';

  it('finds people, organisations and places, each once, under one name', () => {
    const entities = extractEntities(text);
    expect(entities.people).toEqual(expect.arrayContaining(['Irena Vasko', 'Lena Okafor']));
    expect(entities.people).not.toContain('Vasko');
    expect(entities.organizations).toContain('Arlen Basin Authority');
    expect(entities.places).toEqual(expect.arrayContaining(['River Arlen', 'Quay Lane']));
  });

  it('credits every bare surname to its person, with offsets into the text', () => {
    const vasko = findEntityMentions(text).filter((m) => m.name === 'Irena Vasko');
    expect(vasko.length).toBeGreaterThanOrEqual(3);
    for (const mention of vasko) expect(text.slice(mention.start, mention.end)).toMatch(/Vasko$/);
  });
});

describe('one person, one organisation, however the article names them', () => {
  const text =
    'Ukrainian President Volodymyr Zelenskyy landed in Ankara on Thursday. Zelenskyy said in an X post that he ' +
    'would decide later. Putin’s spokesman, Dmitry Peskov, said no. Zelenskyy’s team waited.';

  it('groups "Volodymyr Zelenskyy" and every bare "Zelenskyy" as one person', () => {
    expect(extractEntities(text).people).toEqual(expect.arrayContaining(['Volodymyr Zelenskyy', 'Dmitry Peskov']));
    expect(extractEntities(text).people).not.toContain('Zelenskyy');
    const mentions = findEntityMentions(text).filter((m) => m.name === 'Volodymyr Zelenskyy');
    expect(mentions).toHaveLength(3);
  });

  it('counts every mention of a person named by one word only', () => {
    const alone = 'Zelenskyy said he would go to Ankara. Later, Zelenskyy met Erdogan, and Zelenskyy spoke.';
    const names = findEntityMentions(alone).filter((m) => m.kind === 'person' && m.name === 'Zelenskyy');
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  it('takes a company named for short ("Nordvik") as the organisation it opens ("Nordvik Pharma")', () => {
    const recall =
      'Nordvik Pharma recalled 1.8 million insulin pens. The Medicines Safety Agency said Nordvik had acted quickly.';
    const entities = extractEntities(recall);
    expect(entities.organizations).toEqual(expect.arrayContaining(['Nordvik Pharma', 'Medicines Safety Agency']));
    expect(entities.people).not.toContain('Nordvik');
    expect(entities.people).not.toContain('Nordvik Pharma');
  });
});

describe('people whose surname is also a word for a place', () => {
  it('reads a given name before "Marsh" as a person, and a street named after someone as a place', () => {
    const entities = extractEntities('Health Secretary Oliver Marsh opened the new ward on Charlotte Street.');
    expect(entities.people).toEqual(['Oliver Marsh']);
    expect(entities.places).toEqual(['Charlotte Street']);
  });
});

describe('names that are not people, and roles before names', () => {
  it('takes no name that follows "the" for a person: a ship, a building, a thing', () => {
    const entities = extractEntities(
      'Tugs towed the Clara Bell into the harbour on Monday. The Clara Bell had lost power off the cape.',
    );
    expect(entities.people).not.toContain('Clara Bell');
  });

  it('takes no group named by a plural noun opening a sentence for a person', () => {
    const entities = extractEntities('Lifeguards said the beach would stay shut. Dana Price, the mayor, agreed.');
    expect(entities.people).toEqual(['Dana Price']);
  });

  it('strips a role opening a sentence from the name after it', () => {
    const entities = extractEntities('Harbourmaster Agnes Whitlow said the quay would reopen on Friday.');
    expect(entities.people).toEqual(['Agnes Whitlow']);
  });

  it('takes a lone name that owns shares or a managing director for a company, not a person', () => {
    const text =
      'Brindlow said it would close two depots. Brindlow’s managing director, Ottilie Harker, blamed fuel costs. ' +
      'Crane said the closures were a mistake.';
    const entities = extractEntities(text);
    expect(entities.organizations).toContain('Brindlow');
    expect(entities.people).not.toContain('Brindlow');
  });
});

describe('a kind of place with no name', () => {
  it('is no place: "Road agent" opening a sentence names no road', () => {
    const text =
      'Road agent Phil Dussault said the town bought 200 locking lids on Thursday. Street lights went out on Ridge Lane.';
    const { places } = extractEntities(text);
    expect(places).toContain('Ridge Lane');
    expect(places).not.toContain('Road');
    expect(places).not.toContain('Street');
  });
});
