/** `/harden-units fix` in a pull request's comments: commit mode, for people who may write. */
import type { Given } from "../core/config.js";
import type { CommentCommand, PullRequestInfo, RunContext } from "./event.js";
import { shortSha } from "./api.js";
import { fixPullRequest, type FixApis, type FixOutcome } from "./fix.js";
import { codeSpan } from "./review.js";
import { scanHead } from "./scan.js";

/** What the command did: the fix's outcome, or nothing (refused, or a closed pull request). */
export type CommandOutcome =
  | { readonly done: false; readonly log: string }
  | { readonly done: true; readonly fix: FixOutcome };

export async function runCommand(
  ctx: RunContext,
  cmd: CommentCommand,
  apis: FixApis,
  given: Given,
): Promise<CommandOutcome> {
  const { api } = apis;
  const permission = await api.collaboratorPermission(cmd.user).catch(() => "none");
  if (!["admin", "maintain", "write"].includes(permission)) {
    await api
      .createIssueComment(
        cmd.pull,
        `@${cmd.user} thanks for asking! Only people who can write to this repository can ask harden-units to commit fixes; the suggested drop-ins are in the review comments and the check's summary.`,
      )
      .catch(() => undefined);
    return {
      done: false,
      log: `harden-units: ${cmd.user} may not write to the repository (${permission}); refused politely`,
    };
  }
  const info = await api.getPull(cmd.pull);
  if (info.state !== "open") {
    await api
      .createIssueComment(
        cmd.pull,
        `@${cmd.user} this pull request is ${info.state}: harden-units commits fixes only to open pull requests.`,
      )
      .catch(() => undefined);
    return {
      done: false,
      log: `harden-units: pull request #${cmd.pull} is ${info.state}; nothing to do`,
    };
  }
  const pull: PullRequestInfo = {
    number: cmd.pull,
    baseSha: info.baseSha,
    baseRef: info.baseRef,
    headSha: info.headSha,
    headRef: info.headRef,
    headRepo: info.headRepo,
    fork: info.headRepo !== `${ctx.owner}/${ctx.repo}`,
    changedFiles: info.changedFiles,
  };
  // The workspace holds the default branch, not the pull request: everything is read through the API.
  const scanned = await scanHead({ ...ctx, workspace: "/nonexistent" }, api, given, pull);
  const fix = await fixPullRequest(apis, "commit", pull, scanned);
  const message = fix.committed
    ? `@${cmd.user} harden-units committed ${fix.paths.map(codeSpan).join(", ")} in ${shortSha(fix.committed)}.`
    : fix.paths.length === 0
      ? `@${cmd.user} harden-units found nothing to commit: the drop-ins of this pull request's units are up to date.`
      : `@${cmd.user} harden-units did not commit. ${[...scanned.pullFiles.notes, ...fix.notes].join(" ")}`;
  await api.createIssueComment(cmd.pull, message).catch(() => undefined);
  return { done: true, fix };
}
