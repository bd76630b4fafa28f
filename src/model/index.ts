export type * from './document.js';
export type * from './analysis.js';
export type * from './story.js';
export { CrosscheckError } from './error.js';
