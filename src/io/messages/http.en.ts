// English messages for the http area; merged into en.ts. Keys are prefixed by their command or module.
export const httpEn = {
} as const;
