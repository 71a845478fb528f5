import { describe, expect, it } from 'vitest';
import { validateNewLead } from './validateNewLead';

describe('validateNewLead', () => {
  it('accepts a name and a source, with email and company left empty', () => {
    expect(validateNewLead({ name: 'Ada', email: '', company: '', source: 'website' })).toEqual({});
  });

  it('asks for a name and a source', () => {
    expect(validateNewLead({ name: ' ', email: '', company: '', source: '' })).toEqual({
      name: 'A lead needs a name.',
      source: 'Pick where the lead came from.',
    });
  });

  it('refuses text over the schema limits', () => {
    const errors = validateNewLead({
      name: 'x'.repeat(121),
      email: '',
      company: 'c'.repeat(201),
      source: 'website',
    });
    expect(errors.name).toMatch(/120 characters/);
    expect(errors.company).toMatch(/200 characters/);
  });
});
