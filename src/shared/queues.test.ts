import { describe, expect, it } from 'vitest';
import { offeredQueue, queueLabelKey, workQueueIds, workQueuesFor } from './queues.ts';

describe('the queues a role is offered', () => {
  it('spares a seat the queues before dispatch, which never hold its department\'s cases', () => {
    expect(workQueuesFor('seat')).not.toContain('intake');
    expect(workQueuesFor('seat')).not.toContain('dispatch');
    expect(workQueuesFor('seat')).toContain('sign');
    expect(workQueuesFor('dispatcher')).toEqual(workQueueIds);
    expect(workQueuesFor(undefined)).toEqual(workQueueIds);
  });

  it('names a seat\'s 待审批 as its own requests, awaiting the dispatcher', () => {
    expect(queueLabelKey('approve', 'seat')).toBe('queueOwn.approve');
    expect(queueLabelKey('approve', 'dispatcher')).toBe('queue.approve');
    expect(queueLabelKey('sign', 'seat')).toBe('queue.sign');
  });

  it('opens 全部 for a linked queue the role is not offered, and any figure list as linked', () => {
    expect(offeredQueue('intake', 'seat')).toBe('all');
    expect(offeredQueue('sign', 'seat')).toBe('sign');
    expect(offeredQueue('unfinished', 'seat')).toBe('unfinished');
    expect(offeredQueue('intake', 'dispatcher')).toBe('intake');
    expect(offeredQueue('intake', undefined)).toBe('intake');
  });
});
