import { describe, expect, it } from 'vitest';
import { leadMetadata, leadMetadataText, mergeLeadMetadata } from './leadMetadata';

describe('lead metadata', () => {
  it('reads text fields, and nothing from metadata that is not an object', () => {
    expect(leadMetadataText({ company: 'Acme', employees: 40 }, 'company')).toBe('Acme');
    expect(leadMetadataText({ company: 'Acme', employees: 40 }, 'employees')).toBeNull();
    expect(leadMetadataText(['Acme'], 'company')).toBeNull();
    expect(leadMetadata(null)).toEqual({});
  });

  it('keeps stored keys an edit leaves out, and lets company and title win over metadata', () => {
    const merged = mergeLeadMetadata(
      { company: 'Old', domain: 'acme.example' },
      { company: 'New', metadata: { company: 'Ignored', industry: 'saas' } },
    );

    expect(merged).toEqual({ company: 'New', domain: 'acme.example', industry: 'saas' });
  });
});
