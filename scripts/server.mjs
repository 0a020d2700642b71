// The production server: the built app (`next build`) served by several Node processes.
// `next start` is one process, so on a 2-core machine it renders one page at a time while the
// other core idles. This runs Next's own request handler (the custom-server API,
// `next({ dev: false })`, the same handler `next start` uses) in TIERLINE_WEB_WORKERS worker
// processes (default: one per core) that share the port through node:cluster.
// Used by `npm start` (scripts/run-app.ts), the benchmark and the end-to-end tests.
//
//   node scripts/server.mjs --port 3000 [--hostname 127.0.0.1]
//
// SIGTERM / SIGINT: stop accepting connections, finish the requests in flight, exit (143/130).
// A worker that dies is replaced; if the primary is killed hard, the workers exit with it
// (node:cluster closes their channel).
import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const port = Number(option("port", process.env.PORT ?? 3000));
const hostname = option("hostname", undefined);
const workers = Math.max(1, Number(process.env.TIERLINE_WEB_WORKERS || os.availableParallelism()));
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
const log = (m) => console.log(`[server] ${m}`);

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// Reverse proxies in front of the app (lib/auth/forwarded.ts reads the same setting, same rule).
const trustedHops = (() => {
  const n = Number(process.env.TIERLINE_TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
})();

/**
 * X-Forwarded-Host and -Proto as Next (its server-action origin check, its redirects) and
 * lib/auth/origin.ts should see them: with no trusted proxy, removed, since only the client can
 * have written them; behind proxies, only the entry the outermost trusted one wrote.
 */
function normaliseForwarded(headers) {
  for (const name of ["x-forwarded-host", "x-forwarded-proto"]) {
    const raw = headers[name];
    if (raw === undefined) continue;
    const chain = (Array.isArray(raw) ? raw.join(",") : raw)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const entry = trustedHops > 0 ? chain[Math.max(0, chain.length - trustedHops)] : undefined;
    if (entry) headers[name] = entry;
    else delete headers[name];
  }
}

// Each request runs in a scope that the app's code reaches through this symbol (lib/errors.ts
// RequestScope): Next gives a page render or a server action no way to choose its status (an
// action that throws is a 500), so the app notes the status here and the response takes it.
const requestScopes = new AsyncLocalStorage();
globalThis[Symbol.for("tierline.request-scope")] = requestScopes;

/** The client's address as lib/auth/throttle.ts `clientIp` reads it (after the peer is appended). */
function clientIp(headers) {
  const chain = String(headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return (chain[Math.max(0, chain.length - 1 - trustedHops)] ?? "unknown").slice(0, 100);
}

/**
 * A credentials sign-in the app's sign-in gate (lib/auth/sign-in-gate.ts) refuses at once: an
 * address this process knows is refused, or no password check to spare. Answered here, before
 * Next, as next-auth would (JSON `{ url }` when the form posted json=true, else a redirect):
 * Next's floor for a route handler is ≈ 4 ms of CPU, so a flood answered by Next kept both cores
 * busy and other creators' pages waited (BENCHMARKS.md figure 8). False: Next handles it.
 */
function answeredBySignInGate(req, res) {
  if (req.method !== "POST" || !req.url?.startsWith("/api/auth/callback/credentials")) return false;
  const gate = globalThis[Symbol.for("tierline.sign-in-gate")];
  const origin = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : process.env.__NEXT_PRIVATE_ORIGIN;
  const refused = gate?.refusedSignIn(clientIp(req.headers), origin);
  if (!refused) return false;
  const chunks = [];
  let size = 0;
  req.on("data", (chunk) => {
    size += chunk.length;
    if (size <= 64 * 1024) chunks.push(chunk);
  });
  req.on("end", () => {
    const json = new URLSearchParams(Buffer.concat(chunks).toString("utf8")).get("json") === "true";
    if (json) {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(refused));
    } else {
      res.writeHead(302, { location: refused.url, "cache-control": "no-store" });
      res.end();
    }
  });
  req.on("error", () => res.destroy());
  return true;
}

const DATABASE_UNAVAILABLE_MESSAGE = "Tierline can't reach its database right now; try again in a minute.";

function databaseUnavailableBody(req) {
  const accept = String(req.headers.accept ?? "");
  if (req.url?.startsWith("/api/") || accept.includes("application/json")) {
    return ["application/json; charset=utf-8", JSON.stringify({ error: DATABASE_UNAVAILABLE_MESSAGE })];
  }
  if (!accept.includes("text/html") || req.headers["next-action"]) return ["text/plain; charset=utf-8", DATABASE_UNAVAILABLE_MESSAGE];
  return [
    "text/html; charset=utf-8",
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Tierline is unavailable</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1rem;line-height:1.5}` +
      `@media (prefers-color-scheme:dark){body{background:#020617;color:#e2e8f0}}</style></head>` +
      `<body><main><h1>Tierline is unavailable</h1><p>${DATABASE_UNAVAILABLE_MESSAGE}</p><p>Nothing you saved is lost.</p></main></body></html>`,
  ];
}

/**
 * Applies the request's scope when the response starts: its status if the app set one, or, when
 * the request found the database unreachable, a 503 with a sentence in place of whatever Next
 * rendered (an error page, an empty 500, a redirect carrying an error) so no internal text
 * reaches the client. Node starts every response through writeHead (write, end and flushHeaders
 * call it when no header is out yet), so these four cover every way Next writes.
 */
function applyScope(req, res, scope) {
  const { writeHead, write, end, flushHeaders } = res;
  let replaced = false;
  // A handler that answered the outage itself (a 503 of its own, e.g. /api/health) keeps its answer.
  const takeOver = (status = res.statusCode) => {
    if (replaced || res.headersSent || !scope.databaseUnavailable || status === 503) return replaced;
    replaced = true;
    const [type, body] = databaseUnavailableBody(req);
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    writeHead.call(res, 503, {
      "content-type": type,
      "cache-control": "no-store",
      "retry-after": "60",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
    end.call(res, req.method === "HEAD" ? undefined : body);
    return true;
  };
  const callback = (args) => args.find((a) => typeof a === "function")?.();
  res.writeHead = function (status, ...rest) {
    if (takeOver(status)) return this;
    return writeHead.call(this, scope.status ?? status, ...rest);
  };
  res.flushHeaders = function () {
    if (!takeOver()) flushHeaders.call(this);
  };
  // What Next still writes for a response that was replaced goes nowhere.
  res.write = function (...args) {
    if (!takeOver()) return write.apply(this, args);
    callback(args);
    return true;
  };
  res.end = function (...args) {
    if (!takeOver()) return end.apply(this, args);
    callback(args);
    return this;
  };
}

if (cluster.isPrimary) {
  let stopping = false;
  const fork = () => cluster.fork();
  const live = () => Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (live().length === 0) process.exit(EXIT_CODES[stopping] ?? 0);
      return;
    }
    // A worker that could not start at all (bad build, port taken) would fail again: give up.
    if (!worker.startedListening) {
      console.error(`[server] worker ${worker.process.pid} exited before serving (code ${code ?? signal}); stopping.`);
      stop("SIGTERM");
      return;
    }
    console.error(`[server] worker ${worker.process.pid} exited (code ${code ?? signal}); starting another.`);
    fork();
  });
  cluster.on("listening", (worker) => {
    worker.startedListening = true;
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = signal;
    const running = live();
    if (running.length === 0) process.exit(EXIT_CODES[signal] ?? 0);
    // Workers in our process group got the signal too (Ctrl-C, run-app.ts); tell the others.
    for (const w of running) w.process.kill(signal);
    setTimeout(() => {
      for (const w of live()) w.process.kill("SIGKILL");
      process.exit(EXIT_CODES[signal] ?? 1);
    }, 10_000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  for (let i = 0; i < workers; i++) fork();
  log(`http://${hostname ?? "localhost"}:${port} (${workers} ${workers === 1 ? "worker" : "workers"})`);
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: PROJECT_ROOT, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // As `next start` does: actions and redirects read the app's own origin from here.
  process.env.PORT = String(port);
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${hostname ?? "localhost"}:${port}`;
  const server = http.createServer((req, res) => {
    // The peer's address goes last in X-Forwarded-For, as a proxy would append it, so the one
    // entry nobody can forge is always there (lib/auth/throttle.ts `clientIp` reads it, or the
    // entry TIERLINE_TRUSTED_PROXY_HOPS before it when reverse proxies sit in front).
    const peer = req.socket.remoteAddress;
    if (peer) {
      const forwarded = req.headers["x-forwarded-for"];
      req.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
    }
    normaliseForwarded(req.headers);
    if (answeredBySignInGate(req, res)) return;
    const scope = {};
    applyScope(req, res, scope);
    requestScopes.run(scope, () =>
      handle(req, res).catch((err) => {
        console.error(`Failed to handle request for ${req.url}`, err);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      }),
    );
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    // Stop accepting, let the requests in flight finish, then close Next (its `after` work).
    server.close(() => {
      app
        .close()
        .catch((e) => console.error(e))
        .finally(() => process.exit(EXIT_CODES[signal] ?? 0));
    });
    server.closeIdleConnections();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.listen(port, hostname);
}
