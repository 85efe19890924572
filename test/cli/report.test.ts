// cli/report.ts is the one place a provider's structured error becomes words and an exit code: providers raise
// a kind, a machine code and values; this pins the words in both languages and the exit code per kind.

import { describe, expect, it } from 'vitest';
import { describeError, wordReason } from '../../src/cli/report.js';
import { ExitCode } from '../../src/errors.js';
import { messagesFor } from '../../src/io/messages/index.js';
import { AccountError } from '../../src/providers/account-error.js';
import { ProviderError, type ProviderReason } from '../../src/providers/port.js';

const en = messagesFor('en');
const zh = messagesFor('zh-CN');

describe('provider errors are worded in cli/report.ts', () => {
  it.each<[ProviderReason, string, string]>([
    [{ code: 'timed-out', seconds: 30 }, 'no answer within 30 s in total (raise it with --timeout)', '总共等待 30 秒仍无应答（可用 --timeout 调大）'],
    [{ code: 'network', failure: 'refused' }, 'cannot reach the provider (connection refused)', '无法连接提供方（连接被拒绝）'],
    [{ code: 'http-status', status: 503 }, 'the provider failed with HTTP 503', '提供方出错，HTTP 503'],
    [{ code: 'http-status', status: 404 }, 'the provider answered HTTP 404', '提供方回复 HTTP 404'],
    [{ code: 'bad-shape', field: 'amount', problem: 'not a decimal' }, 'unexpected answer at amount: not a decimal', '应答中 amount 不符合预期：not a decimal'],
    [{ code: 'said', detail: 'the carrier says no' }, 'the carrier says no', 'the carrier says no'],
  ])('%j in English and Chinese', (reason, english, chinese) => {
    expect(wordReason(en, reason)).toBe(english);
    expect(wordReason(zh, reason)).toBe(chinese);
  });

  it('a refused token words what the provider answered inside the sentence', () => {
    const reason: ProviderReason = { code: 'token-rejected', why: { code: 'http-status', status: 401 } };
    expect(wordReason(en, reason)).toBe('the provider rejected the access token even after renewing it (the provider answered HTTP 401)');
  });

  it.each([
    ['auth', ExitCode.notConfigured],
    ['unreachable', ExitCode.unreachable],
    ['bad-response', ExitCode.unreachable],
    ['refused', ExitCode.refused],
    ['unknown-outcome', ExitCode.unknownOutcome],
    ['invalid-request', ExitCode.usage],
    ['busy', ExitCode.busy],
  ] as const)('kind %s exits %i, and the message names the account', (kind, exitCode) => {
    const reported = describeError(en, new AccountError('home', new ProviderError(kind, { code: 'network', failure: 'dropped' })));
    expect(reported.exitCode).toBe(exitCode);
    expect(reported.message).toMatch(/^home: .*the connection was dropped/);
  });

  it('a keyring that cannot be asked is an auth error with a way out, in Chinese too', () => {
    const error = new AccountError('work', new ProviderError('auth', { code: 'keyring-unavailable', account: 'work', why: 'locked' }));
    const reported = describeError(zh, error);
    expect(reported.exitCode).toBe(ExitCode.notConfigured);
    expect(reported.message).toContain('work 的令牌保存在系统钥匙串中，但现在无法访问（locked）');
    expect(reported.hint).toContain('leb account login work');
  });

  it.each([
    [{ provider: 'http', endpoint: 'https://api.example.com', stored: true }, 'Log in to work again (http at https://api.example.com; labels, notes and history stay): leb account login work'],
    [{ provider: 'airalo', endpoint: 'https://partners-api.airalo.com', stored: true }, 'Log in to work again with its client secret (airalo at https://partners-api.airalo.com; labels, notes and history stay): leb account login work, or pipe the secret to leb account login work --secret-stdin'],
    [{ provider: 'reloadly', endpoint: 'https://topups.reloadly.com', stored: true }, 'Log in to work again with its client secret (reloadly at https://topups.reloadly.com; labels, notes and history stay): leb account login work, or pipe the secret to leb account login work --secret-stdin'],
    [{ provider: 'http', endpoint: 'https://api.example.com', stored: false }, 'Nothing was saved; check the credentials you gave and run the command again.'],
  ] as const)('an auth failure of %o says how to log in to that account again', (origin, hint) => {
    const reported = describeError(en, new AccountError('work', new ProviderError('auth', { code: 'credentials-rejected' }), origin));
    expect(reported).toMatchObject({ exitCode: ExitCode.notConfigured, hint });
    expect(describeError(zh, new AccountError('work', new ProviderError('auth', { code: 'credentials-rejected' }), origin)).hint).toContain(origin.stored ? 'leb account login work' : '未保存任何内容');
  });

  it('an auth failure from no named account points at the list of accounts, not at an account called "provider"', () => {
    const reported = describeError(en, new ProviderError('auth', { code: 'credentials-rejected' }));
    expect(reported.hint).not.toContain('login provider');
    expect(reported.hint).toContain('leb account list');
  });
});
