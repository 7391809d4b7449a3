// Run in a child process (node --import tsx) with NODE_EXTRA_CA_CERTS set: proves that the client's
// default fetch verifies certificates against the CAs Node trusts, extra CAs included.
import { createTokenClient } from "../index.js";

const client = createTokenClient({ host: process.env.EMULATOR_URL ?? "", token: process.env.EMULATOR_TOKEN ?? "" });
try {
  const me = await client.currentUser.me();
  const tokens = await client.tokens.list();
  process.stdout.write(JSON.stringify({ userName: me.userName, tokens: tokens.length }) + "\n");
} catch (error) {
  process.stdout.write(JSON.stringify({ error: (error as { classification?: string }).classification ?? String(error) }) + "\n");
}
