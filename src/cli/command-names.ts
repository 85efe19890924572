// The top-level commands by name, in the order help lists them: src/cli/program.ts defines one per name, and
// src/start/start.ts keeps one start-up code cache of the bundle per command (each command compiles its own
// part of it), so it must know the names without loading the bundle.

export const COMMAND_NAMES = [
  'status',
  'plans',
  'topup',
  'renew',
  'history',
  'reconcile',
  'check',
  'remind',
  'line',
  'carriers',
  'keep',
  'autopilot',
  'config',
  'account',
  'sandbox',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];
