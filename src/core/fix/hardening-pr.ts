/**
 * The hardening pull request of `fix: pull-request`, as data: which units it hardens, which it
 * leaves out and why, its title, body and commit message. Pure: the GitHub side
 * (src/github/hardening-pr.ts) decides when to write.
 */
import { formatExposure } from "../checks/score.js";
import type { ResolvedConfig } from "../config.js";
import { escapeInline } from "../format/markdown.js";
import { matchesGlob } from "../glob.js";
import type { UnitReport } from "../scan.js";
import type { HeldBack, Proposal } from "./propose.js";

/** A unit the pull request hardens, with its exposure before and after per listed systemd version. */
export interface HardenedUnit {
  readonly unit: string;
  readonly proposal: Proposal;
  /** Exposure (tenths) before -> after, for each listed version (the floor alone when one is listed). */
  readonly byVersion: readonly {
    readonly version: number;
    readonly before: number;
    readonly after: number;
  }[];
}

export interface LeftOut {
  readonly path: string;
  readonly reason: string;
}

export interface HardeningPlan {
  readonly hardened: readonly { unit: string; proposal: Proposal }[];
  readonly leftOut: readonly LeftOut[];
}

/** Whether a path may be written by the bot (nothing under .github/, where workflows live). */
export function writablePath(path: string): boolean {
  return !/^\.github(\/|$)/i.test(path) && !path.split("/").includes("..") && !path.startsWith("/");
}

const heldList = (held: readonly HeldBack[]) => held.map((h) => `${h.key}: ${h.reason}`).join("; ");

/**
 * The units the pull request hardens: scored at or above `annotate-exposure` (never, when it is
 * `never`), with a drop-in that changes something and lowers the exposure, not under .github/,
 * and not listed under `hardening-exclude`. Units at or above the threshold that are left out, with why.
 */
export function planHardening(
  reports: readonly UnitReport[],
  config: ResolvedConfig,
): HardeningPlan {
  const hardened: { unit: string; proposal: Proposal }[] = [];
  const leftOut: LeftOut[] = [];
  const threshold =
    config.annotateExposure === null ? null : Math.round(config.annotateExposure * 10);
  const excluded = config.hardeningExclude;
  for (const r of reports) {
    if (!r.score || threshold === null || r.score.exposure < threshold) continue;
    const glob = excluded.find((g) => matchesGlob(r.path, g));
    if (glob !== undefined) {
      leftOut.push({
        path: r.path,
        reason: `listed under hardening-exclude (${glob}) in ${config.policy?.source ?? "the policy file"}`,
      });
      continue;
    }
    const fix = r.fix;
    if (!fix) continue;
    if ("none" in fix) {
      leftOut.push({
        path: r.path,
        reason: fix.heldBack.length > 0 ? `${fix.none} (${heldList(fix.heldBack)})` : fix.none,
      });
      continue;
    }
    const p = fix.proposal;
    if (!writablePath(p.dropinPath)) {
      leftOut.push({ path: r.path, reason: "harden-units never writes under .github/" });
    } else if (p.changed && p.exposureAfter < p.exposureBefore) {
      hardened.push({ unit: r.unit, proposal: p });
    }
  }
  return { hardened, leftOut };
}

export function pullTitle(count: number): string {
  return `Harden ${count} systemd unit${count === 1 ? "" : "s"}`;
}

/** The marker by which harden-units recognises its pull requests, and the proposal they carry. */
export const PULL_MARKER = "<!-- harden-units:hardening-pull-request -->";
/** The trailer of harden-units' commits on the hardening branch: the proposal's fingerprint. */
export const TRAILER = "Harden-Units-Proposal:";

export const proposalMarker = (fingerprint: string) =>
  `<!-- harden-units:proposal ${fingerprint} -->`;

/** The fingerprint a pull request body or a commit message carries, or null. */
export function fingerprintIn(text: string): string | null {
  return (
    // [<] rather than <: `/<!--` reads as an HTML comment to module parsers (oxc in vitest).
    /[<]!-- harden-units:proposal ([0-9a-f]+) -->/.exec(text)?.[1] ??
    new RegExp(`^${TRAILER} ([0-9a-f]+)$`, "m").exec(text)?.[1] ??
    null
  );
}

export function hardeningCommitMessage(
  units: readonly HardenedUnit[],
  fingerprint: string,
): string {
  const lines = units.map(
    ({ unit, proposal: p }) =>
      `- ${unit}: ${formatExposure(p.exposureBefore)} -> ${formatExposure(p.exposureAfter)} (${p.dropinPath})`,
  );
  return `${pullTitle(units.length)}\n\nDrop-ins proposed by harden-units; exposure as systemd-analyze security scores it:\n${lines.join("\n")}\n\n${TRAILER} ${fingerprint}\n`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** The pull request's body: a table per unit, what was held back, what was left out, how to opt out. */
export function pullBody(
  units: readonly HardenedUnit[],
  leftOut: readonly LeftOut[],
  options: { fingerprint: string; base: string; policyPath: string },
): string {
  const out = [
    PULL_MARKER,
    proposalMarker(options.fingerprint),
    `harden-units proposes a drop-in for each of these ${units.length} unit${units.length === 1 ? "" : "s"} of ${code(options.base)}. A drop-in only adds settings: the unit files stay as they are, and deleting the drop-in undoes it. Exposure is scored as \`systemd-analyze security --offline=true\` scores it (0 is best, 10 worst).`,
    "",
  ];
  for (const u of units) {
    const p = u.proposal;
    out.push(
      `### ${code(p.unitPath)}`,
      "",
      `Drop-in: ${code(p.dropinPath)}`,
      "",
      "| systemd | exposure before | after |",
      "|---|---|---|",
    );
    for (const v of u.byVersion)
      out.push(`| ${v.version} | ${formatExposure(v.before)} | ${formatExposure(v.after)} |`);
    out.push("", `Settings: ${p.settings.map((s) => code(`${s.key}=${s.value}`)).join(", ")}`, "");
    if (p.heldBack.length > 0) {
      out.push(
        "Held back:",
        "",
        ...p.heldBack.map((h) => `- ${code(h.key)}: ${escapeInline(h.reason)}`),
        "",
      );
    }
  }
  if (leftOut.length > 0) {
    out.push(
      "### Left out",
      "",
      "| unit | why |",
      "|---|---|",
      ...leftOut.map(
        (l) => `| ${code(l.path)} | ${escapeInline(l.reason).replace(/\|/g, "\\|")} |`,
      ),
      "",
    );
  }
  out.push(
    "### Opting out",
    "",
    `- Leave a unit out of this pull request: list it under \`hardening-exclude\` in ${code(options.policyPath)} (\`hardening-exclude = deploy/legacy-*.service\`).`,
    "- Keep a setting out of a unit's drop-in: waive its check in the policy file's `[waivers]` (`deploy/app.service = PrivateNetwork -- needs the host network`) or with a comment line in the unit, `# harden-units: ignore PrivateNetwork -- needs the host network`.",
    "- Closing this pull request without merging it is a no: harden-units does not open it again until its proposal changes.",
    "- Commits pushed to this branch by anyone else are never overwritten: harden-units then leaves the branch alone.",
    "",
  );
  return out.join("\n");
}
