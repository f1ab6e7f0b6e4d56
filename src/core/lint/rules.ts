/**
 * The lint rules: one table, as ESLint rules declare themselves. Each rule has a stable id, a
 * default severity, a one-line summary and the longer text of docs/rules.md (generated from
 * this table). `systemdIgnores` marks the rules whose findings are all things systemd itself logs
 * while it ignores or rejects the setting: a test requires `systemd-analyze verify` to print the
 * same message on the same line for each of them (a finding carries it in `systemd`).
 */
import type { Finding, Severity } from "../findings.js";
import type { Span, UnitFile } from "../syntax/parser.js";

export interface RuleDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly details: string;
  readonly systemdIgnores?: true;
  /** Kinds of finding of this rule that are less severe than the rule, by name. */
  readonly variants?: Readonly<Record<string, Severity>>;
}

const RULE_LIST = [
  {
    id: "syntax-error",
    severity: "error",
    summary:
      "A line systemd cannot read: no '=', an unclosed section header, invalid UTF-8, an assignment outside a section.",
    details:
      "systemd skips such a line, or stops reading the file (an unclosed `[Section`, invalid UTF-8, a line over 1 MiB): a unit file is then refused, the rest of a drop-in is lost.",
    systemdIgnores: true,
    // A file that ends with a continued line: systemd reads it, the last line only looks unfinished.
    variants: { "unterminated-continuation": "warning" },
  },
  {
    id: "unknown-key",
    severity: "error",
    summary: "A key systemd 252 does not know in that section, usually a typo (`ProtectSytem=`).",
    details:
      "systemd logs `Unknown key … ignoring` and the protection is not there. The message names the closest known key. Custom keys must start with `X-`.",
    systemdIgnores: true,
  },
  {
    id: "wrong-section",
    severity: "error",
    summary: "A known key in the wrong section (`PrivateTmp=` under `[Unit]`).",
    details:
      "systemd reads keys only in their own section and ignores them elsewhere. Move the line to the section the message names.",
    systemdIgnores: true,
  },
  {
    id: "unknown-section",
    severity: "error",
    summary: "A section this unit type does not have (`[service]`, `[Socket]` in a .service).",
    details:
      "systemd ignores the section and every setting in it. Section names are case-sensitive; custom sections must start with `X-`.",
    systemdIgnores: true,
  },
  {
    id: "invalid-value",
    severity: "error",
    summary:
      "A value systemd 252 rejects: booleans, enums, modes, paths, device rules, errnos, user names, specifiers, quoting.",
    details:
      "systemd logs the value and ignores the line (or the word), so the setting keeps its previous value, usually the unprotected default. Some (an invalid `User=`, `DynamicUser=`, `RootDirectory=`) make systemd refuse the whole unit.",
    systemdIgnores: true,
  },
  {
    id: "comma-separated-list",
    severity: "error",
    summary:
      "A list written with commas where systemd splits on spaces (`SystemCallFilter=open,read`).",
    details:
      "systemd reads `open,read,write,close` as one unknown name and skips it. Worse, for `SystemCallFilter=` the line still turns on an allow list of `@default` only, which stops the service at its first `read()`. In path and unit lists systemd takes the whole word as one path or name. Write the items separated by spaces.",
  },
  {
    id: "unknown-syscall",
    severity: "error",
    summary: "A system call or `@group` name systemd does not know.",
    details:
      "systemd skips the name; `systemd-analyze syscall-filter` lists the groups and names of systemd 252.",
    systemdIgnores: true,
  },
  {
    id: "unknown-address-family",
    severity: "error",
    summary: "An address family name systemd does not know (`INET`, `AF_INETT`).",
    details:
      "systemd skips the name. A `RestrictAddressFamilies=` line that names no valid family still creates an allow list, which then denies every socket.",
    systemdIgnores: true,
  },
  {
    id: "unknown-architecture",
    severity: "error",
    summary: "An architecture name systemd does not know (`amd64` instead of `x86-64`).",
    details:
      "systemd skips the name. Write `native` for the host's own architecture, which is also what `systemd-analyze security` rewards.",
    systemdIgnores: true,
  },
  {
    id: "unknown-capability",
    severity: "error",
    summary: "A capability name that does not exist (`CAP_NET_BIND`).",
    details:
      "systemd drops unknown capability names without any warning. A `CapabilityBoundingSet=` line whose names are all unknown empties the bounding set, which may break the service; an `AmbientCapabilities=` line grants nothing.",
  },
  {
    id: "removed-option",
    severity: "error",
    summary: "An option systemd has removed (`Capabilities=`, `NetClass=`); it is ignored.",
    details:
      "systemd logs `Support for option … has been removed and it is ignored`. Use the replacement the message names.",
    systemdIgnores: true,
  },
  {
    id: "deprecated-option",
    severity: "warning",
    summary:
      "A deprecated setting, with its replacement (`MemoryLimit=` -> `MemoryMax=`, `CPUShares=` -> `CPUWeight=`).",
    details:
      "systemd 252 still honours it (and logs a warning for most), but support is going away and the replacement works better on the unified cgroup hierarchy.",
  },
  {
    id: "too-new",
    severity: "warning",
    summary:
      "A setting (or value) that the oldest release in `systemd-version` ignores but a later listed release accepts (`PrivateTmp=disconnected` with `252 257`).",
    details:
      "The message names the release that brought it and the listed releases where it works. On the oldest release the protection is missing: keep it and accept the gap, put a line the old release understands before it, or drop the old release from the list. A setting that no listed release accepts stays an error with systemd's own reason.",
  },
  {
    id: "widens-exposure",
    severity: "warning",
    summary:
      "A setting that gives the service more than it needs: `Delegate=`, a protection switched off, dangerous ambient capabilities, `UMask=0000`, privileged supplementary groups.",
    details:
      "Each one widens what a compromised service can do. Remove it unless the service really needs it, and if it does, say why with an inline suppression.",
  },
  {
    id: "conflicting-options",
    severity: "warning",
    summary:
      "Settings that undo each other (`User=root` with `DynamicUser=yes`, `PrivateDevices=yes` with `DeviceAllow=`).",
    details: "One of the two does not do what its author meant. The message says which one wins.",
    // A weaker value that another setting overrides anyway: harmless, only misleading.
    variants: { "no-effect": "notice" },
  },
  {
    id: "narrow-syscall-allow-list",
    severity: "error",
    summary:
      "A `SystemCallFilter=` allow list too narrow for any program to start (no `read`, `write`, `close` or `openat`).",
    details:
      "systemd accepts it, and the service is killed with SIGSYS at its first file access. Allow `@system-service` and deny what you do not want on a second, `~` line.",
  },
  {
    id: "nobody-user",
    severity: "warning",
    summary: "`User=nobody`: a shared identity that isolates nothing.",
    details:
      "`nobody` is meant to own no files and to be used by nothing; services that share it can signal and ptrace each other. Use `DynamicUser=yes` or a dedicated system user.",
  },
  {
    id: "unsafe-user-name",
    severity: "warning",
    summary:
      "A user or group name systemd accepts only under its relaxed rules (`a b`, `foo.bar`, `1abc`).",
    details:
      "systemd logs `Accepting user/group name … which does not match strict user/group name rules`; other tools may not accept it.",
  },
  {
    id: "unit-refused",
    severity: "error",
    summary: "A unit systemd refuses to load (`Service has no ExecStart=…`).",
    details:
      "The unit cannot start at all, so it is not scored. The message gives systemd's reason.",
    systemdIgnores: true,
  },
  {
    id: "not-a-unit-file",
    severity: "error",
    summary: "A file named like a unit that is not one: binary, or larger than 1 MiB.",
    details: "It is reported and skipped; the other units are still scanned.",
  },
  {
    id: "invalid-unit-name",
    severity: "error",
    summary:
      "A file named like a unit whose name systemd rejects (spaces, non-ASCII letters, a second '@').",
    details:
      "systemd cannot load a unit whose file name is not a valid unit name. `systemd-escape` turns other characters into `\\xNN`.",
  },
  {
    id: "empty-unit",
    severity: "warning",
    summary: "An empty unit file, which systemd treats as masked.",
    details: "A masked unit cannot start. Delete the file or give it content.",
  },
  {
    id: "missing-required-setting",
    severity: "error",
    summary:
      "A setting the policy file requires of every service is missing (`[require] settings = MemoryMax TasksMax`).",
    details:
      "The policy file (`.github/harden-units.ini`) lists settings every scanned service must carry.",
  },
  {
    id: "invalid-suppression",
    severity: "error",
    summary:
      "An inline `# harden-units: ignore …` comment without a reason, or naming an unknown rule or check.",
    details:
      "A suppression needs the ids and a reason: `# harden-units: ignore PrivateNetwork -- needs the host network`. It is not applied until it is complete.",
  },
  {
    id: "unused-suppression",
    severity: "notice",
    summary: "An inline suppression that suppresses nothing.",
    details: "The finding or check it names is not there (any more). Remove the comment.",
  },
] as const satisfies readonly RuleDefinition[];

/** The id of one of our lint rules. */
export type RuleId = (typeof RULE_LIST)[number]["id"];

export const RULES: readonly RuleDefinition[] = RULE_LIST;

export const RULES_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(
  RULES.map((r) => [r.id, r]),
);

/** Where a finding is: its file (absent for a file that could not be parsed) and span. */
export interface FindingPlace {
  readonly path: string;
  readonly file?: UnitFile;
  readonly span: Span;
}

/**
 * A finding of a rule, as ESLint rules report: the severity is the rule's (or the named
 * variant's), never decided where the finding is made.
 */
export function ruleFinding(
  id: RuleId,
  at: FindingPlace,
  message: string,
  more: { readonly variant?: string; readonly systemd?: Finding["systemd"] } = {},
): Finding {
  const rule = RULES_BY_ID.get(id)!;
  const severity = more.variant === undefined ? rule.severity : rule.variants?.[more.variant];
  if (severity === undefined) throw new Error(`rule ${id} has no variant ${more.variant}`);
  return {
    id,
    severity,
    path: at.path,
    ...(at.file && { file: at.file }),
    span: at.span,
    message,
    ...(more.systemd && { systemd: more.systemd }),
  };
}
