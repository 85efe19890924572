declare const __LEB_VERSION__: string | undefined;

/** Set by the bundler from package.json; tests run from source see the dev marker. */
export const VERSION: string = typeof __LEB_VERSION__ === 'string' ? __LEB_VERSION__ : '0.0.0-dev';
