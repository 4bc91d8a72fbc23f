import { progressEn } from './progress-en.ts';
import { lineMaker } from './progress-text.ts';

/**
 * A progress line from the English catalogue, with the `said` that lets the thread tell it in the
 * request's language: `{ ...progressLine('starting', vm.name, node), vm: vm.name }`.
 */
export const progressLine = lineMaker(progressEn);
