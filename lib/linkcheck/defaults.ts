// Named defaults of the link checker, shared by the checker, the background and the options page.

export const LINK_DEFAULTS = {
  /** Parallel requests to one host: government firewalls block bursts. */
  perHost: 4,
  /** Parallel requests overall. */
  overall: 16,
  /** No answer within this is a dead link (domain.md §5). */
  timeoutMs: 15_000,
  /** An answer slower than this needs a person. */
  slowMs: 5_000,
  /** Bytes of an HTML body read for the soft-404 check. */
  headBytes: 16 * 1024,
  /** Longest Retry-After honoured, so one server cannot stall the whole queue. */
  maxBackoffMs: 60_000,
  /** Back-off after a 429/503 that names no Retry-After. */
  defaultBackoffMs: 2_000,
  /** Pause before the one retry of a 5xx. */
  retry5xxMs: 1_000,
  /** Unread bodies up to this size are drained so the keep-alive connection is reused. */
  drainBytes: 64 * 1024,
  /** …within this time; a body slower than that is cut off. */
  drainMs: 2_000,
  /** Links a page sends for checking at most. */
  linkCap: 1_500,
  /** Least time between two request starts to one host: at most 20 a second, whatever the page sends. */
  minIntervalMs: 50,
  /** Requests to one host in one checker's life (the background's), then links are skipped. */
  perHostTotal: 5_000,
  /** Requests overall in one checker's life. */
  sessionTotal: 30_000,
} as const;
