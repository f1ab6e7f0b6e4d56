/**
 * A local stand-in for api.github.com, for end-to-end tests of the action.
 *
 * It answers the REST endpoints the action calls (src/github/api.ts: pull requests and their
 * files, the comparison of two commits, the Git Data API, check runs, reviews and comments,
 * collaborator permissions, the repository) from a real git repository, writes real objects into
 * it, and checks every request against GitHub's OpenAPI description (@octokit/openapi,
 * api.github.com.deref.json) and GitHub's documented limits. What a client does wrong is recorded
 * in `violations`, which the tests assert to be empty.
 *
 * Modules: types.ts (what tests see), server.ts (state and request pipeline), router.ts (checks
 * in GitHub's order), openapi.ts (the description and its validators), faults.ts (injected
 * failures, hangs and holds), handlers.ts (the operations answered) and one module per resource:
 * repos.ts, pulls.ts, git.ts, checks.ts, reviews.ts, issues.ts, users.ts; diff.ts computes a pull
 * request's diff as GitHub does.
 *
 * `violations` entries start with their kind:
 *   "openapi: ..."        no such operation, bad path/query parameter, unknown query parameter,
 *                         body not JSON or not valid against the requestBody schema (=> 404/422)
 *   "unimplemented: ..."  a real GitHub operation this server does not answer (=> 404)
 *   "limit: ..."          a documented limit or rule broken (per_page > 100, more than 50
 *                         annotations, bodies over 65536 characters, a review comment outside the
 *                         diff, rate limits, malformed refs or trees, ...), answered as GitHub does
 *   "server bug: ..."     an exception in this server (=> 500)
 * Refusals that are legitimate outcomes (401, 403 for a missing permission, 404 for something
 * that does not exist, 409, "Update is not a fast forward", injected faults) are not violations.
 */
import fs from "node:fs";
import { revParse } from "../git-fixture.js";
import { loadSpec } from "./openapi.js";
import { ServerImpl } from "./server.js";
import type { GitHubServer, GitHubServerOptions } from "./types.js";

export type * from "./types.js";
export { computeDiff, type DiffFile } from "./diff.js";
export { IMPLEMENTED_OPERATIONS } from "./handlers.js";
export {
  loadSpec,
  matchOperation,
  validateRequestBody,
  validateResponse,
  type OpFull,
} from "./openapi.js";

/** Starts the server on 127.0.0.1 (a free port). */
export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubServer> {
  loadSpec();
  if (!fs.existsSync(options.gitDir)) throw new Error(`no repository at ${options.gitDir}`);
  const s = new ServerImpl(options);
  for (const p of options.pulls ?? []) {
    for (const b of [p.base, p.head]) {
      if (!revParse(s.gitDir, `refs/heads/${b}`))
        throw new Error(`pull #${p.number}: no branch ${b} in ${options.gitDir}`);
    }
  }
  await s.listen();
  return s;
}
