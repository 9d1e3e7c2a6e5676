/** The CLI's exit codes, documented in `--help` and the README from this one table. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The input is wrong (a spec, a manifest), `check` found stale output, or `--fail-on-breaking` refused a breaking change. */
  invalid: 1,
  /** The command line is wrong (an unknown option, a missing value). */
  usage: 2,
  /** A bug in the toolchain (sysexits' EX_SOFTWARE). */
  bug: 70,
} as const;

/** Ended by a signal: 128 + its number, as shells report it. */
export const SIGNAL_EXITS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

export const EXIT_CODES_HELP = `Exit codes:
  ${EXIT.ok}    done
  ${EXIT.invalid}    invalid input (spec or manifest), stale output (check), or a breaking change refused (--fail-on-breaking)
  ${EXIT.usage}    invalid command line
  ${EXIT.bug}   a bug in the toolchain (--debug shows the stack)
  ${SIGNAL_EXITS.SIGHUP}, ${SIGNAL_EXITS.SIGINT}, ${SIGNAL_EXITS.SIGTERM}  stopped by SIGHUP, SIGINT or SIGTERM (nothing half-written is left)`;
