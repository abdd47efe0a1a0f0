import { formatPath, safeParseScenario, type Scenario, type ScenarioIssue } from "../index.js";
import { nl, type NlDocumentName } from "../nl/index.js";
import { inputError, usageError } from "./errors.js";
import type { Io } from "./io.js";

/** A scenario and where it came from: a file path or `nl:NAME`. */
export interface Loaded {
  readonly source: string;
  readonly scenario: Scenario;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** Reads a file as text (`-` is standard input), turning system errors into plain messages. */
export function readText(file: string, io: Io): string {
  try {
    return file === "-" ? io.readStdin() : io.readFile(file);
  } catch (error) {
    const code = errorCode(error);
    const why =
      code === "ENOENT" ? "no such file"
      : code === "EISDIR" ? "it is a directory"
      : code === "EACCES" ? "permission denied"
      : error instanceof Error ? error.message : String(error);
    throw inputError(`cannot read ${file}: ${why}`);
  }
}

/** Reads and parses a JSON file (`-` is standard input); one leading UTF-8 byte-order mark, as some editors write, is dropped. */
export function readJson(file: string, io: Io): unknown {
  const read = readText(file, io);
  const text = read.startsWith("\uFEFF") ? read.slice(1) : read;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** One issue as a line: where, what, and its code; the path is not repeated when the message starts with it. */
export function issueLine(issue: ScenarioIssue): string {
  const where = formatPath(issue.path);
  return `${where}: ${withoutPath(issue.message)} [${issue.code}]`;
}

/** A message without the path it may start with, since the line shows the path first. */
export function withoutPath(message: string): string {
  return message.replace(/^(\(root\)|[\w$-]+(\[\d+\]|\.[\w$-]+)*): /, "");
}

/** The issues of a scenario as indented lines. */
export function issueLines(issues: readonly ScenarioIssue[]): string[] {
  return issues.map((issue) => `  ${issueLine(issue)}`);
}

/** Reads and validates a scenario file. */
export function loadScenarioFile(file: string, io: Io): Loaded {
  const result = safeParseScenario(readJson(file, io));
  if (!result.success) {
    const n = result.error.issues.length;
    throw inputError([`${file} is not a valid scenario: ${n} problem${n === 1 ? "" : "s"}`, ...issueLines(result.error.issues)].join("\n"));
  }
  return { source: file, scenario: result.data };
}

/** The names of the embedded Dutch scenarios. */
export function datasetNames(): readonly NlDocumentName[] {
  return nl.documentNames;
}

/** One embedded Dutch scenario by name. */
export function datasetScenario(name: string, command: string): Loaded {
  const names = datasetNames();
  const known = names.find((n) => n === name);
  if (known === undefined) throw usageError(`unknown --scenario ${JSON.stringify(name)}; expected one of ${names.join(", ")}`, command);
  return { source: `nl:${known}`, scenario: nl.scenario(known) };
}

/** The scenario a command works on: the file given, else the embedded one named by `--scenario` (coordination by default). */
export function loadScenario(file: string | undefined, name: string | undefined, io: Io, command: string): Loaded {
  if (file !== undefined && name !== undefined) throw usageError("give a FILE or --scenario, not both", command);
  return file === undefined ? datasetScenario(name ?? "coordination", command) : loadScenarioFile(file, io);
}
