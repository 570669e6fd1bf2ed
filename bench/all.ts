// npm run bench [-- --json]: the engine's costs (run.ts), then the command line's (cli.ts); with
// --json, one JSON line each.
import './run.js';
import './cli.js';
