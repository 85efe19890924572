// English messages for the watch area; merged into en.ts. Keys are prefixed by their command or module.
export const watchEn = {
} as const;
