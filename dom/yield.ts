/**
 * Give the event loop a turn between slices of work, so input and rendering
 * are never blocked for long: `scheduler.yield()` where the browser has it
 * (keeps our priority), else a MessageChannel macrotask (no 4 ms timer clamp).
 */
export type YieldFn = () => Promise<void>;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function createYield(win: Window | null): YieldFn {
  const scheduler = (win as { scheduler?: SchedulerLike } | null)?.scheduler;
  const nativeYield = scheduler?.yield;
  if (scheduler && typeof nativeYield === 'function') {
    return () => nativeYield.call(scheduler);
  }
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}
