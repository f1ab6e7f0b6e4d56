/** Documentation generated from the tables (lint rules, exposure checks, action.yml), checked for drift by tests. */
import {
  ASSESSMENT_CHANGES,
  RELEASE_DELTAS,
  RELEASE_TRAITS,
  VALUE_GRAMMARS,
} from "../data/releases.js";
import { NEWEST_RELEASE, OLDEST_RELEASE, releaseOf } from "../release.js";
import { CHECKS, type Assessor, type CheckDefinition } from "../checks/table.js";
import { SETTING_VERSIONS, VALUE_VERSIONS } from "../data/versions.js";
import { RECOMMENDATIONS } from "../fix/recommendations.js";
import { HARDENING_BY_KEY, type HardeningSetting } from "../hardening.js";
import { RULES } from "../lint/rules.js";

export function rulesMarkdown(): string {
  const lines = [
    "# Lint rules",
    "",
    "<!-- Generated from src/core/lint/rules.ts by `npm run docs`; do not edit. -->",
    "",
    "Every finding has a rule id, a severity, the file and line (and column), and a message that says",
    "what was found, why in one clause, and the exact remedy. A setting systemd rejects or ignores is an",
    "`error` (the protection its author wrote is not there); a deprecated setting or one that widens",
    "exposure is a `warning`. Rules marked *systemd says so* are things `systemd-analyze verify` itself",
    "prints on the same line; the tests require that it does.",
    "",
    "Suppress a finding with a comment line before the assignment (or above the first section header, for",
    "the whole unit): `# harden-units: ignore RULE-OR-CHECK-ID ... -- reason`. The reason is required and",
    "shown in reports.",
    "",
    "| rule | severity | what it finds |",
    "|---|---|---|",
    ...RULES.map(
      (r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.summary.replace(/\|/g, "\\|")} |`,
    ),
    "",
  ];
  for (const r of RULES) {
    lines.push(
      `## ${r.id}`,
      "",
      `Severity: \`${r.severity}\`${r.systemdIgnores ? " · *systemd says so*" : ""}`,
      "",
      r.summary,
      "",
      r.details,
      "",
    );
  }
  return lines.join("\n");
}

/**
 * What makes each kind of check pass: the settings involved (the first is the one to write), the
 * assignments that make it pass on a service that runs as a dedicated user (a test scores them),
 * and how to say it. Keyed by assessor kind, so a new kind of check does not compile until it is
 * documented here.
 */
