/** The HTTP surface: the Hono app (API + UI) and a starter for a Node server. */
export { createApp, SERVER, type AppOptions } from './app.js';
export { startServer, type StartOptions } from './start.js';
export { OPENAPI } from './openapi.js';
