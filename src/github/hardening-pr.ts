/**
 * fix: pull-request. On a schedule, a manual run or a push to the default branch, one pull request
 * with the drop-ins of the repository's weak units, on a branch of its own, kept current and never
 * duplicated: nothing is written while the proposal is unchanged; a changed proposal is committed
 * on the current default branch (a commit whose parents are the default branch's head and the
 * branch's previous harden-units commit, so the branch only ever fast-forwards: no force push);
 * nothing left to propose closes the pull request with a comment. A branch with anyone else's
 * commit on top is left alone, and a pull request closed without merging is not opened again until
 * the proposal changes.
 */
import { createHash } from "node:crypto";
import { scanOptions } from "../core/config.js";
import {
  fingerprintIn,
  hardeningCommitMessage,
  planHardening,
  PULL_MARKER,
  pullBody,
  pullTitle,
  type HardenedUnit,
  type HardeningPlan,
} from "../core/fix/hardening-pr.js";
import { scanPaths, type UnitReport } from "../core/scan.js";
import { OverlayTree } from "../core/units/tree.js";
import { describeError, httpStatus, missingPermission, shortSha, type PullSummary } from "./api.js";
import type { RunContext } from "./event.js";
import { checkNewCommit, type FixApis, type FixOutcome } from "./fix.js";
import type { Scanned } from "./scan.js";

/** The events `fix: pull-request` acts on (a push only to the default branch). */
const EVENTS = new Set(["schedule", "workflow_dispatch", "push"]);

export function hardeningPullRequestApplies(ctx: RunContext, fix: string): boolean {
  return fix === "pull-request" && EVENTS.has(ctx.eventName);
}

export interface HardeningOutcome extends FixOutcome {
  /** The pull request opened or updated, if one was. */
  readonly pull: number | null;
}

/** The proposal's fingerprint: the drop-ins (paths and contents) and the exposures the body shows. */
export function proposalFingerprint(units: readonly HardenedUnit[]): string {
  const hash = createHash("sha256");
  for (const u of [...units].sort((a, b) =>
    a.proposal.dropinPath.localeCompare(b.proposal.dropinPath),
  )) {
    hash.update(
      `${u.proposal.dropinPath}\0${u.proposal.content}\0${u.byVersion.map((v) => `${v.version}:${v.before}:${v.after}`).join(",")}\0`,
    );
  }
  return hash.digest("hex").slice(0, 20);
}

/** Each hardened unit's exposure before and after, for each listed systemd version. */
function byVersion(scanned: Scanned, plan: HardeningPlan): HardenedUnit[] {
  const { config } = scanned;
  if (config.systemdVersions.length === 1) {
    return plan.hardened.map((h) => ({
      ...h,
      byVersion: [
        {
          version: config.systemdVersion,
          before: h.proposal.exposureBefore,
          after: h.proposal.exposureAfter,
        },
      ],
    }));
  }
  // One scan scores every listed release (UnitReport.scores): the head as scanned, and again with the drop-ins laid over it.
  const after = new OverlayTree(
    scanned.tree,
    new Map(plan.hardened.map((h) => [h.proposal.dropinPath, h.proposal.content])),
  );
  const perRelease = (reports: readonly UnitReport[]) =>
    new Map(
      reports.map((r) => [
        r.path,
        new Map((r.scores ?? []).map((s) => [s.release, s.score?.exposure])),
      ]),
    );
  const before = perRelease(scanned.reports);
  const afterScores = perRelease(
    scanPaths(
      after,
      plan.hardened.map((h) => h.proposal.unitPath),
      [],
      scanOptions(config, false),
    ),
  );
  return plan.hardened.map((h) => ({
    ...h,
    byVersion: config.systemdVersions.map((version) => ({
      version,
      before: before.get(h.proposal.unitPath)?.get(version) ?? h.proposal.exposureBefore,
      after: afterScores.get(h.proposal.unitPath)?.get(version) ?? h.proposal.exposureAfter,
    })),
  }));
}

/** Why a write was refused, in the words of the permission it needs. */
function refusal(e: unknown, permission: "contents" | "pull-requests"): string {
  const refused =
    permission === "contents"
      ? missingPermission(e, "write to the repository", "contents")
      : missingPermission(
          e,
          "open pull requests",
          "pull-requests",
          ", and the repository's Settings > Actions > General must allow GitHub Actions to create pull requests",
        );
  return refused ?? describeError(e);
}

