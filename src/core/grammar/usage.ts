import { usageMaker } from '../i18n/error-texts.ts';
import { grammarErrorsEn } from '../i18n/grammar-errors-en.ts';

/**
 * The grammar's UsageError: `usage('unknownOptionDidYouMean', '--memroy', 'vm create', 'memory')`. Its
 * text is English; `said` lets the reply be told in the thread's language.
 */
export const usage = usageMaker(grammarErrorsEn);
