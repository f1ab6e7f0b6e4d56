/**
 * GitHub Actions workflow commands (`scan --format github`), for running the CLI in a workflow
 * step without the action: one `::error|warning|notice file=…,line=…::message` per annotation
 * (core/annotate.ts: the weak units on their `[Service]` line, weak lines, open findings). Properties and message are escaped exactly
 * as @actions/core escapes them, so a message with `%`, `:`, `,` or a newline arrives whole.
 */
import { orderAnnotations, type UnitAnnotation } from "../annotate.js";

/** @actions/core's escapeData: the message after `::`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** @actions/core's escapeProperty: a value in `key=value,…`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface CommandProperties {
  readonly title: string;
  readonly file: string;
  readonly line: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly endColumn?: number;
}

/**
 * `::command key=value,…::message`, as the runner parses it and as @actions/core writes it: the
 * properties in their order, empty ones (undefined, "", 0) left out, values that are not text as
 * JSON.
 */
export function commandLine(
  command: string,
  properties: Readonly<Record<string, unknown>>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(typeof v === "string" ? v : JSON.stringify(v))}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

/** One annotation, properties in @actions/core's order (title, file, line, endLine, col, endColumn). */
export function workflowCommand(
  command: "error" | "warning" | "notice",
  p: CommandProperties,
  message: string,
): string {
  return commandLine(
    command,
    {
      title: p.title,
      file: p.file,
      line: p.line,
      endLine: p.endLine,
      col: p.col,
      endColumn: p.endColumn,
    },
    message,
  );
}

const COMMAND = { failure: "error", warning: "warning", notice: "notice" } as const;

/** The workflow command of one annotation (core/annotate.ts), the rule id at the end of its message. */
export function annotationCommand(a: UnitAnnotation): string {
  const title = a.kind === "finding" ? `harden-units: ${a.rule}` : a.title;
  return workflowCommand(
    COMMAND[a.level],
    {
      title,
      file: a.path,
      line: a.line,
      endLine: a.endLine,
      ...(a.column !== undefined && { col: a.column, endColumn: a.endColumn }),
    },
    `${a.message} [${a.rule}]`,
  );
}

/** Workflow commands for a run's annotations, in their order (unit annotations first: the runner shows 10 per level). */
export function githubCommands(annotations: readonly UnitAnnotation[]): string[] {
  return orderAnnotations(annotations).map(annotationCommand);
}