export async function hardeningPullRequest(
  apis: FixApis,
  ctx: RunContext,
  scanned: Scanned,
): Promise<HardeningOutcome> {
  const { config } = scanned;
  const plan = planHardening(scanned.reports, config);
  const units = byVersion(scanned, plan);
  const paths = units.map((u) => u.proposal.dropinPath);
  const outcome = (
    notes: string[],
    committed: string | null = null,
    pull: number | null = null,
  ): HardeningOutcome => ({ committed, paths, notes, pull });
  const branch = config.hardeningBranch;
  const api = apis.commitApi;

  let base: string;
  let baseSha: string;
  try {
    base = await apis.api.defaultBranch();
    baseSha = await apis.api.getBranchSha(base);
  } catch (e) {
    return outcome([
      `No hardening pull request: the default branch could not be read (${describeError(e)}).`,
    ]);
  }
  if (ctx.eventName === "push" && ctx.ref !== `refs/heads/${base}`) {
    return outcome([
      `fix: pull-request acts on pushes to the default branch ${base} only; this push is to ${ctx.ref || "another ref"}.`,
    ]);
  }
  if (baseSha !== scanned.head.sha) {
    return outcome([
      `No hardening pull request: this run scanned ${shortSha(scanned.head.sha)}, but the default branch ${base} is at ${shortSha(baseSha)} (a run on another branch, or ${base} moved since); the next run on ${base} proposes.`,
    ]);
  }

  let pulls: PullSummary[];
  let branchHead: string | null;
  let branchFingerprint: string | null = null;
  try {
    // Newest first: the open one, else the last one closed.
    pulls = (await apis.api.listPullsByHead(branch, "all"))
      .filter((p) => p.body.includes(PULL_MARKER))
      .sort((a, b) => b.number - a.number);
    branchHead = await apis.api.getBranchSha(branch).catch((e: unknown) => {
      if (httpStatus(e) === 404) return null;
      throw e;
    });
    if (branchHead !== null)
      branchFingerprint = fingerprintIn(await apis.api.commitMessage(branchHead));
  } catch (e) {
    return outcome([
      `No hardening pull request: its branch ${branch} or pull requests could not be read (${describeError(e)}).`,
    ]);
  }
  const open = pulls.find((p) => p.state === "open") ?? null;
  const lastClosed = pulls.find((p) => p.state === "closed") ?? null;
  const fingerprint = proposalFingerprint(units);

  // Someone else's commit on top (or a branch harden-units never made): never overwritten.
  if (branchHead !== null && branchFingerprint === null) {
    return outcome([
      `The branch ${branch} has a commit that is not harden-units' (${shortSha(branchHead)})${open ? `, in pull request #${open.number}` : ""}: harden-units never overwrites it and leaves the branch alone. Merge or close ${open ? "the pull request" : "it"} and delete the branch, or set another hardening-branch, for a new proposal.`,
    ]);
  }

  if (units.length === 0) {
    if (!open) return outcome(["No unit needs a hardening drop-in: no hardening pull request."]);
    const why = `Nothing is left to propose: every unit of ${base} at ${shortSha(baseSha)} that scores at or above annotate-exposure is hardened or left out${plan.leftOut.length > 0 ? ` (${plan.leftOut.map((l) => `${l.path}: ${l.reason}`).join("; ")})` : ""}. harden-units closes this pull request.`;
    try {
      await api.createIssueComment(open.number, why);
      await api.updatePull(open.number, { state: "closed" });
      return outcome([
        `The hardening pull request #${open.number} is closed: nothing is left to propose.`,
      ]);
    } catch (e) {
      return outcome([
        `The hardening pull request #${open.number} proposes what is no longer needed, but it could not be closed: ${refusal(e, "pull-requests")}.`,
      ]);
    }
  }

  if (open && branchFingerprint === fingerprint && open.body.includes(fingerprint)) {
    return outcome(
      [
        `The hardening pull request #${open.number} is up to date (${units.length} unit${units.length === 1 ? "" : "s"}): nothing written.`,
      ],
      null,
      open.number,
    );
  }
  if (!open && lastClosed && !lastClosed.merged && fingerprintIn(lastClosed.body) === fingerprint) {
    return outcome([
      `The hardening pull request #${lastClosed.number} was closed without merging: harden-units does not open it again until its proposal changes.`,
    ]);
  }

  const files = new Map(units.map((u) => [u.proposal.dropinPath, u.proposal.content]));
  const body = pullBody(units, plan.leftOut, {
    fingerprint,
    base,
    policyPath: config.policy?.source || ".github/harden-units.ini",
  });
  let sha: string;
  try {
    // Our earlier commit stays a parent, so the branch fast-forwards; the tree is the default branch's plus the drop-ins.
    const parents =
      branchHead !== null && branchHead !== baseSha ? [baseSha, branchHead] : [baseSha];
    sha = await api.createCommit(
      baseSha,
      parents,
      files,
      hardeningCommitMessage(units, fingerprint),
    );
    if (branchHead === null) await api.createBranch(branch, sha);
    else await api.moveBranch(branch, sha);
  } catch (e) {
    const moved = httpStatus(e) === 422;
    return degraded(
      moved
        ? `the branch ${branch} moved while harden-units ran (someone pushed to it); no force push`
        : refusal(e, "contents"),
      moved,
    );
  }
  let number: number;
  try {
    if (open) {
      await api.updatePull(open.number, { title: pullTitle(units.length), body });
      number = open.number;
    } else {
      number = await api.createPull(branch, base, pullTitle(units.length), body);
    }
  } catch (e) {
    return degraded(refusal(e, "pull-requests"), false, sha);
  }
  const notes = [
    `${open ? "Updated" : "Opened"} the hardening pull request #${number}: ${units.length} drop-in${units.length === 1 ? "" : "s"} on ${branch} (${shortSha(sha)}).`,
  ];
  if (!apis.commitsStartRuns) notes.push(...(await checkNewCommit(apis, scanned, sha, units)));
  return outcome(notes, sha, number);

  /** The drop-ins stay in the job summary; a notice names what was missing; the step does not fail. */
  function degraded(
    why: string,
    moved: boolean,
    committed: string | null = null,
  ): HardeningOutcome {
    const line = `No hardening pull request: ${why}. The ${units.length} proposed drop-in${units.length === 1 ? " is" : "s are"} in the job summary.`;
    const notice = moved
      ? {}
      : { notice: { title: "harden-units: fix: pull-request", message: line } };
    return { ...outcome([line], committed), ...notice };
  }
}
