export type Region = 'north_america' | 'latin_america' | 'europe' | 'middle_east_africa' | 'apac';

const REGIONS: Record<Region, string[]> = {
  north_america: ['US', 'CA'],
  latin_america: ['MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'UY'],
  europe: [
    'GB',
    'UK',
    'IE',
    'DE',
    'FR',
    'NL',
    'BE',
    'LU',
    'AT',
    'CH',
    'IT',
    'ES',
    'PT',
    'SE',
    'NO',
    'DK',
    'FI',
    'IS',
    'PL',
    'CZ',
    'SK',
    'HU',
    'RO',
    'BG',
    'GR',
    'EE',
    'LV',
    'LT',
    'SI',
    'HR',
  ],
  middle_east_africa: ['AE', 'SA', 'IL', 'TR', 'EG', 'ZA', 'NG', 'KE', 'MA', 'QA'],
  apac: ['AU', 'NZ', 'JP', 'CN', 'HK', 'TW', 'KR', 'SG', 'IN', 'ID', 'MY', 'TH', 'VN', 'PH'],
};

const BY_COUNTRY = new Map(
  Object.entries(REGIONS).flatMap(([region, codes]) => codes.map((c) => [c, region as Region])),
);

/** Sales region of an ISO country code; 'other' for codes not listed, null when missing. */
export function regionFromCountry(country: string | null | undefined): Region | 'other' | null {
  const code = country?.trim().toUpperCase();
  if (!code) return null;
  return BY_COUNTRY.get(code) ?? 'other';
}
