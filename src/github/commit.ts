/**
 * fix: commit. One commit per run on the pull request's branch through the Git Data API (blobs,
 * tree, commit, ref update without force), with no custom author so GitHub marks it Verified,
 * adding or updating `<unit>.d/<name>` for each unit where the content differs. Never under
 * .github/, never on a fork's branch, never when the branch moved since the scan.
 */
import { formatExposure } from "../core/checks/score.js";
import type { Proposal } from "../core/fix/propose.js";
import { writablePath } from "../core/fix/hardening-pr.js";
import { describeError, httpStatus, missingPermission, shortSha, type GitHubApi } from "./api.js";

export type CommitOutcome =
  | { readonly kind: "committed"; readonly sha: string; readonly paths: readonly string[] }
  | { readonly kind: "nothing" }
  | { readonly kind: "refused"; readonly reason: string };

export function commitMessage(proposals: readonly { proposal: Proposal; unit: string }[]): string {
  const lines = proposals.map(
    ({ proposal: p, unit }) =>
      `- ${unit}: ${formatExposure(p.exposureBefore)} -> ${formatExposure(p.exposureAfter)} (${p.dropinPath})`,
  );
  return `harden-units: harden ${proposals.length} unit${proposals.length === 1 ? "" : "s"} with drop-ins\n\nExposure as systemd-analyze security scores it:\n${lines.join("\n")}\n`;
}

export { writablePath };

export async function commitDropins(
  api: GitHubApi,
  branch: string,
  scannedSha: string,
  proposals: readonly { proposal: Proposal; unit: string }[],
): Promise<CommitOutcome> {
  const files = new Map(
    proposals
      .filter(({ proposal: p }) => p.changed && writablePath(p.dropinPath))
      .map(({ proposal: p }) => [p.dropinPath, p.content]),
  );
  if (files.size === 0) return { kind: "nothing" };
  let current: string;
  try {
    current = await api.getBranchSha(branch);
  } catch (e) {
    return { kind: "refused", reason: `cannot read the branch ${branch}: ${describeError(e)}` };
  }
  if (current !== scannedSha) {
    return {
      kind: "refused",
      reason: `the branch ${branch} moved to ${shortSha(current)} since ${shortSha(scannedSha)} was scanned; no force push`,
    };
  }
  try {
    const sha = await api.commitFiles(
      branch,
      scannedSha,
      files,
      commitMessage(proposals.filter(({ proposal: p }) => files.has(p.dropinPath))),
    );
    return { kind: "committed", sha, paths: [...files.keys()] };
  } catch (e) {
    const why =
      httpStatus(e) === 422
        ? `the branch ${branch} moved during the commit (not a fast forward); no force push`
        : (missingPermission(e, `write to ${branch}`, "contents") ?? describeError(e));
    return { kind: "refused", reason: why };
  }
}