export interface Remedy {
  readonly keys: readonly string[];
  readonly set: readonly string[];
  readonly text: string;
}
type RemedyOf<K extends Assessor["kind"]> = (
  a: Extract<Assessor, { kind: K }>,
  c: CheckDefinition,
) => Remedy;
const code = (s: string): string => `\`${s}\``;
const FAMILIES: Readonly<Record<string, { readonly name: string; readonly others: string }>> = {
  inet: { name: "AF_INET and AF_INET6", others: "AF_UNIX" },
  unix: { name: "AF_UNIX", others: "AF_INET AF_INET6" },
  netlink: { name: "AF_NETLINK", others: "AF_UNIX AF_INET AF_INET6" },
  packet: { name: "AF_PACKET", others: "AF_UNIX AF_INET AF_INET6" },
};
const REMEDIES: { readonly [K in Assessor["kind"]]: RemedyOf<K> } = {
  bool: (_a, c) => {
    const set = `${c.name}yes`;
    return { keys: [c.name.replace(/=.*$/, "")], set: [set], text: code(set) };
  },
  capability: (a) => {
    const set = `CapabilityBoundingSet=~${a.capabilities.map((x) => x.toUpperCase()).join(" ")}`;
    return {
      keys: ["CapabilityBoundingSet"],
      set: [set],
      text: `${code(set)} (or a bounding set that leaves ${a.capabilities.length === 1 ? "it" : "them"} out)`,
    };
  },
  namespace: (a) => ({
    keys: ["RestrictNamespaces"],
    set: ["RestrictNamespaces=yes"],
    text: `\`RestrictNamespaces=yes\` (or a list without \`${a.namespace}\`)`,
  }),
  addressFamily: (a) => {
    if (a.category === "other") {
      return {
        keys: ["RestrictAddressFamilies"],
        set: ["RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6"],
        text: "`RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6` (an allow list of the families the service uses)",
      };
    }
    const f = FAMILIES[a.category]!;
    return {
      keys: ["RestrictAddressFamilies"],
      set: [`RestrictAddressFamilies=${f.others}`],
      text: `an allow list without ${f.name} (\`RestrictAddressFamilies=${f.others}\`, say)`,
    };
  },
  syscallFilter: (a) => {
    const set = ["SystemCallFilter=@system-service", `SystemCallFilter=~${a.group}`];
    return {
      keys: ["SystemCallFilter"],
      set,
      text: `${code(set[0]!)} with ${code(set[1]!)} (or any filter that leaves the group out)`,
    };
  },
  user: () => ({
    keys: ["User", "DynamicUser"],
    set: ["User=app"],
    text: "`User=` a dedicated user (not root, not nobody), or `DynamicUser=yes`",
  }),
  supplementaryGroups: () => ({
    keys: ["SupplementaryGroups"],
    set: [],
    text: "no `SupplementaryGroups=` (n/a for services running as root)",
  }),
  protectHome: () => ({
    keys: ["ProtectHome"],
    set: ["ProtectHome=yes"],
    text: "`ProtectHome=yes` (`tmpfs` and `read-only` score 1 and 5 of 10)",
  }),
  protectSystem: () => ({
    keys: ["ProtectSystem"],
    set: ["ProtectSystem=strict"],
    text: "`ProtectSystem=strict`, with `ReadWritePaths=` for what the service writes (`full` and `yes` score 3 and 5 of 10)",
  }),
  rootDirectory: () => ({
    keys: ["RootDirectory", "RootImage"],
    set: ["RootDirectory=/srv/app"],
    text: "`RootDirectory=` or `RootImage=` a tree or image of its own",
  }),
  umask: () => ({
    keys: ["UMask"],
    set: ["UMask=0077"],
    text: "`UMask=0077` (`0027` scores 1 of 10)",
  }),
  keyringMode: () => ({
    keys: ["KeyringMode"],
    set: [],
    text: "`KeyringMode=private`, the default for system services (not `inherit` or `shared`)",
  }),
  protectProc: () => ({
    keys: ["ProtectProc"],
    set: ["ProtectProc=invisible"],
    text: "`ProtectProc=invisible` or `ptraceable`",
  }),
  procSubset: () => ({ keys: ["ProcSubset"], set: ["ProcSubset=pid"], text: "`ProcSubset=pid`" }),
  notifyAccess: () => ({
    keys: ["NotifyAccess"],
    set: [],
    text: "no `NotifyAccess=all` (`main`, the default for `Type=notify`, or `exec`)",
  }),
  removeIpc: () => ({
    keys: ["RemoveIPC"],
    set: ["RemoveIPC=yes"],
    text: "`RemoveIPC=yes` (n/a for services running as root)",
  }),
  delegate: () => ({
    keys: ["Delegate"],
    set: [],
    text: "no `Delegate=` (`Delegate=no`, the default)",
  }),
  systemCallArchitectures: () => ({
    keys: ["SystemCallArchitectures"],
    set: ["SystemCallArchitectures=native"],
    text: "`SystemCallArchitectures=native`",
  }),
  ipAddressDeny: () => ({
    keys: ["IPAddressDeny", "IPAddressAllow"],
    set: ["IPAddressDeny=any"],
    text: "`IPAddressDeny=any` (with an `IPAddressAllow=` of localhost only it scores 2 of 10, of other hosts 5)",
  }),
  deviceAllow: () => ({
    keys: ["DevicePolicy", "DeviceAllow"],
    set: ["DevicePolicy=closed"],
    text: "`DevicePolicy=closed` (or `strict`) without `DeviceAllow=` (each allowed special device makes it 5 of 10)",
  }),
  ambientCapabilities: () => ({
    keys: ["AmbientCapabilities"],
    set: [],
    text: "no `AmbientCapabilities=`",
  }),
};

