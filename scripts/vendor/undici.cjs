// The part of undici leb uses: the Agent (its pools, HTTP/1.1 clients and connector) and the request() API on
// every dispatcher. undici's index also loads fetch, WebSocket, the mock and cache layers and more, and one of
// them reads globalThis.Headers, which makes Node load its own copy of undici: together about 60 ms of every
// run that talks HTTP (ARCHITECTURE.md, "Start-up").
'use strict';

const Dispatcher = require('undici/lib/dispatcher/dispatcher');
const Agent = require('undici/lib/dispatcher/agent');

// What undici's index does for its exports: request() and friends become methods of every dispatcher.
Object.assign(Dispatcher.prototype, require('undici/lib/api'));

module.exports = { Agent };
