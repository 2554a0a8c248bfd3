// The actions are kept in one module per kind and read in one order (action-words.ts): each action belongs to one kind,
// and every kind's actions are read.
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../electron/core/timeline/language/action-words.ts';
import { actionOfWord } from '../../../electron/core/timeline/language/actions.ts';
import { CIVIC_ACTIONS } from '../../../electron/core/timeline/language/civic-action-words.ts';
import { CRIME_ACTIONS } from '../../../electron/core/timeline/language/crime-action-words.ts';
import { EMERGENCY_ACTIONS } from '../../../electron/core/timeline/language/emergency-action-words.ts';
import { LEGAL_ACTIONS } from '../../../electron/core/timeline/language/legal-action-words.ts';
import { MOVEMENT_ACTIONS } from '../../../electron/core/timeline/language/movement-action-words.ts';
import { START_STOP_ACTIONS } from '../../../electron/core/timeline/language/start-stop-action-words.ts';

const KINDS = [LEGAL_ACTIONS, CIVIC_ACTIONS, EMERGENCY_ACTIONS, MOVEMENT_ACTIONS, START_STOP_ACTIONS, CRIME_ACTIONS];

describe('actions kept by kind', () => {
  it('puts each action in one kind only', () => {
    const names = KINDS.flatMap((kind) => Object.keys(kind));
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads every action of every kind', () => {
    const names = KINDS.flatMap((kind) => Object.keys(kind));
    expect(Object.keys(ACTIONS).sort()).toEqual(names.sort());
    for (const kind of KINDS) for (const [action, words] of Object.entries(kind)) expect(ACTIONS[action]).toBe(words);
  });

  it('gives a stem two actions share to the one read later', () => {
    // "inaugurated" is told by both opening and taking office; taking office is read later.
    expect(actionOfWord('inaugurated')).toBe('sworn');
  });
});
