// Which catalogue carriers an operator could be, from the name a top-up network gives it ("China Mobile Hong
// Kong", "giffgaff United Kingdom"): the carriers of the same country whose brand the name contains. leb
// proposes the only match and asks (`--carrier`) when there are several or none: it never guesses a rule.

import type { Carrier } from './types.js';

/** Brand words of the built-in carriers; a user's own carriers match by the words of their name. */
const BRANDS: Readonly<Record<string, RegExp>> = {
  'cmhk-prepaid': /china\s*mobile|\bcmhk\b/i,
  'csl-rechargeable': /\bcsl\b|\bpccw\b|\bhkt\b/i,
  'smartone-valuegb': /smar\s*tone/i,
  '3hk-hahasim': /\bthree\b|\b3\s*(hk|hong\s*kong)\b|hutchison/i,
  clubsim: /club\s*sim/i,
  giffgaff: /giffgaff/i,
  'vodafone-uk-payg': /vodafone/i,
};

function nameWords(carrier: Carrier): RegExp {
  const words = carrier.name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !['prepaid', 'sim', 'card', 'mobile', 'payg', 'the'].includes(w));
  return words.length === 0 ? /$^/ : new RegExp(`\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
}

export function carriersForOperator(catalogue: readonly Carrier[], operatorName: string, country: string | null): Carrier[] {
  return catalogue.filter((carrier) => {
    if (country !== null && carrier.country !== country) return false;
    const brand = BRANDS[carrier.id] ?? nameWords(carrier);
    return brand.test(operatorName);
  });
}
