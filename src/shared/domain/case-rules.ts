// Who may do what, from which state: the permission half of the workflow, kept as one table so the
// UI can offer exactly the buttons the server will accept.
import { actorRoleLabels, jurisdictionRefusal, type Actor, type ActorRole } from './actor.ts';
import { caseActionLabels, caseActionTypes, type CaseActionType } from './case-action.ts';
import { caseStateLabels, type CaseState } from './model.ts';
import { openStates, parkableStates, type WorkflowCase } from './workflow-case.ts';
import { refusalText } from './refusals.ts';

type ActionRule = {
  readonly roles: readonly ActorRole[];
  readonly from: readonly CaseState[];
  /** A precondition beyond the state, as the refusal to show when it fails. */
  readonly requires?: (c: WorkflowCase) => string | null;
};

const noPendingExtension = (c: WorkflowCase): string | null =>
  c.pendingExtensionHours === null ? refusalText('noPendingExtension') : c.deadlineAt === null ? refusalText('noDeadlineToExtend') : null;
const noPendingPark = (c: WorkflowCase): string | null => (c.pendingParkReason === null ? refusalText('noPendingPark') : null);

/**
 * Roles follow design.md §2: intake and dispatcher file; the dispatcher dispatches, approves,
 * verifies and closes; the seat liaison works its own seat's cases; grid workers close on the spot
 * and verify on site; leaders supervise and instruct; 回访 (rating) is done by intake or dispatcher.
 * Admin configures the system and works no cases.
 */
export const caseActionRules = {
  accept: { roles: ['intake', 'dispatcher'], from: ['reported'] },
  reject: { roles: ['intake', 'dispatcher'], from: ['reported'] },
  dispatch: { roles: ['dispatcher'], from: ['filed'] },
  sign: { roles: ['seat'], from: ['dispatched'] },
  return: { roles: ['seat'], from: ['dispatched', 'signed'] },
  start: { roles: ['seat'], from: ['signed'] },
  submit: { roles: ['seat'], from: ['handling'] },
  verifyPass: { roles: ['dispatcher', 'grid-worker'], from: ['resolved'] },
  verifyFail: { roles: ['dispatcher', 'grid-worker'], from: ['resolved'] },
  close: { roles: ['dispatcher'], from: ['verified'] },
  rate: { roles: ['dispatcher', 'intake'], from: ['closed'] },
  requestExtension: {
    roles: ['seat'],
    from: parkableStates,
    requires: (c) =>
      c.pendingExtensionHours !== null ? refusalText('extensionPending') : c.deadlineAt === null ? refusalText('noDeadlineNoExtension') : null,
  },
  approveExtension: { roles: ['dispatcher'], from: parkableStates, requires: noPendingExtension },
  denyExtension: { roles: ['dispatcher'], from: parkableStates, requires: noPendingExtension },
  requestPark: {
    roles: ['seat'],
    from: parkableStates,
    requires: (c) => (c.pendingParkReason !== null ? refusalText('parkPending') : null),
  },
  approvePark: { roles: ['dispatcher'], from: parkableStates, requires: noPendingPark },
  denyPark: { roles: ['dispatcher'], from: parkableStates, requires: noPendingPark },
  recoverPark: {
    roles: ['dispatcher'],
    from: ['parked'],
    requires: (c) => (c.parkedFrom === null ? refusalText('parkedFromUnknown') : null),
  },
  supervise: { roles: ['dispatcher', 'leader'], from: openStates },
  instruct: { roles: ['leader'], from: openStates },
  selfResolve: { roles: ['grid-worker'], from: ['reported'] },
} as const satisfies Record<CaseActionType, ActionRule>;

/** Whether an account of this role may dispatch at all: the list's rows drag onto the seat board only for it. */
export const mayDispatch = (role: string): boolean => (caseActionRules.dispatch.roles as readonly string[]).includes(role);

/** Why `actor` may not take `type` on `c` as it stands, or null when it may (parameters aside). */
export function actionRefusal(c: WorkflowCase, type: CaseActionType, actor: Actor): string | null {
  const rule: ActionRule = caseActionRules[type];
  const label = caseActionLabels[type];
  if (!rule.roles.includes(actor.role)) return refusalText('roleForbids', { role: actorRoleLabels[actor.role], action: label });
  const outOfScope = jurisdictionRefusal(actor, c);
  if (outOfScope !== null) return outOfScope;
  if (!rule.from.includes(c.state)) return refusalText('stateForbids', { state: caseStateLabels[c.state], action: label });
  return rule.requires?.(c) ?? null;
}

/** The actions `actor` may take on `c` now: the buttons to show. */
export function availableActions(c: WorkflowCase, actor: Actor): CaseActionType[] {
  return caseActionTypes.filter((type) => actionRefusal(c, type, actor) === null);
}
