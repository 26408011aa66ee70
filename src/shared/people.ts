// Who may see a grid worker's phone number: the desks that call people out
// (intake, dispatch) and admins. Everyone else sees it masked.
import type { ActorRole } from './domain/actor.ts';

const SEES_PHONES: readonly ActorRole[] = ['intake', 'dispatcher', 'admin'];

export const canSeePhones = (role: ActorRole): boolean => SEES_PHONES.includes(role);

/** 13812345678 → 138****5678 */
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');
