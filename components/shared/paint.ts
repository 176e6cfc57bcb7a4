/**
 * Resolves after the next frame has been painted, or after 100 ms where frames are paused (a
 * hidden page). Used before work that holds the main thread (decoding 100,000 findings), so what
 * is already rendered shows first.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
