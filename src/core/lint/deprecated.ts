/** Deprecated and removed settings of systemd 252, each with its replacement. */
import type { Finding } from "../findings.js";
import { ruleFinding } from "./rules.js";
import type { Assignment, UnitFile } from "../syntax/parser.js";
import type { LoadWarning } from "../units/settings.js";

interface Replacement {
  /** `Section.Key`, or `*.Key` for any section. */
  readonly key: string;
  readonly use: string;
  /** What systemd 252 logs for the line, if it logs anything ($ stands for the key). */
  readonly systemd?: string;
}

const USES = "Unit uses $=; please use CPUWeight= instead. Support for $= will be removed soon.";
const USES_IO =
  "Unit uses $=; please use IO*= settings instead. Support for $= will be removed soon.";

const DEPRECATED: readonly Replacement[] = [
  {
    key: "*.MemoryLimit",
    use: "MemoryMax= (the same size: the hard limit on the unified cgroup hierarchy)",
    systemd:
      "Unit uses MemoryLimit=; please use MemoryMax= instead. Support for MemoryLimit= will be removed soon.",
  },
  {
    key: "*.CPUShares",
    use: "CPUWeight= (1..10000, default 100; CPUShares=1024 is CPUWeight=100)",
    systemd: USES,
  },
  { key: "*.StartupCPUShares", use: "StartupCPUWeight=", systemd: USES },
  { key: "*.BlockIOWeight", use: "IOWeight=" },
  { key: "*.StartupBlockIOWeight", use: "StartupIOWeight=" },
  { key: "*.BlockIODeviceWeight", use: "IODeviceWeight=", systemd: USES_IO },
  { key: "*.BlockIOReadBandwidth", use: "IOReadBandwidthMax=", systemd: USES_IO },
  { key: "*.BlockIOWriteBandwidth", use: "IOWriteBandwidthMax=", systemd: USES_IO },
  { key: "*.BlockIOAccounting", use: "IOAccounting=" },
  {
    key: "Service.PermissionsStartOnly",
    use: "a '+' prefix on the Exec*= commands that need full privileges (ExecStartPre=+/usr/bin/setup)",
  },
  { key: "Unit.OnFailureIsolate", use: "OnFailureJobMode=isolate" },
  { key: "Unit.BindTo", use: "BindsTo=" },
  {
    key: "Unit.RequiresOverridable",
    use: "Requires=",
    systemd:
      "Unit dependency type $= is obsolete, replacing by Requires=, please update your unit file",
  },
  {
    key: "Unit.RequisiteOverridable",
    use: "Requisite=",
    systemd:
      "Unit dependency type $= is obsolete, replacing by Requisite=, please update your unit file",
  },
  { key: "Unit.PropagateReloadTo", use: "PropagatesReloadTo=" },
  { key: "Unit.PropagateReloadFrom", use: "ReloadPropagatedFrom=" },
  { key: "Unit.StartLimitInterval", use: "StartLimitIntervalSec=" },
  { key: "Service.StartLimitInterval", use: "StartLimitIntervalSec= in [Unit]" },
  { key: "Service.StartLimitBurst", use: "StartLimitBurst= in [Unit]" },
  { key: "Service.StartLimitAction", use: "StartLimitAction= in [Unit]" },
  { key: "Service.FailureAction", use: "FailureAction= in [Unit]" },
  { key: "Service.RebootArgument", use: "RebootArgument= in [Unit]" },
];

const REMOVED: readonly Replacement[] = [
  { key: "*.Capabilities", use: "CapabilityBoundingSet= and AmbientCapabilities=" },
  { key: "*.NetClass", use: "nothing (net_cls is gone; use IPAddressDeny= or a firewall)" },
  { key: "Unit.IgnoreOnSnapshot", use: "nothing (snapshots are gone)" },
  { key: "Service.SysVStartPriority", use: "nothing (ordering comes from After=/Before=)" },
  { key: "Service.BusPolicy", use: "D-Bus policy files" },
];

/** The entries of a table by key, for a lookup per assignment. */
function byKey(table: readonly Replacement[]): Map<string, { section: string; r: Replacement }[]> {
  const m = new Map<string, { section: string; r: Replacement }[]>();
  for (const r of table) {
    const [section, key] = r.key.split(".") as [string, string];
    m.set(key, [...(m.get(key) ?? []), { section, r }]);
  }
  return m;
}

const DEPRECATED_BY_KEY = byKey(DEPRECATED);
const REMOVED_BY_KEY = byKey(REMOVED);

function find(
  table: ReadonlyMap<string, { section: string; r: Replacement }[]>,
  a: Assignment,
): Replacement | undefined {
  return table.get(a.key)?.find((e) => e.section === "*" || e.section === a.section)?.r;
}

/**
 * `removedOptions` are the `Section.Key`s the release names only to say they are gone: a
 * deprecated setting among them (the cgroup v1 ones from 258) is reported as removed.
 */
export function deprecatedFindings(
  files: readonly UnitFile[],
  known: ReadonlySet<string>,
  warnings: readonly LoadWarning[],
  removedOptions: ReadonlySet<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    for (const a of file.assignments) {
      if (!known.has(a.section)) continue;
      const deprecated = find(DEPRECATED_BY_KEY, a);
      // Only a deprecated key can be among the release's removed options: most keys are neither,
      // and cost two lookups by key.
      const removed =
        find(REMOVED_BY_KEY, a) ??
        (deprecated && removedOptions.has(`${a.section}.${a.key}`) ? deprecated : undefined);
      if (!removed && !deprecated && a.key !== "KillMode") continue;
      const at = { path: file.path, file, span: a.keySpan };
      if (removed) {
        const systemd = {
          message: `Support for option ${a.key}= has been removed and it is ignored`,
          line: a.reportLine + 1,
        };
        findings.push(
          ruleFinding(
            "removed-option",
            at,
            `${a.key}= has been removed from systemd: systemd ignores it; use ${removed.use}`,
            { systemd },
          ),
        );
        continue;
      }
      if (deprecated) {
        // MemoryLimit= is reported only once its value parsed; the others before parsing.
        const logged =
          deprecated.systemd !== undefined &&
          !(a.key === "MemoryLimit" && warnings.some((w) => w.assignment === a));
        const systemd = logged
          ? {
              systemd: {
                message: deprecated.systemd!.replaceAll("$", a.key),
                line: a.reportLine + 1,
              },
            }
          : {};
        findings.push(
          ruleFinding(
            "deprecated-option",
            at,
            `${a.key}= is deprecated: use ${deprecated.use}`,
            systemd,
          ),
        );
      } else if (a.key === "KillMode" && a.value === "none" && a.section !== "Unit") {
        findings.push(
          ruleFinding(
            "deprecated-option",
            { ...at, span: a.valueSpan },
            "KillMode=none is deprecated, it leaves processes behind: use KillMode=mixed or control-group",
          ),
        );
      }
    }
  }
  return findings;
}
