#!/usr/bin/env node
// Drop-in replacement for Prisma's native `schema-engine` binary, backed by Prisma's own
// @prisma/schema-engine-wasm + @prisma/adapter-pg (PostgreSQL only). Use with the real CLI:
//   PRISMA_SCHEMA_ENGINE_BINARY=./scripts/prisma-schema-engine.mjs npx prisma migrate deploy
// Speaks the same protocol as the binary: JSON-RPC 2.0, one message per line on stdin/stdout;
// plus `--version` and `cli can-connect-to-database|create-database|drop-database`.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

// ---- args: [--datamodels f]... [--datasource json] [--enabled-preview-features x] [--extension-types json] [cli cmd]
const argv = process.argv.slice(2);
const datamodels = [];
let datasource = {};
let cliCmd = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--datamodels') datamodels.push(argv[++i]);
  else if (a === '--datasource') datasource = JSON.parse(argv[++i]);
  else if (a === '--enabled-preview-features' || a === '--extension-types') i++;
  else if (a === 'cli') cliCmd = argv[++i];
  else if (a === '--version' || a === '-V') cliCmd = '--version';
}
const url = datasource.url ?? process.env.DATABASE_URL;
if (!url && cliCmd !== '--version') { console.error('prisma-schema-engine shim: no datasource url (prisma.config.ts datasource.url or DATABASE_URL)'); process.exit(1); }

// ---- wasm engine loader (wasm-bindgen "bundler" build -> instantiate by hand under Node)
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { message: '', set_message(m) { this.message = m; } };
async function loadWasm() {
  const bgUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import(bgUrl);
  const bytes = fs.readFileSync(process.env.SCHEMA_ENGINE_WASM_PATH ?? path.join(path.dirname(fileURLToPath(bgUrl)), 'schema_engine_bg.wasm'));
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(inst.exports);
  inst.exports.__wbindgen_start();
  return bg;
}

// Parsed object, not {connectionString}: pg lets connectionString override `database`.
function pgConfig(u) {
  const x = new URL(u);
  const sslmode = x.searchParams.get('sslmode');
  return {
    host: x.hostname || x.searchParams.get('host') || 'localhost', port: Number(x.port || 5432),
    user: decodeURIComponent(x.username), password: decodeURIComponent(x.password) || undefined,
    database: decodeURIComponent(x.pathname.slice(1)) || 'postgres',
    ssl: sslmode && sslmode !== 'disable' ? { rejectUnauthorized: sslmode === 'verify-full' } : undefined,
    // like the native engine: ?schema=x selects the schema migrations run in
    options: x.searchParams.get('schema') ? `-c search_path="${x.searchParams.get('schema')}"` : undefined,
  };
}

// Adapter-pg 7.10.1 and engine problems, patched on the adapter's classes:
// 1. pg_catalog "char" (OID 18) columns -> UnsupportedNativeDataType; the engine then fails with
//    "Column type 'char' could not be deserialized from the database". Treat them as text (OID 25).
// 2. executeScript() splits the migration on every ";" (breaks $$-functions, DO blocks, ';' in
//    strings/comments) and runs the pieces one by one on a *pool* (no implicit transaction).
//    Send the whole script as one simple-protocol query, like the native engine does.
async function patchAdapterPg(factory) {
  const probe = await factory.connect();
  const adapterProto = Object.getPrototypeOf(probe); // PrismaPgAdapter.prototype
  const queryableProto = Object.getPrototypeOf(adapterProto); // PgQueryable.prototype
  await probe.dispose();
  if (queryableProto.__offlinePatched) return;
  const performIO = queryableProto.performIO;
  queryableProto.performIO = async function (q) {
    const r = await performIO.call(this, q);
    for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    // 3. PostgreSQL 18 records NOT NULL as pg_constraint rows (contype 'n'). The engine's
    //    check-constraint query only excludes 'p', 'u', 'f' and panics ("unreachable") on 'n'.
    //    NOT NULL is already read from pg_attribute, so those rows carry nothing new: drop them.
    const typeCol = r?.fields?.findIndex((f) => f.name === 'constraint_type') ?? -1;
    if (typeCol >= 0 && Array.isArray(r.rows)) {
      r.rows = r.rows.filter((row) => (Array.isArray(row) ? row[typeCol] : row.constraint_type) !== 'n');
      if (typeof r.rowCount === 'number') r.rowCount = r.rows.length;
    }
    return r;
  };
  adapterProto.executeScript = async function (script) {
    try { await this.client.query(script); } catch (e) { this.onError(e); }
  };
  queryableProto.__offlinePatched = true;
}

