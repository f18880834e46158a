/** File names, paths and texts as the CLI prints them: see main/util/printable.ts (the exports use it too). */
export { printable, tabLine } from '../util/printable.js';
