// commander's own usage errors, in the user's language. commander writes them in English with the values in
// single quotes; the code says which error it is and the quoted values are all a message needs.

import type { CommanderError } from 'commander';
import type { Messages } from '../io/messages/index.js';

/** The values commander quoted, in order. */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] as string);
}

/** "(Did you mean status?)" or "(Did you mean one of a, b?)" → the names suggested. */
function suggested(message: string): string[] {
  const match = /\(Did you mean (?:one of )?(.*)\?\)/.exec(message);
  return match ? (match[1] as string).split(', ') : [];
}

export function wordCommanderError(t: Messages, error: CommanderError): string {
  const message = error.message.replace(/^error: /, '');
  const [first = '', second = ''] = quoted(message);
  const suggestion = suggested(message);
  const didYouMean = suggestion.length > 0 ? ` ${t['usage.didYouMean'](suggestion.join(t['usage.or']))}` : '';
  switch (error.code) {
    case 'commander.unknownCommand':
      return t['error.unknownCommand'](first) + didYouMean;
    case 'commander.unknownOption':
      return t['error.unknownOption'](first) + didYouMean;
    case 'commander.missingArgument':
      return t['usage.missingArgument'](first);
    case 'commander.optionMissingArgument':
      return t['usage.optionMissingArgument'](first);
    case 'commander.missingMandatoryOptionValue':
      return t['usage.missingOption'](first);
    case 'commander.excessArguments':
      return t['usage.excessArguments'](first || 'leb');
    case 'commander.conflictingOption':
      return t['usage.conflictingOption'](first, second);
    case 'commander.invalidArgument': {
      // Our own parsers word their reason already; commander's choices are listed after "Allowed choices are".
      const reason = message.replace(/^option '[^']*' argument '[^']*' is invalid\. /, '');
      const choices = /^Allowed choices are (.*)\.$/.exec(reason);
      return t['usage.invalidArgument'](first, second, choices ? t['usage.choices'](choices[1] as string) : reason);
    }
    default:
      return message;
  }
}
