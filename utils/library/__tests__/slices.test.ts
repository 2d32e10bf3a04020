import { describe, expect, it } from 'vitest';
import { runInSlices, yieldToMain } from '../slices';

/** Steps that each advance a fake clock by `cost`, logging what ran. */
function* counting(n: number, clock: { t: number }, cost: number, log: string[]): Generator<void, string, void> {
  for (let i = 0; i < n; i++) {
    clock.t += cost;
    log.push(`step ${i}`);
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('runs every step and gives the thread back once a slice has used its budget', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const result = await runInSlices(counting(10, clock, 3, log), {
      budgetMs: 8,
      now: () => clock.t,
      yieldNow: async () => void log.push('yield'),
    });
    expect(result).toBe('done');
    // 3 ms a step: the budget of 8 is used after the third step of each slice.
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'yield', 'step 3', 'step 4', 'step 5', 'yield', 'step 6', 'step 7', 'step 8', 'yield', 'step 9']);
  });

  it('never yields for work within one budget, and passes on a step that throws', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    expect(await runInSlices(counting(2, clock, 1, log), { now: () => clock.t, yieldNow: async () => void log.push('yield') })).toBe('done');
    expect(log).toEqual(['step 0', 'step 1']);
    function* failing(): Generator<void, never, void> {
      yield;
      throw new Error('bad record');
    }
    await expect(runInSlices(failing())).rejects.toThrow('bad record');
  });

});

describe('yieldToMain', () => {
  it('resolves in a later task, not in a microtask', async () => {
    let resolved = false;
    const yielded = yieldToMain().then(() => (resolved = true));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(resolved).toBe(false);
    await yielded;
    expect(resolved).toBe(true);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const g = globalThis as { scheduler?: unknown };
    const before = g.scheduler;
    let asked = 0;
    g.scheduler = { yield: () => (asked++, Promise.resolve()) };
    try {
      await yieldToMain();
      expect(asked).toBe(1);
    } finally {
      g.scheduler = before;
    }
  });
});
