// npm run bench [-- --json]: the engine's costs (run.ts), then the command line's (cli.ts), then the
// reader's wait in the browsers (browser.ts), one after the other; with --json, one JSON line each.
export {};
await import('./run.js');
await import('./cli.js');
await import('./browser.js');
