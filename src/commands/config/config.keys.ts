// The settings a user may change, by the name they type: shared by the flag parsing (config.command.ts) and
// the run (config.run.ts), which the command module loads lazily and must not import back.

export const SETTING_KEYS = ['warn-days', 'exec'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
