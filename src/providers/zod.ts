// zod as the providers' wire schemas use it: import { z } from here, not from 'zod', so every schema parses the
// same way in tests and in the built binary.

import { z } from 'zod';

// zod turns each object schema into a function built with `new Function` when it first parses with it. V8's
// start-up code cache cannot keep such code, so every run paid for that compile again: about 40 ms of a run
// that reads one provider (ARCHITECTURE.md, "Start-up"). leb parses a handful of answers per run, where
// zod's interpreted parsing is no slower.
z.config({ jitless: true });

export { z };
