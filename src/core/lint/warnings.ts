/**
 * What systemd logs while loading a unit, as findings: each says what was found (quoting it),
 * what systemd does with it, and the exact remedy.
 */
import { CONFIG_ITEMS, SYSCALL_GROUPS } from "../data/systemd252.js";
import { VALUE_GRAMMARS } from "../data/releases.js";
import type { Finding } from "../findings.js";
import { ruleFinding, type RuleId } from "./rules.js";
import { sectionsFor } from "../units/load.js";
import type { UnitName } from "../units/names.js";
import type { LoadWarning } from "../units/settings.js";

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The keys of some sections, listed once per list of sections (a unit type's). */
const KEYS_OF = new Map<string, readonly string[]>();
function keysOf(sections: readonly string[]): readonly string[] {
  const id = sections.join(" ");
  let keys = KEYS_OF.get(id);
  if (!keys) {
    keys = sections.flatMap((s) =>
      Object.hasOwn(CONFIG_ITEMS, s) ? Object.keys(CONFIG_ITEMS[s]!) : [],
    );
    KEYS_OF.set(id, keys);
  }
  return keys;
}

/** The closest candidate, if it is close enough to be a typo. */
export function nearest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 4)));
  for (const c of candidates) {
    const other = c.toLowerCase();
    if (other === lower) return c;
    // The distance is at least the difference in length: a candidate that cannot be within the
    // limit cannot be the answer, so its distance is not worked out.
    if (Math.abs(other.length - lower.length) > limit) continue;
    const d = editDistance(lower, other);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= limit ? best : null;
}

function sectionsOfKey(key: string): string[] {
  return Object.keys(CONFIG_ITEMS).filter((s) => Object.hasOwn(CONFIG_ITEMS[s]!, key));
}

const ENUM_VALUES: Readonly<Record<string, string>> = {
  ProtectSystem: "yes, no, full, strict",
  ProtectHome: "yes, no, read-only, tmpfs",
  ProtectProc: "default, noaccess, invisible, ptraceable",
  ProcSubset: "all, pid",
  KeyringMode: "inherit, private, shared",
  NotifyAccess: "none, main, exec, all",
  DevicePolicy: "auto, closed, strict",
  Type: "simple, exec, forking, oneshot, dbus, notify, idle",
  Restart: "no, on-success, on-failure, on-abnormal, on-watchdog, on-abort, always",
};

const ARCH_HINT: Readonly<Record<string, string>> = {
  amd64: "x86-64",
  x86_64: "x86-64",
  i386: "x86",
  i686: "x86",
  aarch64: "arm64",
  armhf: "arm",
  ppc64le: "ppc64-le",
};

/** The words of a comma-separated list, as they should be written (space-separated). */
function spaced(word: string): string {
  return word
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w !== "")
    .join(" ");
}

