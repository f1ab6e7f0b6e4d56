/** Users as GitHub shows them, and their relation to the repository. */
import type { Schema } from "./context.js";
import type { ServerImpl } from "./server.js";
import { KNOWN_USERS, nodeId, stableInt } from "./util.js";

export function user(s: ServerImpl, login: string): Schema<"simple-user"> {
  const known = KNOWN_USERS[login];
  const id = known?.id ?? stableInt(`user:${login}`);
  const type = known?.type ?? (login.endsWith("[bot]") ? "Bot" : "User");
  const u = s.api(`/users/${encodeURIComponent(login)}`);
  return {
    login,
    id,
    node_id: nodeId(type === "Bot" ? "Bot" : "User", id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: "",
    url: u,
    html_url:
      type === "Bot"
        ? `${s.htmlBase}/apps/${login.replace(/\[bot\]$/, "")}`
        : `${s.htmlBase}/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    user_view_type: "public",
    site_admin: false,
  };
}

/** A user for a commit's email, as GitHub links them (noreply addresses), or null. */
export function userForEmail(s: ServerImpl, email: string): Schema<"simple-user"> | null {
  if (email === "noreply@github.com") return user(s, "web-flow");
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email);
  return m ? user(s, m[1]!) : null;
}

export function association(s: ServerImpl, login: string): Schema<"author-association"> {
  if (login.toLowerCase() === s.main.owner.toLowerCase()) return "OWNER";
  const role = s.options.collaborators?.[login];
  if (role && role !== "none") return "COLLABORATOR";
  return "NONE";
}
