// English messages for the pay area; merged into en.ts. Keys are prefixed by their command or module.
export const payEn = {
} as const;
