/**
 * The exit codes of the `beroepsgroep` command, documented in docs/cli.md:
 * scripts can tell bad usage from bad data without reading messages.
 */
export const EXIT = {
  /** Done; nothing wrong found. */
  ok: 0,
  /** The input is invalid or cannot be read, or the command found problems (validate, pitfalls). */
  problems: 1,
  /** Bad usage: an unknown command or option, a missing or malformed argument. */
  usage: 2,
  /** An unexpected failure: a bug in the command or library (EX_SOFTWARE). */
  internal: 70,
} as const;

/** One of the exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
