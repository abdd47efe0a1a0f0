import { EXIT, type ExitCode } from "./exit-codes.js";

/** A failure the command reports in one message and an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
    /** The subcommand whose `--help` the message should point to, if any. */
    readonly helpFor?: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Bad usage: exit code 2, with a pointer to `--help`. */
export function usageError(message: string, command?: string): CliError {
  return new CliError(message, EXIT.usage, command ?? "");
}

/** Input that cannot be read or used: exit code 1. */
export function inputError(message: string): CliError {
  return new CliError(message, EXIT.problems);
}
