/**
 * The operations this server answers (by GitHub's operationId), the permission each needs, and
 * its handler. These are the calls of src/github/api.ts (the GitHubApi surface) and nothing more:
 * anything else the action might start calling is reported as "unimplemented".
 */
import { getBlob, getGitCommit, getRef, getTree, createBlob, createCommit } from "./git.js";
import { createRef, createTree, updateRef } from "./git.js";
import { createCheckRun, updateCheckRun } from "./checks.js";
import type { Access, Handler } from "./context.js";
import {
  createIssueComment,
  deleteIssueComment,
  listIssueComments,
  updateIssueComment,
} from "./issues.js";
import { createPull, getPull, listPullFiles, listPulls, updatePull } from "./pulls.js";
import { collaboratorPermission, compare, getRepo } from "./repos.js";
import {
  createReview,
  createReviewComment,
  deleteReviewComment,
  listReviewComments,
  updateReviewComment,
} from "./reviews.js";

const read = (scope: Access["scope"]): Access => ({ scope, level: "read" });
const write = (scope: Access["scope"]): Access => ({ scope, level: "write" });

export const HANDLERS: Readonly<Record<string, { access: Access; run: Handler }>> = {
  // repos
  "repos/get": { access: read("metadata"), run: getRepo },
  "repos/get-collaborator-permission-level": {
    access: read("metadata"),
    run: collaboratorPermission,
  },
  "repos/compare-commits-with-basehead": { access: read("contents"), run: compare },
  // pulls
  "pulls/list": { access: read("pullRequests"), run: listPulls },
  "pulls/get": { access: read("pullRequests"), run: getPull },
  "pulls/create": { access: write("pullRequests"), run: createPull },
  "pulls/update": { access: write("pullRequests"), run: updatePull },
  "pulls/list-files": { access: read("pullRequests"), run: listPullFiles },
  // git data
  "git/get-tree": { access: read("contents"), run: getTree },
  "git/get-blob": { access: read("contents"), run: getBlob },
  "git/get-commit": { access: read("contents"), run: getGitCommit },
  "git/get-ref": { access: read("contents"), run: getRef },
  "git/create-blob": { access: write("contents"), run: createBlob },
  "git/create-tree": { access: write("contents"), run: createTree },
  "git/create-commit": { access: write("contents"), run: createCommit },
  "git/create-ref": { access: write("contents"), run: createRef },
  "git/update-ref": { access: write("contents"), run: updateRef },
  // checks
  "checks/create": { access: write("checks"), run: createCheckRun },
  "checks/update": { access: write("checks"), run: updateCheckRun },
  // reviews and review comments
  "pulls/create-review": { access: write("pullRequests"), run: createReview },
  "pulls/list-review-comments": { access: read("pullRequests"), run: listReviewComments },
  "pulls/create-review-comment": { access: write("pullRequests"), run: createReviewComment },
  "pulls/update-review-comment": { access: write("pullRequests"), run: updateReviewComment },
  "pulls/delete-review-comment": { access: write("pullRequests"), run: deleteReviewComment },
  // conversation comments
  "issues/list-comments": { access: read("issuesOrPulls"), run: listIssueComments },
  "issues/create-comment": { access: write("issuesOrPulls"), run: createIssueComment },
  "issues/update-comment": { access: write("issuesOrPulls"), run: updateIssueComment },
  "issues/delete-comment": { access: write("issuesOrPulls"), run: deleteIssueComment },
};

/** Operation ids this server implements. */
export const IMPLEMENTED_OPERATIONS: readonly string[] = Object.keys(HANDLERS);
