// English messages of the reloadly provider (account add, line add on a Reloadly account, top-ups through the
// wallet, Reloadly's refusals); merged into en.ts.

export const reloadlyEn = {
  'help.line.country': 'for a number whose calling code several countries share (+1): its ISO country, e.g. US',
  'help.account.environment': 'reloadly only: live (default) or test, Reloadly\'s test environment with its own credentials',
  'help.account.authEndpoint': 'reloadly only: the origin tokens are asked from (default https://auth.reloadly.com)',
  'reloadly.clientIdMissing': 'missing --client-id: the client id of your Reloadly API credentials',
  'reloadly.secretMissing': 'missing the client secret: pipe it with --secret-stdin',
  'reloadly.wrongFlags': '--login, --password-stdin and --token-stdin are for http accounts; a reloadly account takes --client-id and --secret-stdin',
  'reloadly.flagsForReloadly': '--environment and --auth-endpoint are for reloadly accounts (--provider reloadly)',
  'reloadly.walletTooLow': 'your Reloadly wallet is too low for this top-up: add funds to the wallet, then run the same command again',
  'reloadly.recentlyRecharged': (number: string, seconds: number) => `${number} was recharged moments ago and Reloadly refuses another for about ${Math.ceil(seconds / 60)} minutes: try again after that`,
  'reloadly.invalidNumber': (number: string) => `Reloadly says ${number} is not a valid number for its operator`,
  'reloadly.operatorNotSupported': (number: string) => `Reloadly cannot top up the operator of ${number}`,
  'reloadly.operatorNotDetected': (line: string) => `the operator of ${line} is not known yet: add the line again with leb line add`,
  'reloadly.operatorChanged': (line: string, was: string, now: string, carrier: string) =>
    `${line} has moved from ${was} to ${now}, which the carrier rule ${carrier} does not fit; nothing was sent. Check the line with the carrier, then remove it and add it again with the right --carrier`,
  'reloadly.topupOnly': (carrier: string, plan: boolean) =>
    plan
      ? `Reloadly delivers airtime and cannot buy ${carrier}'s plan: top up the plan's price with leb topup, then buy the plan in the carrier's app`
      : `lines on Reloadly are kept by topping up: use leb topup`,
  'reloadly.sides': (delivered: string, charged: string) => `${delivered} delivered, about ${charged} from your Reloadly wallet`,
  'reloadly.wallet': (balance: string) => `wallet ${balance}`,
  'reloadly.detecting': (number: string) => `Asking Reloadly which operator ${number} is on…`,
  'reloadly.detected': (number: string, operator: string) => `Reloadly detected ${number} on ${operator}`,
  'reloadly.pickCarrier': (operator: string, candidates: string) =>
    candidates ? `which keep-number rule does ${operator} follow? Say it with --carrier (${candidates})` : `leb's catalogue has no carrier for ${operator}: say which rule the line follows with --carrier (leb carriers lists them; add one in carriers.json)`,
  'reloadly.carrierMismatch': (carrier: string, operator: string) => `--carrier ${carrier} is not ${operator}, the operator Reloadly detected; leb carriers lists the carriers of each country`,
  'reloadly.needCountry': (number: string) => `leb cannot tell the country of ${number} from its calling code: add --country <ISO code>, e.g. --country US`,
  'reloadly.badCountry': (value: string) => `--country "${value}" is not a two-letter ISO country code, e.g. HK`,
  'reloadly.badEnvironment': (value: string) => `--environment "${value}" is not one of live, test`,
};
