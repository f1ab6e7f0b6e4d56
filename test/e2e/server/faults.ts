/**
 * Injected failures: a status GitHub might answer with (5xx, rate limits), a request that never
 * gets an answer (the client must give up on it), and a request held until the test lets it go on
 * (to act while the action waits, e.g. push to the branch). None of them sleeps: what the tests
 * observe does not depend on the machine's speed.
 */
import { randomBytes } from "node:crypto";
import type { Result } from "./context.js";
import type { Fault, Hold, RecordedRequest } from "./types.js";
import { errorBody } from "./util.js";

export interface ActiveFault extends Fault {
  /** How many more matching requests it takes. */
  left: number;
  /** A hold: the request waits for this, then is answered normally. */
  gate?: Promise<void>;
  /** A hold: called when the request arrives. */
  arrived?: (request: RecordedRequest) => void;
}

export class Faults {
  private readonly list: ActiveFault[] = [];
  private readonly releases = new Set<() => void>();

  add(f: Fault): void {
    this.list.push({ ...f, left: f.times ?? 1 });
  }

  /** Holds the next request that matches until the test releases it (see GitHubServer.hold). */
  hold(match: { method?: string; path: RegExp }): Hold {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrived!: (request: RecordedRequest) => void;
    const seen = new Promise<RecordedRequest>((resolve) => (arrived = resolve));
    this.releases.add(release);
    this.list.push({ ...match, status: 0, left: 1, gate, arrived });
    return {
      arrived: seen,
      release: () => {
        this.releases.delete(release);
        release();
      },
    };
  }

  /** Lets every held request go on (the server is closing). */
  releaseAll(): void {
    for (const r of this.releases) r();
    this.releases.clear();
  }

  /** The first fault with uses left whose method and path match (the path as sent or decoded). */
  match(method: string, fullPath: string): ActiveFault | undefined {
    let decoded = fullPath;
    try {
      decoded = decodeURIComponent(fullPath);
    } catch {
      /* keep */
    }
    for (const f of this.list) {
      if (f.left <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      f.path.lastIndex = 0;
      const hit = f.path.test(fullPath) || ((f.path.lastIndex = 0), f.path.test(decoded));
      if (!hit) continue;
      f.left--;
      return f;
    }
    return undefined;
  }
}

export function faultResult(f: Fault): Result {
  const headers: Record<string, string> = {};
  const secondaryMessage =
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
    `If you reach out to GitHub Support for help, please include the request ID ${randomBytes(4).toString("hex").toUpperCase()}:${randomBytes(4).toString("hex").toUpperCase()}.`;
  let body: Record<string, unknown>;
  if (f.secondary || f.status === 429) {
    headers["retry-after"] = String(f.retryAfter ?? 1);
    body = errorBody(
      f.status,
      secondaryMessage,
      "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
    );
  } else {
    if (f.retryAfter !== undefined) headers["retry-after"] = String(f.retryAfter);
    const messages: Record<number, string> = {
      400: "Bad Request",
      401: "Bad credentials",
      403: "Resource not accessible by integration",
      404: "Not Found",
      409: "Conflict",
      422: "Unprocessable Entity",
      500: "Server Error",
      502: "Server Error",
      503: "Service Unavailable",
      504: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
    };
    body = errorBody(f.status, messages[f.status] ?? "Server Error");
  }
  return { status: f.status, body: f.body ?? body, headers };
}
