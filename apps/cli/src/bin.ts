#!/usr/bin/env node
import { main } from "./main.js";
import { createProcessContext } from "./context.js";

process.exitCode = await main(process.argv.slice(2), createProcessContext());
