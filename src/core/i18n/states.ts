import type { Language } from '../../domain/language.ts';
import type { RequestState } from '../../domain/request.ts';

const STATES: Readonly<Record<Language, Readonly<Record<RequestState, string>>>> = {
  en: {
    received: 'received',
    planning: 'planning',
    awaiting_approval: 'awaiting approval',
    approved: 'approved',
    applying: 'applying',
    configuring: 'configuring',
    succeeded: 'succeeded',
    rejected: 'rejected',
    expired: 'expired',
    cancelled: 'cancelled',
    failed: 'failed',
    rolled_back: 'rolled back',
  },
  it: {
    received: 'ricevuta',
    planning: 'in pianificazione',
    awaiting_approval: 'in attesa di approvazione',
    approved: 'approvata',
    applying: 'in applicazione',
    configuring: 'in configurazione',
    succeeded: 'completata',
    rejected: 'rifiutata',
    expired: 'scaduta',
    cancelled: 'annullata',
    failed: 'fallita',
    rolled_back: 'annullata con rollback',
  },
};

/** A request state as people read it: `awaiting approval`, `in attesa di approvazione`. */
export function stateName(language: Language, state: RequestState): string {
  return STATES[language][state];
}
