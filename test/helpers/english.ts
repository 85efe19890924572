// Finds English left behind in text meant to be Chinese: runs of Latin letters that are not flags, commands,
// environment variables, identifiers, data values or proper names.

/** Values a person types or reads as data (plan ids, states, setting names, tools), not sentences. */
const LITERALS = [
  'monthly', 'quarterly', 'yearly', 'on', 'off', 'https', 'localhost', 'printf', 'latency', 'stall', 'exec', 'shell',
  'iCalendar', 'ics', 'status', 'check', 'garble', 'active', 'grace', 'expired', 'recycled', 'inactive', 'unknown',
  // history --by's one unit
  'month',
  // a marker passed where a number is expected
  'NaN',
];

/**
 * English that may stay in a Chinese sentence: flags, commands, env variables, identifiers, units and proper
 * names. Everything else that is a run of Latin letters is a word left untranslated.
 */
const ALLOWED = new RegExp(
  `https?://\\S+|\\b(?:${LITERALS.join('|')})\\b|\\b[a-z]+(?:-[a-z0-9]+)+\\b|${String.raw`--?[a-z][\w-]*|\bleb(?: [a-z][\w-]*)*|\b[A-Z][A-Z0-9_]+\b|\b(?:zh-CN|en|eSIM|SIM|JSON|CSV|HTTP|HTTPS|ICCID|API|URL|OpenAPI|Provider|sandbox|http|airalo|Airalo|reloadly|Reloadly|manual|card|keyring|Secret Service|stdin|stdout|stderr|cron|ISO|YYYY-MM-DD|Retry-After|HK\$|MB|GB|ms|s|y|N|id|ln_\w+|ord_\w+|https?:\/\/\S+|Ctrl\+C|Enter|macOS|Linux|Windows|D-Bus|PIN)\b|QQ\d+QQ|"[^"]*"|“[^”]*”|\x60[^\x60]*\x60|\{[^}]*\}`}`,
  'g',
);

export function leftoverEnglish(text: string): string[] {
  return text.replace(ALLOWED, ' ').match(/[A-Za-z]{2,}/g) ?? [];
}

