import type { Command } from 'commander';
import { buildProgram } from '../../../src/cli/program';

function parse(args: string[]): Promise<Command> {
  const program = buildProgram({ writeErr: () => {}, writeOut: () => {} });
  return program.parseAsync(['node', 'diplograph', ...args]);
}

describe('CLI parsing', () => {
  it('refuses an unknown command', async () => {
    await expect(parse(['frobnicate'])).rejects.toMatchObject({ code: 'commander.unknownCommand' });
  });

  it('refuses a port that is not a number before doing anything', async () => {
    await expect(parse(['serve', '--port', 'eighty'])).rejects.toMatchObject({
      code: 'commander.invalidArgument',
      message: expect.stringContaining('port number'),
    });
  });

  it('refuses an unknown log level', async () => {
    await expect(parse(['--log-level', 'loud', 'db', 'status'])).rejects.toMatchObject({
      code: 'commander.invalidArgument',
    });
  });

  it('lists the db subcommands', () => {
    const db = buildProgram().commands.find((c) => c.name() === 'db');
    expect(db?.commands.map((c) => c.name())).toEqual(['start', 'stop', 'build', 'status']);
  });
});