/** Settings of checks that hardening.ts does not describe (they are not hardening settings one adds, but identity and layout). */
const OTHER_SETTINGS: readonly Omit<HardeningSetting, "since">[] = [
  {
    key: "User",
    blocks: "running as root: a compromised service owns the host",
    risk: "the service must be able to run as that user (files it owns, ports below 1024)",
  },
  {
    key: "SupplementaryGroups",
    blocks: "the extra access of the groups listed",
    risk: "none, unless the service needs the group's files or devices",
  },
  {
    key: "RootDirectory",
    blocks: "access to the host's file system outside the service's own tree",
    risk: "everything the service needs must be in that tree or bound into it",
  },
  {
    key: "DeviceAllow",
    blocks: "access to device nodes not listed",
    risk: "services that use hardware",
  },
];

/** A setting's description: hardening.ts, else the table above; since from hardening.ts, else the man pages' notes. */
export function settingDoc(
  key: string,
): { blocks: string; risk: string; since: number | null } | undefined {
  const h = HARDENING_BY_KEY.get(key);
  if (h) return h;
  const o = OTHER_SETTINGS.find((s) => s.key === key);
  return o && { ...o, since: SETTING_VERSIONS.get(key) ?? null };
}

export function checkRemedy(c: CheckDefinition): Remedy {
  return (REMEDIES[c.assess.kind] as RemedyOf<Assessor["kind"]>)(c.assess, c);
}

/**
 * The profile in which `harden-units fix` proposes a setting that passes (or betters) this check,
 * if any: a recommendation that names its checks counts for those; one that names none (its value
 * is worked out per unit, as CapabilityBoundingSet=) counts for the checks of its setting.
 */
function considersIn(c: CheckDefinition, keys: readonly string[]): string {
  const profiles = new Set(
    RECOMMENDATIONS.filter(
      (r) => r.checks.includes(c.id) || (r.checks.length === 0 && keys.includes(r.key)),
    ).map((r) => r.profile),
  );
  return profiles.has("baseline") ? "baseline" : profiles.has("strict") ? "strict" : "no";
}

const since = (v: number | null | undefined): string =>
  v === null || v === undefined ? "early" : v <= 1 ? "1" : String(v);
const anchor = (c: CheckDefinition): string => c.id.toLowerCase().replace(/[^a-z0-9_-]/g, "");

export function checksMarkdown(): string {
  const total = CHECKS.reduce((n, c) => n + c.weight, 0);
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const lines = [
    "# Exposure checks",
    "",
    "<!-- Generated from src/core/checks/table.ts, src/core/hardening.ts and src/core/fix/recommendations.ts by `npm run docs`; do not edit. -->",
    "",
    `These are the ${CHECKS.length} checks of \`systemd-analyze security\` (the same in systemd 252 to 262), in systemd's own order; harden-units`,
    "scores them exactly as each release does (see [systemd releases](#systemd-releases)). Each check has a badness from 0 (passes) to its range; a",
    "service's exposure is 10 × Σ (weight × badness ÷ range) ÷ Σ weight over the checks that apply,",
    `rounded up to a tenth (the weights of all ${CHECKS.length} add up to ${total}; a check systemd marks n/a is`,
    "left out of both sums). The check id is systemd's `json_field`: `--format json` reports it, and",
    "`skip-checks` and an inline `# harden-units: ignore ID -- reason` accept it.",
    "",
    "*Since* is the systemd version that brought the setting (*early*: older than the version notes of",
    "the man pages); a value that came later is noted with the fix. *fix profile* is the profile in",
    "which `harden-units fix` proposes a setting that passes or betters the check; it is held back,",
    "with the reason in the drop-in, whenever the unit shows it would break the service.",
    "",
    "| check | id | weight | fix | since | fix profile |",
    "|---|---|---|---|---|---|",
  ];
  const details: string[] = [];
  for (const c of CHECKS) {
    const { keys, text: fix } = checkRemedy(c);
    const doc = settingDoc(keys[0]!)!;
    const profile = considersIn(c, keys);
    // A value newer than its key (ProtectSystem=strict) is worth saying.
    const valueSince = [...VALUE_VERSIONS]
      .filter(
        ([kv, v]) => fix.includes(`\`${kv}`) && v > (settingDoc(kv.split("=")[0]!)?.since ?? 0),
      )
      .map(([kv, v]) => `\`${kv}\` needs systemd ${v}`);
    lines.push(
      `| [\`${cell(c.name)}\`](#${anchor(c)}) | \`${c.id}\` | ${c.weight} | ${cell(fix.split(" (")[0]!)} | ${since(doc.since)} | ${profile === "no" ? "—" : profile} |`,
    );
    details.push(
      `<a id="${anchor(c)}"></a>`,
      `## ${c.name}`,
      "",
      `Check id \`${c.id}\` · weight ${c.weight} · range ${c.range}${c.defaultDependenciesOnly ? " · n/a with `DefaultDependencies=no`" : ""}`,
      "",
      `- **Blocks:** ${doc.blocks}${c.good ? ` (systemd-analyze: “${c.good}”)` : ""}.`,
      `- **Fix:** ${fix}${valueSince.length > 0 ? `; ${valueSince.join(", ")}` : ""}.`,
      `- **Risk:** ${doc.risk}.`,
      `- **Since:** ${keys.map((k) => `\`${k}=\` ${since(settingDoc(k)?.since ?? SETTING_VERSIONS.get(k))}`).join(", ")}.`,
      `- **\`harden-units fix\`:** ${profile === "no" ? "never proposes it" : `considers it in the ${profile} profile${profile === "baseline" ? " (and strict)" : ""}`}.`,
      "",
    );
  }
  return [...lines, "", ...releasesMarkdown(), "", ...details].join("\n");
}

