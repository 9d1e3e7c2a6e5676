/**
 * The `openapi-clients` command line, defined once: commander derives each
 * command's `--help`, the usage errors and `--version` from this
 * definition, and the README's command table is checked against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Step } from '../generate.js';
import type { PackageStep } from '../codegen/write-package.js';
import { EXIT, EXIT_CODES_HELP, SIGNAL_EXITS } from './exit-codes.js';
import type { GenerateCommandOptions } from './generate.js';
import { optionPath } from './paths.js';

export const TOOL = 'openapi-clients';

/** The toolchain's own version, from its package.json. */
function toolVersion(): string {
  const file = join(import.meta.dirname, '..', '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export interface ProgramHooks {
  /** Test hook: awaited before each step of each API of a generate run. */
  beforeStep?: (api: string, step: Step | PackageStep) => void | Promise<void>;
}

interface PipelineFlags {
  specs?: string;
  out?: string;
  api?: string[];
  quiet: boolean;
  verbose: boolean;
  json: boolean;
  debug: boolean;
}

/** The options `generate` and `check` share. */
function pipelineOptions(command: Command): Command {
  return command
    .option('--specs <dir>', 'the folder of API folders (each holds a manifest.yaml), relative to where you are', 'specs')
    .option('--out <dir>', 'the folder the packages are written to (only ever a folder this tool wrote)', 'generated')
    .option('--api <name...>', 'only these APIs (folder names under --specs); repeatable')
    .addOption(new Option('--quiet', 'print errors only').conflicts('verbose'))
    .option('--verbose', 'print every fix, warning and step time')
    .option('--json', 'print a machine-readable summary on stdout (human lines stay on stderr)')
    .addOption(new Option('--debug', 'print a bug\'s stack after its one line').env('OPENAPI_CLIENTS_DEBUG'));
}

/** Defaults are the project's folders (where the command runs); typed paths are the caller's. */
function folders(command: Command): { specsDir: string; outDir: string } {
  const typed = (name: string) => (command.getOptionValueSource(name) === 'cli' ? (command.getOptionValue(name) as string) : undefined);
  return { specsDir: optionPath(typed('specs'), 'specs'), outDir: optionPath(typed('out'), 'generated') };
}

function commandOptions(command: Command, flags: PipelineFlags & { failOnBreaking?: boolean; watch?: boolean }, check: boolean, hooks: ProgramHooks): GenerateCommandOptions {
  return {
    ...folders(command),
    apis: flags.api,
    check,
    failOnBreaking: flags.failOnBreaking ?? false,
    quiet: flags.quiet ?? false,
    verbose: flags.verbose ?? false,
    json: flags.json ?? false,
    watch: flags.watch ?? false,
    debug: Boolean(flags.debug),
    beforeStep: hooks.beforeStep,
  };
}

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new InvalidArgumentError('expected a port number from 1 to 65535.');
  return port;
}

/** The pipeline loads only when a command runs it: `--help` stays instant. */
async function generateCommand(options: GenerateCommandOptions): Promise<number> {
  exitOnSignals();
  return (await import('./generate.js')).generateCommand(options);
}

export function buildProgram(hooks: ProgramHooks = {}, setExit: (code: number) => void = () => {}): Command {
  const program = new Command(TOOL)
    .description('Normalize published OpenAPI documents into clean OpenAPI 3.1 and generate typed TypeScript client packages from them.')
    .version(toolVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [command]', 'print the help of a command')
    .showHelpAfterError(`(run \`${TOOL} --help\` for usage)`)
    .addHelpText('after', `\n${EXIT_CODES_HELP}\n\nStdout carries only machine output (--json); everything for people goes to stderr.`);

  pipelineOptions(
    program
      .command('generate')
      .description('normalize every API under --specs and write its document, report and client package under --out')
      .option('--check', 'write nothing; exit 1 if --out differs from what --specs generate (same as the check command)')
      .option('--fail-on-breaking', 'write nothing when a document changed in a way that breaks its clients')
      .option('--watch', 'regenerate whenever a file under --specs changes, until Ctrl-C'),
  ).action(async (flags: PipelineFlags & { check?: boolean; failOnBreaking?: boolean; watch?: boolean }, command: Command) => {
    setExit(await generateCommand(commandOptions(command, flags, flags.check ?? false, hooks)));
  });

  pipelineOptions(
    program.command('check').description('write nothing; exit 1 if --out differs from what --specs generate (for CI)'),
  ).action(async (flags: PipelineFlags, command: Command) => {
    setExit(await generateCommand(commandOptions(command, flags, true, hooks)));
  });

  program
    .command('mock')
    .description('serve a Prism mock of each generated API on 127.0.0.1 and print how to call it, until Ctrl-C, SIGTERM or SIGHUP')
    .option('--specs <dir>', 'the folder of API folders, relative to where you are', 'specs')
    .option('--out <dir>', 'the folder the packages were generated to', 'generated')
    .option('--api <name...>', 'only these APIs; repeatable')
    .option('--port <n>', 'the first API (in name order) listens on n, the next on n+1 (default: 4010 upward, the same port for an API every time)', parsePort)
    .option('--json', 'one JSON object per API on stdout (name, url, env, auth, curl) instead of the guide on stderr')
    .action(async (flags: { api?: string[]; port?: number; json?: boolean }, command: Command) => {
      const { mockCommand } = await import('./mock.js');
      setExit(await mockCommand({ ...folders(command), apis: flags.api, port: flags.port, json: flags.json ?? false }));
    });

  return program;
}

/** Runs the CLI on `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[], hooks: ProgramHooks = {}): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(hooks, (exit) => (code = exit));
  // Usage errors exit 2 (commander's default is 1, which here means bad input).
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return code;
}

/**
 * A signal ends a generate run through process.exit, so the exit handlers
 * remove its temporary folders (a SIGKILL leaves them to the next run). The
 * mock handles its own signals: it stops its servers before it exits.
 */
function exitOnSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXITS)) process.once(signal, () => process.exit(code));
}
