// `prisma db seed` entry point: seeds the demo creator into an empty database.
import { createScriptClient } from "../scripts/lib/script-client";
import { DEMO_EMAIL, seedDemoIfEmpty } from "./seed-demo";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set (use `npm run db:seed`, which provides one).");
const prisma = createScriptClient(url);
seedDemoIfEmpty(prisma)
  .then((r) =>
    console.log(
      r.seeded
        ? `Seeded the demo creator (${r.videos} videos). Demo login: ${DEMO_EMAIL} / ${r.password} (shown only now; it is kept nowhere).`
        : "Database already has creators; nothing seeded.",
    ),
  )
  .finally(() => prisma.$disconnect());
