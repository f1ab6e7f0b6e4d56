/**
 * The action's fix step on a pull request: `fix: commit` commits the drop-ins on its branch, then
 * suggests what was not committed (a fork, a refused or moved branch, drop-ins under .github/);
 * `fix: suggest` suggests them in a review. Earlier comments of units that need nothing more say so.
 */
import { gateOptions } from "../core/config.js";
import { summaryMarkdown } from "../core/format/markdown.js";
import { gateFailures } from "../core/gate.js";
import type { Proposal } from "../core/fix/propose.js";
import { scanPaths, type UnitReport } from "../core/scan.js";
import { OverlayTree } from "../core/units/tree.js";
import { describeError, FORK_TOKEN, missingPermission, sentence, type GitHubApi } from "./api.js";
import { commitDropins, writablePath } from "./commit.js";
import { DiffIndex } from "./diff.js";
import type { PullRequestInfo } from "./event.js";
import { actionAnnotateOptions, annotationsOf, postCheckRun } from "./reporter.js";
import { planComments, postReview } from "./review.js";
import type { Scanned } from "./scan.js";

export interface FixOutcome {
  /** The commit made, if one was. */
  readonly committed: string | null;
  /** The drop-in paths proposed or committed. */
  readonly paths: readonly string[];
  /** What the summary should say about the fix. */
  readonly notes: readonly string[];
  /** A notice for the run's page, when a write the fix needed was refused (the step does not fail). */
  readonly notice?: { readonly title: string; readonly message: string };
}

/** The unit's proposed drop-in, when it changes something. */
function changedProposal(r: UnitReport): Proposal | null {
  return r.fix && "proposal" in r.fix && r.fix.proposal.changed ? r.fix.proposal : null;
}

/** The drop-ins the scan proposes that change something. */
export function proposals(reports: readonly UnitReport[]): { proposal: Proposal; unit: string }[] {
  return reports.flatMap((r) => {
    const proposal = changedProposal(r);
    return proposal ? [{ proposal, unit: r.unit }] : [];
  });
}

/** The outcome of a run that posts no fix: the drop-ins are only proposed. */
export function proposedOnly(reports: readonly UnitReport[]): FixOutcome {
  return {
    committed: null,
    paths: proposals(reports).map((p) => p.proposal.dropinPath),
    notes: [],
  };
}

/** How the fix step reaches GitHub: `commitApi` commits (a token whose commits start workflows, or the same). */
export interface FixApis {
  readonly api: GitHubApi;
  readonly commitApi: GitHubApi;
  /** The check run's name, for the result posted on a commit that starts no run. */
  readonly checkName: string;
  /** Whether the commits start workflow runs (a commit token was given). */
  readonly commitsStartRuns: boolean;
}

export async function fixPullRequest(
  apis: FixApis,
  mode: "suggest" | "commit",
  pull: PullRequestInfo,
  scanned: Scanned,
): Promise<FixOutcome> {
  const notes: string[] = [];
  const wanted = proposals(scanned.reports);
  // Scored units that need no (more) drop-in: their earlier comments say so.
  const resolved = new Set(
    scanned.reports.filter((r) => r.score && !changedProposal(r)).map((r) => r.path),
  );
  let toSuggest = wanted;
  let committed: string | null = null;
  if (mode === "commit") {
    if (pull.fork) {
      notes.push(
        `The branch of this pull request lives in the fork ${pull.headRepo}, where harden-units does not commit: it suggests the drop-ins instead.`,
      );
    } else {
      const outcome = await commitDropins(apis.commitApi, pull.headRef, pull.headSha, wanted);
      if (outcome.kind === "refused") {
        notes.push(`No commit: ${outcome.reason}. harden-units suggests the drop-ins instead.`);
      } else {
        const done = wanted.filter(
          (w) => outcome.kind === "committed" && outcome.paths.includes(w.proposal.dropinPath),
        );
        if (outcome.kind === "committed") {
          committed = outcome.sha;
          if (!apis.commitsStartRuns)
            notes.push(...(await checkNewCommit(apis, scanned, outcome.sha, done)));
        }
        // The default token's commit starts no run, so this one marks the units it hardened as done.
        for (const w of done) resolved.add(w.proposal.unitPath);
        toSuggest = wanted.filter((w) => !writablePath(w.proposal.dropinPath));
        if (toSuggest.length > 0)
          notes.push(
            `harden-units never writes under .github/: it suggests ${toSuggest.map((w) => w.proposal.dropinPath).join(", ")} instead.`,
          );
      }
    }
  }
  if (toSuggest.length > 0 || resolved.size > 0)
    notes.push(...(await suggest(apis.api, pull, scanned, toSuggest, resolved)));
  return { committed, paths: wanted.map((w) => w.proposal.dropinPath), notes };
}

/** Review suggestions on the diff; what could not be posted, as notes. */
async function suggest(
  api: GitHubApi,
  pull: PullRequestInfo,
  scanned: Scanned,
  toSuggest: ReturnType<typeof proposals>,
  resolved: ReadonlySet<string>,
): Promise<string[]> {
  const diff = new DiffIndex(
    scanned.pullFiles.files.map((f) => ({
      filename: f.filename,
      ...(f.patch !== undefined && { patch: f.patch }),
    })),
  );
  try {
    const outcome = await postReview(
      api,
      pull.number,
      pull.headSha,
      planComments(scanned.tree, toSuggest, diff),
      resolved,
    );
    if (!outcome.refused) return [];
    return [
      `GitHub refused the review comments' places (${outcome.refused}), probably because the pull request changed while harden-units ran: the drop-ins are in the conversation instead, and the run for the new head puts them in the diff.`,
    ];
  } catch (e) {
    const refused = missingPermission(
      e,
      "comment on this pull request",
      "pull-requests",
      FORK_TOKEN,
    );
    return [
      refused
        ? `${sentence(refused)}, so the drop-ins are only in the summary below.`
        : `The suggestions could not be posted (${describeError(e)}); the drop-ins are in the summary below.`,
    ];
  }
}

/** Re-scores the head with the committed drop-ins and posts the result as a check run on the new commit. */
export async function checkNewCommit(
  apis: FixApis,
  scanned: Scanned,
  sha: string,
  committed: readonly { proposal: Proposal }[],
): Promise<string[]> {
  // The scanned tree with the drop-ins laid over it (never a copy: the workspace may be large).
  const tree = new OverlayTree(
    scanned.tree,
    new Map(committed.map((c) => [c.proposal.dropinPath, c.proposal.content])),
  );
  const reports = scanPaths(
    tree,
    scanned.selection.units,
    scanned.selection.orphans,
    scanned.options,
  );
  const gate = gateFailures(reports, gateOptions(scanned.config, scanned.base));
  try {
    await postCheckRun(apis.api, apis.checkName, sha, {
      title: `Re-scored after the harden-units commit: ${gate.length === 0 ? "passes" : "fails"}`,
      summary: summaryMarkdown(reports, { base: scanned.base, gate }),
      annotations: annotationsOf(reports, actionAnnotateOptions(scanned, gate, true)).slice(0, 50),
      failed: gate.length > 0,
    });
    return [];
  } catch (e) {
    return [
      `The result could not be posted on the new commit (${describeError(e)}); the next push re-runs the check.`,
    ];
  }
}
