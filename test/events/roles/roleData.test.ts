// The argument-role cue words (data/events/roles.json): valid against their schema, folded on load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLES_FILE, roleData, roleDataProblems } from '../../../src/events/roleData.js';

describe('roles.json', () => {
  it('the built-in file is valid', () => {
    expect(roleDataProblems(JSON.parse(readFileSync(ROLES_FILE, 'utf8')))).toEqual([]);
  });

  it('a problem names its place in the file', () => {
    const bad = { ...JSON.parse(readFileSync(ROLES_FILE, 'utf8')), complementizers: ['أن ما'] };
    expect(roleDataProblems(bad)).toEqual(['field complementizers.0: must match pattern "^\\S+$"']);
  });

  it('words are folded; longer descriptions first', () => {
    const rd = roleData();
    expect(rd.speakerPronouns.get('انه')).toBe('masculine');
    expect(rd.descriptions[0].words.length).toBeGreaterThan(rd.descriptions[rd.descriptions.length - 1].words.length);
  });
});