/** What differs between the systemd releases harden-units scores, from the release data. */
function releasesMarkdown(): string[] {
  const out = [
    "## systemd releases",
    "",
    "`systemd-version` takes any release from 252 to 262, or a list of them (the oldest is the floor for",
    "lint and drop-ins; each is scored). **Verified** releases are read from Debian's own build of",
    "them and compared with their `systemd-analyze` unit by unit and row by row in the test suite;",
    "**derived** ones are the verified data with each change dated by the man pages' \"Added in",
    'version" notes and NEWS (a change seen between two verified builds that no note dates is',
    "given to the newer build). The checks and their weights are the same in all of them.",
    "",
    "On a live 252 host, `systemd-analyze security UNIT` (online) asks PID 1, which reports",
    "`PrivateMounts=` on when `PrivateDevices=`, `PrivateTmp=`, `ProtectControlGroups=`,",
    "`ProtectKernelTunables=`, `ProtectKernelModules=`, `ProtectHome=`, `ProtectSystem=` or `RootImage=`",
    "implies a mount namespace; `--offline` does not. Where that changes a unit's score, the JSON report",
    'gives `onlineExposure` and the job summary shows it beside the exposure ("1.2 (online 1.1)").',
    "",
    "| release | data | what changed for harden-units |",
    "|---|---|---|",
  ];
  for (let v = OLDEST_RELEASE; v <= NEWEST_RELEASE; v++) {
    const r = releaseOf(v);
    const changes: string[] = [];
    const delta = RELEASE_DELTAS.find((d) => d.version === v);
    const added = new Set(
      (delta?.keys ?? [])
        .flatMap((g) => Object.keys(g.keys))
        .filter(
          (k) =>
            v === OLDEST_RELEASE ||
            !Object.values(releaseOf(v - 1).configItems).some((s) => Object.hasOwn(s, k)),
        ),
    );
    if (added.size > 0)
      changes.push(
        `${added.size} new keys (${
          [...added]
            .filter((k) => /^(Private|Protect|Restrict|Memory|Delegate)/.test(k))
            .slice(0, 6)
            .map((k) => `\`${k}=\``)
            .join(", ") || "none for sandboxing"
        })`,
      );
    const removed = new Set((delta?.keysRemoved ?? []).flatMap((g) => g.keys));
    if (removed.size > 0)
      changes.push(
        `${removed.size} keys removed (cgroup v1: \`${[...removed].slice(0, 3).join("=`, `")}=\`…)`,
      );
    for (const g of VALUE_GRAMMARS.filter((x) => x.since === v))
      changes.push(
        g.words.length > 0
          ? `\`${g.key}=\` takes ${g.words.map((w) => `\`${w}\``).join(", ")}`
          : `\`${g.key}=\` read as ${g.grammar === "tristate-bool" || g.grammar === "enum-reset" ? "a tristate" : "an enum"}`,
      );
    for (const a of ASSESSMENT_CHANGES.filter((x) => x.since === v))
      changes.push(`\`${a.check}\` fails only on an explicit "no" (unset passes)`);
    for (const t of RELEASE_TRAITS.filter((x) => x.since === v && x.since > OLDEST_RELEASE))
      changes.push(`${t.trait}: ${JSON.stringify(t.value)}`);
    if (delta?.syscallGroups)
      changes.push(
        `syscall groups changed: ${Object.keys(delta.syscallGroups)
          .filter((g) => g !== "@known")
          .map((g) => `\`${g}\``)
          .join(", ")}`,
      );
    if (delta?.nativeSyscalls)
      changes.push(`libseccomp knows ${delta.nativeSyscalls.added.length} more system calls`);
    out.push(
      `| ${v} | ${r.verified ? `verified: Debian ${r.verified.replace(/^systemd \d+ \((.*)\)$/, "$1")}` : "derived"} | ${v === OLDEST_RELEASE ? "the base" : changes.join("; ") || "nothing the checks or the lint read"} |`,
    );
  }
  return out;
}

interface ActionField {
  readonly name: string;
  readonly description: string;
  readonly default?: string;
}

/** The inputs and outputs of action.yml (the simple block layout it is written in). */
export function parseActionYml(text: string): { inputs: ActionField[]; outputs: ActionField[] } {
  const section = (name: string): ActionField[] => {
    const body = text.split(new RegExp(`^${name}:\\n`, "m"))[1]?.split(/^\S/m)[0] ?? "";
    const fields: ActionField[] = [];
    for (const block of body.split(/^ {2}(?=[a-z-]+:$)/m).filter((b) => b.trim() !== "")) {
      const fieldName = /^([a-z-]+):$/m.exec(block)?.[1];
      if (!fieldName) continue;
      const value = (key: string) => {
        const m = new RegExp(`^ {4}${key}: (.*)$`, "m").exec(block);
        if (!m) return undefined;
        const v = m[1]!.trim();
        return /^".*"$/.test(v) ? (JSON.parse(v) as string) : v;
      };
      // An input's default is its description's last sentence, "Default: X." (action.yml gives
      // `default:` only where the runner must fill it in, so that a value given is a value set).
      const described = /^(.*?)\s*Default: (.+?)\.?$/s.exec(value("description") ?? "");
      const given = value("default");
      const d = given !== undefined ? `\`${given}\`` : described?.[2];
      const description = described ? described[1]! : (value("description") ?? "");
      fields.push({ name: fieldName, description, ...(d !== undefined && { default: d }) });
    }
    return fields;
  };
  return { inputs: section("inputs"), outputs: section("outputs") };
}

/** The README's tables of inputs and outputs, generated from action.yml. */
export function actionTablesMarkdown(actionYml: string): string {
  const { inputs, outputs } = parseActionYml(actionYml);
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  return [
    "| input | default | meaning |",
    "|---|---|---|",
    ...inputs.map(
      (i) => `| \`${i.name}\` | ${i.default ? cell(i.default) : ""} | ${cell(i.description)} |`,
    ),
    "",
    "| output | meaning |",
    "|---|---|",
    ...outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
  ].join("\n");
}

export const TABLES_START = "<!-- action tables: generated from action.yml by `npm run docs` -->";
export const TABLES_END = "<!-- end of action tables -->";

/** README with its action tables regenerated. */
export function withActionTables(readme: string, actionYml: string): string {
  const start = readme.indexOf(TABLES_START);
  const end = readme.indexOf(TABLES_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start)}${TABLES_START}\n${actionTablesMarkdown(actionYml)}\n${readme.slice(end)}`;
}
