(async () => {
  const { getDashboardData } = await import("@/lib/data/dashboard");
  const { parseDashboardParams } = await import("@/lib/domain/dashboard-range");
  const pg = (await import("pg")).default;
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect();
  const email = process.argv[2]!;
  const id = (await c.query("SELECT id FROM users WHERE email=$1", [email])).rows[0].id;
  const user = { id, timeZone: "America/New_York", locale: "en-US" };
  const p = parseDashboardParams({ range: process.argv[3] ?? "365", bucket: process.argv[4] ?? "week" });
  for (let i = 0; i < 5; i++) await getDashboardData(user, p);
  const cpu0 = process.cpuUsage(); const t0 = performance.now();
  const N = Number(process.env.N ?? 40);
  for (let i = 0; i < N; i++) await getDashboardData(user, p);
  const wall = (performance.now() - t0) / N; const cpu = process.cpuUsage(cpu0);
  console.log(email, "wall/call", wall.toFixed(1), "node cpu/call", ((cpu.user + cpu.system) / 1000 / N).toFixed(1));
  await c.end(); process.exit(0);
})();
