// Airalo's published OpenAPI fragments (../spec/*.yml) as the judge of every request leb sends to the stand-in;
// the judging itself is shared with the other providers' stand-ins (test/helpers/openapi-judge.ts).

import { OpenApiJudge, type SpecRequest } from '../../../helpers/openapi-judge.js';

export { decodeBody } from '../../../helpers/openapi-judge.js';

const judge = new OpenApiJudge(new URL('../spec/', import.meta.url));

export const findRoute = (method: string, path: string) => judge.findRoute(method, path);
export const specViolations = (request: SpecRequest): string[] => judge.violations(request);
export const specExample = (operationId: string, status: string, summaryOrKey: string): unknown => judge.example(operationId, status, summaryOrKey);
