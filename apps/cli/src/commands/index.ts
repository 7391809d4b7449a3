import type { Command } from "../cli/command.js";
import { authCommand } from "./auth.js";
import { configureCommand } from "./configure.js";
import { describeCommand } from "./describe.js";
import { doctorCommand } from "./doctor.js";
import { profilesCommand } from "./profiles.js";
import { scanCommand } from "./scan.js";
import { tokenCommand } from "./token.js";

/** Every `dbcfg` command, in the order `dbcfg --help` lists them. Each lives in its own file. */
export const COMMANDS: readonly Command[] = [doctorCommand, describeCommand, profilesCommand, tokenCommand, authCommand, configureCommand, scanCommand];
