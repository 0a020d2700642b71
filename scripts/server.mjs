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

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

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
    handle(req, res).catch((err) => {
      console.error(`Failed to handle request for ${req.url}`, err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
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
