/** Where things are in the content folder. */

/** Files under this folder are the learner's own: never committed, never built. */
export const PRIVATE_DIR = 'private/';