export function warningFinding(w: LoadWarning, unit: UnitName | null): Finding[] {
  const a = w.assignment;
  const key = a?.key ?? "";
  const subject = w.subject;
  const at = { path: w.file.path, file: w.file, span: w.span };
  const systemd =
    w.systemdMessage !== ""
      ? { systemd: { message: w.systemdMessage, line: w.reportLine + 1 } }
      : {};
  const effect = w.fatal
    ? "systemd refuses to load the unit"
    : w.stopsFile
      ? "systemd ignores the rest of this drop-in"
      : "systemd ignores it";
  const error = (id: RuleId, message: string): Finding[] => [ruleFinding(id, at, message, systemd)];
  const comma = subject.includes(",");

  switch (w.code) {
    case "removed-option":
      return []; // reported by the deprecated-option rules, with this same systemd message
    case "unknown-key": {
      const elsewhere = sectionsOfKey(key);
      const section = a?.section ?? "";
      const allowed = unit ? sectionsFor(unit.type) : ["Unit", "Service", "Install"];
      const home = elsewhere.find((s) => allowed.includes(s)) ?? elsewhere[0];
      if (home) {
        return error(
          "wrong-section",
          `'${key}=' belongs in [${home}], not [${section}]: systemd ignores it here; move it to [${home}]`,
        );
      }
      const guess = nearest(key, keysOf(allowed));
      return error(
        "unknown-key",
        guess
          ? `unknown key '${key}=' in [${section}]: systemd ignores it; did you mean '${guess}='?`
          : `unknown key '${key}=' in [${section}]: systemd ignores it; check the spelling, or prefix a custom key with X-`,
      );
    }
    case "unknown-section": {
      const allowed = unit ? sectionsFor(unit.type) : ["Unit", "Service", "Install"];
      const guess = nearest(subject, allowed);
      return error(
        "unknown-section",
        `unknown section [${subject}]: systemd ignores it and every setting in it; ${guess ? `did you mean [${guess}]?` : `use ${allowed.map((s) => `[${s}]`).join(", ")}, or prefix custom sections with X-`}`,
      );
    }
    case "invalid-value":
      return error(
        "invalid-value",
        `'${subject}' is not a valid value for ${key}=: ${effect} (systemd: ${w.systemdMessage.replace(/, ignoring.*$|, ignoring\.$/, "")}); see systemd.resource-control(5) for the accepted forms`,
      );
    case "invalid-dependency":
      if (comma)
        return error(
          "comma-separated-list",
          `'${subject}' is read as one unit name, because systemd splits ${key}= on spaces, not commas: systemd ignores it; write '${spaced(subject)}'`,
        );
      return error(
        "invalid-value",
        `'${subject}' is not a unit name for ${key}=: systemd ignores it; write the full name with its type, e.g. '${subject}.service'`,
      );
    case "invalid-boolean":
      return error(
        "invalid-value",
        `'${subject}' is not a boolean for ${key}=: ${effect}; write yes or no`,
      );
    case "invalid-enum": {
      // Boolean-like keys of later releases: the booleans plus the words the floor's grammar takes.
      const grammar = VALUE_GRAMMARS.filter((g) => g.key === key).at(-1);
      const values =
        ENUM_VALUES[key] ?? (grammar ? ["yes", "no", ...grammar.words].join(", ") : "yes, no");
      const guess = nearest(subject, values.split(", "));
      return error(
        "invalid-value",
        `'${subject}' is not a value of ${key}=: ${effect}; ${guess ? `did you mean '${guess}'? ` : ""}use one of: ${values}`,
      );
    }
    case "invalid-mode":
      return error(
        "invalid-value",
        `'${subject}' is not an octal file mode for ${key}=: ${effect}; write octal digits, e.g. 0077`,
      );
    case "unknown-syscall":
      if (comma)
        return error(
          "comma-separated-list",
          `'${subject}' is read as one system call name, because systemd splits ${key}= on spaces, not commas: ${"systemd skips it"}; write '${spaced(subject)}'`,
        );
      return error(
        "unknown-syscall",
        `'${subject}' is not a system call libseccomp knows: systemd skips it; check the spelling (systemd-analyze syscall-filter lists the names)`,
      );
    case "unknown-syscall-group": {
      const guess = nearest(subject, Object.keys(SYSCALL_GROUPS));
      return error(
        "unknown-syscall",
        `'${subject}' is not a system call group of systemd 252: systemd skips it; ${guess ? `did you mean '${guess}'?` : "systemd-analyze syscall-filter lists the groups"}`,
      );
    }
    case "invalid-syscall-errno":
      return error(
        "invalid-value",
        `'${subject}' has no valid error number after ':': systemd skips it; use an errno name such as EPERM, or a number up to 4095`,
      );
    case "allow-list-errno":
      return error(
        "invalid-value",
        `'${subject}' is in an allow list, where an entry cannot carry an error number: systemd skips it; drop the ':' part, or deny the call with ~${subject}`,
      );
    case "unknown-address-family":
      if (comma)
        return error(
          "comma-separated-list",
          `'${subject}' is read as one address family, because systemd splits ${key}= on spaces, not commas: systemd skips it; write '${spaced(subject)}'`,
        );
      return error(
        "unknown-address-family",
        `'${subject}' is not an address family: systemd skips it; ${/^AF_/i.test(subject) ? "check the spelling" : `write 'AF_${subject.toUpperCase()}'`}${key === "RestrictAddressFamilies" ? " (a list that names no valid family denies every socket)" : ""}`,
      );
    case "unknown-architecture": {
      if (comma)
        return error(
          "comma-separated-list",
          `'${subject}' is read as one architecture, because systemd splits ${key}= on spaces, not commas: systemd skips it; write '${spaced(subject)}'`,
        );
      const hint = ARCH_HINT[subject.toLowerCase()];
      return error(
        "unknown-architecture",
        `'${subject}' is not an architecture name systemd knows: systemd skips it; write ${hint ? `'${hint}', or ` : ""}'native' for the host's own architecture`,
      );
    }
    case "unknown-capability":
      if (comma)
        return error(
          "comma-separated-list",
          `'${subject}' is read as one capability, because systemd splits ${key}= on spaces, not commas: systemd drops it without a warning; write '${spaced(subject)}'`,
        );
      return error(
        "unknown-capability",
        `'${subject}' is not a capability: systemd drops it without a warning (a line with no valid name sets an empty set for '${key}='); use names such as CAP_NET_BIND_SERVICE`,
      );
    case "invalid-namespace":
      if (comma)
        return error(
          "comma-separated-list",
          `'${subject}' is read as one namespace type, because systemd splits ${key}= on spaces, not commas: systemd ignores the whole line; write '${spaced(subject)}'`,
        );
      return error(
        "invalid-value",
        `'${subject}' is not a namespace type: systemd ignores the whole ${key}= line; use cgroup, ipc, net, mnt, pid, user, uts, separated by spaces`,
      );
    case "invalid-address-prefix":
      if (comma)
        return error(
          "comma-separated-list",
          `'${subject}' is read as one address, because systemd splits ${key}= on spaces, not commas: systemd skips it; write '${spaced(subject)}'`,
        );
      return error(
        "invalid-value",
        `'${subject}' is not an IP address prefix: systemd skips it; write an address or prefix such as 10.0.0.0/8, or any, localhost, link-local, multicast`,
      );
    case "invalid-path":
      return error(
        "invalid-value",
        `'${subject}' is not a valid path for ${key}=: ${effect}; write an absolute path without '..'`,
      );
    case "invalid-device-path":
      return error(
        "invalid-value",
        `'${subject}' is not a device node for ${key}=: ${effect}; write a path under /dev/, or char-NAME / block-NAME`,
      );
    case "invalid-device-rights":
      return error(
        "invalid-value",
        `'${subject}' is not an access mode for ${key}=: ${effect}; write r, w and m, e.g. 'rw'`,
      );
    case "invalid-controller":
      return error(
        "invalid-value",
        `'${subject}' is not a cgroup controller: systemd skips it (and still turns delegation on); use cpu, io, memory, pids, …`,
      );
    case "invalid-user":
      return error(
        "invalid-value",
        `'${subject}' is not a valid user or group name for ${key}=: ${effect}; use a plain name such as 'svc'`,
      );
    case "unresolved-specifier":
      return error(
        "invalid-value",
        `'${subject}' is not a specifier systemd knows in ${key}=: ${effect}; write %% for a literal %`,
      );
    case "removed-modifier":
      return [
        ruleFinding(
          "deprecated-option",
          at,
          `the '!!' prefix of ${key}= is no longer supported: systemd ignores the prefix and runs the command without it; remove '!!' (and grant what the command needs with AmbientCapabilities=)`,
          systemd,
        ),
      ];
    case "invalid-command":
      return error(
        "invalid-value",
        `${w.systemdMessage.replace(/, ignoring/, "").replace(/^./, (c) => c.toLowerCase())}: ${effect}; give an absolute path or a plain program name`,
      );
    case "invalid-syntax":
      return error(
        "invalid-value",
        `${key}= has a quoting error in '${subject}': systemd ignores ${w.systemdMessage.startsWith("Invalid syntax") ? "the rest of the line" : "it"}; close the quote`,
      );
    case "nobody-user":
      return [
        ruleFinding(
          "nobody-user",
          at,
          "the 'nobody' user is shared by unrelated services and must own no files, so it isolates nothing; use DynamicUser=yes or a dedicated system user",
          systemd,
        ),
      ];
  }
}
