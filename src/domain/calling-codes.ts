// The country of a phone number from its E.164 calling code, for providers that ask for it (Reloadly's
// operator detection takes the number and its ISO country). Only codes that name one country are listed: +1
// (the North American plan) and +7 are shared, so those numbers need the country said (`--country`).
// Source: ITU-T E.164 assigned country codes (docs/reloadly.md).

const CODES: Readonly<Record<string, string>> = {
  '20': 'EG', '27': 'ZA', '30': 'GR', '31': 'NL', '32': 'BE', '33': 'FR', '34': 'ES', '36': 'HU', '39': 'IT',
  '40': 'RO', '41': 'CH', '43': 'AT', '44': 'GB', '45': 'DK', '46': 'SE', '47': 'NO', '48': 'PL', '49': 'DE',
  '51': 'PE', '52': 'MX', '53': 'CU', '54': 'AR', '55': 'BR', '56': 'CL', '57': 'CO', '58': 'VE',
  '60': 'MY', '61': 'AU', '62': 'ID', '63': 'PH', '64': 'NZ', '65': 'SG', '66': 'TH',
  '81': 'JP', '82': 'KR', '84': 'VN', '86': 'CN', '90': 'TR', '91': 'IN', '92': 'PK', '93': 'AF', '94': 'LK', '95': 'MM',
  '212': 'MA', '233': 'GH', '234': 'NG', '254': 'KE', '255': 'TZ', '256': 'UG',
  '351': 'PT', '352': 'LU', '353': 'IE', '358': 'FI',
  '852': 'HK', '853': 'MO', '855': 'KH', '856': 'LA', '880': 'BD', '886': 'TW',
  '960': 'MV', '961': 'LB', '962': 'JO', '965': 'KW', '966': 'SA', '971': 'AE', '972': 'IL', '974': 'QA', '977': 'NP',
};

/** ISO 3166-1 alpha-2 of an E.164 number ("+85291234567" → "HK"), or null when its code is shared or unlisted. */
export function countryOfNumber(e164: string): string | null {
  const digits = e164.replace(/^\+/, '');
  for (const length of [3, 2, 1]) {
    const country = CODES[digits.slice(0, length)];
    if (country !== undefined) return country;
  }
  return null;
}
