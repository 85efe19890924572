// How an on/off environment variable (CI, LEB_DEBUG, LEB_NO_INPUT, LEB_NO_KEYRING) reads: set and not
// empty, "0" or "false" means on. Pure, so the terminal side (io/) and the disk side (store/) share it.

export function isTruthyEnv(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
