// The public API of the domain: import from here, not from the files behind it.
export * from './model.ts';
export * from './actor.ts';
export * from './case-action.ts';
export * from './case-event.ts';
export * from './workflow-case.ts';
export * from './case.ts';
export * from './case-rules.ts';
export * from './case-workflow.ts';
export * from './work-calendar.ts';
export * from './sla.ts';
export * from './kpi.ts';
export { canonicalJson, type JsonValue } from './canonical-json.ts';
export { sha256Hex } from './sha256.ts';
export * from './refusals.ts';
