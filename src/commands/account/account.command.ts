import { Option, type Command } from 'commander';
import { withExamples, type Dispatch } from '../invocation.js';
import type { Messages } from '../../io/messages/index.js';
import type { ProviderKind } from '../../providers/port.js';
import { help } from '../../io/messages/help-keys.js';

export interface AccountAddOptions {
  name: string;
  provider: ProviderKind | null;
  endpoint: string | null;
  login: string | null;
  passwordStdin: boolean;
  tokenStdin: boolean;
  /** Airalo partner credentials: the client id, and the secret read from stdin. */
  clientId: string | null;
  secretStdin: boolean;
  /** Reloadly: which of its environments (live or test), and the origin tokens come from. */
  environment: string | null;
  authEndpoint: string | null;
}

export interface AccountLoginOptions {
  name: string;
  login: string | null;
  passwordStdin: boolean;
  tokenStdin: boolean;
  /** Airalo and Reloadly accounts: another client id (default: the stored one), and the new secret from stdin. */
  clientId: string | null;
  secretStdin: boolean;
}

export interface AccountListOptions {
  /** --wide: every column in full, however wide the terminal. */
  wide: boolean;
}

export interface AccountNameOptions {
  name: string;
}

export function toAccountAddOptions(
  name: string,
  raw: { provider?: ProviderKind; endpoint?: string; login?: string; passwordStdin?: boolean; tokenStdin?: boolean; clientId?: string; secretStdin?: boolean; environment?: string; authEndpoint?: string },
): AccountAddOptions {
  return {
    name,
    provider: raw.provider ?? null,
    endpoint: raw.endpoint ?? null,
    login: raw.login ?? null,
    passwordStdin: raw.passwordStdin === true,
    tokenStdin: raw.tokenStdin === true,
    clientId: raw.clientId ?? null,
    secretStdin: raw.secretStdin === true,
    environment: raw.environment ?? null,
    authEndpoint: raw.authEndpoint ?? null,
  };
}

export function defineAccount(program: Command, t: Messages, dispatch: Dispatch): void {
  const account = program.command('account').description(help['help.account']);
  withExamples(account, t, ['leb account add demo --provider sandbox', 'leb account list', 'leb account use demo', 'leb account login hk-main']);

  const add = account
    .command('add')
    .description(help['help.account.add'])
    .argument('<name>')
    .addOption(new Option('--provider <kind>', help['help.account.provider']).choices(['sandbox', 'http', 'airalo', 'reloadly']))
    .option('--endpoint <url>', help['help.account.endpoint'])
    .option('--login <id>', help['help.account.login'])
    .addOption(new Option('--password-stdin', help['help.account.passwordStdin']).conflicts('tokenStdin'))
    .option('--token-stdin', help['help.account.tokenStdin'])
    .option('--client-id <id>', help['help.account.clientId'])
    .option('--secret-stdin', help['help.account.secretStdin'])
    .option('--environment <live|test>', help['help.account.environment'])
    .option('--auth-endpoint <url>', help['help.account.authEndpoint'])
    .action((name: string, raw, cmd: Command) =>
      dispatch({ name: 'account add', options: toAccountAddOptions(name, raw), load: async () => (await import('./add.run.js')).runAccountAdd }, cmd),
    );
  withExamples(add, t, [
    'leb account add demo --provider sandbox',
    'printf %s "$PASSWORD" | leb account add hk-main --provider http --endpoint https://api.example.com --login me --password-stdin',
    'printf %s "$AIRALO_SECRET" | leb account add fleet --provider airalo --client-id "$AIRALO_CLIENT_ID" --secret-stdin',
    'printf %s "$RELOADLY_SECRET" | leb account add rl --provider reloadly --client-id "$RELOADLY_CLIENT_ID" --secret-stdin',
  ]);

  const login = account
    .command('login')
    .description(help['help.account.login.cmd'])
    .argument('<name>')
    .option('--login <id>', help['help.account.login'])
    .addOption(new Option('--password-stdin', help['help.account.passwordStdin']).conflicts('tokenStdin'))
    .option('--token-stdin', help['help.account.tokenStdin'])
    .option('--client-id <id>', help['help.account.clientId'])
    .option('--secret-stdin', help['help.account.secretStdin'])
    .action((name: string, raw: { login?: string; passwordStdin?: boolean; tokenStdin?: boolean; clientId?: string; secretStdin?: boolean }, cmd: Command) =>
      dispatch<AccountLoginOptions>(
        {
          name: 'account login',
          options: {
            name,
            login: raw.login ?? null,
            passwordStdin: raw.passwordStdin === true,
            tokenStdin: raw.tokenStdin === true,
            clientId: raw.clientId ?? null,
            secretStdin: raw.secretStdin === true,
          },
          load: async () => (await import('./login.run.js')).runAccountLogin,
        },
        cmd,
      ),
    );
  withExamples(login, t, [
    'leb account login hk-main',
    'printf %s "$PASSWORD" | leb account login hk-main --password-stdin',
    'printf %s "$AIRALO_SECRET" | leb account login fleet --secret-stdin',
  ]);

  const list = account
    .command('list')
    .alias('ls')
    .description(help['help.account.list'])
    .option('--wide', help['help.opt.wide'])
    .action((raw: { wide?: boolean }, cmd: Command) =>
      dispatch<AccountListOptions>({ name: 'account list', options: { wide: raw.wide === true }, load: async () => (await import('./list.run.js')).runAccountList }, cmd),
    );
  withExamples(list, t, ['leb account list', 'leb account list --json', 'leb account list --wide']);

  const use = account
    .command('use')
    .description(help['help.account.use'])
    .argument('<name>')
    .action((name: string, _raw, cmd: Command) =>
      dispatch<AccountNameOptions>({ name: 'account use', options: { name }, load: async () => (await import('./use.run.js')).runAccountUse }, cmd),
    );
  withExamples(use, t, ['leb account use hk-main']);

  const remove = account
    .command('remove')
    .alias('rm')
    .description(help['help.account.remove'])
    .argument('<name>')
    .action((name: string, _raw, cmd: Command) =>
      dispatch<AccountNameOptions>({ name: 'account remove', options: { name }, load: async () => (await import('./remove.run.js')).runAccountRemove }, cmd),
    );
  withExamples(remove, t, ['leb account remove demo', 'leb account remove demo --yes']);
}
