/** Where a doctor report lists the lines of the config file that an SDK cannot parse, for the fixes of checks that meet the failure later. */
export const UNPARSABLE_LINES_LISTED = "config-file-syntax and config-file-encoding list each line an SDK stops at, with its fix";