async function makeEngine() {
  const bg = await loadWasm();
  const cfg = pgConfig(url);
  const schema = new URL(url).searchParams.get('schema');
  const opts = schema ? { schema } : undefined;
  const factory = new PrismaPg(cfg, opts);
  await patchAdapterPg(factory);
  // adapter-pg 7.10.1 bug: its connectToShadowDb drops the temp DB before closing the pool
  // ("database ... is being accessed by other users") and leaks it. Own implementation:
  factory.connectToShadowDb = async () => {
    if (datasource.shadowDatabaseUrl) { // dedicated shadow DB: wipe it first, like the native engine
      const sh = await new PrismaPg(pgConfig(datasource.shadowDatabaseUrl), opts).connect();
      await sh.executeScript(`DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
        LOOP EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname); END LOOP;
        CREATE SCHEMA public; END $$;`);
      return sh;
    }
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const admin = new pg.Client(cfg);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const sh = await new PrismaPg({ ...cfg, database: name }, opts).connect();
    const dispose = sh.dispose.bind(sh);
    sh.dispose = async () => {
      try { await dispose(); } finally { await admin.query(`DROP DATABASE IF EXISTS "${name}"`); await admin.end(); }
    };
    return sh;
  };
  const files = datamodels.map((f) => [f, fs.readFileSync(f, 'utf8')]);
  const log = (m) => process.env.SCHEMA_ENGINE_SHIM_DEBUG && process.stderr.write(`${m}\n`);
  return bg.SchemaEngine.new({ datamodels: files.length ? files : undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

// ---- `cli` sub-commands (used by `migrate dev/deploy` to ensure the database exists)
async function runCli(cmd) {
  const cfg = pgConfig(url);
  const fail = (code, message) => {
    // The CLI drops the first stderr line (the native binary logs a start-up line first).
    process.stderr.write(JSON.stringify({ level: 'INFO', target: 'schema_engine', fields: { message: 'wasm shim' } }) + '\n');
    process.stderr.write(JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields: { error_code: code, message } }) + '\n');
    process.exit(1);
  };
  if (cmd === 'can-connect-to-database') {
    const c = new pg.Client(cfg);
    try { await c.connect(); await c.end(); } catch (e) {
      if (e.code === '3D000') fail('P1003', `Database \`${cfg.database}\` does not exist`);
      fail('P1001', `Can't reach database server at \`${cfg.host}:${cfg.port}\`: ${e.message}`);
    }
  } else if (cmd === 'create-database' || cmd === 'drop-database') {
    const c = new pg.Client({ ...cfg, database: 'postgres' });
    try {
      await c.connect();
      await c.query(`${cmd === 'create-database' ? 'CREATE' : 'DROP'} DATABASE "${cfg.database.replace(/"/g, '""')}"`);
      await c.end();
    } catch (e) { fail('P1000', e.message); }
    if (cmd === 'create-database') process.stdout.write(JSON.stringify({ databaseName: cfg.database }) + '\n');
  } else fail('P1000', `unsupported cli command ${cmd}`);
  process.exit(0);
}

if (cliCmd === '--version') {
  const bg = await loadWasm();
  process.stdout.write(`schema-engine-cli ${bg.version()} (wasm shim)\n`);
  process.exit(0);
}
if (cliCmd) await runCli(cliCmd);

// ---- JSON-RPC over stdio
const METHOD_ALIASES = { getDatabaseVersion: 'version' };
let enginePromise = null;
let queue = Promise.resolve();
const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');

async function handle(req) {
  try {
    enginePromise ??= makeEngine();
    const engine = await enginePromise;
    const method = METHOD_ALIASES[req.method] ?? req.method;
    if (typeof engine[method] !== 'function') throw new Error(`Method not supported by the wasm schema engine: ${req.method}`);
    if (method === 'createMigration' || method === 'evaluateDataLoss') {
      // In the wasm engine these two get no shadow-DB factory; they only read the engine's
      // migrations->schema cache ("PostgreSQL shadow DB must be provided through an external
      // factory" on a miss). devDiagnostic computes and caches it via the factory.
      await engine.devDiagnostic({ migrationsList: req.params.migrationsList, filters: req.params.filters });
    }
    const result = await engine[method](req.params ?? {});
    if (method === 'diff' && result?.stdout != null) {
      // The native binary doesn't return the diff; it asks the CLI to print it (`print` request).
      send({ jsonrpc: '2.0', id: `print-${req.id}`, method: 'print', params: { content: result.stdout.replace(/\n$/, '') } });
      result.stdout = null;
    }
    send({ jsonrpc: '2.0', id: req.id, result: result ?? null });
  } catch (e) {
    const isPanic = e instanceof WebAssembly.RuntimeError;
    const message = isPanic ? globalThis.PRISMA_WASM_PANIC_REGISTRY.message || e.message : e.message;
    send({
      jsonrpc: '2.0', id: req.id,
      error: { code: 4466, message: 'An error happened. Check the data field for details.',
        data: { is_panic: isPanic, message, error_code: /^P\d{4}$/.test(e.code) ? e.code : undefined, meta: e.meta } },
    });
  }
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (!line.trim()) return;
  let req;
  try { req = JSON.parse(line); } catch { return; }
  if (req.id === undefined || !req.method) return; // responses to our (never sent) notifications
  queue = queue.then(() => handle(req)); // the engine is &mut self: strictly one call at a time
});
rl.on('close', () => { queue.then(() => process.exit(0)); });
