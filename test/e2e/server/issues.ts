/** Comments on a pull request's conversation (the issues API). */
import type { BodyOf, Ctx, RepoCtx, Result, Schema } from "./context.js";
import { pull } from "./pulls.js";
import type { ServerImpl } from "./server.js";
import type { IssueCommentState } from "./types.js";
import { association, user } from "./users.js";
import { errorBody, HttpError, isoNow, nodeId } from "./util.js";

export function issueCommentObject(
  s: ServerImpl,
  repo: RepoCtx,
  ic: IssueCommentState,
): Schema<"issue-comment"> {
  const url = s.repoApi(repo, `/issues/comments/${ic.id}`);
  return {
    id: ic.id,
    node_id: nodeId("IssueComment", ic.id),
    url,
    html_url: `${s.htmlBase}/${repo.fullName}/pull/${ic.issue}#issuecomment-${ic.id}`,
    body: ic.body,
    user: user(s, ic.user),
    created_at: ic.created_at,
    updated_at: ic.updated_at,
    issue_url: s.repoApi(repo, `/issues/${ic.issue}`),
    author_association: association(s, ic.user),
    performed_via_github_app: null,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      "+1": 0,
      "-1": 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  };
}

export function listIssueComments(s: ServerImpl, c: Ctx): Result {
  const p = pull(s, c);
  let list = s.state.issueComments.filter((x) => x.issue === p.spec.number);
  if (c.query.since) list = list.filter((x) => x.updated_at >= c.query.since!);
  const page = s.paginate(c, list);
  return {
    status: 200,
    body: page.items.map((x) => issueCommentObject(s, c.repo, x)),
    headers: page.headers,
  };
}

export function createIssueComment(s: ServerImpl, c: Ctx<BodyOf<"issues/create-comment">>): Result {
  const p = pull(s, c);
  s.checkBodyLength(c.body.body, "IssueComment");
  const now = isoNow();
  const ic: IssueCommentState = {
    id: s.nextId++,
    issue: p.spec.number,
    body: c.body.body,
    user: c.token!.login,
    created_at: now,
    updated_at: now,
  };
  s.state.issueComments.push(ic);
  const body = issueCommentObject(s, c.repo, ic);
  return { status: 201, body, headers: { location: body.url } };
}

export function issueComment(s: ServerImpl, c: Ctx): IssueCommentState {
  const ic = s.state.issueComments.find((x) => x.id === Number(c.params.comment_id));
  if (!ic || c.repo.fork) throw new HttpError(404, errorBody(404, "Not Found"));
  return ic;
}

export function updateIssueComment(s: ServerImpl, c: Ctx<BodyOf<"issues/update-comment">>): Result {
  const ic = issueComment(s, c);
  s.checkBodyLength(c.body.body, "IssueComment");
  ic.body = c.body.body;
  ic.updated_at = isoNow();
  return { status: 200, body: issueCommentObject(s, c.repo, ic) };
}

export function deleteIssueComment(s: ServerImpl, c: Ctx): Result {
  const ic = issueComment(s, c);
  s.state.issueComments.splice(s.state.issueComments.indexOf(ic), 1);
  return { status: 204 };
}
